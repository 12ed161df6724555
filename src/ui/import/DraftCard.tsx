// One imported layer in the import dialog: its report (counts + every note), the CRS question when the file is in
// metres without a .prj, the CSV column mapping, the encoding preview, the role, title and field mapping.
import type { ReactNode } from 'react';
import { ALL_ROLES, ROLE_SPECS, type LayerRole } from '../../domain/model/layerRoles.ts';
import { guessFieldMapping } from '../../domain/import/guessFieldMapping.ts';
import type { ImportNote } from '../../domain/import/importTypes.ts';
import { importNoteMessage } from '../../domain/import/importNote.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { TEXT_ENCODINGS, type TextEncodingId } from '../../domain/encoding/textEncodings.ts';
import type { Language } from '../../i18n/language.ts';
import { formatNumber } from '../../i18n/format.ts';
import { CRS_GROUP_LABELS, listCrsChoices, type CrsChoice } from './crsChoices.ts';
import type { LayerDraft } from './importDrafts.ts';
import { LEVEL_LABELS, TEXT } from './importText.ts';
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

export function NoteList({ notes, language, testId }: { notes: ImportNote[]; language: Language; testId?: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className="import-notes" data-testid={testId}>
      {sortImportNotes(notes).map((n, i) => (
        <li key={i} className={`import-note import-note-${n.level}`} data-level={n.level}>
          <span className={`import-level import-level-${n.level}`}>{LEVEL_LABELS[n.level][language]}</span>
          {n.featureIndex !== undefined && (
            // Counted from 1, like the message text and the row numbers users see in QGIS or Excel.
            <span className="import-index" title={renderMessage(language, msg('ui.feature-number-title'))}>
              {TEXT.feature[language]} #{n.featureIndex + 1}
            </span>
          )}
          <span className="import-message">{renderMessage(language, importNoteMessage(n))}</span>
        </li>
      ))}
    </ul>
  );
}

function Counts({ draft, language }: { draft: LayerDraft; language: Language }) {
  const c = summarizeImportNotes(draft.notes, draft.features.length);
  const item = (value: number, label: string, cls: string) => (
    <span className={`import-count ${cls}`}>
      <strong>{formatNumber(value, language)}</strong> {label}
    </span>
  );
  return (
    <p className="import-counts" data-testid="import-counts">
      {item(c.accepted, TEXT.countAccepted[language], 'count-accepted')}
      {item(c.repaired, TEXT.countRepaired[language], 'count-repaired')}
      {item(c.rejected, TEXT.countRejected[language], 'count-rejected')}
      {item(c.warnings, TEXT.countWarnings[language], 'count-warnings')}
      {c.errors > 0 && item(c.errors, TEXT.countErrors[language], 'count-errors')}
    </p>
  );
}

