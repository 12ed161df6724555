// Reads the reserved-land layer once: every usable parcel, and a note for every one that is not.
import type { FeatureCollection } from 'geojson';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
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
        message: renderBoth(msg('audit.parcel-not-polygon', { featureIndex: index, label })),
      });
      return;
    }
    if (!projectId) {
      notes.push({
        layer: 'reserved_land',
        feature_index: index,
        message: renderBoth(msg('audit.parcel-no-project', { featureIndex: index, label })),
      });
    } else if (!projectIds.has(projectId)) {
      notes.push({
        layer: 'reserved_land',
        feature_index: index,
        message: renderBoth(msg('audit.parcel-unknown-project', { featureIndex: index, label, projectId })),
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
      landValueVnd: readNumber(props, 'land_value_vnd'),
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
    facilities: nonEmpty(input.facilities),
  };
}

/** An empty layer is treated as a missing layer: the check says so instead of passing vacuously. */
function nonEmpty(fc: FeatureCollection | undefined): FeatureCollection | undefined {
  return fc && fc.features.length > 0 ? fc : undefined;
}
