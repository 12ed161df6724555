// The Targets tab (issue 12): progress toward the plan's NOXH targets as of a year — units and places apart,
// by status, by year, by form (the rental share) and by commune/ward — the targets with their source, the
// annual report (CSV), and the registry of projects with its form. Every edit is an undoable command.
import { useEffect, useMemo, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import { HOUSING_FORMS, HOUSING_STATUSES } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { DEFAULT_PLAN_TARGETS } from '../../domain/targets/defaultPlanTargets.ts';
import { progressReportToCsv } from '../../domain/targets/progressReportToCsv.ts';
import { FIRST_REPORT_YEAR, summarizeProgress } from '../../domain/targets/summarizeProgress.ts';
import { summarizeTemporaryHousing } from '../../domain/targets/summarizeTemporaryHousing.ts';
import { HOUSING_STATUS_IDS, type HousingStatus, type StatusCounts } from '../../domain/targets/types.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { downloadFile } from '../downloadFile.ts';
import { tableToCsv } from '../../domain/export/tableToCsv.ts';
import { useAppSelector, useLanguage, useStore, useText } from '../useAppState.ts';
import { uiTextBoth } from '../../i18n/renderMessage.ts';
import { collectRegistry, type RegistryRow } from './collectRegistry.ts';
import { draftOf, emptyDraft, nextProjectId } from './projectDraft.ts';
import { RegistryForm } from './RegistryForm.tsx';
import { TargetsEditor } from './TargetsEditor.tsx';
import { CHART_COLORS, YearChart } from './YearChart.tsx';
import { TargetsMapCard } from './TargetsMapCard.tsx';
import { TemporaryHousingCard } from './TemporaryHousingCard.tsx';
import { renderChartPng } from './renderChartPng.ts';
import { buildAnnualReportHtml } from './buildAnnualReportHtml.ts';
import './targets.css';

/** The layer the registry creates when the project has no housing_project layer yet. */
export const REGISTRY_LAYER_ID = 'noxh_registry';

const STATUS_COLORS: Record<HousingStatus, string> = { completed: '#1a7f37', under_construction: '#55a868', approved: '#0b5cad', proposed: '#b8c2cc' };
const STATUS_ORDER: HousingStatus[] = [...HOUSING_STATUS_IDS].reverse();

function StatusBar({ counts, scale, testId }: { counts: StatusCounts; scale: number; testId: string }) {
  const language = useLanguage();
  return (
    <div className="tg-bar" data-testid={testId}>
      {STATUS_ORDER.map((s) =>
        counts[s] > 0 ? (
          <span
            key={s}
            style={{ width: `${(counts[s] / scale) * 100}%`, background: STATUS_COLORS[s] }}
            title={`${HOUSING_STATUSES[s][language]}: ${formatNumber(counts[s], language, 0)}`}
          />
        ) : null,
      )}
    </div>
  );
}

function StatusLegend({ counts, word, testId }: { counts: StatusCounts; word: string; testId: string }) {
  const language = useLanguage();
  return (
    <ul className="tg-status-list">
      {STATUS_ORDER.map((s) => (
        <li key={s} data-testid={`${testId}-${s}`}>
          <i style={{ background: STATUS_COLORS[s] }} />
          {HOUSING_STATUSES[s][language]}: <strong>{formatNumber(counts[s], language, 0)}</strong> {word}
        </li>
      ))}
    </ul>
  );
}

export function TargetsPanel() {
  const language = useLanguage();
  const T = useText().targets;
  const store = useStore();
  const layers = useAppSelector((s) => s.history.workspace.project.layers);
  const layerData = useAppSelector((s) => s.layerData);
  const storedTargets = useAppSelector((s) => s.history.workspace.project.targets);
  const targets = storedTargets ?? DEFAULT_PLAN_TARGETS;
  const registry = useMemo(() => collectRegistry(layers, layerData), [layers, layerData]);
  const targetYear = Math.max(...targets.map((t) => t.year), 2030);
  // The year, the choropleth and the picked commune live in the store (targetsView): the map follows them,
  // and the tab opens again as it was left.
  const view = useAppSelector((s) => s.targetsView);
  const asOf = Math.min(Math.max(view.asOfYear ?? new Date().getFullYear(), FIRST_REPORT_YEAR), targetYear);
  const setAsOf = (year: number) => store.setTargetsView({ asOfYear: year });
  useEffect(() => {
    store.setTargetsView({ asOfYear: asOf });
  }, [store, asOf]);
  const temporaryTable = useAppSelector((s) => s.history.workspace.project.temporaryHousing);
  const temporary = useMemo(() => (temporaryTable ? summarizeTemporaryHousing(temporaryTable.records, asOf) : null), [temporaryTable, asOf]);
  const temporaryLeft = useMemo(() => new Map((temporary?.by_commune ?? []).map((c) => [c.code, c.remaining])), [temporary]);
  const chartRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ row: RegistryRow | null } | null>(null);

  const report = useMemo(
    () => summarizeProgress({ projects: registry.rows.map((r) => r.feature), communes: registry.communes, targets, asOfYear: asOf }),
    [registry, targets, asOf],
  );

  const save = (feature: Feature) => {
    const row = editing?.row ?? null;
    if (row) {
      const layer = layers.find((l) => l.id === row.layerId);
      store.run({
        type: 'editHousingProject',
        layerId: row.layerId,
        featureIndex: row.featureIndex,
        feature,
        ...(layer?.source.kind === 'sample' ? { loadedData: registry.loaded[row.layerId] } : {}),
      });
    } else if (registry.targetLayer) {
      const layer = registry.targetLayer;
      store.run({
        type: 'editHousingProject',
        layerId: layer.id,
        featureIndex: null,
        feature,
        ...(layer.source.kind === 'sample' ? { loadedData: registry.loaded[layer.id] } : {}),
      });
    } else {
      const newLayer: ProjectLayer = {
        id: REGISTRY_LAYER_ID,
        role: 'housing_project',
        title: uiTextBoth((t) => t.targets.newLayerTitle),
        source: { kind: 'inline', data: { type: 'FeatureCollection', features: [] } },
        visible: true,
        style: {},
        metadata: { illustrative: false, note: uiTextBoth((t) => t.targets.newLayerNote), source: 'NOXH Atlas' },
      };
      store.run({ type: 'editHousingProject', layerId: REGISTRY_LAYER_ID, featureIndex: null, feature, newLayer });
    }
    setEditing(null);
  };
  const remove = (row: RegistryRow) => {
    const layer = layers.find((l) => l.id === row.layerId);
    store.run({
      type: 'editHousingProject',
      layerId: row.layerId,
      featureIndex: row.featureIndex,
      feature: null,
      ...(layer?.source.kind === 'sample' ? { loadedData: registry.loaded[row.layerId] } : {}),
    });
  };
  const exportA4 = () => {
    const sources = layers.filter((l) => l.role === 'housing_project' || l.role === 'admin_unit').map((l) => ({ title: l.title, illustrative: l.metadata.illustrative }));
    const html = buildAnnualReportHtml({
      report,
      language,
      date: formatDate(new Date(), language),
      sources,
      ...(temporary && temporaryTable ? { temporary: { summary: temporary, source: temporaryTable.source, illustrative: temporaryTable.illustrative === true } } : {}),
    });
    downloadFile(`bao-cao-tien-do-noxh-${report.as_of}.html`, html, 'text/html;charset=utf-8');
  };
  const exportCsv = () =>
    downloadFile(
      `bao-cao-tien-do-noxh-${report.as_of}.csv`,
      progressReportToCsv(report, { language, date: formatDate(new Date(), language), ...(temporary && temporaryTable ? { temporary, temporarySource: temporaryTable.source } : {}) }),
      'text/csv;charset=utf-8',
    );
  const exportChartPng = async () => {
    const svg = chartRef.current?.querySelector('svg');
    if (!svg) return;
    const png = await renderChartPng(svg, `${T.byYear} — ${T.asOf} ${report.as_of}`, [
      { color: CHART_COLORS.completed, label: T.completedCumulative, line: 'solid' },
      { color: CHART_COLORS.expected, label: T.expectedCumulative, line: 'dashed' },
      { color: CHART_COLORS.trajectory, label: T.trajectory, line: 'dotted' },
      { color: CHART_COLORS.target, label: T.targetLine, line: 'solid' },
      { color: '#a3cfb0', label: T.completedInYear },
    ]);
    downloadFile(`bieu-do-tien-do-noxh-${report.as_of}.png`, new Uint8Array(await png.arrayBuffer()), 'image/png');
  };
  const pickCommune = (code: string | null) => {
    const same = code === view.commune;
    store.setTargetsView({ commune: same ? null : code });
    const geometry = registry.communes.find((c) => c.code === code)?.geometry;
    if (!same && geometry) {
      const [w, so, e, no] = bbox(geometry);
      store.fitBounds([w, so, e, no]);
    }
  };

  const n = (v: number) => formatNumber(v, language, 0);
  /** Each table of the tab as its own CSV (the figures as on screen, as of the year). */
  const csvOf = (name: string, header: string[], rows: (string | number | null)[][]) =>
    downloadFile(`${name}-${report.as_of}.csv`, tableToCsv(header, rows), 'text/csv;charset=utf-8');
  const formCsv = () =>
    csvOf('noxh-theo-hinh-thuc', [T.form, T.unitWord, T.placeWord], report.by_form.map((f) => [f.form ? HOUSING_FORMS[f.form][language] : '', f.dwellings.total, f.places.total]));
  const communeCsv = () =>
    csvOf(
      'noxh-theo-xa-phuong',
      [renderMessage(language, msg('targets.column', { column: 'code' })), T.commune, T.unitWord, HOUSING_STATUSES.completed[language], T.placeWord, ...(temporary ? [T.temporaryLeftShort] : [])],
      report.by_commune.map((c) => [
        c.code ?? '',
        c.code === null ? renderMessage(language, msg('targets.unassigned')) : c.name,
        c.dwellings.total,
        c.dwellings.completed,
        c.places.total,
        ...(temporary ? [c.code === null ? null : (temporaryLeft.get(c.code) ?? 0)] : []),
      ]),
    );
  const registryCsv = () =>
    csvOf(
      'so-du-an-noxh',
      ['id', T.name, T.form, T.commune, T.number, T.unitKind, T.status, T.startYear, T.completionYear, T.investor],
      registry.rows.map(({ feature }) => {
        const p = feature.properties ?? {};
        const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
        const place = p.unit_kind === 'place' || (p.unit_kind !== 'dwelling' && (p.form === 'worker_dormitory' || p.form === 'student'));
        return [
          text(p.id),
          text(p.name),
          HOUSING_FORMS[String(p.form)]?.[language] ?? text(p.form),
          text(p.commune_name ?? p.commune_code),
          typeof p.units === 'number' ? p.units : text(p.units),
          place ? T.placeWord : T.unitWord,
          HOUSING_STATUSES[String(p.status)]?.[language] ?? text(p.status),
          text(p.start_year),
          text(p.completion_year),
          text(p.investor),
        ];
      }),
    );
  const d = report.dwellings;
  const sharePct = report.target > 0 ? (d.completed / report.target) * 100 : 0;
  const dwellingScale = Math.max(report.target, d.total, 1);
  const ids = registry.rows.map((r) => String(r.feature.properties?.id ?? ''));
  const editingKey = editing ? (editing.row ? `${editing.row.layerId}:${editing.row.featureIndex}` : 'new') : null;

  return (
    <section className="panel tg-panel" aria-label={T.title} data-testid="targets-panel">
      <h2>{T.title}</h2>
      <p className="muted small">{T.intro}</p>
      {registry.loading && <p className="muted">{T.loading}</p>}

      <label className="tg-slider">
        <span>{T.asOf} <strong data-testid="tg-as-of">{report.as_of}</strong></span>
        <input type="range" min={FIRST_REPORT_YEAR} max={targetYear} step={1} value={asOf} onChange={(e) => setAsOf(Number(e.target.value))} data-testid="tg-year-slider" />
      </label>

      <div className="tg-card">
        <h3>{T.dwellings}</h3>
        <p className="tg-headline">
          <strong data-testid="tg-headline-completed">{n(d.completed)}</strong> / {n(report.target)} {T.unitWord} ({formatNumber(sharePct, language, 1)} %)
        </p>
        <div className="tg-bar-wrap">
          <StatusBar counts={d} scale={dwellingScale} testId="tg-dwellings-bar" />
          <span className="tg-target-mark" style={{ left: `${(report.target / dwellingScale) * 100}%` }} title={T.targetLine} />
        </div>
        <StatusLegend counts={d} word={T.unitWord} testId="tg-dwellings" />
        <p className="small">
          {T.total}: <strong data-testid="tg-dwellings-total">{n(d.total)}</strong> {T.unitWord}.{' '}
          {report.gap > 0 ? (
            <>
              {T.gap}: <strong data-testid="tg-gap">{n(report.gap)}</strong> {T.unitWord}
              {report.needed_per_year !== null && (
                <>; {T.neededPerYear} {report.target_year}: <strong>{n(Math.ceil(report.needed_per_year))}</strong> {T.unitWord}</>
              )}
              .
            </>
          ) : (
            <strong>{T.reached}.</strong>
          )}
        </p>
        <p className="small">
          {T.rentalShare}: <strong data-testid="tg-rental-share">{report.rental_share === null ? '—' : `${formatNumber(report.rental_share * 100, language, 1)} %`}</strong>
          {report.not_started.projects > 0 && <span className="muted"> · {report.not_started.projects} {T.notStarted}</span>}
        </p>
      </div>

      <div className="tg-card">
        <h3>{T.places}</h3>
        <p className="tg-headline"><strong data-testid="tg-places-total">{n(report.places.total)}</strong> {T.placeWord}</p>
        <StatusBar counts={report.places} scale={Math.max(report.places.total, 1)} testId="tg-places-bar" />
        <StatusLegend counts={report.places} word={T.placeWord} testId="tg-places" />
      </div>

      <div className="tg-card" ref={chartRef}>
        <h3>{T.byYear}</h3>
        <YearChart report={report} />
        <div className="tg-buttons">
          <button type="button" className="tg-button" onClick={() => void exportChartPng()} data-testid="tg-chart-png">{T.exportPng}</button>
        </div>
      </div>

      <TargetsMapCard report={report} communes={registry.communes} temporary={temporary} />

      <div className="tg-card">
        <h3>{T.targets}</h3>
        <TargetsEditor key={JSON.stringify(targets)} targets={targets} />
      </div>

      <div className="tg-card">
        <h3 className="tg-card-head">{T.byForm} <button type="button" className="link-button small" onClick={formCsv} data-testid="tg-form-csv">CSV</button></h3>
        <table className="tg-table">
          <thead>
            <tr><th>{T.form}</th><th className="num">{T.unitWord}</th><th className="num">{T.placeWord}</th></tr>
          </thead>
          <tbody>
            {report.by_form.map((f) => (
              <tr key={f.form ?? '?'}>
                <td>{f.form ? HOUSING_FORMS[f.form][language] : '—'}</td>
                <td className="num">{n(f.dwellings.total)}</td>
                <td className="num">{n(f.places.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="tg-card">
        <h3 className="tg-card-head">{T.byCommune} <button type="button" className="link-button small" onClick={communeCsv} data-testid="tg-commune-csv">CSV</button></h3>
        {registry.communes.length === 0 && <p className="muted small">{T.noCommunes}</p>}
        <div className="tg-scroll">
          <table className="tg-table" data-testid="tg-commune-table">
            <thead>
              <tr>
                <th>{T.commune}</th>
                <th className="num">{T.unitWord}</th>
                <th className="num">{HOUSING_STATUSES.completed[language]}</th>
                <th className="num">{T.placeWord}</th>
                {temporary && <th className="num">{T.temporaryLeftShort}</th>}
              </tr>
            </thead>
            <tbody>
              {report.by_commune.map((c) => (
                <tr
                  key={c.code ?? '—'}
                  data-testid="tg-commune-row"
                  className={c.code !== null && c.code === view.commune ? 'selected tg-clickable' : c.code !== null ? 'tg-clickable' : undefined}
                  title={c.code !== null ? T.communeRowHint : undefined}
                  onClick={c.code !== null ? () => pickCommune(c.code) : undefined}
                >
                  <td>{c.code === null ? renderMessage(language, msg('targets.unassigned')) : c.name}</td>
                  <td className="num">{n(c.dwellings.total)}</td>
                  <td className="num">{n(c.dwellings.completed)}</td>
                  <td className="num">{n(c.places.total)}</td>
                  {temporary && <td className="num">{c.code === null ? '' : n(temporaryLeft.get(c.code) ?? 0)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <TemporaryHousingCard table={temporaryTable} summary={temporary} communes={registry.communes} />

      {report.problems.length > 0 && (
        <details className="tg-card" data-testid="tg-problems">
          <summary>{T.problems} ({report.problems.length})</summary>
          <ul className="tg-problems">
            {report.problems.map((p, i) => <li key={i}>{renderMessage(language, p.message)}</li>)}
          </ul>
        </details>
      )}

      <div className="tg-buttons">
        <button type="button" className="tg-button" onClick={exportA4} data-testid="tg-export-a4">{T.exportA4}</button>
        <button type="button" className="tg-button" onClick={exportCsv} data-testid="tg-export-csv">{T.exportCsv}</button>
        <span className="muted small">{T.workingReport}</span>
      </div>

      <div className="tg-card" data-testid="tg-registry">
        <h3 className="tg-card-head">{T.registry} ({registry.rows.length}) <button type="button" className="link-button small" onClick={registryCsv} data-testid="tg-registry-csv">CSV</button></h3>
        <table className="tg-table">
          <thead>
            <tr><th>{T.name}</th><th className="num">{T.number}</th><th>{T.status}</th><th>{T.years}</th><th /></tr>
          </thead>
          <tbody>
            {registry.rows.length === 0 && <tr><td colSpan={5} className="muted">{T.noProjects}</td></tr>}
            {registry.rows.map((row) => {
              const p = row.feature.properties ?? {};
              const key = `${row.layerId}:${row.featureIndex}`;
              const place = p.unit_kind === 'place' || (p.unit_kind !== 'dwelling' && (p.form === 'worker_dormitory' || p.form === 'student'));
              return (
                <tr key={key} className={editingKey === key ? 'selected' : undefined} data-testid="tg-registry-row">
                  <td>
                    {String(p.name ?? p.id ?? '')}
                    <div className="muted small">{HOUSING_FORMS[String(p.form)]?.[language] ?? String(p.form ?? '—')}{p.commune_name ? ` · ${String(p.commune_name)}` : ''}</div>
                  </td>
                  <td className="num">{typeof p.units === 'number' ? n(p.units) : '—'} {place ? T.placeWord : T.unitWord}</td>
                  <td>{HOUSING_STATUSES[String(p.status)]?.[language] ?? '—'}</td>
                  <td>{p.start_year ?? '?'}–{p.completion_year ?? '?'}</td>
                  <td className="tg-row-tools">
                    <button type="button" className="link-button" onClick={() => setEditing({ row })}>{T.edit}</button>{' '}
                    <button type="button" className="link-button" onClick={() => remove(row)}>{T.delete}</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {editing ? (
          <RegistryForm
            key={editingKey}
            initial={editing.row ? draftOf(editing.row.feature) : emptyDraft(nextProjectId(ids))}
            {...(editing.row ? { base: editing.row.feature } : {})}
            communes={registry.communes}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button type="button" className="tg-button primary" onClick={() => setEditing({ row: null })} data-testid="tg-add-project">{T.addProject}</button>
        )}
      </div>
    </section>
  );
}
