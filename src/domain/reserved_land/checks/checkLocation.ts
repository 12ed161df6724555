// Check 4: form (a) — the reserved land lies inside the project boundary (Art. 83, Decree 100 Art. 17);
// form (b) — it lies in the same urban area as the project (Decree 100 Art. 18), the urban area
// being the one that holds most of the project. The slice that does not count is drawn in red.
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal } from '../../geo/polygonalGeometry.ts';
import { formatM2, roundFigure } from '../formatFigures.ts';
import { readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, CheckResult, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'location';

export function checkLocation(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): CheckResult {
  if (ctx.obligation === 'payment') {
    return makeCheck(id, 'n/a', { vi: 'Nộp tiền thay quỹ đất: không xét vị trí.', en: 'Payment instead of land: location does not apply.' }, 'decree261Art19', {});
  }
  if (!ctx.reservedUnion) {
    return makeCheck(id, 'n/a', { vi: 'Không có thửa quỹ đất để xét vị trí.', en: 'No reserved parcel to locate.' }, 'law83', {});
  }
  const figures = {
    obligation: ctx.obligation,
    measured_m2: roundFigure(ctx.measuredM2),
    inside_m2: roundFigure(ctx.countedM2),
    outside_m2: roundFigure(ctx.outsideM2),
  };

  if (ctx.obligation === 'land_elsewhere') {
    const home = ctx.homeUrbanArea;
    const reserveAreas = reserveUrbanAreas(ctx, layers, rules);
    const withAreas = { ...figures, project_urban_area: home?.name ?? null, reserve_urban_areas: reserveAreas || null };
    if (!home) {
      return makeCheck(
        id,
        'warning',
        {
          vi: 'Không xác định được đô thị của dự án (thiếu lớp đô thị hoặc dự án ngoài đô thị): không kiểm tra được quỹ đất có cùng đô thị hay không.',
          en: 'The project’s urban area is unknown (no urban area layer, or the project is outside every urban area): cannot check the land is in the same urban area.',
        },
        'decree100Art18',
        withAreas,
      );
    }
    if (ctx.outsideM2 > rules.sliverToleranceM2) {
      return makeCheck(
        id,
        'fail',
        {
          vi: `${formatM2(ctx.outsideM2).vi} quỹ đất tương đương nằm ngoài đô thị ${home.name} của dự án${reserveAreas ? ` (thuộc: ${reserveAreas})` : ''}; chỉ ${formatM2(ctx.countedM2).vi} được tính.`,
          en: `${formatM2(ctx.outsideM2).en} of the equivalent land lies outside the project’s urban area ${home.name}${reserveAreas ? ` (in: ${reserveAreas})` : ''}; only ${formatM2(ctx.countedM2).en} counts.`,
        },
        'decree100Art18',
        withAreas,
        ctx.outsideGeometry
          ? [highlight('outside_urban_area', ctx.outsideGeometry, ctx.id, { vi: `Ngoài đô thị ${home.name}`, en: `Outside urban area ${home.name}` }, id)]
          : [],
      );
    }
    return makeCheck(
      id,
      'pass',
      { vi: `Quỹ đất tương đương nằm trong cùng đô thị ${home.name} với dự án.`, en: `The equivalent land lies in the project’s urban area ${home.name}.` },
      'decree100Art18',
      withAreas,
    );
  }

  // Form (a), also when inferred.
  if (!ctx.boundary) {
    return makeCheck(id, 'warning', { vi: 'Dự án không có ranh giới dạng vùng: không kiểm tra được vị trí.', en: 'The project has no polygon boundary: location cannot be checked.' }, 'decree100Art17', figures);
  }
  if (ctx.outsideM2 > rules.sliverToleranceM2) {
    return makeCheck(
      id,
      'fail',
      {
        vi: `${formatM2(ctx.outsideM2).vi} quỹ đất NOXH nằm ngoài ranh dự án (không được tính); trong ranh ${formatM2(ctx.countedM2).vi}.`,
        en: `${formatM2(ctx.outsideM2).en} of the reserved land lies outside the project boundary (not counted); inside: ${formatM2(ctx.countedM2).en}.`,
      },
      'decree100Art17',
      figures,
      ctx.outsideGeometry ? [highlight('outside_boundary', ctx.outsideGeometry, ctx.id, { vi: 'Phần ngoài ranh dự án', en: 'Part outside the project boundary' }, id)] : [],
    );
  }
  return makeCheck(
    id,
    'pass',
    { vi: 'Toàn bộ quỹ đất NOXH nằm trong ranh dự án.', en: 'All reserved land lies inside the project boundary.' },
    'decree100Art17',
    figures,
  );
}

/** "Name (class): area" for every urban area the reserve touches, to show where the land actually is. */
function reserveUrbanAreas(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): string {
  if (!layers.urbanAreas || !ctx.reservedUnion) return '';
  const parts: string[] = [];
  layers.urbanAreas.features.forEach((u, i) => {
    if (!isPolygonal(u.geometry)) return;
    const areaM2 = geodesicAreaM2(intersectPolygons(ctx.reservedUnion!, u.geometry));
    if (areaM2 <= rules.sliverToleranceM2) return;
    const props = (u.properties ?? {}) as Record<string, unknown>;
    parts.push(`${readString(props, 'name') ?? `#${i + 1}`}: ${roundFigure(areaM2, 1)} m²`);
  });
  return parts.join('; ');
}
