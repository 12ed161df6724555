// The fast path for big layers: interleaved x,y in one Float64Array, no per-point allocation.
import type { CrsDefinition } from './crsDefinition.ts';
import { createCoordinateTransform, type TransformOptions } from './createCoordinateTransform.ts';

/**
 * Reprojects interleaved [x0, y0, x1, y1, …] from one CRS to another, in place.
 * x is longitude (degrees) or easting (m); y is latitude or northing. Returns the number of
 * pairs that could not be transformed (set to NaN) so the caller can report them.
 */
export function reprojectCoordinatesInPlace(
  coords: Float64Array | number[],
  from: CrsDefinition,
  to: CrsDefinition,
  options?: TransformOptions,
): number {
  return createCoordinateTransform(from, to, options).transformInPlace(coords);
}
