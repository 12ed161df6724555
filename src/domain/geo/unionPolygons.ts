// Union of polygons, so that overlapping parcels are counted once when measured.
import { union } from '@turf/turf';
import { asFeature, type PolygonalGeometry } from './polygonalGeometry.ts';

/** The union of the given polygons, or null when the list is empty (or everything is degenerate). */
export function unionPolygons(geometries: PolygonalGeometry[]): PolygonalGeometry | null {
  if (geometries.length === 0) return null;
  if (geometries.length === 1) {
    // Still run through union: it also dissolves self-overlapping MultiPolygon parts.
    if (geometries[0].type === 'Polygon') return geometries[0];
  }
  // Turf's union wants two geometries at least: a lone MultiPolygon is united with itself.
  const features = geometries.length === 1 ? [asFeature(geometries[0]), asFeature(geometries[0])] : geometries.map(asFeature);
  const result = union({ type: 'FeatureCollection', features });
  return result?.geometry ?? null;
}
