// Check 3: each parcel's declared area agrees with its geodesic area within the tolerance
// (1 % or 50 m², whichever is larger, by default). A large gap means the drawing or the record is wrong.
import { formatM2, roundFigure } from '../formatFigures.ts';
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
    return makeCheck(id, 'n/a', { vi: 'Không có thửa quỹ đất để so sánh.', en: 'No reserved parcel to compare.' }, 'auditTolerance', figures);
  }
  if (declared.length === 0) {
    return makeCheck(
      id,
      'n/a',
      { vi: 'Các thửa không có diện tích kê khai (declared_area_m2): không so sánh.', en: 'No parcel has a declared area (declared_area_m2): nothing to compare.' },
      'auditTolerance',
      figures,
    );
  }
  const missing = ctx.parcels.length - declared.length;
  const missingNote =
    missing > 0
      ? { vi: ` ${missing} thửa không có diện tích kê khai.`, en: ` ${missing} parcel(s) have no declared area.` }
      : { vi: '', en: '' };
  if (mismatched.length === 0) {
    return makeCheck(
      id,
      'pass',
      {
        vi: `Diện tích kê khai ${formatM2(declaredTotal).vi}, đo đạc ${formatM2(measuredTotal).vi}: khớp trong ngưỡng.${missingNote.vi}`,
        en: `Declared ${formatM2(declaredTotal).en}, measured ${formatM2(measuredTotal).en}: within tolerance.${missingNote.en}`,
      },
      'auditTolerance',
      figures,
    );
  }
  const list = (l: 'vi' | 'en') =>
    mismatched
      .map((m) => `${m.parcel.id}: ${formatM2(m.parcel.declaredM2 as number)[l]} / ${formatM2(m.parcel.areaM2)[l]} (${m.differenceM2 > 0 ? '+' : '−'}${formatM2(Math.abs(m.differenceM2))[l]})`)
      .join('; ');
  return makeCheck(
    id,
    'warning',
    {
      vi: `Diện tích kê khai khác đo đạc quá ngưỡng (${figures.tolerance_share_pct} % hoặc ${rules.declaredToleranceM2} m²) — kê khai / đo đạc: ${list('vi')}. Cần đối chiếu hồ sơ.${missingNote.vi}`,
      en: `Declared area differs from measured beyond tolerance (${figures.tolerance_share_pct} % or ${rules.declaredToleranceM2} m²) — declared / measured: ${list('en')}. Check the records.${missingNote.en}`,
    },
    'auditTolerance',
    figures,
    mismatched.map((m) =>
      highlight(
        'declared_area_mismatch',
        m.parcel.geometry,
        ctx.id,
        { vi: `Kê khai ${formatM2(m.parcel.declaredM2 as number).vi}, đo ${formatM2(m.parcel.areaM2).vi}`, en: `Declared ${formatM2(m.parcel.declaredM2 as number).en}, measured ${formatM2(m.parcel.areaM2).en}` },
        id,
        { parcel_id: m.parcel.id, declared_area_m2: m.parcel.declaredM2, difference_m2: roundFigure(m.differenceM2) },
      ),
    ),
  );
}
