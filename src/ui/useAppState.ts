import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, AppStore } from '../state/store.ts';
import type { Language } from '../i18n/language.ts';
import { uiText } from '../i18n/renderMessage.ts';
import type { UiText } from '../i18n/catalog.vi.ts';

export const StoreContext = createContext<AppStore | null>(null);

export function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

/**
 * One slice of the state: the component re-renders only when the selected value changes (`Object.is`).
 * The selector must return a value already in the state (or a primitive), not a new object per call.
 */
export function useAppSelector<T>(selector: (state: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

/** The UI language, without handing it down through props. */
export function useLanguage(): Language {
  return useAppSelector((state) => state.language);
}

/** The UI words in the current language, one section per panel: `const t = useText(); t.app.layers`. */
export function useText(): UiText {
  return uiText(useLanguage());
}
