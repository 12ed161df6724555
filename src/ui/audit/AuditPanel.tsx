// The audit tab (issue 5): runs the reserved-land audit on the project's layers, lists every commercial
// project with its verdict and reason, and shows the selected project's checks and map highlights.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { auditReportToCsv } from '../../domain/reserved_land/auditReportToCsv.ts';
import { ROLE_SPECS } from '../../domain/model/layerRoles.ts';
import type { AuditOptions, HighlightKind, ProjectAudit } from '../../domain/reserved_land/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useMapController } from '../mapControllerContext.ts';
import { useAppSelector, useLanguage, useStore, useText } from '../useAppState.ts';
import { buildAuditOverlay, projectBounds } from './buildAuditOverlay.ts';
import { buildAuditTable } from './buildAuditTable.ts';
import { communeOfFeature } from '../../domain/geo/communeOfFeature.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { communeChoices } from '../communeChoices.ts';
import { useCommunes } from '../useCommunes.ts';
import type { ComplianceSheetProps } from './ComplianceSheet.tsx';
import { buildComplianceSheetHtml, complianceSheetFileName } from './buildComplianceSheetHtml.ts';
import { collectAuditInput } from './collectAuditInput.ts';
import { downloadFile } from '../downloadFile.ts';
import { isoToDdMmYyyy, m2, pct, todayIso } from './formatAudit.ts';
import { AuditProjectDetail } from './AuditProjectDetail.tsx';
import { PrintSheetOverlay } from './PrintSheetOverlay.tsx';
import { cropMapSnapshot } from './cropMapSnapshot.ts';
import { useAuditReport } from './useAuditReport.ts';
import { parseLocaleNumber } from '../../domain/text/parseLocaleNumber.ts';
import './audit.css';

interface SettingsText {
  sharePct: string;
  roadM: string;
  tolerancePct: string;
  toleranceM2: string;
  landUseFee: string;
  infrastructureCost: string;
}

const DEFAULT_SETTINGS: SettingsText = { sharePct: '20', roadM: '50', tolerancePct: '1', toleranceM2: '50', landUseFee: '', infrastructureCost: '' };

/** A non-negative number typed the Vietnamese or the English way ("1.500.000", "0,5", "1500000"). */
function parseAmount(text: string): number | null | 'invalid' {
  if (!text.trim()) return null;
  const n = parseLocaleNumber(text, { decimalComma: true, dotThousands: true });
  return n >= 0 ? n : 'invalid';
}

