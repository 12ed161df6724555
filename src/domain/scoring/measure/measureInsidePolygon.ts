// Measure `inside_polygon`: 1 when the parcel's representative point is inside a source polygon, else 0.
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { pointInParcel } from './parcelInCell.ts';
import { insideAnyPolygon } from './sourcePolygons.ts';

/** Writes 1 or 0 per cell parcel into `out` (0 with no source polygon). */
export function measureInsidePolygon(g: CellGeometry, set: FeatureSet | null, out: Float64Array) {
  if (!set || set.polygonCount === 0) for (const p of g.cellParcels) out[p] = 0;
  else for (const p of g.cellParcels) out[p] = representativeInside(g, set, p) ? 1 : 0;
}

/** Whether the parcel's representative point (its vertex centroid when that lies inside the parcel, otherwise its first vertex) is inside a source polygon. */
function representativeInside(g: CellGeometry, set: FeatureSet, p: number): boolean {
  const { ringStarts, parcelRingStarts, coords } = g.parcels;
  const r = parcelRingStarts[p];
  const start = ringStarts[r], end = ringStarts[r + 1];
  let sx = 0, sy = 0, lx = 0, ly = 0;
  for (let v = start; v < end; v++) {
    sx += coords[2 * v];
    sy += coords[2 * v + 1];
    lx += g.local[2 * v];
    ly += g.local[2 * v + 1];
  }
  const k = end - start;
  if (pointInParcel(g, p, lx / k, ly / k)) return insideAnyPolygon(set, sx / k, sy / k, -1);
  return insideAnyPolygon(set, coords[2 * start], coords[2 * start + 1], -1);
}
