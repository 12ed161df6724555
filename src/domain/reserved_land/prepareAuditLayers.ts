// Reads the reserved-land layer once: every usable parcel, and a note for every one that is not.
import type { FeatureCollection } from 'geojson';
import { geodesicAreaM2 } from '../geo/geodesicAreaM2.ts';
import { isPolygonal } from '../geo/polygonalGeometry.ts';
import { readNumber, readString } from './readProperties.ts';
import type { AuditInput, AuditLayers, AuditNote, ParcelInfo } from './types.ts';

export function prepareAuditLayers(input: AuditInput, projectIds: Set<string>, notes: AuditNote[]): AuditLayers {
  const allParcels: ParcelInfo[] = [];
  const parcelProjectIds: string[] = [];
  input.reserved.features.forEach((feature, index) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const projectId = readString(props, 'project_id');
    const label = readString(props, 'id') ?? readString(props, 'name') ?? `#${index + 1}`;
    if (!isPolygonal(feature.geometry)) {
      notes.push({
        layer: 'reserved_land',
        feature_index: index,
        message: {
          vi: `Thửa quỹ đất NOXH thứ ${index + 1} (${label}) không phải vùng (Polygon/MultiPolygon) nên không được đo; hãy vẽ lại ranh thửa.`,
          en: `Reserved parcel ${index + 1} (${label}) is not a Polygon/MultiPolygon and was not measured; redraw its boundary.`,
        },
      });
      return;
    }
    if (!projectId) {
      notes.push({
        layer: 'reserved_land',
        feature_index: index,
        message: {
          vi: `Thửa quỹ đất NOXH thứ ${index + 1} (${label}) thiếu mã dự án (project_id); thửa vẫn được dùng để phát hiện chồng lấn.`,
          en: `Reserved parcel ${index + 1} (${label}) has no project_id; it is still used to detect overlaps.`,
        },
      });
    } else if (!projectIds.has(projectId)) {
      notes.push({
        layer: 'reserved_land',
        feature_index: index,
        message: {
          vi: `Thửa quỹ đất NOXH thứ ${index + 1} (${label}) ghi mã dự án "${projectId}" không có trong lớp dự án nhà ở thương mại.`,
          en: `Reserved parcel ${index + 1} (${label}) names project "${projectId}", which is not in the commercial project layer.`,
        },
      });
    }
    allParcels.push({
      index,
      id: label,
      geometry: feature.geometry,
      areaM2: geodesicAreaM2(feature.geometry),
      declaredM2: readNumber(props, 'declared_area_m2'),
      status: readString(props, 'status'),
      deadline: readString(props, 'deadline'),
    });
    parcelProjectIds.push(projectId ?? '');
  });
  return {
    allParcels,
    parcelProjectIds,
    urbanAreas: nonEmpty(input.urbanAreas),
    landUse: nonEmpty(input.landUse),
    roads: nonEmpty(input.roads),
    hazards: input.hazards,
    housingProjects: input.housingProjects,
  };
}

/** An empty layer is treated as a missing layer: the check says so instead of passing vacuously. */
function nonEmpty(fc: FeatureCollection | undefined): FeatureCollection | undefined {
  return fc && fc.features.length > 0 ? fc : undefined;
}
