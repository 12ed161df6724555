// A parcel's representative point: its vertex centroid when that lies inside the parcel, otherwise its first vertex.
import type { CellGeometry } from './cellGeometry.ts';
import { pointInParcel } from './parcelInCell.ts';

/** Writes the point's lon, lat into `out` (reused: no allocation per parcel). */
export function parcelRepresentativePoint(g: CellGeometry, p: number, out: { lon: number; lat: number }) {
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
  const inside = pointInParcel(g, p, lx / k, ly / k);
  out.lon = inside ? sx / k : coords[2 * start];
  out.lat = inside ? sy / k : coords[2 * start + 1];
}
