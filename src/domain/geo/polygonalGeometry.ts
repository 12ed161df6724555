// Shared type and guards for the polygon set operations (union, intersection, difference).
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

/** An areal geometry: what land parcels, project boundaries and zones are made of. */
export type PolygonalGeometry = Polygon | MultiPolygon;

export function isPolygonal(geometry: Geometry | null | undefined): geometry is PolygonalGeometry {
  return !!geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
}

/** Wraps a geometry as a Feature (the form Turf's set operations take). */
export function asFeature(geometry: PolygonalGeometry): Feature<PolygonalGeometry> {
  return { type: 'Feature', properties: {}, geometry };
}
