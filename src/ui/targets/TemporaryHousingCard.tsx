// Temporary and dilapidated houses (the plan: end them for poor, near-poor and disaster-hit households and
// people with merit): import a CSV of counts by commune/ward and group — every bad row named, nothing
// imported until the file is right — then, as of the slider's year, each group's total, replaced, remaining
// and share done. The table is kept in the project document (one undoable command); the choropleth of what
// is left per commune is chosen in the map card.
import { useState, type DragEvent } from 'react';
import type { FeatureCollection } from 'geojson';
import { readTemporaryHousingCsv, type TemporaryHousingReadResult } from '../../domain/targets/readTemporaryHousingCsv.ts';
import { readTemporaryHousingPoints } from '../../domain/targets/readTemporaryHousingPoints.ts';
import type { TemporaryHousingSummary } from '../../domain/targets/summarizeTemporaryHousing.ts';
import type { TemporaryHousingTable } from '../../domain/targets/temporaryHousingTypes.ts';
import type { Commune } from '../../domain/targets/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { msg, type Message } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';
import { downloadFile } from '../downloadFile.ts';
import { tableToCsv } from '../../domain/export/tableToCsv.ts';

/** UTF-8 (with or without BOM) as Excel's "CSV UTF-8" writes it; else the Vietnamese Windows code page. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

/** At most this many problems are listed (the rest are counted). */
const SHOWN_PROBLEMS = 20;

export function TemporaryHousingCard({ table, summary, communes }: { table: TemporaryHousingTable | undefined; summary: TemporaryHousingSummary | null; communes: Commune[] }) {
  const language = useLanguage();
  const T = useText().targets;
  const store = useStore();
  const [problems, setProblems] = useState<{ file: string; messages: Message[] } | null>(null);
  const n = (v: number) => formatNumber(v, language, 0);

  const importFile = async (file: File) => {
    const text = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    let result: TemporaryHousingReadResult;
    // A point layer (one point per house) or a table of counts.
    if (/\.(geo)?json$/i.test(file.name)) {
      let collection: unknown;
      try {
        collection = JSON.parse(text);
      } catch {
        collection = null;
      }
      const features = (collection as FeatureCollection | null)?.features;
      result = Array.isArray(features)
        ? readTemporaryHousingPoints(collection as FeatureCollection, communes)
        : { records: [], problems: [msg('import.json-invalid', { file: file.name })] };
    } else result = readTemporaryHousingCsv(text, communes);
    if (result.problems.length) {
      setProblems({ file: file.name, messages: result.problems });
      return;
    }
    setProblems(null);
    store.run({ type: 'setTemporaryHousing', table: { source: file.name, records: result.records } });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  const pct = (done: number, total: number) => (total > 0 ? `${formatNumber((done / total) * 100, language, 1)} %` : '—');
  return (
    <div className="tg-card" data-testid="tg-temporary" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <h3>{T.temporaryTitle}</h3>
      <p className="muted small">{T.temporaryIntro}</p>
      {summary && table ? (
        <>
          <p className="small">
            {T.temporarySource}: {table.source}
            {table.illustrative && <span className="badge"> {T.illustrativeData}</span>}
          </p>
          <table className="tg-table" data-testid="tg-temporary-table">
            <thead>
              <tr>
                <th>{T.temporaryGroup}</th>
                <th className="num">{T.temporaryTotal}</th>
                <th className="num">{T.temporaryReplaced}</th>
                <th className="num">{T.temporaryRemaining}</th>
                <th className="num">{T.temporaryDone}</th>
              </tr>
            </thead>
            <tbody>
              {summary.by_group.map((g) => (
                <tr key={g.group} data-testid={`tg-temporary-${g.group}`}>
                  <td>{renderMessage(language, msg('targets.temporary.group', { group: g.group }))}</td>
                  <td className="num">{n(g.total)}</td>
                  <td className="num">{n(g.replaced)}</td>
                  <td className="num">{n(g.remaining)}</td>
                  <td className="num">{pct(g.replaced, g.total)}</td>
                </tr>
              ))}
              <tr className="tg-total-row" data-testid="tg-temporary-total">
                <td>{T.total}</td>
                <td className="num">{n(summary.total.total)}</td>
                <td className="num">{n(summary.total.replaced)}</td>
                <td className="num"><strong>{n(summary.total.remaining)}</strong></td>
                <td className="num">{pct(summary.total.replaced, summary.total.total)}</td>
              </tr>
            </tbody>
          </table>
          <p className="small">
            {T.temporaryLeft} {summary.as_of}: <strong data-testid="tg-temporary-left">{n(summary.total.remaining)}</strong> {T.temporaryHouseWord} · {summary.by_commune.length} {T.temporaryCommunes}
          </p>
        </>
      ) : (
        <p className="muted small">{T.temporaryNone}</p>
      )}
      {problems && (
        <div className="tg-error small" role="alert" data-testid="tg-temporary-problems">
          <p>{renderMessage(language, msg('targets.temporary.refused', { file: problems.file, count: problems.messages.length }))}</p>
          <ul className="tg-problems">
            {problems.messages.slice(0, SHOWN_PROBLEMS).map((m, i) => <li key={i}>{renderMessage(language, m)}</li>)}
          </ul>
        </div>
      )}
      <div className="tg-buttons">
        <label className="tg-button">
          {table ? T.temporaryReplace : T.temporaryImport}
          <input
            type="file"
            accept=".csv,text/csv,.geojson,.json"
            hidden
            data-testid="tg-temporary-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        {table && summary && (
          <button
            type="button"
            className="tg-button"
            data-testid="tg-temporary-csv"
            onClick={() =>
              downloadFile(
                `nha-tam-theo-xa-phuong-${summary.as_of}.csv`,
                tableToCsv(
                  (['code', 'commune', 'total', 'replaced', 'remaining'] as const).map((c) => renderMessage(language, msg('targets.temporary.column', { column: c }))),
                  summary.by_commune.map((c) => [c.code, c.name, c.total, c.replaced, c.remaining]),
                ),
                'text/csv;charset=utf-8',
              )
            }
          >
            CSV
          </button>
        )}
        {table && <button type="button" className="tg-button" onClick={() => store.run({ type: 'setTemporaryHousing', table: undefined })}>{T.temporaryRemove}</button>}
        <span className="muted small">{T.temporaryHint}</span>
      </div>
    </div>
  );
}
