// Measure `distance_to_nearest`: parcel boundary to the nearest source feature (m).
//
// Per cell: an upper bound from the cell centre plus the cell's half-diagonal, then the source chunks
// within it (R-tree), sorted by distance, converted to the cell frame on first use; each parcel scans
// them nearest first and stops once the rest are provably farther. The nearest pair is re-measured at
// its own mid-latitude, so the value does not depend on which cell the parcel fell in.
import { boxDistanceSq } from '../../geo/boxDistanceSq.ts';
import { kxRatio, kyRatio } from '../../geo/localScaleDrift.ts';
import { pointSegmentDistanceSq } from '../../geo/planarSegmentDistance.ts';
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { searchNearCell } from './loadCandidates.ts';
import { parcelPointDistanceSq, parcelSegmentDistanceSq, pointInParcel } from './parcelInCell.ts';
import { insidePolygon, insidePolygonBox } from './sourcePolygons.ts';

/**
 * Writes each cell parcel's distance (m) from its boundary to the nearest source segment or point into
 * `out`: 0 when it touches, crosses, contains or lies inside a source feature; Infinity with no source.
 * `hint` carries the previous cell's winners (one per measure and run).
 */
export function measureNearestDistanceM(g: CellGeometry, set: FeatureSet | null, out: Float64Array, hint: DistanceHint) {
  if (!set || set.segmentCount === 0) {
    for (const p of g.cellParcels) out[p] = Infinity;
    return;
  }
  const f = g.frame;
  const segs = set.segments;
  // Upper bound: exact distance from the cell centre to a few real segments, plus the farthest
  // corner of the cell (every parcel has a point within that of the centre). Any segment gives a
  // valid bound, so next to the previous cell we reuse its winners instead of a k-NN query.
  let u0 = Infinity;
  const [bx0, by0, bx1, by1] = g.cellBox;
  const hx = Math.max(bx1 - f.lon0, f.lon0 - bx0) * f.kx;
  const hy = Math.max(by1 - f.lat0, f.lat0 - by0) * f.ky;
  const half = Math.sqrt(hx * hx + hy * hy);
  if (hint.count > 0 && g.cellIndex === hint.cellIndex + 1 && g.cellRow === hint.cellRow) {
    for (let k = 0; k < hint.count; k++) {
      const id = hint.ids[k];
      const d = pointSegmentDistanceSq(0, 0, (segs[4 * id] - f.lon0) * f.kx, (segs[4 * id + 1] - f.lat0) * f.ky, (segs[4 * id + 2] - f.lon0) * f.kx, (segs[4 * id + 3] - f.lat0) * f.ky);
      if (d < u0) u0 = d;
    }
  }
  if (!(u0 < Infinity)) {
    const near = set.segmentIndex!.neighbors(f.lon0, f.lat0, 4);
    for (const id of near) {
      const d = pointSegmentDistanceSq(0, 0, (segs[4 * id] - f.lon0) * f.kx, (segs[4 * id + 1] - f.lat0) * f.ky, (segs[4 * id + 2] - f.lon0) * f.kx, (segs[4 * id + 3] - f.lat0) * f.ky);
      if (d < u0) u0 = d;
    }
  }
  const bound = (Math.sqrt(u0) + half) * 1.002 + 1;
  const m = loadChunks(g, set, bound);
  const cs = g.scratch.chunks;
  const { ringStarts, parcelRingStarts, coords, bbox } = g.parcels;
  const key = cs.key, box = cs.box, chunkOf = cs.id;
  const chunkStarts = set.chunkStarts;
  const { lon0, lat0, kx, ky } = f;
  // Source polygons whose bbox meets the cell: the only ones a parcel here can lie inside.
  const polys = set.polygonCount > 0 ? set.polygonIndex!.search(bx0, by0, bx1, by1) : NO_IDS;
  const segOffset = cs.segOffset;
  segOffset.fill(-1, 0, m);
  let usedSegs = 0;
  let local = cs.segs;
  hint.count = 0;
  hint.cellIndex = g.cellIndex;
  hint.cellRow = g.cellRow;

  for (const p of g.cellParcels) {
    const p0 = (bbox[4 * p] - lon0) * kx, p1 = (bbox[4 * p + 1] - lat0) * ky;
    const p2 = (bbox[4 * p + 2] - lon0) * kx, p3 = (bbox[4 * p + 3] - lat0) * ky;
    // Every point of the parcel is within rp of the cell centre, so a chunk at key > √best + rp cannot win.
    const rx = Math.max(Math.abs(p0), Math.abs(p2)), ry = Math.max(Math.abs(p1), Math.abs(p3));
    // (Math.hypot is several times slower than this and there is no overflow to guard against.)
    const rp = Math.sqrt(rx * rx + ry * ry);
    let best = Infinity;
    let bestDist = Infinity;
    let bestId = -1;
    let bx1s = 0, by1s = 0, bx2s = 0, by2s = 0, edgeJ = 0, edgeI = 0;
    scan: for (let i = 0; i < m; i++) {
      if (key[i] - rp > bestDist) break;
      if (boxDistanceSq(p0, p1, p2, p3, box[4 * i], box[4 * i + 1], box[4 * i + 2], box[4 * i + 3]) >= best) continue;
      const c = chunkOf[i];
      const first = chunkStarts[c], end = chunkStarts[c + 1];
      // The chunk's segments in the cell frame, converted once per cell (the cell's parcels mostly
      // visit the same nearby chunks), on first use (most loaded chunks are never expanded).
      let o = segOffset[i];
      if (o < 0) {
        o = segOffset[i] = usedSegs;
        usedSegs += end - first;
        cs.ensureSegs(usedSegs);
        local = cs.segs;
        for (let id = first, q = 8 * o; id < end; id++, q += 8) {
          const x1 = (segs[4 * id] - lon0) * kx, y1 = (segs[4 * id + 1] - lat0) * ky;
          const x2 = (segs[4 * id + 2] - lon0) * kx, y2 = (segs[4 * id + 3] - lat0) * ky;
          local[q] = x1;
          local[q + 1] = y1;
          local[q + 2] = x2;
          local[q + 3] = y2;
          local[q + 4] = x1 < x2 ? x1 : x2;
          local[q + 5] = y1 < y2 ? y1 : y2;
          local[q + 6] = x1 < x2 ? x2 : x1;
          local[q + 7] = y1 < y2 ? y2 : y1;
        }
      }
      for (let id = first, q = 8 * o; id < end; id++, q += 8) {
        const x1 = local[q], y1 = local[q + 1], x2 = local[q + 2], y2 = local[q + 3];
        const s0 = local[q + 4], s1 = local[q + 5], s2 = local[q + 6], s3 = local[q + 7];
        const boxGapSq = boxDistanceSq(p0, p1, p2, p3, s0, s1, s2, s3);
        if (boxGapSq >= best) continue;
        // Point features (zero-length segments): the point-to-edge distances alone (the winner is re-measured below).
        let d = x1 === x2 && y1 === y2 ? parcelPointDistanceSq(g, p, x1, y1) : parcelSegmentDistanceSq(g, p, x1, y1, x2, y2, boxGapSq < MIN_GAP_SQ, best);
        // A source line or point lying wholly inside the parcel: distance 0.
        if (d > 0 && s0 >= p0 && s2 <= p2 && s1 >= p1 && s3 <= p3 && pointInParcel(g, p, x1, y1)) d = 0;
        if (d < best) {
          best = d;
          bestDist = Math.sqrt(d);
          bestId = id;
          bx1s = x1; by1s = y1; bx2s = x2; by2s = y2;
          if (d === 0) break scan;
          edgeJ = g.nearestEdge.j;
          edgeI = g.nearestEdge.i;
        }
      }
    }
    if (best > 0 && polys.length > 0) {
      // The parcel lying wholly inside a source polygon: distance 0.
      const v = ringStarts[parcelRingStarts[p]];
      const lon = coords[2 * v], lat = coords[2 * v + 1];
      for (const gi of polys) {
        if (insidePolygonBox(set, gi, lon, lat) && insidePolygon(set, gi, lon, lat)) {
          best = 0;
          break;
        }
      }
    }
    let dist = Math.sqrt(best);
    // Re-measured on the pair itself so the value does not depend on which cell (frame) the parcel fell in.
    if (dist > 0 && bestId >= 0) dist = refineDistanceM(g, edgeJ, edgeI, bx1s, by1s, bx2s, by2s);
    if (bestId >= 0) addHint(hint, bestId);
    out[p] = dist;
  }
}

