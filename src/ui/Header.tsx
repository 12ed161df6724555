import { useEffect } from 'react';
import type { Language } from '../i18n/language.ts';
import type { BasemapId } from '../domain/model/projectDocument.ts';
import { useAppSelector, useLanguage, useStore, useText } from './useAppState.ts';
import { enterPresentation, isTyping } from './present/presentationMode.ts';

export function Header({ onExportMap }: { onExportMap(): void }) {
  const store = useStore();
  const history = useAppSelector((s) => s.history);
  const datasetNote = useAppSelector((s) => s.datasetNote);
  const language = useLanguage();
  const t = useText().app;
  const tp = useText().present;
  const { project } = history.workspace;
  const lastNote = history.past.at(-1)?.note[language];
  const nextNote = history.future[0]?.note[language];

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, except while typing in a form field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t.appTitle}</h1>
        <span className="subtitle">{t.appSubtitle}</span>
        {datasetNote && (
          <span className="badge" title={datasetNote[language]} data-testid="illustrative-badge">
            {t.illustrativeBadge}
          </span>
        )}
      </div>
      <div className="header-tools">
        <button type="button" onClick={() => enterPresentation(store, { fullscreen: true })} title={tp.enterHint} data-testid="present-enter">
          ▶ {tp.enter}
        </button>
        <button type="button" onClick={onExportMap} title={tp.exportMapHint} data-testid="export-map">
          {tp.exportMap}
        </button>
        <button type="button" onClick={() => store.undo()} disabled={!lastNote} data-testid="undo" title={lastNote ? `${t.undo}: ${lastNote}` : t.undo}>
          ↶ {t.undo}
        </button>
        <button type="button" onClick={() => store.redo()} disabled={!nextNote} data-testid="redo" title={nextNote ? `${t.redo}: ${nextNote}` : t.redo}>
          ↷ {t.redo}
        </button>
        {history.past.length > 0 && (
          <details className="history" data-testid="history">
            <summary title={t.history} aria-label={`${t.history} (${history.past.length})`}>
              ☰ {history.past.length}
            </summary>
            <ol>
              {history.past.map((entry, i) => (
                <li key={i}>{entry.note[language]}</li>
              ))}
            </ol>
          </details>
        )}
        <label>
          {t.basemap}{' '}
          <select
            value={project.basemap}
            data-testid="basemap-select"
            onChange={(e) => store.run({ type: 'setBasemap', basemap: e.target.value as BasemapId })}
          >
            <option value="none">{t.basemapNone}</option>
            <option value="osm">{t.basemapOsm}</option>
          </select>
        </label>
        <div className="language-switch" role="group" aria-label={t.language}>
          {(['vi', 'en'] as Language[]).map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={language === l}
              data-testid={`lang-${l}`}
              onClick={() => store.setLanguage(l)}
            >
              {l === 'vi' ? 'Tiếng Việt' : 'English'}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
