// Reprojects GeoJSON features to WGS84 in place. A position that cannot be transformed becomes NaN, so the
// validator rejects that feature with its index instead of the whole import failing.
import type { Feature } from 'geojson';
import type { CrsDefinition } from '../projection/crsDefinition.ts';
import { createCoordinateTransform } from '../projection/createCoordinateTransform.ts';
import { WGS84_CRS } from '../projection/wellKnownCrs.ts';
import { eachPosition } from '../validate/detectSwappedLatLon.ts';

export function reprojectFeaturesInPlace(features: (Feature | null)[], from: CrsDefinition): number {
  const transform = createCoordinateTransform(from, WGS84_CRS);
  if (transform.engine === 'identity') return 0;
  let failed = 0;
  const pair = new Float64Array(2);
  for (const f of features) {
    eachPosition(f?.geometry ?? null, (p) => {
      pair[0] = p[0];
      pair[1] = p[1];
      failed += transform.transformInPlace(pair);
      p[0] = pair[0];
      p[1] = pair[1];
    });
  }
  return failed;
}
