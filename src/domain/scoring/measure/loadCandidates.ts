// A cell's candidate source segments: the R-tree search around the cell box, converted once into the
// cell frame and sorted by distance from the cell centre (into g.scratch).
import type Flatbush from 'flatbush';
import { boxDistanceSq } from '../../geo/boxDistanceSq.ts';
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';

/** The index entries whose box may lie within `radiusM` of the cell box (a superset: callers test exactly). */
export function searchNearCell(g: CellGeometry, index: Flatbush, radiusM: number): number[] {
  const [bx0, by0, bx1, by1] = g.cellBox;
  // Degree margins with 1 % slack for the change of scale across the cell's latitudes.
  const dLon = radiusM / (g.frame.kx * 0.99);
  const dLat = radiusM / (g.frame.ky * 0.99);
  return index.search(bx0 - dLon, by0 - dLat, bx1 + dLon, by1 + dLat);
}

/**
 * Loads into g.scratch the source segments within `radiusM` (plus the cell) of the cell box,
 * in the cell's frame, sorted by distance from the cell centre.
 */
export function loadCandidates(g: CellGeometry, set: FeatureSet, radiusM: number): number {
  const f = g.frame;
  const [bx0, by0, bx1, by1] = g.cellBox;
  const ids = searchNearCell(g, set.segmentIndex!, radiusM);
  const s = g.scratch;
  s.ensure(ids.length);
  const lb0 = (bx0 - f.lon0) * f.kx, lb1 = (by0 - f.lat0) * f.ky, lb2 = (bx1 - f.lon0) * f.kx, lb3 = (by1 - f.lat0) * f.ky;
  const r2 = radiusM * radiusM;
  let m = 0;
  const segs = set.segments;
  for (const id of ids) {
    const x1 = (segs[4 * id] - f.lon0) * f.kx;
    const y1 = (segs[4 * id + 1] - f.lat0) * f.ky;
    const x2 = (segs[4 * id + 2] - f.lon0) * f.kx;
    const y2 = (segs[4 * id + 3] - f.lat0) * f.ky;
    const b0 = Math.min(x1, x2), b1 = Math.min(y1, y2), b2 = Math.max(x1, x2), b3 = Math.max(y1, y2);
    if (boxDistanceSq(lb0, lb1, lb2, lb3, b0, b1, b2, b3) > r2) continue;
    s.seg[4 * m] = x1;
    s.seg[4 * m + 1] = y1;
    s.seg[4 * m + 2] = x2;
    s.seg[4 * m + 3] = y2;
    s.box[4 * m] = b0;
    s.box[4 * m + 1] = b1;
    s.box[4 * m + 2] = b2;
    s.box[4 * m + 3] = b3;
    s.id[m] = id;
    s.key[m] = boxDistanceSq(0, 0, 0, 0, b0, b1, b2, b3);
    m++;
  }
  // Sort by distance from the cell centre so each parcel finds a small bound early and can stop
  // once the remaining candidates are provably farther. One native sort of packed keys
  // (whole metres × 2^20 + slot) instead of a comparator sort.
  if (m > 1) {
    const packed = s.packed.subarray(0, m);
    for (let i = 0; i < m; i++) packed[i] = Math.floor(Math.sqrt(s.key[i])) * 1048576 + i;
    packed.sort();
    s.swap();
    const { seg: seg, box: box, id: id, key: key } = s.other;
    for (let i = 0; i < m; i++) {
      const j = packed[i] % 1048576;
      for (let k = 0; k < 4; k++) {
        s.seg[4 * i + k] = seg[4 * j + k];
        s.box[4 * i + k] = box[4 * j + k];
      }
      s.id[i] = id[j];
      s.key[i] = Math.sqrt(key[j]);
    }
  } else if (m === 1) s.key[0] = Math.sqrt(s.key[0]);
  s.count = m;
  return m;
}
