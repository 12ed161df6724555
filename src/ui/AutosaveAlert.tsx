// Says where the user looks (over the map, whatever the tab) that the autosave failed — IndexedDB cannot open, the
// disk is full — so that no toast or panel suggests the work is safe; offers the project as a file instead.
import { msg } from '../i18n/message.ts';
import { renderMessage } from '../i18n/renderMessage.ts';
import { downloadFile } from './downloadFile.ts';
import { projectFileName, serialiseProject } from './import/projectFile.ts';
import { useAppSelector, useLanguage, useStore } from './useAppState.ts';
import './recovery.css';

export function AutosaveAlert() {
  const store = useStore();
  const language = useLanguage();
  const error = useAppSelector((s) => s.autosave.error);
  if (!error) return null;
  const download = () => {
    const project = store.getState().history.workspace.project;
    downloadFile(projectFileName(project.title), serialiseProject(project), 'application/json');
  };
  return (
    <div className="recovery-banner" role="alert" data-testid="autosave-failed">
      {renderMessage(language, msg('recovery.autosave-failed', { error: error.slice(0, 200) }))}
      <div className="recovery-actions">
        <button type="button" data-testid="autosave-failed-download" onClick={download}>{renderMessage(language, msg('recovery.download-workspace'))}</button>
      </div>
    </div>
  );
}
