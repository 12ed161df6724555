// The area where a parcel overlaps a measure's source polygons (their union, or one of them), clipped
// against the cell's candidate source edges only (see loadCandidates). Used by overlap_share and attribute.
import { boxDistanceSq } from '../../geo/boxDistanceSq.ts';
import { segmentCrossingT } from '../../geo/planarSegmentDistance.ts';
import { shoelaceOfInsidePieces } from '../../geo/shoelaceOfInsidePieces.ts';
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { parcelLocalBox, pointInParcel } from './parcelInCell.ts';
import { insideAnyPolygon, insideAnyPolygonBefore, insidePolygon } from './sourcePolygons.ts';

/**
 * Area (m²) of parcel p ∩ the polygons of `set` (all of them: their union; or only polygon `only`),
 * by Green's theorem: the parcel's boundary pieces inside the polygons plus the polygons' boundary
 * pieces inside the parcel, each piece adding its shoelace term. Only the source edges that meet
 * the parcel's bbox take part, so the cost does not grow with the size of the flood polygons.
 * The candidate edges are the first `m` of g.scratch.
 */
export function overlapAreaM2(g: CellGeometry, p: number, set: FeatureSet, m: number, only: number): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  const s = g.scratch;
  const f = g.frame;
  // A parcel edge's piece is tested a hair (0.1 mm) inside the parcel (on the edge's left: outer rings run
  // counter-clockwise, holes clockwise), not at its midpoint: a piece running along a source polygon's boundary is
  // then classified by the side the parcel is on (a midpoint on the boundary fell on either side by rounding).
  let nx = 0, ny = 0;
  const insideSources = (x: number, y: number) => {
    const lon = (x + nx) / f.kx + f.lon0, lat = (y + ny) / f.ky + f.lat0;
    return only >= 0 ? insidePolygon(set, only, lon, lat) : insideAnyPolygon(set, lon, lat, -1);
  };
  // For the union: do edges of two or more polygons meet the parcel's box? Only then can their boundaries cross
  // (or run together) inside the parcel, and only then are the source edges also cut where they cross each other.
  let several = false;
  if (only < 0) {
    let first = -1;
    for (let c = 0; c < m && !several; c++) {
      const gi = set.segmentPolygon[s.id[c]];
      if (gi < 0) continue;
      if (first < 0) first = gi;
      else several = gi !== first;
    }
  }
  let twice = 0;
  const ts: number[] = [];
  // Parcel edges, split where source edges cross them.
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    for (let i = start, j = end - 1; i < end; j = i++) {
      const ax = L[2 * j], ay = L[2 * j + 1], bx = L[2 * i], by = L[2 * i + 1];
      const len = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
      nx = len > 0 ? (-(by - ay) / len) * OUTSIDE_M : 0;
      ny = len > 0 ? ((bx - ax) / len) * OUTSIDE_M : 0;
      ts.length = 0;
      ts.push(0, 1);
      for (let c = 0; c < m; c++) {
        if (only >= 0 && set.segmentPolygon[s.id[c]] !== only) continue;
        const t = segmentCrossingT(ax, ay, bx, by, s.seg[4 * c], s.seg[4 * c + 1], s.seg[4 * c + 2], s.seg[4 * c + 3]);
        if (t >= 0) ts.push(t);
      }
      twice += shoelaceOfInsidePieces(ts, ax, ay, bx, by, insideSources);
    }
  }
  // Source edges, split where parcel edges cross them.
  for (let c = 0; c < m; c++) {
    const gi = set.segmentPolygon[s.id[c]];
    if (gi < 0 || (only >= 0 && gi !== only)) continue;
    const ax = s.seg[4 * c], ay = s.seg[4 * c + 1], bx = s.seg[4 * c + 2], by = s.seg[4 * c + 3];
    ts.length = 0;
    ts.push(0, 1);
    for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
      const start = ringStarts[r], end = ringStarts[r + 1];
      for (let i = start, j = end - 1; i < end; j = i++) {
        const t = segmentCrossingT(ax, ay, bx, by, L[2 * j], L[2 * j + 1], L[2 * i], L[2 * i + 1]);
        if (t >= 0) ts.push(t);
      }
    }
    // Where another polygon's boundary crosses this edge, or touches or runs along it, the edge passes into or out
    // of that polygon: cut it there too, so that each piece is wholly inside, outside or along each other polygon
    // (without these cuts a piece half inside another flood zone was counted or dropped whole).
    if (several) cutWhereOtherPolygonsMeet(g, set, m, c, ts);
    // For the union, a source edge counts only where no other source polygon covers it. The test is made a hair
    // (0.1 mm) outside polygon gi, on the edge's right (rings run outer counter-clockwise, holes clockwise): an edge
    // shared by two adjacent polygons (flood bands drawn side by side) is then inside the other one for both, and
    // counts for neither, instead of for one of them as a point-on-boundary test gave (12 % of a parcel's area).
    const len = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
    const ox = len > 0 ? ((by - ay) / len) * OUTSIDE_M : 0, oy = len > 0 ? (-(bx - ax) / len) * OUTSIDE_M : 0;
    twice += shoelaceOfInsidePieces(ts, ax, ay, bx, by, (x, y) => {
      // Strictly inside the parcel: a piece along the parcel's own boundary is the parcel edge's to count.
      if (!pointInParcel(g, p, x + ox, y + oy) || !pointInParcel(g, p, x - ox, y - oy)) return false;
      if (only >= 0) return true;
      if (insideAnyPolygon(set, (x + ox) / f.kx + f.lon0, (y + oy) / f.ky + f.lat0, gi)) return false;
      // Two overlapping polygons whose edges run together on the same side (two flood maps bounded by the same
      // river bank): the piece is on both boundaries; it counts once, for the first polygon. A polygon before gi
      // that holds the point a hair inside gi (but not the one outside, tested above) has its boundary here.
      return !several || !insideAnyPolygonBefore(set, (x - ox) / f.kx + f.lon0, (y - oy) / f.ky + f.lat0, gi);
    });
  }
  return twice / 2;
}