export function AuditPanel() {
  const store = useStore();
  const controller = useMapController();
  const layerData = useAppSelector((s) => s.layerData);
  const language = useLanguage();
  const t = useText();
  const layers = useAppSelector((s) => s.history.workspace.project.layers);
  const [asOfDate, setAsOfDate] = useState(todayIso);
  const [settings, setSettings] = useState<SettingsText>(DEFAULT_SETTINGS);
  // The open project is in the store (a slide saves it and opens it again); it stays when the tab is left.
  const selectedId = useAppSelector((s) => s.auditProjectId);
  const setSelectedId = (id: string | null) => store.setAuditProject(id);
  const [hidden, setHidden] = useState<ReadonlySet<HighlightKind>>(new Set());
  const [sheet, setSheet] = useState<ComplianceSheetProps | null>(null);
  const [busy, setBusy] = useState(false);
  const detailRef = useRef<HTMLDivElement>(null);

  const collected = useMemo(() => collectAuditInput(layers, layerData), [layers, layerData]);

  const parsed = {
    sharePct: parseAmount(settings.sharePct),
    roadM: parseAmount(settings.roadM),
    tolerancePct: parseAmount(settings.tolerancePct),
    toleranceM2: parseAmount(settings.toleranceM2),
    landUseFee: parseAmount(settings.landUseFee),
    infrastructureCost: parseAmount(settings.infrastructureCost),
  };
  const num = (v: number | null | 'invalid') => (typeof v === 'number' ? v : undefined);
  const options: AuditOptions = {
    asOfDate: asOfDate || undefined,
    reserveShare01: num(parsed.sharePct) !== undefined && parsed.sharePct !== 0 ? (parsed.sharePct as number) / 100 : undefined,
    roadConnectionDistanceM: num(parsed.roadM),
    declaredToleranceShare01: num(parsed.tolerancePct) !== undefined ? (parsed.tolerancePct as number) / 100 : undefined,
    declaredToleranceM2: num(parsed.toleranceM2),
    landUseFeeVndPerM2: num(parsed.landUseFee),
    infrastructureCostVndPerM2: num(parsed.infrastructureCost),
  };

  const run = useAuditReport(collected.status === 'ready' ? collected.input : null, options);
  const report = run.status === 'done' ? run.report : run.status === 'running' ? run.previous : null;
  const { assign: assignCommune } = useCommunes();
  const projectFeatures = collected.status === 'ready' ? collected.input.projects.features : null;
  const communeOfProject = useCallback(
    (p: ProjectAudit) => (projectFeatures?.[p.feature_index] ? communeOfFeature(projectFeatures[p.feature_index], assignCommune) : null),
    [projectFeatures, assignCommune],
  );
  const table = useMemo(() => (report ? buildAuditTable(report, communeOfProject) : null), [report, communeOfProject]);
  const [communeCode, setCommuneCode] = useState<string | null>(null);
  const communes = useMemo(() => (table ? communeChoices(table.rows) : []), [table]);
  const shownRows = table ? table.rows.filter((r) => communeCode === null || r.commune?.code === communeCode) : [];
  const selected = report?.projects.find((p) => p.id === selectedId) ?? null;

  useEffect(() => {
    store.setOverlay('audit', buildAuditOverlay(selected, hidden));
  }, [store, selected, hidden]);
  useEffect(() => () => store.setOverlay('audit', null), [store]);

  const selectProject = (id: string) => {
    setSelectedId(id);
    const project = report?.projects.find((p) => p.id === id);
    const bounds = project && projectBounds(project);
    if (bounds) store.fitBounds(bounds);
    requestAnimationFrame(() => detailRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };

  const prepareSheet = async (): Promise<ComplianceSheetProps | null> => {
    if (!selected || !report || collected.status !== 'ready') return null;
    setBusy(true);
    try {
      // The project with its surroundings (roads, neighbouring projects): half its size again on each side.
      const own = projectBounds(selected);
      const bounds: typeof own = own && [
        own[0] - (own[2] - own[0]) / 2,
        own[1] - (own[3] - own[1]) / 2,
        own[2] + (own[2] - own[0]) / 2,
        own[3] + (own[3] - own[1]) / 2,
      ];
      if (bounds) store.fitBounds(bounds);
      let mapImageUrl: string | null = null;
      try {
        if (controller) {
          const snapshot = await controller.snapshotWhenIdle();
          mapImageUrl = bounds ? await cropMapSnapshot(snapshot, controller, bounds) : snapshot;
        }
      } catch (error) {
        console.warn('Map snapshot failed', error);
      }
      return {
        project: selected,
        asOfDate: report.as_of_date,
        printDate: formatDate(new Date(), 'vi'),
        rules: report.rules,
        mapImageUrl,
        illustrativeLayers: collected.illustrativeLayers,
      };
    } finally {
      setBusy(false);
    }
  };

  const printSheet = async () => {
    const props = await prepareSheet();
    if (props) setSheet(props);
  };
  const downloadSheet = async () => {
    const props = await prepareSheet();
    if (props) downloadFile(complianceSheetFileName(props.project.id, props.asOfDate), buildComplianceSheetHtml(props), 'text/html;charset=utf-8');
  };
  const exportCsv = () => {
    if (report) downloadFile(`kiem-tra-quy-dat-noxh-${report.as_of_date ?? todayIso()}.csv`, auditReportToCsv(report, language, communeOfProject), 'text/csv;charset=utf-8');
  };

  const field = (key: keyof SettingsText, label: string, optional = false) => {
    const invalid = parsed[key] === 'invalid';
    return (
      <label className="audit-field">
        <span>
          {label}
          {optional && <span className="muted"> ({t.audit.optional})</span>}
        </span>
        <input
          type="text"
          inputMode="decimal"
          value={settings[key]}
          aria-invalid={invalid}
          data-testid={`audit-setting-${key}`}
          onChange={(e) => setSettings({ ...settings, [key]: e.target.value })}
        />
        {invalid && <span className="audit-field-error">{t.audit.invalidNumber}</span>}
      </label>
    );
  };

  return (
    <section className="panel audit-panel" aria-label={t.audit.title} data-testid="audit-panel">
      <h2>{t.audit.title}</h2>
      <p className="audit-intro muted">{t.audit.intro}</p>

      <div className="audit-toolbar">
        <label className="audit-date">
          <span>{t.audit.asOfDate}</span>
          <input type="date" value={asOfDate} required data-testid="audit-as-of" onChange={(e) => setAsOfDate(e.target.value)} />
          <strong data-testid="audit-as-of-text">{isoToDdMmYyyy(asOfDate)}</strong>
        </label>
        <button type="button" className="audit-button" disabled={!report} onClick={exportCsv} data-testid="audit-export-csv">
          {t.audit.exportCsv}
        </button>
      </div>

      <details className="audit-settings">
        <summary>{t.audit.settings}</summary>
        <div className="audit-settings-grid">
          {field('sharePct', t.audit.reserveSharePct)}
          {field('roadM', t.audit.roadDistanceM)}
          {field('tolerancePct', t.audit.declaredTolerancePct)}
          {field('toleranceM2', t.audit.declaredToleranceM2)}
          {field('landUseFee', t.audit.landUseFee, true)}
          {field('infrastructureCost', t.audit.infrastructureCost, true)}
        </div>
      </details>

      {collected.status === 'loading' && <p className="muted">{t.audit.waitingForLayers}</p>}
      {collected.status === 'missing' && (
        <p className="audit-error" role="alert">
          {t.audit.missingLayers} {collected.roles.map((r) => ROLE_SPECS[r].label[language]).join(', ')}.
        </p>
      )}
      {run.status === 'error' && (
        <p className="audit-error" role="alert">
          {t.audit.auditError}: {run.message[language]}
        </p>
      )}
      {run.status === 'running' && (
        <p className="muted audit-running" role="status" data-testid="audit-running">
          {t.audit.running}
        </p>
      )}

      {table && report && (
        <>
          <div className="audit-summary" data-testid="audit-summary">
            <strong>
              {table.total} {t.audit.projects}:
            </strong>
            {table.summary.map(({ verdict, count }) => (
              <span key={verdict} className={`verdict-badge verdict-${verdict}${count ? '' : ' verdict-zero'}`} data-testid={`audit-count-${verdict}`}>
                {t.verdict[verdict]}: {count}
              </span>
            ))}
          </div>
          {communes.length > 0 && (
            <label className="audit-commune-filter">
              {renderMessage(language, msg('commune.filter.label'))}{' '}
              <select value={communeCode ?? ''} onChange={(e) => setCommuneCode(e.target.value === '' ? null : e.target.value)} data-testid="audit-commune-filter">
                <option value="">{renderMessage(language, msg('commune.filter.all'))}</option>
                {communes.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <table className="audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th>{t.audit.colId}</th>
                <th>{t.audit.colName}</th>
                <th>{renderMessage(language, msg('commune.column'))}</th>
                <th>{t.audit.colVerdict}</th>
                <th className="num">{t.audit.colRequired}</th>
                <th className="num">{t.audit.colCounted}</th>
                <th className="num">{t.audit.colShortfall}</th>
              </tr>
            </thead>
            {shownRows.map((row) => (
              <tbody
                key={row.id}
                className={`audit-row${row.id === selectedId ? ' selected' : ''}`}
                data-testid={`audit-row-${row.id}`}
                data-verdict={row.verdict}
                onClick={() => selectProject(row.id)}
              >
                <tr>
                  <td className="audit-id">{row.id}</td>
                  <td>
                    <button type="button" className="link-button" aria-pressed={row.id === selectedId} onClick={(e) => (e.stopPropagation(), selectProject(row.id))}>
                      {row.name}
                    </button>
                  </td>
                  <td data-testid="audit-commune" data-code={row.commune?.code ?? ''}>
                    {row.commune?.name ?? '—'}
                  </td>
                  <td>
                    <span className={`verdict-badge verdict-${row.verdict}`} data-testid="audit-verdict">
                      {t.verdict[row.verdict]}
                    </span>
                  </td>
                  <td className="num">{m2(row.requiredM2, language)}</td>
                  <td className="num">
                    {row.payment ? (
                      <span className="muted">{t.audit.payment}</span>
                    ) : (
                      <>
                        {m2(row.countedM2, language)}
                        {Math.abs(row.measuredM2 - row.countedM2) >= 1 && (
                          <div className="muted small">
                            {t.audit.measured} {m2(row.measuredM2, language)}
                          </div>
                        )}
                      </>
                    )}
                  </td>
                  <td className="num">
                    {row.shortfallM2 ? (
                      <>
                        {m2(row.shortfallM2, language)}
                        <div className="small">{pct(row.shortfallPct, language)}</div>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
                <tr className="audit-reason-row">
                  <td />
                  <td colSpan={6} className="audit-reason" data-testid="audit-reason">
                    {row.reason ? (
                      <>
                        <strong>
                          {row.reason.number}. {row.reason.title[language]}:
                        </strong>{' '}
                        {row.reason.message[language]} <span className="audit-ref">({row.reason.reference[language]})</span>
                      </>
                    ) : (
                      <span className="muted">{t.audit.allChecksPass}</span>
                    )}
                  </td>
                </tr>
              </tbody>
            ))}
          </table>
          {report.notes.length > 0 && (
            <details className="audit-notes">
              <summary>
                {t.audit.notes} ({report.notes.length})
              </summary>
              <ul>
                {report.notes.map((n, i) => (
                  <li key={i}>{n.message[language]}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}

      <div ref={detailRef}>
        {selected && report && (
          <AuditProjectDetail
            project={selected}
            rules={report.rules}
           
            hidden={hidden}
            onToggleKind={(kind) => {
              const next = new Set(hidden);
              if (next.has(kind)) next.delete(kind);
              else next.add(kind);
              setHidden(next);
            }}
            onZoom={() => {
              const bounds = projectBounds(selected);
              if (bounds) store.fitBounds(bounds);
            }}
            onPrint={printSheet}
            onDownload={downloadSheet}
            onClose={() => setSelectedId(null)}
            busy={busy}
            landUseFeeVndPerM2={num(parsed.landUseFee) ?? null}
            infrastructureCostVndPerM2={num(parsed.infrastructureCost) ?? null}
          />
        )}
      </div>
      {sheet && <PrintSheetOverlay sheet={sheet} onClose={() => setSheet(null)} />}
    </section>
  );
}
