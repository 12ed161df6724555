// Reprojection of a Shapefile's flat point table, part by part: a closed ring ends on a copy of its first point
// (9 points of an octagonal parcel are 8 distinct ones), so that point is transformed once and copied — the same
// numbers, 11 % fewer transforms on typical parcels (docs/performance/import.md).
import type { CrsDefinition } from './crsDefinition.ts';
import { createCoordinateTransform } from './createCoordinateTransform.ts';

/** Same bits (−0 is not 0: a transform may keep the sign). */
const same = (a: number, b: number) => a === b && (a !== 0 || 1 / a === 1 / b);

/**
 * Reprojects interleaved x,y in place like reprojectCoordinatesInPlace, where part p owns points
 * [partStarts[p], partStarts[p + 1]) and the last entry of `partStarts` is the point count. Returns the number of
 * pairs that could not be transformed (NaN), counting a copied closing point like the first.
 */
export function reprojectPartsInPlace(xy: Float64Array, partStarts: Int32Array, from: CrsDefinition, to: CrsDefinition): number {
  const transform = createCoordinateTransform(from, to);
  if (transform.engine === 'identity') return 0;
  const parts = partStarts.length - 1;
  // The parts must tile the points in order (every point transformed exactly once); a damaged table does not, and
  // is transformed whole.
  let tiled = parts >= 0 && partStarts[parts] * 2 === xy.length;
  for (let p = 0; tiled && p < parts; p++) tiled = partStarts[p] <= partStarts[p + 1];
  if (!tiled) return transform.transformInPlace(xy);
  let failed = parts >= 0 && partStarts[0] > 0 ? transform.transformInPlace(xy, 0, partStarts[0] * 2) : 0;
  for (let p = 0; p < parts; p++) {
    const first = partStarts[p] * 2;
    const last = partStarts[p + 1] * 2 - 2;
    if (last - first >= 4 && same(xy[first], xy[last]) && same(xy[first + 1], xy[last + 1])) {
      failed += transform.transformInPlace(xy, first, last);
      xy[last] = xy[first];
      xy[last + 1] = xy[first + 1];
      if (Number.isNaN(xy[first])) failed++;
    } else if (last >= first) {
      failed += transform.transformInPlace(xy, first, last + 2);
    }
  }
  return failed;
}
