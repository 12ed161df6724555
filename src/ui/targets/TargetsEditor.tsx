// The plan's targets, editable with their source text: the default 6,300 units by 2030 for the former
// Quảng Ngãi, and a line for the former Kon Tum part when the user adds one. Saving is one undoable command.
import { useState } from 'react';
import { konTumTargetDraft } from '../../domain/targets/defaultPlanTargets.ts';
import type { PlanTarget } from '../../domain/targets/types.ts';
import { parseLocaleNumber } from '../../domain/text/parseLocaleNumber.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useAppSelector, useLanguage, useStore, useText } from '../useAppState.ts';

type Row = { id: string; label: string; dwellings: string; year: string; source: string };

const toRow = (t: PlanTarget): Row => ({ id: t.id, label: t.label, dwellings: String(t.dwellings), year: String(t.year), source: t.source });

function parseRows(rows: Row[]): PlanTarget[] | null {
  const out: PlanTarget[] = [];
  for (const r of rows) {
    const dwellings = parseLocaleNumber(r.dwellings.trim(), { decimalComma: true, dotThousands: true });
    const year = Number(r.year.trim());
    if (!Number.isInteger(dwellings) || dwellings <= 0 || !Number.isInteger(year)) return null;
    out.push({ id: r.id, label: r.label.trim() || r.id, dwellings, year, source: r.source.trim() });
  }
  return out;
}

export function TargetsEditor({ targets }: { targets: readonly PlanTarget[] }) {
  const language = useLanguage();
  const T = useText().targets;
  const store = useStore();
  const stored = useAppSelector((s) => s.history.workspace.project.targets);
  const [rows, setRows] = useState<Row[] | null>(null);

  if (!rows) {
    return (
      <div className="tg-targets" data-testid="tg-targets">
        <table className="tg-table">
          <thead>
            <tr><th>{T.targetLabel}</th><th className="num">{T.targetUnits}</th><th className="num">{T.targetYear}</th></tr>
          </thead>
          <tbody>
            {targets.map((t) => (
              <tr key={t.id}>
                <td>{t.label}<div className="muted small">{T.targetSource}: {t.source || '—'}</div></td>
                <td className="num">{formatNumber(t.dwellings, language, 0)}</td>
                <td className="num">{t.year}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="tg-button" onClick={() => setRows(targets.map(toRow))} data-testid="tg-edit-targets">{T.editTargets}</button>
      </div>
    );
  }
  const parsed = parseRows(rows);
  const setRow = (i: number, key: keyof Row, value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <div className="tg-targets" data-testid="tg-targets">
      {rows.map((r, i) => (
        <div key={r.id} className="tg-target-edit">
          <div className="tg-grid">
            <label className="tg-field"><span>{T.targetLabel}</span><input value={r.label} onChange={(e) => setRow(i, 'label', e.target.value)} /></label>
            <label className="tg-field"><span>{T.targetUnits}</span><input value={r.dwellings} inputMode="numeric" onChange={(e) => setRow(i, 'dwellings', e.target.value)} data-testid={`tg-target-units-${i}`} /></label>
            <label className="tg-field"><span>{T.targetYear}</span><input value={r.year} inputMode="numeric" onChange={(e) => setRow(i, 'year', e.target.value)} /></label>
          </div>
          <label className="tg-field"><span>{T.targetSource}</span><textarea rows={2} value={r.source} onChange={(e) => setRow(i, 'source', e.target.value)} /></label>
          {rows.length > 1 && <button type="button" className="tg-button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{T.removeTarget}</button>}
        </div>
      ))}
      {!parsed && <p className="tg-error">{T.targetInvalid}</p>}
      <div className="tg-buttons">
        <button
          type="button"
          className="tg-button primary"
          disabled={!parsed}
          data-testid="tg-save-targets"
          onClick={() => {
            if (!parsed) return;
            store.run({ type: 'setPlanTargets', targets: parsed });
            setRows(null);
          }}
        >
          {T.saveTargets}
        </button>
        {!rows.some((r) => r.id === 'kon_tum_former') && (
          <button type="button" className="tg-button" onClick={() => setRows([...rows, { ...toRow(konTumTargetDraft(1)), dwellings: '' }])}>{T.addKonTum}</button>
        )}
        {stored && (
          <button type="button" className="tg-button" onClick={() => (store.run({ type: 'setPlanTargets', targets: undefined }), setRows(null))}>{T.resetTargets}</button>
        )}
        <button type="button" className="tg-button" onClick={() => setRows(null)}>{T.cancel}</button>
      </div>
    </div>
  );
}
