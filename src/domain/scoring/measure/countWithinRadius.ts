// Measure `count_within_radius`: source points within a radius of the parcel.
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { parcelSegmentDistanceSq, pointInParcel } from './parcelInCell.ts';

/**
 * Writes into `out` how many source points lie within `radiusM` of each cell parcel (inside it, or
 * within radiusM of its boundary); 0 with no source.
 */
export function countWithinRadius(g: CellGeometry, set: FeatureSet | null, radiusM: number, out: Float64Array) {
  if (!set || !set.pointIndex) {
    for (const p of g.cellParcels) out[p] = 0;
    return;
  }
  const f = g.frame;
  const b = g.parcels.bbox;
  const dLon = radiusM / (f.kx * 0.99);
  const dLat = radiusM / (f.ky * 0.99);
  const r2 = radiusM * radiusM;
  const pts = set.points;
  // One range query per cell (not per parcel), then each parcel keeps the points of its own
  // query box (the same box and the same inclusive test as KDBush.range).
  const [bx0, by0, bx1, by1] = g.cellBox;
  const ids = set.pointIndex.range(bx0 - dLon, by0 - dLat, bx1 + dLon, by1 + dLat);
  for (const p of g.cellParcels) {
    const qx0 = b[4 * p] - dLon, qy0 = b[4 * p + 1] - dLat, qx1 = b[4 * p + 2] + dLon, qy1 = b[4 * p + 3] + dLat;
    let count = 0;
    for (const id of ids) {
      const lon = pts[2 * id], lat = pts[2 * id + 1];
      if (lon < qx0 || lon > qx1 || lat < qy0 || lat > qy1) continue;
      const x = (lon - f.lon0) * f.kx;
      const y = (lat - f.lat0) * f.ky;
      if (pointInParcel(g, p, x, y) || parcelSegmentDistanceSq(g, p, x, y, x, y) <= r2) count++;
    }
    out[p] = count;
  }
}