/**
 * Loads into g.scratch.chunks the source chunks within `radiusM` of the cell box, in the cell's
 * frame, sorted by their box's distance from the cell centre (exactly, so a parcel can stop at
 * the first chunk that is provably too far).
 */
function loadChunks(g: CellGeometry, set: FeatureSet, radiusM: number): number {
  const f = g.frame;
  const [bx0, by0, bx1, by1] = g.cellBox;
  const ids = searchNearCell(g, set.chunkIndex!, radiusM);
  const cs = g.scratch.chunks;
  cs.ensure(ids.length);
  const { lon0, lat0, kx, ky } = f;
  const lb0 = (bx0 - lon0) * kx, lb1 = (by0 - lat0) * ky, lb2 = (bx1 - lon0) * kx, lb3 = (by1 - lat0) * ky;
  const r2 = radiusM * radiusM;
  const cb = set.chunkBoxes;
  const { box, key, id: chunkId } = cs;
  let m = 0;
  for (const c of ids) {
    // kx, ky > 0: the degree box maps onto the local box exactly.
    const b0 = (cb[4 * c] - lon0) * kx, b1 = (cb[4 * c + 1] - lat0) * ky, b2 = (cb[4 * c + 2] - lon0) * kx, b3 = (cb[4 * c + 3] - lat0) * ky;
    if (boxDistanceSq(lb0, lb1, lb2, lb3, b0, b1, b2, b3) > r2) continue;
    const dx = b0 > 0 ? b0 : b2 < 0 ? -b2 : 0;
    const dy = b1 > 0 ? b1 : b3 < 0 ? -b3 : 0;
    // Insertion into the sorted prefix (m stays in the tens: chunks are few).
    const k = Math.sqrt(dx * dx + dy * dy);
    let j = m;
    while (j > 0 && key[j - 1] > k) {
      key[j] = key[j - 1];
      chunkId[j] = chunkId[j - 1];
      box[4 * j] = box[4 * j - 4];
      box[4 * j + 1] = box[4 * j - 3];
      box[4 * j + 2] = box[4 * j - 2];
      box[4 * j + 3] = box[4 * j - 1];
      j--;
    }
    key[j] = k;
    chunkId[j] = c;
    box[4 * j] = b0;
    box[4 * j + 1] = b1;
    box[4 * j + 2] = b2;
    box[4 * j + 3] = b3;
    m++;
  }
  return m;
}