function CrsOptions({ choices, language }: { choices: CrsChoice[]; language: Language }) {
  const groups = (['vn2000-tm3', 'vn2000-utm', 'wgs84'] as const).map((g) => ({ g, items: choices.filter((c) => c.group === g) }));
  return (
    <>
      {groups.map(({ g, items }) => (
        <optgroup key={g} label={CRS_GROUP_LABELS[g][language]}>
          {items.map((c) => (
            <option key={c.id} value={c.id} disabled={!c.metres}>
              {c.label[language]}
              {!c.metres ? ` — ${TEXT.crsNeverDegrees[language]}` : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

function CrsQuestion({ draft, actions, language, busy }: { draft: LayerDraft; actions: DraftActions; language: Language; busy: boolean }) {
  const suggestions = draft.crsSuggestions.slice(0, 4);
  const chosen = suggestions.find((s) => s.crs.id === draft.crsChoiceId);
  return (
    <div className="crs-question" data-testid="crs-question" role="group" aria-label={TEXT.crsQuestion[language]}>
      <p>
        <strong>{TEXT.crsQuestion[language]}</strong> <span className="muted">{TEXT.crsNeverDegrees[language]}</span>
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
                {s.swapped ? ' (X = Bắc)' : ''}
              </button>
              {i === 0 && <span className="badge">{renderMessage(language, msg('ui.crs-most-likely'))}</span>}
              <div className="muted crs-reason">
                {TEXT.crsWhy[language]}: {renderMessage(language, s.reason)}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{TEXT.crsNoSuggestion[language]}</p>
      )}
      <label className="field">
        <span>{TEXT.crsFound[language]}</span>
        <select data-testid="crs-select" value={draft.crsChoiceId} onChange={(e) => actions.update({ crsChoiceId: e.target.value })}>
          <option value="">—</option>
          {suggestions.length > 0 && (
            <optgroup label={TEXT.crsSuggested[language]}>
              {[...new Map(suggestions.map((s) => [s.crs.id, s])).values()].map((s) => (
                <option key={`s-${s.crs.id}`} value={s.crs.id}>
                  ★ {s.crs.label[language]}
                </option>
              ))}
            </optgroup>
          )}
          <CrsOptions choices={CRS_CHOICES.filter((c) => !suggestions.some((s) => s.crs.id === c.id))} language={language} />
        </select>
      </label>
      {draft.sourceFormat !== 'csv' && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.swapXY} data-testid="crs-swap" onChange={(e) => actions.update({ swapXY: e.target.checked })} />
          {TEXT.swapXY[language]}
        </label>
      )}
      {chosen && <p className="muted">{renderMessage(language, chosen.reason)}</p>}
      <button type="button" data-testid="crs-apply" disabled={!draft.crsChoiceId || busy} onClick={() => actions.applyCrs(draft.crsChoiceId, draft.swapXY)}>
        {TEXT.crsApply[language]}
      </button>
    </div>
  );
}

function CsvColumns({ draft, actions, language, busy }: { draft: LayerDraft; actions: DraftActions; language: Language; busy: boolean }) {
  const csv = draft.csv!;
  const names = csv.columns.map((c) => c.name);
  const sample = (name: string | null) => csv.columns.find((c) => c.name === name)?.samples.slice(0, 2).join(' · ') ?? '';
  return (
    <fieldset className="csv-columns" data-testid="csv-columns">
      <legend>{TEXT.csvColumns[language]}</legend>
      {(['x', 'y'] as const).map((axis) => {
        const column = axis === 'x' ? csv.xColumn : csv.yColumn;
        return (
          <label className="field" key={axis}>
            <span>{(axis === 'x' ? TEXT.csvX : TEXT.csvY)[language]}</span>
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
        {TEXT.swapXY[language]}
      </label>
      <p className="muted">{TEXT.csvConvention[language]}</p>
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

function EncodingPicker({ draft, shown, actions, language, busy }: { draft: LayerDraft; shown: TextEncodingId | null; actions: DraftActions; language: Language; busy: boolean }) {
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
        <span>{TEXT.encoding[language]}</span>
        <select data-testid="encoding-select" value={selected} disabled={busy} onChange={(e) => actions.changeEncoding(e.target.value as TextEncodingId)}>
          {ENCODINGS.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
              {detected?.encoding === e.id ? ` — ${TEXT.encodingDetected[language]}` : ''}
            </option>
          ))}
        </select>
      </label>
      {detected && (
        <p className="muted" data-testid="encoding-detected">
          {TEXT.encodingDetected[language]}: {TEXT_ENCODINGS.find((e) => e.id === detected.encoding)?.label} ({TEXT.encodingConfidence[language]}{' '}
          {Math.round(detected.confidence * 100)} %)
        </p>
      )}
      <div className="encoding-preview" data-testid="encoding-preview">
        <span className="muted">{TEXT.encodingPreview[language]}:</span>
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
      <p className="muted">{TEXT.encodingHint[language]}</p>
    </div>
  );
}

function FieldMappingTable({ draft, actions, language }: { draft: LayerDraft; actions: DraftActions; language: Language }) {
  const specs = ROLE_SPECS[draft.role].properties;
  return (
    <table className="attribute-table mapping-table" data-testid="field-mapping">
      <thead>
        <tr>
          <th>{TEXT.roleProperty[language]}</th>
          <td className="muted">{TEXT.sourceField[language]}</td>
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
                <option value="">{TEXT.noField[language]}</option>
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
  language: Language;
  busy: boolean;
  /** While the draft is imported again (new CRS, encoding or CSV columns): its progress and a Cancel. */
  rerunProgress: { progress01: number; cancel: () => void } | null;
  shownEncoding: TextEncodingId | null;
}) {
  const { draft, actions, language, busy, rerunProgress, shownEncoding } = props;
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
            {TEXT.layer[language]} {draft.name}
          </strong>{' '}
          <span className="muted">({draft.sourceFormat.toUpperCase()})</span>
        </label>
        {busy && (
          <span className="draft-rerun" data-testid="draft-rerun">
            <span className="muted">{TEXT.working[language]}</span>
            {rerunProgress && (
              <>
                <progress max={1} value={rerunProgress.progress01} aria-label={TEXT.working[language]} />
                <button type="button" className="link-button" data-testid="draft-rerun-cancel" onClick={rerunProgress.cancel}>
                  {TEXT.cancel[language]}
                </button>
              </>
            )}
          </span>
        )}
      </header>
      <Counts draft={draft} language={language} />
      {draft.crsNeeded ? (
        <CrsQuestion draft={draft} actions={actions} language={language} busy={busy} />
      ) : (
        draft.crs && (
          <p className="muted" data-testid="import-crs">
            {TEXT.crsFound[language]}: {draft.crs.label[language]}
          </p>
        )
      )}
      {draft.csv && <CsvColumns draft={draft} actions={actions} language={language} busy={busy} />}
      {hasEncoding && <EncodingPicker draft={draft} shown={shownEncoding} actions={actions} language={language} busy={busy} />}
      <div className="draft-grid">
        <label className="field">
          <span>{TEXT.layerTitle[language]}</span>
          <input type="text" data-testid="import-title" value={draft.title} onChange={(e) => actions.update({ title: e.target.value })} />
        </label>
        <label className="field">
          <span>{TEXT.role[language]}</span>
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
      {draft.fields.length > 0 && section(TEXT.fieldMapping[language], <FieldMappingTable draft={draft} actions={actions} language={language} />)}
      {section(TEXT.reportTitle[language], <NoteList notes={draft.notes} language={language} testId="import-notes" />)}
    </section>
  );
}
