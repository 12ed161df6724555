// Check 2: the reserve provided covers 20 % × (residential − existing residential − resettlement land).
// Land forms compare geodesic areas (overlaps counted once; only the part inside the project — form a —
// or inside the project's urban area — form b — counts). The payment form compares money.
import { formatM2, formatPct, roundArea, roundFigure, text } from '../formatFigures.ts';
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
      {
        vi: `Chưa ghi nhận quỹ đất NOXH hay khoản nộp tiền nào cho dự án; phải dành ${formatM2(ctx.requiredM2).vi}.`,
        en: `No reserved land and no payment is recorded for the project; ${formatM2(ctx.requiredM2).en} is required.`,
      },
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
  const where = ctx.obligation === 'land_in_project' ? { vi: 'trong ranh dự án', en: 'inside the project' } : { vi: 'trong cùng đô thị', en: 'in the same urban area' };
  const inferred = ctx.obligationInferred
    ? { vi: ' (hình thức nghĩa vụ không ghi, suy ra từ vị trí quỹ đất)', en: ' (obligation form not stated, inferred from where the land lies)' }
    : { vi: '', en: '' };
  const overlapNote =
    figures.parcels_sum_m2 - figures.measured_m2 > rules.sliverToleranceM2
      ? text((l) => (l === 'vi' ? ` Các thửa chồng lấn nhau ${formatM2(figures.parcels_sum_m2 - figures.measured_m2).vi}, chỉ tính một lần.` : ` Parcels overlap by ${formatM2(figures.parcels_sum_m2 - figures.measured_m2).en}, counted once.`))
      : { vi: '', en: '' };
  const formula = text((l) =>
    l === 'vi'
      ? `Phải dành ${formatPct(base.reserve_share_required_pct, 0).vi} × (${formatM2(ctx.residentialM2 ?? 0).vi} − ${formatM2(ctx.existingResidentialM2).vi} hiện trạng − ${formatM2(ctx.resettlementM2).vi} tái định cư) = ${formatM2(ctx.requiredM2!).vi}`
      : `Required ${formatPct(base.reserve_share_required_pct, 0).en} × (${formatM2(ctx.residentialM2 ?? 0).en} − ${formatM2(ctx.existingResidentialM2).en} existing − ${formatM2(ctx.resettlementM2).en} resettlement) = ${formatM2(ctx.requiredM2!).en}`,
  );
  if (ctx.parcels.length === 0) {
    return makeCheck(
      id,
      'fail',
      { vi: `${formula.vi}; chưa có thửa quỹ đất NOXH nào${inferred.vi}.`, en: `${formula.en}; no reserved parcel is recorded${inferred.en}.` },
      'decree100Art17',
      figures,
    );
  }
  const pass = counted >= required;
  const reference = ctx.obligation === 'land_elsewhere' ? 'decree100Art18' : 'decree100Art17';
  const share = sharePct === null ? { vi: '', en: '' } : formatPct(sharePct, 2);
  return makeCheck(
    id,
    pass ? 'pass' : 'fail',
    pass
      ? {
          vi: `${formula.vi}; đo đạc ${where.vi} ${formatM2(ctx.countedM2).vi} (${share.vi} đất ở): đạt${inferred.vi}.${overlapNote.vi}`,
          en: `${formula.en}; measured ${where.en} ${formatM2(ctx.countedM2).en} (${share.en} of residential land): met${inferred.en}.${overlapNote.en}`,
        }
      : {
          vi: `${formula.vi}; đo đạc ${where.vi} chỉ ${formatM2(ctx.countedM2).vi} (${share.vi} đất ở): thiếu ${formatM2(shortfall).vi} (${formatPct(figures.shortfall_pct, 2).vi} diện tích phải dành)${inferred.vi}.${overlapNote.vi}`,
          en: `${formula.en}; measured ${where.en} only ${formatM2(ctx.countedM2).en} (${share.en} of residential land): short by ${formatM2(shortfall).en} (${formatPct(figures.shortfall_pct, 2).en} of the requirement)${inferred.en}.${overlapNote.en}`,
        },
    reference,
    figures,
  );
}

function joinProblems(ctx: ProjectContext) {
  return {
    vi: ctx.dataProblems.map((p) => p.vi).join(' ') || 'Thiếu số liệu đất ở của dự án.',
    en: ctx.dataProblems.map((p) => p.en).join(' ') || 'The project’s residential land figures are missing.',
  };
}
