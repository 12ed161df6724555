// Check 3: each parcel's declared area agrees with its geodesic area within the tolerance
// (1 % or 50 m², whichever is larger, by default). A large gap means the drawing or the record is wrong.
import { msg } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { CheckResult, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'declared_area';

export function checkDeclaredArea(ctx: ProjectContext, rules: ReservedLandRules): CheckResult {
  const declared = ctx.parcels.filter((p) => p.declaredM2 !== null);
  const mismatched = declared
    .map((p) => {
      const toleranceM2 = Math.max(rules.declaredToleranceShare01 * p.areaM2, rules.declaredToleranceM2);
      return { parcel: p, differenceM2: (p.declaredM2 as number) - p.areaM2, toleranceM2 };
    })
    .filter((m) => Math.abs(m.differenceM2) > m.toleranceM2);
  const declaredTotal = declared.reduce((s, p) => s + (p.declaredM2 as number), 0);
  const measuredTotal = declared.reduce((s, p) => s + p.areaM2, 0);
  const figures = {
    parcel_count: ctx.parcels.length,
    parcels_with_declared_area: declared.length,
    declared_total_m2: roundFigure(declaredTotal),
    measured_total_m2: roundFigure(measuredTotal),
    difference_m2: roundFigure(declaredTotal - measuredTotal),
    tolerance_share_pct: roundFigure(rules.declaredToleranceShare01 * 100),
    tolerance_min_m2: rules.declaredToleranceM2,
    mismatched_parcels: mismatched.map((m) => m.parcel.id).join(', ') || null,
  };
  if (ctx.parcels.length === 0) {
    return makeCheck(id, 'n/a', msg('audit.declared.no-parcel'), 'auditTolerance', figures);
  }
  if (declared.length === 0) {
    return makeCheck(
      id,
      'n/a',
      msg('audit.declared.none-declared'),
      'auditTolerance',
      figures,
    );
  }
  const missing = ctx.parcels.length - declared.length;
  if (mismatched.length === 0) {
    return makeCheck(
      id,
      'pass',
      msg('audit.declared.within', { declaredM2: declaredTotal, measuredM2: measuredTotal, missing }),
      'auditTolerance',
      figures,
    );
  }
  const parcels = mismatched.map((m) => ({ id: m.parcel.id, declaredM2: m.parcel.declaredM2 as number, measuredM2: m.parcel.areaM2, differenceM2: m.differenceM2 }));
  return makeCheck(
    id,
    'warning',
    msg('audit.declared.mismatch', { tolerancePct: figures.tolerance_share_pct, toleranceM2: rules.declaredToleranceM2, parcels, missing }),
    'auditTolerance',
    figures,
    mismatched.map((m) =>
      highlight(
        'declared_area_mismatch',
        m.parcel.geometry,
        ctx.id,
        msg('audit.highlight.declared-mismatch', { declaredM2: m.parcel.declaredM2 as number, measuredM2: m.parcel.areaM2 }),
        id,
        { parcel_id: m.parcel.id, declared_area_m2: m.parcel.declaredM2, difference_m2: roundFigure(m.differenceM2) },
      ),
    ),
  );
}
