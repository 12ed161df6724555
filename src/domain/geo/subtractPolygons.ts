// Difference of polygonal geometries (e.g. the slice of a reserved parcel outside the project boundary).
import { difference } from '@turf/turf';
import { bboxesOverlap } from './intersectPolygons.ts';
import { asFeature, type PolygonalGeometry } from './polygonalGeometry.ts';

/** What is left of `a` after removing every geometry in `cutters`; null when nothing is left. */
export function subtractPolygons(a: PolygonalGeometry, cutters: PolygonalGeometry[]): PolygonalGeometry | null {
  const relevant = cutters.filter((c) => bboxesOverlap(a, c));
  if (relevant.length === 0) return a;
  const result = difference({ type: 'FeatureCollection', features: [asFeature(a), ...relevant.map(asFeature)] });
  return result?.geometry ?? null;
}
