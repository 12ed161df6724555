// The offer shown when a workspace failed to load and was set aside: the app opened the sample; the saved copy can
// be downloaded (to repair it or send it for support) or discarded. It stays offered on every load until discarded.
import { useState } from 'react';
import { msg } from '../i18n/message.ts';
import { renderMessage } from '../i18n/renderMessage.ts';
import { discardBrokenWorkspace, type BrokenWorkspace } from '../state/persistWorkspace.ts';
import { downloadFile } from './downloadFile.ts';
import { useLanguage } from './useAppState.ts';
import './recovery.css';

export function WorkspaceRecovery({ broken }: { broken: BrokenWorkspace }) {
  const language = useLanguage();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const download = () => {
    const saved = broken.saved as { project?: unknown } | null;
    const text = JSON.stringify(saved && typeof saved === 'object' && 'project' in saved ? saved.project : saved, null, 2);
    downloadFile(`khong-gian-lam-viec-loi-${broken.savedAt.slice(0, 10) || 'ban-luu'}.noxh.json`, text ?? 'null', 'application/json');
  };
  const discard = () => {
    setOpen(false);
    void discardBrokenWorkspace().catch((error: unknown) => console.warn('NOXH Atlas: the broken workspace could not be discarded', error));
  };
  return (
    <div className="recovery-banner" role="alert" data-testid="workspace-recovery">
      {renderMessage(language, msg('recovery.broken-workspace', { savedAt: broken.savedAt, problem: broken.problem }))}
      <div className="recovery-actions">
        <button type="button" data-testid="recovery-download" onClick={download}>{renderMessage(language, msg('recovery.download-workspace'))}</button>
        <button type="button" data-testid="recovery-dismiss" onClick={discard}>{renderMessage(language, msg('recovery.dismiss'))}</button>
      </div>
    </div>
  );
}
