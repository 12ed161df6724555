// Shared type and guards for the polygon set operations (union, intersection, difference).
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

/** An areal geometry: what land parcels, project boundaries and zones are made of. */
export type PolygonalGeometry = Polygon | MultiPolygon;

/**
 * A Polygon or MultiPolygon the set operations can take: at least one part, every ring at least 4 positions of finite
 * numbers. A file's degenerate ring (a point, an empty list, strings for numbers) fails here, so the caller notes the
 * feature by its number instead of the set operation throwing (issue 16).
 */
export function isPolygonal(geometry: Geometry | null | undefined): geometry is PolygonalGeometry {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return false;
  const c: unknown = geometry.coordinates;
  if (!Array.isArray(c) || c.length === 0) return false;
  return geometry.type === 'Polygon' ? isPolygonRings(c) : c.every(isPolygonRings);
}

function isPolygonRings(rings: unknown): boolean {
  if (!Array.isArray(rings) || rings.length === 0) return false;
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return false;
    for (const p of ring) {
      if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return false;
    }
  }
  return true;
}

/** Wraps a geometry as a Feature (the form Turf's set operations take). */
export function asFeature(geometry: PolygonalGeometry): Feature<PolygonalGeometry> {
  return { type: 'Feature', properties: {}, geometry };
}
