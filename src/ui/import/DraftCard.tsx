// One imported layer in the import dialog: its report (counts + every note), the CRS question when the file is in
// metres without a .prj, the CSV column mapping, the encoding preview, the role, title and field mapping.
import type { ReactNode } from 'react';
import { ALL_ROLES, ROLE_SPECS, type LayerRole } from '../../domain/model/layerRoles.ts';
import { guessFieldMapping } from '../../domain/import/guessFieldMapping.ts';
import type { ImportNote } from '../../domain/import/importTypes.ts';
import { importNoteMessage } from '../../domain/import/importNote.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { TEXT_ENCODINGS, type TextEncodingId } from '../../domain/encoding/textEncodings.ts';
import { useLanguage, useText } from '../useAppState.ts';
import { formatNumber } from '../../i18n/format.ts';
import { listCrsChoices, type CrsChoice } from './crsChoices.ts';
import type { LayerDraft } from './importDrafts.ts';
import { sortImportNotes, summarizeImportNotes } from './summarizeImportNotes.ts';
import { msg } from '../../i18n/message.ts';

const CRS_CHOICES = listCrsChoices();
const ENCODINGS = TEXT_ENCODINGS.filter((e) => e.id !== 'latin1');

export interface DraftActions {
  update(patch: Partial<LayerDraft>): void;
  applyCrs(crsId: string, swapXY: boolean): void;
  changeEncoding(encoding: TextEncodingId): void;
  changeCsvColumns(xColumn: string, yColumn: string, swapped: boolean): void;
}

export function NoteList({ notes, testId }: { notes: ImportNote[]; testId?: string }) {
  const language = useLanguage();
  const t = useText();
  if (notes.length === 0) return null;
  return (
    <ul className="import-notes" data-testid={testId}>
      {sortImportNotes(notes).map((n, i) => (
        <li key={i} className={`import-note import-note-${n.level}`} data-level={n.level}>
          <span className={`import-level import-level-${n.level}`}>{t.noteLevel[n.level]}</span>
          {n.featureIndex !== undefined && (
            // Counted from 1, like the message text and the row numbers users see in QGIS or Excel.
            <span className="import-index" title={renderMessage(language, msg('ui.feature-number-title'))}>
              {t.import.feature} #{n.featureIndex + 1}
            </span>
          )}
          <span className="import-message">{renderMessage(language, importNoteMessage(n))}</span>
        </li>
      ))}
    </ul>
  );
}

function Counts({ draft }: { draft: LayerDraft }) {
  const language = useLanguage();
  const t = useText();
  const c = summarizeImportNotes(draft.notes, draft.features.length);
  const item = (value: number, label: string, cls: string) => (
    <span className={`import-count ${cls}`}>
      <strong>{formatNumber(value, language)}</strong> {label}
    </span>
  );
  return (
    <p className="import-counts" data-testid="import-counts">
      {item(c.accepted, t.import.countAccepted, 'count-accepted')}
      {item(c.repaired, t.import.countRepaired, 'count-repaired')}
      {item(c.rejected, t.import.countRejected, 'count-rejected')}
      {item(c.warnings, t.import.countWarnings, 'count-warnings')}
      {c.errors > 0 && item(c.errors, t.import.countErrors, 'count-errors')}
    </p>
  );
}

