// Check 7: the reserve is this project's alone — it does not overlap another project's reserved land,
// nor a social-housing project already counted for another commercial project.
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal } from '../../geo/polygonalGeometry.ts';
import { unionPolygons } from '../../geo/unionPolygons.ts';
import { formatM2, roundFigure } from '../formatFigures.ts';
import { readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, CheckResult, HighlightProperties, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'not_shared';

export function checkNotShared(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): CheckResult {
  if (ctx.obligation === 'payment') {
    return makeCheck(id, 'n/a', { vi: 'Nộp tiền thay quỹ đất: không xét trùng lặp.', en: 'Payment instead of land: sharing does not apply.' }, 'decree261Art19', {});
  }
  const reserve = ctx.reservedUnion;
  if (!reserve) return makeCheck(id, 'n/a', { vi: 'Không có thửa quỹ đất.', en: 'No reserved parcel.' }, 'sharedReserve', {});

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
      highlight('shared_with_other_project', part, ctx.id, { vi: `Trùng quỹ đất của dự án ${other}`, en: `Overlaps the reserve of project ${other}` }, id, {
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
        highlight('shared_with_other_project', part, ctx.id, { vi: `Dự án NOXH ${name} đã tính cho dự án ${linked}`, en: `NOXH project ${name} already counted for project ${linked}` }, id, {
          housing_project: name,
          other_project_id: linked,
        }),
      );
    } else {
      unlinked.push(
        highlight('shared_with_other_project', part, ctx.id, { vi: `Dự án NOXH ${name} chưa gắn với dự án thương mại nào`, en: `NOXH project ${name} not linked to any commercial project` }, id, {
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
      {
        vi: `${formatM2(sharedM2).vi} quỹ đất NOXH trùng với quỹ đất đã tính cho dự án khác (${figures.shared_with}): một thửa chỉ được tính cho một dự án.`,
        en: `${formatM2(sharedM2).en} of the reserved land is also counted for another project (${figures.shared_with}): land counts for one project only.`,
      },
      'sharedReserve',
      figures,
      shared,
    );
  }
  if (unlinked.length > 0) {
    return makeCheck(
      id,
      'warning',
      {
        vi: `Quỹ đất NOXH chồng lên dự án NOXH ${unlinked.map((u) => String(u.properties.housing_project)).join(', ')} chưa ghi dự án thương mại (reserved_for_project_id): cần xác minh có bị tính trùng không.`,
        en: `The reserve overlaps NOXH project(s) ${unlinked.map((u) => String(u.properties.housing_project)).join(', ')} with no linked commercial project (reserved_for_project_id): check it is not counted twice.`,
      },
      'sharedReserve',
      figures,
      unlinked,
    );
  }
  return makeCheck(
    id,
    'pass',
    {
      vi: `Quỹ đất NOXH không trùng với quỹ đất của dự án khác${layers.housingProjects ? ' hay dự án NOXH đã tính cho dự án khác' : ''}.`,
      en: `The reserved land does not overlap another project’s reserve${layers.housingProjects ? ' or a NOXH project counted elsewhere' : ''}.`,
    },
    'sharedReserve',
    figures,
  );
}

/** Overlaps with several other parcels may themselves overlap: measure their union. */
function unionArea(parts: Feature<Geometry, HighlightProperties>[]) {
  return unionPolygons(parts.map((p) => p.geometry).filter(isPolygonal));
}
