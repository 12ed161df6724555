// One cell parcel's geometry in the cell frame (g.local): its box, its distance to a segment or point,
// point in parcel, its area. Shared by the measures.
import { pointInFlatRings, pointSegmentDistanceSq, segmentCrossingT } from '../../geo/planarSegmentDistance.ts';
import type { Box, CellGeometry } from './cellGeometry.ts';

export function parcelLocalBox(g: CellGeometry, p: number): Box {
  const b = g.parcels.bbox;
  const f = g.frame;
  return [(b[4 * p] - f.lon0) * f.kx, (b[4 * p + 1] - f.lat0) * f.ky, (b[4 * p + 2] - f.lon0) * f.kx, (b[4 * p + 3] - f.lat0) * f.ky];
}

/**
 * Squared distance from parcel p (its rings, in g.local) to the segment x1y1–x2y2. Pass
 * `mayCross` false only when the segment's box is more than 1 mm from the parcel's box: then no
 * edge can cross it (rounding in the crossing test is ~1e-13 m here) and the crossing tests are skipped.
 * A parcel edge whose box is at least √`boundSq` (the caller's best so far) or the best edge so far
 * from the segment's box is skipped: it cannot win. So the result and g.nearestEdge are the same as
 * without skipping whenever the result is below `boundSq`; otherwise the result is ≥ `boundSq`.
 */
export function parcelSegmentDistanceSq(g: CellGeometry, p: number, x1: number, y1: number, x2: number, y2: number, mayCross = true, boundSq = Infinity): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  let best = Infinity;
  // The segment's box (for the per-edge lower bound).
  const s0 = x1 < x2 ? x1 : x2, s2 = x1 < x2 ? x2 : x1, s1 = y1 < y2 ? y1 : y2, s3 = y1 < y2 ? y2 : y1;
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    // Edge by edge, segmentSegmentDistanceSq's terms without computing each parcel vertex twice
    // (as the end of one edge and the start of the next): same candidate distances, same minimum.
    for (let i = start, j = end - 1; i < end; j = i++) {
      const ax = L[2 * j], ay = L[2 * j + 1], bx = L[2 * i], by = L[2 * i + 1];
      // Box of edge a–b against the segment's box: a lower bound of their distance. An edge skipped
      // here also skips its end b's distance to the segment, which is ≥ the same bound (b is in the box).
      const gx = Math.max(0, s0 - (ax > bx ? ax : bx), (ax < bx ? ax : bx) - s2);
      const gy = Math.max(0, s1 - (ay > by ? ay : by), (ay < by ? ay : by) - s3);
      if (gx * gx + gy * gy >= (best < boundSq ? best : boundSq)) continue;
      if (mayCross && segmentCrossingT(ax, ay, bx, by, x1, y1, x2, y2) >= 0) return 0;
      let d = pointSegmentDistanceSq(bx, by, x1, y1, x2, y2);
      let e = pointSegmentDistanceSq(x1, y1, ax, ay, bx, by);
      if (e < d) d = e;
      e = pointSegmentDistanceSq(x2, y2, ax, ay, bx, by);
      if (e < d) d = e;
      if (d < best) {
        best = d;
        if (d === 0) return 0;
        const e = g.nearestEdge;
        e.j = j;
        e.i = i;
      }
    }
  }
  return best;
}

/** Squared distance from the point (x, y) to parcel p's boundary. */
export function parcelPointDistanceSq(g: CellGeometry, p: number, x: number, y: number): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  let best = Infinity;
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    for (let i = start, j = end - 1; i < end; j = i++) {
      const d = pointSegmentDistanceSq(x, y, L[2 * j], L[2 * j + 1], L[2 * i], L[2 * i + 1]);
      if (d < best) {
        best = d;
        const e = g.nearestEdge;
        e.j = j;
        e.i = i;
      }
    }
  }
  return best;
}

export function pointInParcel(g: CellGeometry, p: number, x: number, y: number): boolean {
  const { ringStarts, parcelRingStarts } = g.parcels;
  return pointInFlatRings(x, y, g.local, ringStarts, parcelRingStarts[p], parcelRingStarts[p + 1]);
}

/** Area in the cell frame (overlap shares divide two areas in the same frame, so the scale cancels). */
export function parcelAreaM2(g: CellGeometry, p: number): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  let twice = 0;
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    for (let i = start, j = end - 1; i < end; j = i++) twice += L[2 * j] * L[2 * i + 1] - L[2 * i] * L[2 * j + 1];
  }
  return Math.abs(twice) / 2;
}
