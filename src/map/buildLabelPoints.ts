// Where map labels go: one point inside each named polygon (not its centroid, which can fall outside a
// concave zone), and named stations / ports. Computed once per data change, not per frame.
import type { FeatureCollection, Position } from 'geojson';
import { pointOnFeature } from '@turf/turf';
import type { LayerRole } from '../domain/model/layerRoles.ts';

export interface LabelPoint {
  position: Position;
  text: string;
  /** Higher wins when labels collide. */
  priority: number;
}

const LABELLED_ROLES: Partial<Record<LayerRole, number>> = {
  admin_unit: 1,
  urban_area: 3,
  industrial_zone: 4,
  transport: 2,
  housing_project: 5,
  commercial_project: 4,
};

export function buildLabelPoints(data: FeatureCollection, role: LayerRole): LabelPoint[] {
  const basePriority = LABELLED_ROLES[role];
  if (basePriority === undefined) return [];
  const labels: LabelPoint[] = [];
  for (const feature of data.features) {
    const name = feature.properties?.name;
    if (typeof name !== 'string' || !name.trim() || !feature.geometry) continue;
    const type = feature.geometry.type;
    if (role === 'transport') {
      // Roads are named by the legend; stations and ports are worth a label.
      const cls = feature.properties?.class;
      if (type !== 'Point' || (cls !== 'station' && cls !== 'port')) continue;
    }
    if (role === 'admin_unit' && feature.properties?.level === 'province') continue;
    if (type === 'LineString' || type === 'MultiLineString') continue;
    const point = type === 'Point' ? feature.geometry.coordinates : pointOnFeature(feature).geometry.coordinates;
    labels.push({ position: point, text: name.trim(), priority: basePriority });
  }
  return labels;
}
