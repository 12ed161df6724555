import type { Language } from '../i18n/language.ts';
import type { BasemapId } from '../domain/model/projectDocument.ts';
import { useAppState, useStore, useTranslate } from './useAppState.ts';

export function Header() {
  const store = useStore();
  const { history, datasetNote } = useAppState();
  const t = useTranslate();
  const { language, project } = history.workspace;
  const lastNote = history.past.at(-1)?.note[language];
  const nextNote = history.future[0]?.note[language];
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="subtitle">{t('appSubtitle')}</span>
        {datasetNote && (
          <span className="badge" title={datasetNote[language]} data-testid="illustrative-badge">
            {t('illustrativeBadge')}
          </span>
        )}
      </div>
      <div className="header-tools">
        <button type="button" onClick={() => store.undo()} disabled={!lastNote} title={lastNote ? `${t('undo')}: ${lastNote}` : t('undo')}>
          ↶ {t('undo')}
        </button>
        <button type="button" onClick={() => store.redo()} disabled={!nextNote} title={nextNote ? `${t('redo')}: ${nextNote}` : t('redo')}>
          ↷ {t('redo')}
        </button>
        <label>
          {t('basemap')}{' '}
          <select
            value={project.basemap}
            data-testid="basemap-select"
            onChange={(e) => store.run({ type: 'setBasemap', basemap: e.target.value as BasemapId })}
          >
            <option value="none">{t('basemapNone')}</option>
            <option value="osm">{t('basemapOsm')}</option>
          </select>
        </label>
        <div className="language-switch" role="group" aria-label={t('language')}>
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
