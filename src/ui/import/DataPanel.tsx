// The "Dữ liệu" tab: import files, save / open / reset the project, and the autosave status.
import { useRef, useState } from 'react';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectDocument } from '../../domain/model/projectDocument.ts';
import { useAppSelector, useLanguage, useStore } from '../useAppState.ts';
import { useServices } from '../appServices.ts';
import { downloadFile } from '../downloadFile.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { describeProjectReset } from './describeProjectReset.ts';
import { TEXT } from './importText.ts';
import { openProject, parseProjectFile, projectFileName, resetToSampleProject, serialiseProject } from './projectFile.ts';
import { localeOf } from '../../i18n/language.ts';
import './import.css';

const IMPORT_ACCEPT = '.geojson,.json,.zip,.shp,.shx,.dbf,.prj,.cpg,.kml,.kmz,.csv,.txt,.fgb';

export function DataPanel() {
  const store = useStore();
  const { importBus } = useServices();
  const language = useLanguage();
  const project = useAppSelector((s) => s.history.workspace.project);
  const importInput = useRef<HTMLInputElement>(null);
  const projectInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: LocalText; error: boolean } | null>(null);
  // Starting over replaces every layer: ask first (undoable, but easy to click by mistake).
  const [askReset, setAskReset] = useState(false);
  const autosave = useAppSelector((s) => s.autosave);

  const saveProject = () => {
    downloadFile(projectFileName(project.title), serialiseProject(store.getState().history.workspace.project), 'application/json');
  };

  const openProjectFile = async (file: File) => {
    const parsed = parseProjectFile(await file.text());
    if ('error' in parsed) {
      setMessage({
        text: {
          vi: `${TEXT.projectOpenFailed.vi} ${file.name}: ${parsed.error.vi} ${TEXT.nothingChanged.vi}`,
          en: `${TEXT.projectOpenFailed.en} ${file.name}: ${parsed.error.en} ${TEXT.nothingChanged.en}`,
        },
        error: true,
      });
      return;
    }
    await openProject(parsed.project, store);
    setMessage({ text: { vi: `${TEXT.projectOpened.vi} "${parsed.project.title}".`, en: `${TEXT.projectOpened.en} "${parsed.project.title}".` }, error: false });
  };

  const reset = async () => {
    try {
      await resetToSampleProject(store);
      setMessage({ text: TEXT.projectReset, error: false });
    } catch (error) {
      setMessage({ text: { vi: `Không tải được dữ liệu mẫu: ${String(error)}`, en: `Could not load the sample data: ${String(error)}` }, error: true });
    }
  };

  return (
    <section className="panel data-panel" aria-label={TEXT.panelTitle[language]} data-testid="data-panel">
      <h2>{TEXT.panelTitle[language]}</h2>
      <button type="button" className="primary" data-testid="import-button" onClick={() => importInput.current?.click()}>
        {TEXT.importButton[language]}
      </button>
      <input
        ref={importInput}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="import-input"
        onChange={(e) => {
          importBus.requestImport(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <p className="muted">{TEXT.importHint[language]}</p>

      <h3>{TEXT.workspace[language]}</h3>
      <p className="project-title" data-testid="project-title">
        {project.title}
      </p>
      <div className="data-buttons">
        <button type="button" data-testid="save-project" onClick={saveProject}>
          {TEXT.saveProject[language]}
        </button>
        <button type="button" data-testid="open-project" onClick={() => projectInput.current?.click()}>
          {TEXT.openProject[language]}
        </button>
        <button type="button" data-testid="new-project" onClick={() => setAskReset(true)}>
          {TEXT.newProject[language]}
        </button>
      </div>
      <input
        ref={projectInput}
        type="file"
        accept=".json,.noxh.json,application/json"
        hidden
        data-testid="open-project-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openProjectFile(file);
        }}
      />
      {askReset && <ResetConfirm project={project} onDone={(confirmed) => (setAskReset(false), confirmed && void reset())} />}
      {message && (
        <p className={message.error ? 'layer-error' : 'note'} role={message.error ? 'alert' : 'status'} data-testid="project-message">
          {message.text[language]}
        </p>
      )}
      <p className="note" data-testid="autosave-status">
        {!autosave.error && TEXT.autosaveNote[language]}
        {autosave.savedAt && ` ${TEXT.autosavedAt[language]} ${autosave.savedAt.toLocaleTimeString(localeOf(language))}.`}
        {autosave.error && ` ${TEXT.autosaveFailed[language]}: ${autosave.error}`}
      </p>
    </section>
  );
}

function ResetConfirm({ project, onDone }: { project: ProjectDocument; onDone(confirmed: boolean): void }) {
  const language = useLanguage();
  const question = describeProjectReset(project);
  return (
    <ConfirmDialog
      testId="reset-confirm"
      title={question.title[language]}
      message={question.message.map((m) => m[language])}
      confirmLabel={question.confirm[language]}
      cancelLabel={question.cancel[language]}
      onConfirm={() => onDone(true)}
      onCancel={() => onDone(false)}
    />
  );
}
