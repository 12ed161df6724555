// The selected project: verdict, the 8 checks (icon, message with figures, legal reference), an optional
// payment estimate, the sheet buttons, and a legend on the map that can hide each highlight kind.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { estimatePaymentVnd } from '../../domain/reserved_land/estimatePaymentVnd.ts';
import type { ReservedLandRules } from '../../domain/reserved_land/rules.ts';
import type { HighlightKind, ProjectAudit } from '../../domain/reserved_land/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { OUTCOME_ICONS } from './auditSymbols.ts';
import { highlightKindsOf, highlightSwatchCss } from './buildAuditOverlay.ts';
import { m2 } from './formatAudit.ts';
import { useLanguage, useText } from '../useAppState.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';

interface Props {
  project: ProjectAudit;
  rules: ReservedLandRules;
  hidden: ReadonlySet<HighlightKind>;
  onToggleKind(kind: HighlightKind): void;
  onZoom(): void;
  onPrint(): void;
  onDownload(): void;
  onClose(): void;
  busy: boolean;
  landUseFeeVndPerM2: number | null;
  infrastructureCostVndPerM2: number | null;
}

function AuditMapLegend({ project, hidden, onToggleKind }: Pick<Props, 'project' | 'hidden' | 'onToggleKind'>) {
  const language = useLanguage();
  const t = useText();
  const kinds = highlightKindsOf(project);
  return (
    <div className="audit-map-legend" data-testid="audit-map-legend" aria-label={t.audit.onMap}>
      <div className="audit-map-legend-title">
        {project.id} — {t.audit.onMap}
      </div>
      <ul>
        {kinds.map(({ kind, areaM2 }) => {
          return (
            <li key={kind}>
              <label>
                <input type="checkbox" checked={!hidden.has(kind)} onChange={() => onToggleKind(kind)} data-testid={`audit-legend-${kind}`} />
                <span className="audit-swatch" style={highlightSwatchCss(kind, 5)} />
                <span>
                  {t.highlight[kind]}
                  {kind !== 'project_boundary' && <span className="muted"> {m2(areaM2, language)} m²</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="audit-map-legend-hint muted">{t.audit.legendHint}</div>
    </div>
  );
}

export function AuditProjectDetail(props: Props) {
  const { project, rules, busy } = props;
  const language = useLanguage();
  const t = useText();
  // The legend floats over the map (the audit tab opens after the map exists).
  const [mapHost] = useState(() => document.querySelector('.map-wrap'));
  const legend = <AuditMapLegend {...props} />;

  const boundaryM2 = project.highlights.find((h) => h.properties.kind === 'project_boundary')?.properties.area_m2 ?? null;
  const declaredTotal = project.checks.find((c) => c.id === 'required_reserve')?.figures.total_land_m2;
  const totalLandM2 = typeof declaredTotal === 'number' ? declaredTotal : boundaryM2;
  const canEstimate = project.subject !== false && project.obligation !== 'payment' && project.net_residential_m2 !== null && totalLandM2;
  const estimate =
    canEstimate && props.landUseFeeVndPerM2 !== null && props.infrastructureCostVndPerM2 !== null
      ? estimatePaymentVnd({
          netResidentialM2: project.net_residential_m2!,
          totalLandM2: totalLandM2!,
          reserveShare01: rules.reserveShare01,
          landUseFeeVndPerM2: props.landUseFeeVndPerM2,
          infrastructureCostVndPerM2: props.infrastructureCostVndPerM2,
        })
      : null;
  const vnd = (v: number) => renderMessage(language, msg('ui.vnd', { vnd: v }));

  return (
    <div className="audit-detail" data-testid="audit-detail">
      <div className="audit-detail-head">
        <div>
          <div className="muted small">{project.id}</div>
          <h3 data-testid="audit-detail-title">{project.name}</h3>
          <span className={`verdict-badge verdict-${project.verdict}`}>{t.verdict[project.verdict]}</span>
        </div>
        <div className="audit-detail-tools">
          <button type="button" className="icon-button" title={t.audit.zoomTo} aria-label={t.audit.zoomTo} onClick={props.onZoom}>
            ⤢
          </button>
          <button type="button" className="icon-button" aria-label={t.audit.close} onClick={props.onClose}>
            ✕
          </button>
        </div>
      </div>
      <div className="audit-sheet-buttons">
        <button type="button" className="audit-button primary" disabled={busy} onClick={props.onPrint} data-testid="audit-print">
          {t.audit.printSheet}
        </button>
        <button type="button" className="audit-button" disabled={busy} onClick={props.onDownload} data-testid="audit-download-sheet">
          {t.audit.downloadSheet}
        </button>
        {busy && <span className="muted small">{t.audit.preparingSheet}</span>}
      </div>

      <h4>{t.audit.checks}</h4>
      <ol className="audit-checks">
        {project.checks.map((c) => (
          <li key={c.id} className={`audit-check result-${c.result === 'n/a' ? 'na' : c.result}`} data-testid={`audit-check-${c.id}`} data-result={c.result}>
            <span className="audit-check-icon" aria-hidden="true">
              {OUTCOME_ICONS[c.result]}
            </span>
            <div>
              <div className="audit-check-title">
                {c.number}. {c.title[language]} — <span className="audit-check-outcome">{t.outcome[c.result]}</span>
              </div>
              <div className="audit-check-message">{c.message[language]}</div>
              <div className="audit-ref">
                {t.audit.reference}: {c.reference[language]}
              </div>
            </div>
          </li>
        ))}
      </ol>

      {canEstimate ? (
        <div className="audit-payment" data-testid="audit-payment">
          <h4>{t.audit.paymentEstimate}</h4>
          {estimate ? (
            <p>
              {formatNumber(rules.reserveShare01 * 100, language)}% × {m2(project.net_residential_m2, language)} m² = {m2(estimate.reserveLandM2, language, 1)} m²:{' '}
              {vnd(estimate.landUseFeeVnd)} + {vnd(estimate.infrastructureShareVnd)} = <strong>{vnd(estimate.totalVnd)}</strong>
            </p>
          ) : (
            <p className="muted">{t.audit.paymentNeedsPrices}</p>
          )}
        </div>
      ) : null}

      {mapHost ? createPortal(legend, mapHost) : legend}
    </div>
  );
}
