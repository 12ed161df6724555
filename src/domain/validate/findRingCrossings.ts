// Fast self-intersection detection for polygons: a sweep over segments sorted by their west end, so a
// 500,000-parcel layer costs O(n log n) per polygon rather than turf kinks' all-pairs test. Only proper
// crossings count (two edges that cut through each other); rings touching at a vertex are accepted.
import type { Position } from 'geojson';

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Where segments AB and CD cross (they are known to cross properly). */
function crossingPoint(a: Position, b: Position, c: Position, d: Position): [number, number] {
  const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
  const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/**
 * Number of proper edge crossings among the rings of one polygon (stops counting at `limit`). With `first`, the first
 * crossing found is written there (the place an import note names; turf's kinks, all pairs, took 40 s at 10,000 vertices).
 */
export function findRingCrossings(rings: Position[][], limit = 1, first?: { at: [number, number] | null }): number {
  let total = 0;
  for (const ring of rings) total += Math.max(0, ring.length - 1);
  if (total <= 48) return bruteForce(rings, limit, first);
  // Segment table: ring, index, and x-extent for the sweep.
  const segs: { r: number; i: number; minX: number; maxX: number }[] = [];
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i][0];
      const b = ring[i + 1][0];
      segs.push({ r, i, minX: a < b ? a : b, maxX: a < b ? b : a });
    }
  }
  segs.sort((s, t) => s.minX - t.minX);
  let crossings = 0;
  for (let s = 0; s < segs.length; s++) {
    const A = segs[s];
    const ra = rings[A.r];
    const [ax, ay] = ra[A.i];
    const [bx, by] = ra[A.i + 1];
    for (let t = s + 1; t < segs.length && segs[t].minX <= A.maxX; t++) {
      const B = segs[t];
      if (A.r === B.r) {
        const n = ra.length - 1;
        const d = Math.abs(A.i - B.i);
        if (d <= 1 || d === n - 1) continue; // neighbours share a vertex
      }
      const rb = rings[B.r];
      const [cx, cy] = rb[B.i];
      const [dx, dy] = rb[B.i + 1];
      const o1 = orient(ax, ay, bx, by, cx, cy);
      const o2 = orient(ax, ay, bx, by, dx, dy);
      const o3 = orient(cx, cy, dx, dy, ax, ay);
      const o4 = orient(cx, cy, dx, dy, bx, by);
      if (o1 * o2 < 0 && o3 * o4 < 0) {
        if (first && crossings === 0) first.at = crossingPoint(ra[A.i], ra[A.i + 1], rb[B.i], rb[B.i + 1]);
        crossings++;
        if (crossings >= limit) return crossings;
      }
    }
  }
  return crossings;
}

/** Scratch for the small-ring test: x, y of every point of the polygon's rings, flat (grown as needed, never shrunk). */
let flat = new Float64Array(256);
let ringStart = new Int32Array(17);

/**
 * All pairs, on a flat copy of the coordinates (no allocation, no nested array reads in the inner loop): faster than
 * sorting for the small rings of cadastral parcels. Same pairs, same order and same arithmetic as the sweep's test.
 */
function bruteForce(rings: Position[][], limit: number, first?: { at: [number, number] | null }): number {
  let points = 0;
  for (const ring of rings) points += ring.length;
  if (flat.length < points * 2) flat = new Float64Array(points * 4);
  if (ringStart.length < rings.length + 1) ringStart = new Int32Array(rings.length * 2 + 1);
  const xy = flat;
  let k = 0;
  for (let r = 0; r < rings.length; r++) {
    ringStart[r] = k;
    const ring = rings[r];
    for (let i = 0; i < ring.length; i++) {
      xy[k * 2] = ring[i][0];
      xy[k * 2 + 1] = ring[i][1];
      k++;
    }
  }
  ringStart[rings.length] = k;
  let crossings = 0;
  for (let r1 = 0; r1 < rings.length; r1++) {
    const s1 = ringStart[r1];
    const n1 = ringStart[r1 + 1] - s1; // points of ring r1
    for (let i = 0; i + 1 < n1; i++) {
      const a = (s1 + i) * 2;
      const ax = xy[a], ay = xy[a + 1], bx = xy[a + 2], by = xy[a + 3];
      for (let r2 = r1; r2 < rings.length; r2++) {
        const s2 = ringStart[r2];
        const n2 = ringStart[r2 + 1] - s2;
        for (let j = r2 === r1 ? i + 1 : 0; j + 1 < n2; j++) {
          if (r1 === r2) {
            const d = j - i; // j > i
            if (d <= 1 || d === n1 - 2) continue; // neighbours share a vertex
          }
          const c = (s2 + j) * 2;
          const cx = xy[c], cy = xy[c + 1], dx = xy[c + 2], dy = xy[c + 3];
          if (orient(ax, ay, bx, by, cx, cy) * orient(ax, ay, bx, by, dx, dy) < 0 && orient(cx, cy, dx, dy, ax, ay) * orient(cx, cy, dx, dy, bx, by) < 0) {
            if (first && crossings === 0) first.at = crossingPoint(rings[r1][i], rings[r1][i + 1], rings[r2][j], rings[r2][j + 1]);
            if (++crossings >= limit) return crossings;
          }
        }
      }
    }
  }
  return crossings;
}