const NO_IDS: number[] = [];
/** (1 mm)²: boxes farther apart than this hold no crossing segments (see parcelSegmentDistanceSq). */
const MIN_GAP_SQ = 1e-6;

/** The segments that won in the previous cell (for the next cell's upper bound). */
export interface DistanceHint {
  ids: Int32Array;
  count: number;
  cellIndex: number;
  cellRow: number;
}

export function newHint(): DistanceHint {
  return { ids: new Int32Array(8), count: 0, cellIndex: -2, cellRow: -1 };
}

function addHint(h: DistanceHint, id: number) {
  for (let k = 0; k < h.count; k++) if (h.ids[k] === id) return;
  if (h.count < h.ids.length) h.ids[h.count++] = id;
}

/**
 * Re-measures the closest pair between a segment and the parcel edge j → i where the cell-frame
 * search found it, at the pair's own mid-latitude.
 */
function refineDistanceM(g: CellGeometry, j: number, i: number, x1: number, y1: number, x2: number, y2: number): number {
  const L = g.local;
  const ax = L[2 * j], ay = L[2 * j + 1], bx = L[2 * i], by = L[2 * i + 1];
  // The closest pair of two segments that do not cross: an end of one and its nearest point on the
  // other. Kept as the pair's offset (ex, ey) and mid-y, in locals (no object, no call per end).
  let best = Infinity, ex = 0, ey = 0, ym = 0;
  let t = projectionT(ax, ay, x1, y1, x2, y2);
  let qx = x1 + (x2 - x1) * t, qy = y1 + (y2 - y1) * t;
  let d = (ax - qx) * (ax - qx) + (ay - qy) * (ay - qy);
  if (d < best) { best = d; ex = ax - qx; ey = ay - qy; ym = (ay + qy) / 2; }
  t = projectionT(bx, by, x1, y1, x2, y2);
  qx = x1 + (x2 - x1) * t; qy = y1 + (y2 - y1) * t;
  d = (bx - qx) * (bx - qx) + (by - qy) * (by - qy);
  if (d < best) { best = d; ex = bx - qx; ey = by - qy; ym = (by + qy) / 2; }
  t = projectionT(x1, y1, ax, ay, bx, by);
  qx = ax + (bx - ax) * t; qy = ay + (by - ay) * t;
  d = (x1 - qx) * (x1 - qx) + (y1 - qy) * (y1 - qy);
  if (d < best) { best = d; ex = x1 - qx; ey = y1 - qy; ym = (qy + y1) / 2; }
  t = projectionT(x2, y2, ax, ay, bx, by);
  qx = ax + (bx - ax) * t; qy = ay + (by - ay) * t;
  d = (x2 - qx) * (x2 - qx) + (y2 - qy) * (y2 - qy);
  if (d < best) { ex = x2 - qx; ey = y2 - qy; ym = (qy + y2) / 2; }
  // The cell frame's metres re-scaled to the pair's mid-latitude.
  const { drift } = g.frame;
  const dx = ex * kxRatio(drift, ym);
  const dy = ey * kyRatio(drift, ym);
  return Math.sqrt(dx * dx + dy * dy);
}

/** Where the point (px, py) projects on segment a–b, clamped to 0…1 (0 for a zero-length segment). */
function projectionT(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
}
