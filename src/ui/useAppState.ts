import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, AppStore } from '../state/store.ts';
import { translate, type MessageKey } from '../i18n/messages.ts';

export const StoreContext = createContext<AppStore | null>(null);

export function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

export function useAppState(): AppState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** `t('layers')` in the current UI language. */
export function useTranslate(): (key: MessageKey) => string {
  const language = useAppState().history.workspace.language;
  return (key: MessageKey) => translate(language, key);
}
