// Measure `inside_polygon`: 1 when the parcel's representative point is inside a source polygon, else 0.
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { parcelRepresentativePoint } from './parcelRepresentativePoint.ts';
import { insideAnyPolygon } from './sourcePolygons.ts';

/** Writes 1 or 0 per cell parcel into `out` (0 with no source polygon). */
export function measureInsidePolygon(g: CellGeometry, set: FeatureSet | null, out: Float64Array) {
  if (!set || set.polygonCount === 0) {
    for (const p of g.cellParcels) out[p] = 0;
    return;
  }
  const at = { lon: 0, lat: 0 };
  for (const p of g.cellParcels) {
    parcelRepresentativePoint(g, p, at);
    out[p] = insideAnyPolygon(set, at.lon, at.lat, -1) ? 1 : 0;
  }
}
