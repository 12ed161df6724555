// The question before the online basemap is turned on for the user (issue 16): a project file or a shared link that
// asks for OpenStreetMap opens offline, and the basemap comes on only if the user agrees (store.basemapAsk).
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useAppSelector, useStore, useText } from './useAppState.ts';

export function BasemapConsent() {
  const store = useStore();
  const asking = useAppSelector((s) => s.basemapAsk);
  const t = useText();
  if (!asking) return null;
  return (
    <ConfirmDialog
      testId="basemap-confirm"
      title={t.import.basemapAskTitle}
      message={[t.import.basemapAskMessage]}
      confirmLabel={t.import.basemapAskConfirm}
      cancelLabel={t.import.basemapAskCancel}
      onConfirm={() => (store.setBasemapAsk(false), store.run({ type: 'setBasemap', basemap: 'osm' }))}
      onCancel={() => store.setBasemapAsk(false)}
    />
  );
}
