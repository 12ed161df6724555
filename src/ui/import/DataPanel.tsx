// The "Dữ liệu" tab: import files, save / open / reset the project, and the autosave status.
import { useRef, useState } from 'react';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectDocument } from '../../domain/model/projectDocument.ts';
import { useAppSelector, useLanguage, useStore, useText } from '../useAppState.ts';
import { useServices } from '../appServices.ts';
import { downloadFile } from '../downloadFile.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { describeProjectReset } from './describeProjectReset.ts';
import { openProject, parseProjectFile, projectFileName, resetToSampleProject, serialiseProject } from './projectFile.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth, uiTextBoth } from '../../i18n/renderMessage.ts';
import { localeOf } from '../../i18n/language.ts';
import './import.css';

const IMPORT_ACCEPT = '.geojson,.json,.zip,.shp,.shx,.dbf,.prj,.cpg,.kml,.kmz,.csv,.txt,.fgb,.parquet';

export function DataPanel() {
  const store = useStore();
  const { importBus } = useServices();
  const language = useLanguage();
  const t = useText();
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
        text: uiTextBoth((w, lang) => `${w.import.projectOpenFailed} ${file.name}: ${parsed.error[lang]} ${w.import.nothingChanged}`),
        error: true,
      });
      return;
    }
    const wantsOnline = parsed.project.basemap === 'osm';
    await openProject(wantsOnline ? { ...parsed.project, basemap: 'none' } : parsed.project, store);
    // A project file asking for the online basemap opens offline; it comes on only if the user agrees (BasemapConsent).
    store.setBasemapAsk(wantsOnline);
    setMessage({ text: uiTextBoth((w) => `${w.import.projectOpened} "${parsed.project.title}".`), error: false });
  };

  const reset = async () => {
    try {
      await resetToSampleProject(store);
      setMessage({ text: uiTextBoth((w) => w.import.projectReset), error: false });
    } catch (error) {
      setMessage({ text: renderBoth(msg('sample.load-failed', { detail: String(error) })), error: true });
    }
  };

  return (
    <section className="panel data-panel" aria-label={t.import.panelTitle} data-testid="data-panel">
      <h2>{t.import.panelTitle}</h2>
      <button type="button" className="primary" data-testid="import-button" onClick={() => importInput.current?.click()}>
        {t.import.importButton}
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
      <p className="muted">{t.import.importHint}</p>

      <h3>{t.import.workspace}</h3>
      <p className="project-title" data-testid="project-title">
        {project.title}
      </p>
      <div className="data-buttons">
        <button type="button" data-testid="save-project" onClick={saveProject}>
          {t.import.saveProject}
        </button>
        <button type="button" data-testid="open-project" onClick={() => projectInput.current?.click()}>
          {t.import.openProject}
        </button>
        <button type="button" data-testid="new-project" onClick={() => setAskReset(true)}>
          {t.import.newProject}
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
        {!autosave.error && t.import.autosaveNote}
        {autosave.savedAt && ` ${t.import.autosavedAt} ${autosave.savedAt.toLocaleTimeString(localeOf(language))}.`}
        {autosave.error && ` ${t.import.autosaveFailed}: ${autosave.error}`}
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
