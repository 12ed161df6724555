// Check 2: the reserve provided covers 20 % × (residential − existing residential − resettlement land).
// Land forms compare geodesic areas (overlaps counted once; only the part inside the project — form a —
// or inside the project's urban area — form b — counts). The payment form compares money.
// Land elsewhere may also be of equal VALUE (Decree 100 Art. 18(1)(b)): when the parcels' `land_value_vnd`
// (valued by the authority) reach the project's `required_reserve_value_vnd`, a smaller area passes.
import { msg } from '../../../i18n/message.ts';
import { roundArea, roundFigure } from '../formatFigures.ts';
import { readNumber } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditOptions, CheckResult, ProjectContext } from '../types.ts';
import { checkPayment } from './checkPayment.ts';
import { makeCheck } from './checkResult.ts';

const id = 'required_reserve';

export function checkRequiredReserve(ctx: ProjectContext, rules: ReservedLandRules, options: AuditOptions): CheckResult {
  const base = {
    residential_land_m2: ctx.residentialM2,
    existing_residential_m2: ctx.existingResidentialM2,
    resettlement_m2: ctx.resettlementM2,
    net_residential_m2: ctx.netResidentialM2 === null ? null : roundFigure(ctx.netResidentialM2),
    reserve_share_required_pct: roundFigure(rules.reserveShare01 * 100),
    required_m2: ctx.requiredM2 === null ? null : roundFigure(ctx.requiredM2),
    obligation: ctx.obligation,
    obligation_inferred: ctx.obligationInferred,
  };
  if (ctx.requiredM2 === null || ctx.netResidentialM2 === null) {
    return makeCheck(id, 'warning', joinProblems(ctx), 'decree100Art17', base);
  }
  if (ctx.obligation === 'payment') return checkPayment(ctx, rules, options, base);
  if (ctx.obligation === null) {
    return makeCheck(
      id,
      'fail',
      msg('audit.reserve.nothing-recorded', { requiredM2: ctx.requiredM2 }),
      'decree100Art17',
      { ...base, measured_m2: 0, counted_m2: 0, shortfall_m2: roundFigure(ctx.requiredM2), shortfall_pct: 100 },
    );
  }

  const required = roundArea(ctx.requiredM2, rules.areaPrecisionM2);
  const counted = roundArea(ctx.countedM2, rules.areaPrecisionM2);
  const shortfall = Math.max(0, required - counted);
  const sharePct = ctx.netResidentialM2 > 0 ? (100 * ctx.countedM2) / ctx.netResidentialM2 : null;
  const figures = {
    ...base,
    measured_m2: roundFigure(ctx.measuredM2),
    counted_m2: roundFigure(ctx.countedM2),
    outside_m2: roundFigure(ctx.outsideM2),
    parcel_count: ctx.parcels.length,
    parcels_sum_m2: roundFigure(ctx.parcels.reduce((s, p) => s + p.areaM2, 0)),
    reserve_share_pct: sharePct === null ? null : roundFigure(sharePct, 3),
    shortfall_m2: roundFigure(shortfall),
    shortfall_pct: required > 0 ? roundFigure((100 * shortfall) / required, 3) : 0,
  };
  const inferred = ctx.obligationInferred;
  const overlapM2 = figures.parcels_sum_m2 - figures.measured_m2 > rules.sliverToleranceM2 ? figures.parcels_sum_m2 - figures.measured_m2 : null;
  const formula = msg('audit.reserve.formula', {
    sharePct: base.reserve_share_required_pct,
    residentialM2: ctx.residentialM2 ?? 0,
    existingM2: ctx.existingResidentialM2,
    resettlementM2: ctx.resettlementM2,
    requiredM2: ctx.requiredM2,
  });
  if (ctx.parcels.length === 0) {
    return makeCheck(
      id,
      'fail',
      msg('audit.reserve.no-parcel', { formula, inferred }),
      'decree100Art17',
      figures,
    );
  }
  const value = ctx.obligation === 'land_elsewhere' ? compareValue(ctx, rules) : null;
  if (value) Object.assign(figures, value.figures);
  if (counted < required && value?.met) {
    return makeCheck(
      id,
      'pass',
      msg('audit.reserve.equal-value', { formula, countedM2: ctx.countedM2, shortfallM2: shortfall, valueVnd: value.valueVnd, requiredValueVnd: value.requiredValueVnd }),
      'decree100Art18',
      { ...figures, met_by: 'equal_value' },
    );
  }
  const pass = counted >= required;
  const reference = ctx.obligation === 'land_elsewhere' ? 'decree100Art18' : 'decree100Art17';
  return makeCheck(
    id,
    pass ? 'pass' : 'fail',
    msg('audit.reserve.measured', {
      formula,
      met: pass,
      where: ctx.obligation === 'land_in_project' ? 'land_in_project' : 'land_elsewhere',
      countedM2: ctx.countedM2,
      sharePct,
      shortfallM2: shortfall,
      shortfallPct: figures.shortfall_pct,
      inferred,
      overlapM2,
    }),
    reference,
    figures,
  );
}

/** Equal value: every parcel valued, all of the land in the same urban area, and the project's required value known. */
function compareValue(ctx: ProjectContext, rules: ReservedLandRules) {
  const requiredValueVnd = readNumber(ctx.properties, 'required_reserve_value_vnd');
  const values = ctx.parcels.map((p) => p.landValueVnd);
  const valued = values.length > 0 && values.every((v) => v !== null);
  const valueVnd = valued ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
  const met = requiredValueVnd !== null && valueVnd !== null && ctx.outsideM2 <= rules.sliverToleranceM2 && valueVnd >= requiredValueVnd;
  return {
    met,
    valueVnd: valueVnd ?? 0,
    requiredValueVnd: requiredValueVnd ?? 0,
    figures: { required_reserve_value_vnd: requiredValueVnd, reserve_land_value_vnd: valueVnd },
  };
}

function joinProblems(ctx: ProjectContext) {
  return ctx.dataProblems.length > 0 ? msg('audit.sentences', { sentences: ctx.dataProblems }) : msg('audit.reserve.data-missing');
}
