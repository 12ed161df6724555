// Check 4: form (a) — the reserved land lies inside the project boundary (Art. 83, Decree 100 Art. 17);
// form (b) — it lies in the same urban area as the project (Decree 100 Art. 18), the urban area
// being the one that holds most of the project. The slice that does not count is drawn in red.
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal } from '../../geo/polygonalGeometry.ts';
import { msg } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import { readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, CheckResult, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'location';

export function checkLocation(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): CheckResult {
  if (ctx.obligation === 'payment') {
    return makeCheck(id, 'n/a', msg('audit.location.payment'), 'decree261Art19', {});
  }
  if (!ctx.reservedUnion) {
    return makeCheck(id, 'n/a', msg('audit.location.no-parcel'), 'locationInProject', {});
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
        msg('audit.location.urban-unknown'),
        'decree100Art18',
        withAreas,
      );
    }
    if (ctx.outsideM2 > rules.sliverToleranceM2) {
      return makeCheck(
        id,
        'fail',
        msg('audit.location.outside-urban-area', { outsideM2: ctx.outsideM2, countedM2: ctx.countedM2, urbanArea: home.name, reserveAreas }),
        'decree100Art18',
        withAreas,
        ctx.outsideGeometry
          ? [highlight('outside_urban_area', ctx.outsideGeometry, ctx.id, msg('audit.highlight.outside-urban-area', { urbanArea: home.name }), id)]
          : [],
      );
    }
    return makeCheck(
      id,
      'pass',
      msg('audit.location.in-urban-area', { urbanArea: home.name }),
      'decree100Art18',
      withAreas,
    );
  }

  // Form (a), also when inferred: Art. 83 (land within the project) — not Art. 17's note on the 20% base.
  if (!ctx.boundary) {
    return makeCheck(id, 'warning', msg('audit.location.no-boundary'), 'locationInProject', figures);
  }
  if (ctx.outsideM2 > rules.sliverToleranceM2) {
    return makeCheck(
      id,
      'fail',
      msg('audit.location.outside-boundary', { outsideM2: ctx.outsideM2, countedM2: ctx.countedM2 }),
      'locationInProject',
      figures,
      ctx.outsideGeometry ? [highlight('outside_boundary', ctx.outsideGeometry, ctx.id, msg('audit.highlight.outside-boundary'), id)] : [],
    );
  }
  return makeCheck(
    id,
    'pass',
    msg('audit.location.inside'),
    'locationInProject',
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
