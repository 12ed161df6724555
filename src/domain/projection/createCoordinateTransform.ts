// One place that decides HOW coordinates move between two CRSs: our direct transverse Mercator +
// Helmert path when both ends are WGS84-ellipsoid lon/lat or TM (fast, see docs/performance/reproject.md),
// proj4 for everything else. Both are tested against each other (test/unit/projection).
import proj4 from 'proj4';
import type { CrsDefinition } from './crsDefinition.ts';
import { createFastTransform } from './createFastTransform.ts';

export interface CoordinateTransform {
  /** Which engine does the work: 'identity', 'fast' (direct Krüger TM + Helmert) or 'proj4'. */
  engine: 'identity' | 'fast' | 'proj4';
  /**
   * Transforms interleaved x,y pairs in place (x = longitude or easting). A pair that cannot be
   * transformed becomes NaN,NaN; the return value is how many pairs that happened to.
   */
  transformInPlace(coords: Float64Array | number[], start?: number, end?: number): number;
}

export interface TransformOptions {
  /** Force proj4 even when the fast path applies (for comparison and benchmarks). */
  engine?: 'proj4' | 'auto';
}

export function createCoordinateTransform(from: CrsDefinition, to: CrsDefinition, options: TransformOptions = {}): CoordinateTransform {
  if (from.proj4 === to.proj4) {
    return { engine: 'identity', transformInPlace: () => 0 };
  }
  if (options.engine !== 'proj4') {
    const fast = createFastTransform(from.proj4, to.proj4);
    if (fast) return { engine: 'fast', transformInPlace: fast };
  }
  const converter = proj4(from.proj4, to.proj4);
  return {
    engine: 'proj4',
    transformInPlace(coords, start = 0, end = coords.length) {
      let failed = 0;
      for (let i = start; i + 1 < end; i += 2) {
        let out: number[] | undefined;
        try {
          out = converter.forward([coords[i], coords[i + 1]]);
        } catch {
          out = undefined;
        }
        if (!out || !Number.isFinite(out[0]) || !Number.isFinite(out[1])) {
          coords[i] = NaN;
          coords[i + 1] = NaN;
          failed++;
        } else {
          coords[i] = out[0];
          coords[i + 1] = out[1];
        }
      }
      return failed;
    },
  };
}
