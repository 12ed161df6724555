// Check 7: the reserve is this project's alone — it does not overlap another project's reserved land,
// nor a social-housing project already counted for another commercial project.
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal } from '../../geo/polygonalGeometry.ts';
import { unionPolygons } from '../../geo/unionPolygons.ts';
import { msg } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import { readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, CheckResult, HighlightProperties, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'not_shared';

export function checkNotShared(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): CheckResult {
  if (ctx.obligation === 'payment') {
    return makeCheck(id, 'n/a', msg('audit.shared.payment'), 'decree261Art19', {});
  }
  const reserve = ctx.reservedUnion;
  if (!reserve) return makeCheck(id, 'n/a', msg('audit.no-parcel'), 'sharedReserve', {});

  const shared: Feature<Geometry, HighlightProperties>[] = [];
  const sharedWith = new Set<string>();
  layers.allParcels.forEach((parcel, i) => {
    const owner = layers.parcelProjectIds[i];
    if (owner === ctx.id) return;
    const part = intersectPolygons(reserve, parcel.geometry);
    const areaM2 = geodesicAreaM2(part);
    if (!part || areaM2 <= rules.sliverToleranceM2) return;
    const other = owner || '?';
    sharedWith.add(other);
    shared.push(
      highlight('shared_with_other_project', part, ctx.id, msg('audit.highlight.shared-reserve', { otherProject: other }), id, {
        other_project_id: other,
        other_parcel_id: parcel.id,
      }),
    );
  });

  const unlinked: Feature<Geometry, HighlightProperties>[] = [];
  let skippedPoints = 0;
  layers.housingProjects?.features.forEach((f, i) => {
    if (!isPolygonal(f.geometry)) {
      if (f.geometry?.type === 'Point') skippedPoints++;
      return;
    }
    const part = intersectPolygons(reserve, f.geometry);
    const areaM2 = geodesicAreaM2(part);
    if (!part || areaM2 <= rules.sliverToleranceM2) return;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const name = readString(props, 'name') ?? readString(props, 'id') ?? `#${i + 1}`;
    const linked = readString(props, 'reserved_for_project_id') ?? readString(props, 'commercial_project_id');
    if (linked === ctx.id) return; // the NOXH project built on this very reserve: its purpose.
    if (linked) {
      sharedWith.add(linked);
      shared.push(
        highlight('shared_with_other_project', part, ctx.id, msg('audit.highlight.housing-counted', { housingProject: name, otherProject: linked }), id, {
          housing_project: name,
          other_project_id: linked,
        }),
      );
    } else {
      unlinked.push(
        highlight('shared_with_other_project', part, ctx.id, msg('audit.highlight.housing-unlinked', { housingProject: name }), id, {
          housing_project: name,
        }),
      );
    }
  });

  const sharedM2 = geodesicAreaM2(unionArea(shared));
  const figures = {
    shared_m2: roundFigure(sharedM2),
    shared_with: [...sharedWith].join(', ') || null,
    unlinked_housing_overlap_m2: roundFigure(unlinked.reduce((s, f) => s + f.properties.area_m2, 0)),
    housing_project_layer: layers.housingProjects ? true : false,
    housing_project_points_not_checked: skippedPoints,
  };
  if (shared.length > 0) {
    return makeCheck(
      id,
      'fail',
      msg('audit.shared.counted-twice', { sharedM2, sharedWith: String(figures.shared_with) }),
      'sharedReserve',
      figures,
      shared,
    );
  }
  if (unlinked.length > 0) {
    return makeCheck(
      id,
      'warning',
      msg('audit.shared.unlinked-housing', { housingProjects: unlinked.map((u) => String(u.properties.housing_project)) }),
      'sharedReserve',
      figures,
      unlinked,
    );
  }
  return makeCheck(
    id,
    'pass',
    msg('audit.shared.alone', { housingLayer: !!layers.housingProjects }),
    'sharedReserve',
    figures,
  );
}

/** Overlaps with several other parcels may themselves overlap: measure their union. */
function unionArea(parts: Feature<Geometry, HighlightProperties>[]) {
  return unionPolygons(parts.map((p) => p.geometry).filter(isPolygonal));
}