/** How far outside a source edge the union test looks (m): see overlapAreaM2. */
const OUTSIDE_M = 1e-4;
/** How near an end of another polygon's edge must be to an edge to cut it there (m; rounding here is ~1e-12 m). */
const TOUCH_M = 1e-6;

/** Pushes into `ts` the parameters along candidate edge c where edges of other polygons cross it or end on it. */
function cutWhereOtherPolygonsMeet(g: CellGeometry, set: FeatureSet, m: number, c: number, ts: number[]) {
  const s = g.scratch;
  const gi = set.segmentPolygon[s.id[c]];
  const ax = s.seg[4 * c], ay = s.seg[4 * c + 1], bx = s.seg[4 * c + 2], by = s.seg[4 * c + 3];
  for (let c2 = 0; c2 < m; c2++) {
    const gj = set.segmentPolygon[s.id[c2]];
    if (gj < 0 || gj === gi) continue;
    if (boxDistanceSq(s.box[4 * c], s.box[4 * c + 1], s.box[4 * c + 2], s.box[4 * c + 3], s.box[4 * c2], s.box[4 * c2 + 1], s.box[4 * c2 + 2], s.box[4 * c2 + 3]) > TOUCH_M * TOUCH_M) continue;
    const cx = s.seg[4 * c2], cy = s.seg[4 * c2 + 1], dx = s.seg[4 * c2 + 2], dy = s.seg[4 * c2 + 3];
    const t = segmentCrossingT(ax, ay, bx, by, cx, cy, dx, dy);
    if (t >= 0) ts.push(t);
    pushTouch(ts, ax, ay, bx, by, cx, cy);
    pushTouch(ts, ax, ay, bx, by, dx, dy);
  }
}

/** Pushes the parameter along a→b of the point c when c lies on the segment (within TOUCH_M), not at its ends. */
function pushTouch(ts: number[], ax: number, ay: number, bx: number, by: number, cx: number, cy: number) {
  const rx = bx - ax, ry = by - ay;
  const len2 = rx * rx + ry * ry;
  if (len2 === 0) return;
  const t = ((cx - ax) * rx + (cy - ay) * ry) / len2;
  if (t <= 0 || t >= 1) return;
  const ex = ax + rx * t - cx, ey = ay + ry * t - cy;
  if (ex * ex + ey * ey <= TOUCH_M * TOUCH_M) ts.push(t);
}

/** Loads the cell's source edges meeting the cell box, then for one parcel keeps those meeting its box (first in scratch). */
export function edgesMeetingParcel(g: CellGeometry, p: number, m: number): number {
  const [p0, p1, p2, p3] = parcelLocalBox(g, p);
  const s = g.scratch;
  // Stable partition: move the edges whose box meets the parcel box to the front.
  let k = 0;
  for (let i = 0; i < m; i++) {
    if (boxDistanceSq(p0, p1, p2, p3, s.box[4 * i], s.box[4 * i + 1], s.box[4 * i + 2], s.box[4 * i + 3]) > 0) continue;
    if (i !== k) {
      for (let q = 0; q < 4; q++) {
        const a = s.seg[4 * k + q]; s.seg[4 * k + q] = s.seg[4 * i + q]; s.seg[4 * i + q] = a;
        const b = s.box[4 * k + q]; s.box[4 * k + q] = s.box[4 * i + q]; s.box[4 * i + q] = b;
      }
      const id = s.id[k]; s.id[k] = s.id[i]; s.id[i] = id;
    }
    k++;
  }
  return k;
}
