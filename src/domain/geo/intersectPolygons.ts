// Intersection of two polygonal geometries (e.g. the part of a reserved parcel inside a flood zone).
import { intersect } from '@turf/turf';
import { asFeature, type PolygonalGeometry } from './polygonalGeometry.ts';

/** The part common to `a` and `b`, or null when they do not overlap (touching edges give null). */
export function intersectPolygons(a: PolygonalGeometry, b: PolygonalGeometry): PolygonalGeometry | null {
  if (!bboxesOverlap(a, b)) return null;
  const result = intersect({ type: 'FeatureCollection', features: [asFeature(a), asFeature(b)] });
  return result?.geometry ?? null;
}

/** Cheap rejection before the exact clipping. */
export function bboxesOverlap(a: PolygonalGeometry, b: PolygonalGeometry): boolean {
  const ba = polygonalBbox(a);
  const bb = polygonalBbox(b);
  return ba[0] <= bb[2] && bb[0] <= ba[2] && ba[1] <= bb[3] && bb[1] <= ba[3];
}

/** [minLon, minLat, maxLon, maxLat] of the outer rings. */
export function polygonalBbox(g: PolygonalGeometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polygons) {
    for (const [x, y] of rings[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}