function CrsOptions({ choices }: { choices: CrsChoice[] }) {
  const language = useLanguage();
  const t = useText();
  const groups = (['vn2000-tm3', 'vn2000-utm', 'wgs84'] as const).map((g) => ({ g, items: choices.filter((c) => c.group === g) }));
  return (
    <>
      {groups.map(({ g, items }) => (
        <optgroup key={g} label={t.import.crsGroups[g]}>
          {items.map((c) => (
            <option key={c.id} value={c.id} disabled={!c.metres}>
              {c.label[language]}
              {!c.metres ? ` — ${t.import.crsNeverDegrees}` : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

function CrsQuestion({ draft, actions, busy }: { draft: LayerDraft; actions: DraftActions; busy: boolean }) {
  const language = useLanguage();
  const t = useText();
  const suggestions = draft.crsSuggestions.slice(0, 4);
  const chosen = suggestions.find((s) => s.crs.id === draft.crsChoiceId);
  return (
    <div className="crs-question" data-testid="crs-question" role="group" aria-label={t.import.crsQuestion}>
      <p>
        <strong>{t.import.crsQuestion}</strong> <span className="muted">{t.import.crsNeverDegrees}</span>
      </p>
      {suggestions.length > 0 ? (
        <ol className="crs-suggestions" data-testid="crs-suggestions">
          {suggestions.map((s, i) => (
            <li key={`${s.crs.id}-${s.swapped}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => actions.update({ crsChoiceId: s.crs.id, swapXY: s.swapped })}
                aria-pressed={draft.crsChoiceId === s.crs.id && draft.swapXY === s.swapped}
              >
                {s.crs.label[language]}
                {s.swapped ? ` (${t.import.xIsNorthing})` : ''}
              </button>
              {i === 0 && <span className="badge">{renderMessage(language, msg('ui.crs-most-likely'))}</span>}
              <div className="muted crs-reason">
                {t.import.crsWhy}: {renderMessage(language, s.reason)}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t.import.crsNoSuggestion}</p>
      )}
      <label className="field">
        <span>{t.import.crsFound}</span>
        <select data-testid="crs-select" value={draft.crsChoiceId} onChange={(e) => actions.update({ crsChoiceId: e.target.value })}>
          <option value="">—</option>
          {suggestions.length > 0 && (
            <optgroup label={t.import.crsSuggested}>
              {[...new Map(suggestions.map((s) => [s.crs.id, s])).values()].map((s) => (
                <option key={`s-${s.crs.id}`} value={s.crs.id}>
                  ★ {s.crs.label[language]}
                </option>
              ))}
            </optgroup>
          )}
          <CrsOptions choices={CRS_CHOICES.filter((c) => !suggestions.some((s) => s.crs.id === c.id))} />
        </select>
      </label>
      {draft.sourceFormat !== 'csv' && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.swapXY} data-testid="crs-swap" onChange={(e) => actions.update({ swapXY: e.target.checked })} />
          {t.import.swapXY}
        </label>
      )}
      {chosen && <p className="muted">{renderMessage(language, chosen.reason)}</p>}
      <button type="button" data-testid="crs-apply" disabled={!draft.crsChoiceId || busy} onClick={() => actions.applyCrs(draft.crsChoiceId, draft.swapXY)}>
        {t.import.crsApply}
      </button>
    </div>
  );
}

function CsvColumns({ draft, actions, busy }: { draft: LayerDraft; actions: DraftActions; busy: boolean }) {
  const t = useText();
  const csv = draft.csv!;
  const names = csv.columns.map((c) => c.name);
  const sample = (name: string | null) => csv.columns.find((c) => c.name === name)?.samples.slice(0, 2).join(' · ') ?? '';
  return (
    <fieldset className="csv-columns" data-testid="csv-columns">
      <legend>{t.import.csvColumns}</legend>
      {(['x', 'y'] as const).map((axis) => {
        const column = axis === 'x' ? csv.xColumn : csv.yColumn;
        return (
          <label className="field" key={axis}>
            <span>{(axis === 'x' ? t.import.csvX : t.import.csvY)}</span>
            <select
              data-testid={`csv-${axis}`}
              disabled={busy}
              value={column ?? ''}
              onChange={(e) =>
                axis === 'x'
                  ? actions.changeCsvColumns(e.target.value, csv.yColumn ?? '', csv.swapped)
                  : actions.changeCsvColumns(csv.xColumn ?? '', e.target.value, csv.swapped)
              }
            >
              <option value="">—</option>
              {names.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <span className="muted">{sample(column)}</span>
          </label>
        );
      })}
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="csv-swapped"
          disabled={busy}
          checked={csv.swapped}
          onChange={(e) => actions.changeCsvColumns(csv.xColumn ?? '', csv.yColumn ?? '', e.target.checked)}
        />
        {t.import.swapXY}
      </label>
      <p className="muted">{t.import.csvConvention}</p>
    </fieldset>
  );
}

const csvCells = (line: string) =>
  line
    .split(/[,;\t|]/)
    .map((c) => c.trim().replace(/^"|"$/g, ''))
    .filter((c) => /[^ -~]/.test(c));

/** A few text values of the features, for the encoding preview when no detection samples exist. */
function textValues(draft: LayerDraft): string[] {
  const out: string[] = [];
  for (const f of draft.features.slice(0, 50)) {
    for (const v of Object.values(f.properties ?? {})) {
      if (typeof v === 'string' && /[^ -~]/.test(v) && !out.includes(v)) out.push(v);
      if (out.length >= 4) return out;
    }
  }
  return out;
}

function EncodingPicker({ draft, shown, actions, busy }: { draft: LayerDraft; shown: TextEncodingId | null; actions: DraftActions; busy: boolean }) {
  const t = useText();
  const guesses = draft.encodingGuesses;
  const detected = guesses?.[0];
  const selected = shown ?? draft.encoding ?? 'utf8';
  const guess = guesses?.find((g) => g.encoding === selected);
  // CSV samples are whole lines: show the cells holding Vietnamese letters.
  const samples = draft.sourceFormat === 'csv' ? [...new Set((guess?.sample ?? []).flatMap(csvCells))] : (guess?.sample ?? []);
  const preview = samples.length ? samples.slice(0, 4) : textValues(draft);
  return (
    <div className="encoding-picker" data-testid="encoding">
      <label className="field">
        <span>{t.import.encoding}</span>
        <select data-testid="encoding-select" value={selected} disabled={busy} onChange={(e) => actions.changeEncoding(e.target.value as TextEncodingId)}>
          {ENCODINGS.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
              {detected?.encoding === e.id ? ` — ${t.import.encodingDetected}` : ''}
            </option>
          ))}
        </select>
      </label>
      {detected && (
        <p className="muted" data-testid="encoding-detected">
          {t.import.encodingDetected}: {TEXT_ENCODINGS.find((e) => e.id === detected.encoding)?.label} ({t.import.encodingConfidence}{' '}
          {Math.round(detected.confidence * 100)} %)
        </p>
      )}
      <div className="encoding-preview" data-testid="encoding-preview">
        <span className="muted">{t.import.encodingPreview}:</span>
        {preview.length ? (
          <ul>
            {preview.map((v, i) => (
              <li key={i}>{v}</li>
            ))}
          </ul>
        ) : (
          <span className="muted"> —</span>
        )}
      </div>
      <p className="muted">{t.import.encodingHint}</p>
    </div>
  );
}

function FieldMappingTable({ draft, actions }: { draft: LayerDraft; actions: DraftActions }) {
  const language = useLanguage();
  const t = useText();
  const specs = ROLE_SPECS[draft.role].properties;
  return (
    <table className="attribute-table mapping-table" data-testid="field-mapping">
      <thead>
        <tr>
          <th>{t.import.roleProperty}</th>
          <td className="muted">{t.import.sourceField}</td>
        </tr>
      </thead>
      <tbody>
        {specs.map((spec) => (
          <tr key={spec.key}>
            <th>{spec.label[language]}</th>
            <td>
              <select
                data-testid={`map-${spec.key}`}
                value={draft.mapping[spec.key] ?? ''}
                onChange={(e) => {
                  const mapping = { ...draft.mapping };
                  if (e.target.value) mapping[spec.key] = e.target.value;
                  else delete mapping[spec.key];
                  actions.update({ mapping });
                }}
              >
                <option value="">{t.import.noField}</option>
                {draft.fields.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DraftCard(props: {
  draft: LayerDraft;
  actions: DraftActions;
  busy: boolean;
  /** While the draft is imported again (new CRS, encoding or CSV columns): its progress and a Cancel. */
  rerunProgress: { progress01: number; cancel: () => void } | null;
  shownEncoding: TextEncodingId | null;
}) {
  const { draft, actions, busy, rerunProgress, shownEncoding } = props;
  const language = useLanguage();
  const t = useText();
  const section = (title: string, body: ReactNode) => (
    <div className="draft-section">
      <h4>{title}</h4>
      {body}
    </div>
  );
  const hasEncoding = draft.sourceFormat === 'csv' || (draft.sourceFormat === 'shapefile' && draft.encoding !== null);
  return (
    <section className="draft-card" data-testid={`import-draft-${draft.name}`} aria-busy={busy}>
      <header className="draft-head">
        <label className="checkbox">
          <input type="checkbox" checked={draft.include} data-testid="import-include" onChange={(e) => actions.update({ include: e.target.checked })} />
          <strong>
            {t.import.layer} {draft.name}
          </strong>{' '}
          <span className="muted">({draft.sourceFormat.toUpperCase()})</span>
        </label>
        {busy && (
          <span className="draft-rerun" data-testid="draft-rerun">
            <span className="muted">{t.import.working}</span>
            {rerunProgress && (
              <>
                <progress max={1} value={rerunProgress.progress01} aria-label={t.import.working} />
                <button type="button" className="link-button" data-testid="draft-rerun-cancel" onClick={rerunProgress.cancel}>
                  {t.import.cancel}
                </button>
              </>
            )}
          </span>
        )}
      </header>
      <Counts draft={draft} />
      {draft.crsNeeded ? (
        <CrsQuestion draft={draft} actions={actions} busy={busy} />
      ) : (
        draft.crs && (
          <p className="muted" data-testid="import-crs">
            {t.import.crsFound}: {draft.crs.label[language]}
          </p>
        )
      )}
      {draft.csv && <CsvColumns draft={draft} actions={actions} busy={busy} />}
      {hasEncoding && <EncodingPicker draft={draft} shown={shownEncoding} actions={actions} busy={busy} />}
      <div className="draft-grid">
        <label className="field">
          <span>{t.import.layerTitle}</span>
          <input type="text" data-testid="import-title" value={draft.title} onChange={(e) => actions.update({ title: e.target.value })} />
        </label>
        <label className="field">
          <span>{t.import.role}</span>
          <select
            data-testid="import-role"
            value={draft.role}
            onChange={(e) => {
              const role = e.target.value as LayerRole;
              actions.update({ role, roleTouched: true, mapping: guessFieldMapping(draft.fields, role) });
            }}
          >
            {ALL_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_SPECS[r].label[language]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {draft.fields.length > 0 && section(t.import.fieldMapping, <FieldMappingTable draft={draft} actions={actions} />)}
      {section(t.import.reportTitle, <NoteList notes={draft.notes} testId="import-notes" />)}
    </section>
  );
}
