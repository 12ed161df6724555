// The import dialog: progress with Cancel while the worker reads, then the report (one card per layer found:
// CRS question, encoding, role and field mapping) with Confirm, or why nothing could be imported.
import { NoteList, DraftCard } from './DraftCard.tsx';
import { draftBlocker } from './importDrafts.ts';
import { useLanguage, useText } from '../useAppState.ts';
import type { ImportRunView } from './useImportRun.ts';
import { formatNumber } from '../../i18n/format.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { msg } from '../../i18n/message.ts';

export function ImportDialog({ run }: { run: ImportRunView & { dialog: NonNullable<ImportRunView['dialog']> } }) {
  const language = useLanguage();
  const t = useText();
  const { dialog, busy, shownEncoding } = run;
  let body = null;
  if (dialog.phase === 'running') {
    body = (
      <div className="import-progress" data-testid="import-progress">
        <p>
          {t.import.importing}: {dialog.names.join(', ')}
        </p>
        <progress max={1} value={dialog.progress01} aria-label={t.import.importing} />
        <span className="muted"> {Math.round(dialog.progress01 * 100)} %</span>
        <div className="import-actions">
          <button type="button" data-testid="import-cancel" onClick={dialog.cancel}>
            {t.import.cancel}
          </button>
        </div>
      </div>
    );
  } else if (dialog.phase === 'failed') {
    body = (
      <div className="import-failed" data-testid="import-error" role="alert">
        <h3>{t.import.failedTitle}</h3>
        <p className="import-error-message">{dialog.message[language]}</p>
        <NoteList notes={dialog.notes} />
        <p className="muted">{t.import.failedNothingChanged}</p>
        <div className="import-actions">
          <button type="button" onClick={run.close} data-testid="import-close">
            {t.import.close}
          </button>
        </div>
      </div>
    );
  } else if (dialog.phase === 'review-cadastre') {
    const { cadastre } = dialog;
    body = (
      <div className="import-review" data-testid="import-report">
        <h3>{t.import.reportTitle}</h3>
        <section className="import-card" data-testid="cadastre-card">
          <h4>
            {t.import.cadastreTitle}: {cadastre.fileName}
          </h4>
          <p className="import-counts" data-testid="import-counts">
            <span className="import-count count-accepted">
              <strong>{formatNumber(cadastre.parcels.count, language)}</strong> {t.import.cadastreParcels}
            </span>
            {cadastre.parcels.invalid.length > 0 && (
              <span className="import-count count-rejected">
                {' · '}
                <strong>{formatNumber(cadastre.parcels.invalid.length, language)}</strong> {t.import.cadastreUnusable}
              </span>
            )}
          </p>
          <label>
            {t.import.layerTitle}{' '}
            <input type="text" value={dialog.title} onChange={(e) => run.setCadastreTitle(e.target.value)} data-testid="import-title" />
          </label>
          <p className="muted">{t.import.cadastreRole}</p>
          <p className="muted">{renderMessage(language, msg('cadastre.layer-note', { file: cadastre.fileName, count: cadastre.parcels.count }))}</p>
        </section>
        <footer className="import-actions">
          <button type="button" onClick={run.close} data-testid="import-close">
            {t.import.cancel}
          </button>
          <button type="button" className="primary" data-testid="import-confirm" onClick={run.confirm}>
            {t.import.confirm}
          </button>
        </footer>
      </div>
    );
  } else {
    const included = dialog.drafts.filter((d) => d.include);
    const blockers = included.map(draftBlocker).filter((b) => b !== null);
    const anyBusy = dialog.drafts.some((d) => busy[d.key]);
    body = (
      <div className="import-review" data-testid="import-report">
        <h3>{t.import.reportTitle}</h3>
        <NoteList notes={dialog.globalNotes} testId="import-global-notes" />
        {dialog.drafts.map((draft) => (
          <DraftCard
            key={draft.key}
            draft={draft}
            actions={run.actionsFor(draft)}
           
            busy={Boolean(busy[draft.key])}
            rerunProgress={busy[draft.key] ?? null}
            shownEncoding={shownEncoding[draft.key] ?? null}
          />
        ))}
        <footer className="import-actions">
          {blockers.map((b, i) => (
            <p key={i} className="import-blocker" data-testid="import-blocker">
              {b[language]}
            </p>
          ))}
          <button type="button" onClick={run.close} data-testid="import-close">
            {t.import.cancel}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="import-confirm"
            disabled={anyBusy || included.length === 0 || blockers.length > 0}
            onClick={run.confirm}
          >
            {t.import.confirm}
          </button>
        </footer>
      </div>
    );
  }
  return (
    <div className="import-backdrop" onKeyDown={(e) => e.key === 'Escape' && run.close()}>
      <div className="import-dialog" role="dialog" aria-modal="true" aria-label={t.import.reportTitle} data-testid="import-dialog">
        {body}
      </div>
    </div>
  );
}
