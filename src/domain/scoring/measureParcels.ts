// The measure stage: per parcel raw values (metres, counts, shares, codes, m²) into typed arrays.
// Expensive, so it runs once per data change; weights never come here.
//
// Parcels are grouped into grid cells (~24 parcels each). Per cell and measure we find, with the
// R-tree, the few source segments that can be nearest to any parcel of the cell (an upper bound
// from the cell centre plus the cell's half-diagonal), convert them once into a local metric frame
// (WGS84 scale factors at the cell's latitude), and then each parcel loops over that short list.
// Distances are parcel-boundary distances: 0 when the parcel touches, crosses, contains or lies
// inside a source feature. The nearest pair is re-measured at its own mid-latitude.
import type Flatbush from 'flatbush';
import type { FeatureSet } from './buildFeatureSet.ts';
import type { MeasureContext } from './measureContext.ts';
import type { PackedParcels } from './packParcels.ts';
import { kxRatio, kyRatio, localScaleDrift, type LocalScaleDrift } from '../geo/localScaleDrift.ts';
import { localScaleM } from '../geo/localScaleM.ts';
import { pointInFlatRings, pointSegmentDistanceSq, segmentCrossingT } from '../geo/planarSegmentDistance.ts';
import { renumberCategories } from './renumberCategories.ts';

export interface Measures {
  count: number;
  /** Raw value per parcel, by measure key (NaN when the parcel's geometry is unusable). */
  values: Record<string, Float64Array>;
  /** For `attribute` measures: value = index into this list (NaN when no code). */
  categories: Record<string, string[]>;
  /** Parcels whose geometry could not be measured (see PackedParcels.invalid for the reason). */
  invalid: number[];
}

export interface MeasureJob {
  totalCells: number;
  doneCells: number;
  /** Measures up to `maxCells` more cells; returns true when all are done. */
  step(maxCells: number): boolean;
  result: Measures;
}

/** For splitting one measuring run over threads (see scripts/cli/_measureInThreads.ts). */
export interface MeasureJobOptions {
  /**
   * Write into these arrays (e.g. on SharedArrayBuffers) instead of new ones: the job writes every
   * parcel's slot (NaN for unusable geometry). Leave attribute measures out: their values index the
   * job's own code list.
   */
  values?: Record<string, Float64Array>;
  /**
   * Cells are handed out in blocks through this shared counter (`claim[0]` = the next cell to
   * measure, in the grid's order), so a thread that finishes early takes more blocks. Each thread
   * runs its own job over the same parcels with the same counter: same grid, same values as one run.
   */
  claim?: Int32Array;
}

const PARCELS_PER_CELL = 24;
const MAX_CELL_DEG = 0.0135;
/** Cells per claimed block (threads sharing a counter): large enough that neighbours share hints. */
const CLAIM_BLOCK = 64;

/** Measures every parcel (synchronously). For progress and cancel, use `createMeasureJob`. */
export function measureParcels(ctx: MeasureContext, parcels: PackedParcels): Measures {
  const job = createMeasureJob(ctx, parcels);
  job.step(Infinity);
  return job.result;
}

/** A resumable measuring run over every parcel. */
export function createMeasureJob(ctx: MeasureContext, parcels: PackedParcels, options: MeasureJobOptions = {}): MeasureJob {
  const n = parcels.count;
  const keys = [...ctx.specs.keys()];
  const values: Record<string, Float64Array> = {};
  const categories: Record<string, string[]> = {};
  const categoryIndex: Record<string, Map<string, number>> = {};
  for (const key of keys) {
    // Every parcel's slot gets written (a value, or NaN below for unusable geometry), except, with
    // `claim`, the cells other jobs take: their slots in this job's own arrays must read "none".
    values[key] = options.values?.[key] ?? (options.claim ? new Float64Array(n).fill(NaN) : new Float64Array(n));
    if (ctx.specs.get(key)!.kind === 'attribute') {
      categories[key] = [];
      categoryIndex[key] = new Map();
    }
  }
  const { bbox } = parcels;

  // Grid over the valid parcels' bbox centres.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let valid = 0;
  for (let p = 0; p < n; p++) {
    const cx = (bbox[4 * p] + bbox[4 * p + 2]) / 2;
    const cy = (bbox[4 * p + 1] + bbox[4 * p + 3]) / 2;
    if (!Number.isFinite(cx)) continue;
    valid++;
    if (cx < minX) minX = cx;
    if (cy < minY) minY = cy;
    if (cx > maxX) maxX = cx;
    if (cy > maxY) maxY = cy;
  }
  const wantCells = Math.max(1, Math.ceil(valid / PARCELS_PER_CELL));
  const w = Math.max(maxX - minX, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  // Cells of ~24 parcels, but no wider than ~1.5 km: the candidate band of a cell grows with its size.
  const cellSize = Math.min(Math.sqrt((w * h) / wantCells) || 1, MAX_CELL_DEG);
  const nx = Math.max(1, Math.min(2048, Math.ceil(w / cellSize)));
  const ny = Math.max(1, Math.min(2048, Math.ceil(h / cellSize)));
  const cellOf = new Int32Array(n).fill(-1);
  const cellCounts = new Uint32Array(nx * ny + 1);
  for (let p = 0; p < n; p++) {
    const cx = (bbox[4 * p] + bbox[4 * p + 2]) / 2;
    const cy = (bbox[4 * p + 1] + bbox[4 * p + 3]) / 2;
    if (!Number.isFinite(cx)) {
      // No usable geometry: in no cell, so NaN is written here.
      for (const key of keys) values[key][p] = NaN;
      continue;
    }
    const ix = Math.min(nx - 1, Math.floor(((cx - minX) / w) * nx));
    const iy = Math.min(ny - 1, Math.floor(((cy - minY) / h) * ny));
    const c = iy * nx + ix;
    cellOf[p] = c;
    cellCounts[c + 1]++;
  }
  for (let c = 0; c < nx * ny; c++) cellCounts[c + 1] += cellCounts[c];
  const order = new Uint32Array(valid);
  const fill = cellCounts.slice(0, nx * ny);
  for (let p = 0; p < n; p++) {
    const c = cellOf[p];
    if (c >= 0) order[fill[c]++] = p;
  }
  const nonEmpty: number[] = [];
  for (let c = 0; c < nx * ny; c++) if (cellCounts[c + 1] > cellCounts[c]) nonEmpty.push(c);

  const scratch = new Scratch();
  const cell = new CellParcels();
  // Per measure, looked up once here rather than by key in every cell; `cellOut` holds the current
  // cell's values (cell-local parcel numbers) until they are written to `out` by input number.
  const perKey = keys.map((key) => ({ key, spec: ctx.specs.get(key)!, set: ctx.sets.get(key) ?? null, out: values[key], cellOut: new Float64Array(64), hint: newHint() }));
  let cellIndex = 0;

  const job: MeasureJob = {
    totalCells: nonEmpty.length,
    doneCells: 0,
    result: { count: n, values, categories, invalid: parcels.invalid.map((x) => x.index) },
    step(maxCells: number): boolean {
      const claim = options.claim;
      if (claim) {
        // Shared blocks: this job's share is whatever it claims until the grid is done;
        // doneCells counts the cells claimed by all jobs.
        for (let measured = 0; measured < maxCells; ) {
          const first = Atomics.add(claim, 0, CLAIM_BLOCK);
          if (first >= nonEmpty.length) {
            job.doneCells = nonEmpty.length;
            finish();
            return true;
          }
          const last = Math.min(nonEmpty.length, first + CLAIM_BLOCK);
          for (let k = first; k < last; k++) measureCellNumber(nonEmpty[k]);
          measured += last - first;
          job.doneCells = Math.min(nonEmpty.length, last);
        }
        return false;
      }
      const start = job.doneCells;
      const end = Math.min(nonEmpty.length, job.doneCells + maxCells);
      for (let k = start; k < end; k++) measureCellNumber(nonEmpty[k]);
      job.doneCells = end;
      if (end >= nonEmpty.length && start < end) finish();
      return end >= nonEmpty.length;
    },
  };

  function finish() {
    for (const key of Object.keys(categories)) categories[key] = renumberCategories(values[key], categories[key]);
  }

  function measureCellNumber(c: number) {
    cellIndex = c;
    const inputParcels = order.subarray(cellCounts[c], cellCounts[c + 1]);
    measureCell(inputParcels);
    for (const k of perKey) {
      const { out, cellOut } = k;
      for (let i = 0; i < inputParcels.length; i++) out[inputParcels[i]] = cellOut[i];
    }
  }

  function measureCell(inputParcels: Uint32Array) {
    const { bx0, by0, bx1, by1 } = cell.gather(parcels, inputParcels);
    const lat0 = (by0 + by1) / 2;
    const scale = localScaleM(lat0);
    const frame: Frame = { lon0: (bx0 + bx1) / 2, lat0, kx: scale.kx, ky: scale.ky, drift: localScaleDrift(lat0, scale) };
    cell.toFrame(frame);
    const cellParcels = cell.numbers;
    for (const k of perKey) if (k.cellOut.length < cellParcels.length) k.cellOut = new Float64Array(2 * cellParcels.length);
    const cellBox: Box = [bx0, by0, bx1, by1];
    const g: CellGeometry = { parcels: cell, local: cell.local, frame, cellBox, cellParcels, scratch, cellIndex, cellRow: Math.floor(cellIndex / nx) };
    for (let k = 0; k < perKey.length; k++) {
      const { spec, set, cellOut: out, hint, key } = perKey[k];
      switch (spec.kind) {
        case 'area':
          for (const p of cellParcels) out[p] = parcelAreaAtOwnLatitudeM2(g, p);
          break;
        case 'distance_to_nearest':
          measureDistances(g, set, out, hint);
          break;
        case 'count_within_radius':
          measureCounts(g, set, spec.radiusM ?? 500, out);
          break;
        case 'inside_polygon':
          if (!set || set.polygonCount === 0) for (const p of cellParcels) out[p] = 0;
          else for (const p of cellParcels) out[p] = representativeInside(g, set, p) ? 1 : 0;
          break;
        case 'overlap_share':
          measureOverlapShares(g, set, out);
          break;
        case 'attribute':
          measureAttributes(g, set, out, parcels.attributes[spec.property ?? 'landuse_code'], inputParcels, categories[key], categoryIndex[key]);
          break;
      }
    }
  }
  return job;
}

/**
 * One cell's parcels gathered from the input into small reused buffers (same layout as
 * PackedParcels, parcels numbered 0 … count−1 in the cell): lon/lat and, after `toFrame`, the cell
 * frame's metres. Read once per cell from wherever the input holds them; every measure then reads
 * them from cache.
 */
class CellParcels implements PackedParcels {
  count = 0;
  coords = new Float64Array(512);
  local = new Float64Array(512);
  ringStarts = new Uint32Array(65);
  parcelRingStarts = new Uint32Array(65);
  bbox = new Float64Array(256);
  /** The input's attributes are read by input number (see measureAttributes). */
  attributes = {};
  invalid = [];
  /** 0 … count−1. */
  numbers = new Uint32Array(0);
  private allNumbers = new Uint32Array(64).map((_, i) => i);
  private box = { bx0: 0, by0: 0, bx1: 0, by1: 0 };

  /** Gathers input parcels `from` (valid ones) and returns the cell's box. */
  gather(input: PackedParcels, from: Uint32Array) {
    const { coords, ringStarts, parcelRingStarts, bbox } = input;
    const count = from.length;
    if (this.allNumbers.length < count) this.allNumbers = new Uint32Array(2 * count).map((_, i) => i);
    if (this.bbox.length < 4 * count) {
      this.bbox = new Float64Array(8 * count);
      this.parcelRingStarts = new Uint32Array(2 * count + 1);
    }
    const box = this.bbox, cellRings = this.parcelRingStarts;
    let bx0 = Infinity, by0 = Infinity, bx1 = -Infinity, by1 = -Infinity;
    let rings = 0, vertices = 0;
    for (let q = 0; q < count; q++) {
      const p = from[q];
      const x0 = bbox[4 * p], y0 = bbox[4 * p + 1], x1 = bbox[4 * p + 2], y1 = bbox[4 * p + 3];
      box[4 * q] = x0;
      box[4 * q + 1] = y0;
      box[4 * q + 2] = x1;
      box[4 * q + 3] = y1;
      if (x0 < bx0) bx0 = x0;
      if (y0 < by0) by0 = y0;
      if (x1 > bx1) bx1 = x1;
      if (y1 > by1) by1 = y1;
      const r0 = parcelRingStarts[p], r1 = parcelRingStarts[p + 1];
      rings += r1 - r0;
      vertices += ringStarts[r1] - ringStarts[r0];
      cellRings[q + 1] = rings;
    }
    if (this.ringStarts.length < rings + 1) this.ringStarts = new Uint32Array(2 * rings + 1);
    if (this.coords.length < 2 * vertices) {
      this.coords = new Float64Array(4 * vertices);
      this.local = new Float64Array(4 * vertices);
    }
    const cellRingStarts = this.ringStarts, cellCoords = this.coords;
    let r = 0, v = 0;
    for (let q = 0; q < count; q++) {
      const p = from[q];
      const r0 = parcelRingStarts[p], r1 = parcelRingStarts[p + 1];
      for (let k = r0; k < r1; k++) {
        v += ringStarts[k + 1] - ringStarts[k];
        cellRingStarts[++r] = v;
      }
      const a = 2 * ringStarts[r0], b = 2 * ringStarts[r1];
      const shift = 2 * cellRingStarts[cellRings[q]] - a;
      for (let k = a; k < b; k++) cellCoords[shift + k] = coords[k];
    }
    this.count = count;
    this.numbers = this.allNumbers.subarray(0, count);
    const out = this.box;
    out.bx0 = bx0;
    out.by0 = by0;
    out.bx1 = bx1;
    out.by1 = by1;
    return out;
  }

  /** The vertices in the frame's metres (into `local`). */
  toFrame({ lon0, lat0, kx, ky }: Frame) {
    const { coords, local } = this;
    const end = 2 * this.ringStarts[this.parcelRingStarts[this.count]];
    for (let v = 0; v < end; v += 2) {
      local[v] = (coords[v] - lon0) * kx;
      local[v + 1] = (coords[v + 1] - lat0) * ky;
    }
  }
}

// ---------------------------------------------------------------------------------------------

type Box = [number, number, number, number];
interface Frame {
  lon0: number;
  lat0: number;
  kx: number;
  ky: number;
  /** The scale factors north and south of lat0, relative to kx, ky (see localScaleDrift). */
  drift: LocalScaleDrift;
}
interface CellGeometry {
  parcels: PackedParcels;
  local: Float64Array;
  frame: Frame;
  cellBox: Box;
  cellParcels: Uint32Array;
  scratch: Scratch;
  /** Grid cell number and row (cells are measured in row-major order). */
  cellIndex: number;
  cellRow: number;
}

/** A cell's candidate chunks (local frame), sorted by key. */
class ChunkScratch {
  box = new Float64Array(4 * 64);
  key = new Float64Array(64);
  id = new Int32Array(64);
  /** Per loaded chunk: where its segments start in `segs` (in segments), or -1 before first use in the cell. */
  segOffset = new Int32Array(64);
  /** The used chunks' segments in the cell frame, 8 numbers each: x1, y1, x2, y2, then their box. */
  segs = new Float64Array(8 * 1024);
  ensure(m: number) {
    if (this.id.length >= m) return;
    const size = Math.max(m, this.id.length * 2);
    this.box = new Float64Array(4 * size);
    this.key = new Float64Array(size);
    this.id = new Int32Array(size);
    this.segOffset = new Int32Array(size);
  }
  /** Room for `count` segments (keeping the ones already converted). */
  ensureSegs(count: number) {
    if (this.segs.length >= 8 * count) return;
    const grown = new Float64Array(Math.max(8 * count, 2 * this.segs.length));
    grown.set(this.segs);
    this.segs = grown;
  }
}

/** Reused buffers for a cell's candidate segments (local frame), to avoid garbage per cell. */
class Scratch {
  chunks = new ChunkScratch();
  seg = new Float64Array(4 * 256);
  box = new Float64Array(4 * 256);
  id = new Int32Array(256);
  /** After loadCandidates: distance (m) from the cell centre to the candidate's box, ascending. */
  key = new Float64Array(256);
  count = 0;
  packed = new Float64Array(256);
  /** The second set of buffers, for reordering without allocating. */
  other = { seg: new Float64Array(4 * 256), box: new Float64Array(4 * 256), id: new Int32Array(256), key: new Float64Array(256) };
  ensure(m: number) {
    if (this.id.length >= m) return;
    const size = Math.max(m, this.id.length * 2);
    this.seg = new Float64Array(4 * size);
    this.box = new Float64Array(4 * size);
    this.id = new Int32Array(size);
    this.key = new Float64Array(size);
    this.packed = new Float64Array(size);
    this.other = { seg: new Float64Array(4 * size), box: new Float64Array(4 * size), id: new Int32Array(size), key: new Float64Array(size) };
  }
  /** Makes the current buffers the "other" ones and vice versa. */
  swap() {
    const o = this.other;
    this.other = { seg: this.seg, box: this.box, id: this.id, key: this.key };
    this.seg = o.seg;
    this.box = o.box;
    this.id = o.id;
    this.key = o.key;
  }
}

function parcelLocalBox(g: CellGeometry, p: number): Box {
  const b = g.parcels.bbox;
  const f = g.frame;
  return [(b[4 * p] - f.lon0) * f.kx, (b[4 * p + 1] - f.lat0) * f.ky, (b[4 * p + 2] - f.lon0) * f.kx, (b[4 * p + 3] - f.lat0) * f.ky];
}

function boxDistanceSq(a0: number, a1: number, a2: number, a3: number, b0: number, b1: number, b2: number, b3: number): number {
  const dx = Math.max(0, b0 - a2, a0 - b2);
  const dy = Math.max(0, b1 - a3, a1 - b3);
  return dx * dx + dy * dy;
}

/** The index entries whose box may lie within `radiusM` of the cell box (a superset: callers test exactly). */
function searchNearCell(g: CellGeometry, index: Flatbush, radiusM: number): number[] {
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
function loadCandidates(g: CellGeometry, set: FeatureSet, radiusM: number): number {
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

/**
 * Squared distance from parcel p (its rings, in g.local) to the segment x1y1–x2y2. Pass
 * `mayCross` false only when the segment's box is more than 1 mm from the parcel's box: then no
 * edge can cross it (rounding in the crossing test is ~1e-13 m here) and the crossing tests are skipped.
 */
function parcelSegmentDistanceSq(g: CellGeometry, p: number, x1: number, y1: number, x2: number, y2: number, mayCross = true): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  let best = Infinity;
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    // Edge by edge, segmentSegmentDistanceSq's terms without computing each parcel vertex twice
    // (as the end of one edge and the start of the next): same candidate distances, same minimum.
    for (let i = start, j = end - 1; i < end; j = i++) {
      const ax = L[2 * j], ay = L[2 * j + 1], bx = L[2 * i], by = L[2 * i + 1];
      if (mayCross && segmentCrossingT(ax, ay, bx, by, x1, y1, x2, y2) >= 0) return 0;
      let d = pointSegmentDistanceSq(bx, by, x1, y1, x2, y2);
      let e = pointSegmentDistanceSq(x1, y1, ax, ay, bx, by);
      if (e < d) d = e;
      e = pointSegmentDistanceSq(x2, y2, ax, ay, bx, by);
      if (e < d) d = e;
      if (d < best) {
        best = d;
        if (d === 0) return 0;
        nearestEdge.j = j;
        nearestEdge.i = i;
      }
    }
  }
  return best;
}

/**
 * The parcel edge (vertex j → vertex i) where parcelSegmentDistanceSq / parcelPointDistanceSq found
 * their minimum (module scratch: no allocation per call). Unset when they return 0.
 */
const nearestEdge = { j: 0, i: 0 };

/** Squared distance from the point (x, y) to parcel p's boundary. */
function parcelPointDistanceSq(g: CellGeometry, p: number, x: number, y: number): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  let best = Infinity;
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    for (let i = start, j = end - 1; i < end; j = i++) {
      const d = pointSegmentDistanceSq(x, y, L[2 * j], L[2 * j + 1], L[2 * i], L[2 * i + 1]);
      if (d < best) {
        best = d;
        nearestEdge.j = j;
        nearestEdge.i = i;
      }
    }
  }
  return best;
}

function pointInParcel(g: CellGeometry, p: number, x: number, y: number): boolean {
  const { ringStarts, parcelRingStarts } = g.parcels;
  return pointInFlatRings(x, y, g.local, ringStarts, parcelRingStarts[p], parcelRingStarts[p + 1]);
}

function insideAnyPolygon(set: FeatureSet, lon: number, lat: number, except: number): boolean {
  if (!set.polygonIndex) return false;
  const ids = set.polygonIndex.search(lon, lat, lon, lat);
  for (const gi of ids) {
    if (gi === except) continue;
    if (pointInFlatRings(lon, lat, set.polygonCoords, set.ringStarts, set.polygonRingStarts[gi], set.polygonRingStarts[gi + 1])) return true;
  }
  return false;
}

function insidePolygon(set: FeatureSet, gi: number, lon: number, lat: number): boolean {
  return pointInFlatRings(lon, lat, set.polygonCoords, set.ringStarts, set.polygonRingStarts[gi], set.polygonRingStarts[gi + 1]);
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

/**
 * The parcel's area with the scale factors of its own latitude, not the cell's: up to ~3e-5 closer
 * to the ellipsoidal area (1 m² on a 4 ha parcel, which a planner comparing with the attribute table sees).
 */
function parcelAreaAtOwnLatitudeM2(g: CellGeometry, p: number): number {
  const b = g.parcels.bbox;
  const { lat0, ky, drift } = g.frame;
  const y = ((b[4 * p + 1] + b[4 * p + 3]) / 2 - lat0) * ky;
  return parcelAreaM2(g, p) * kxRatio(drift, y) * kyRatio(drift, y);
}

/** Area in the cell frame (overlap shares divide two areas in the same frame, so the scale cancels). */
function parcelAreaM2(g: CellGeometry, p: number): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  let twice = 0;
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    for (let i = start, j = end - 1; i < end; j = i++) twice += L[2 * j] * L[2 * i + 1] - L[2 * i] * L[2 * j + 1];
  }
  return Math.abs(twice) / 2;
}

// --- distance_to_nearest ---------------------------------------------------------------------

function measureDistances(g: CellGeometry, set: FeatureSet | null, out: Float64Array, hint: DistanceHint) {
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
        let d = x1 === x2 && y1 === y2 ? parcelPointDistanceSq(g, p, x1, y1) : parcelSegmentDistanceSq(g, p, x1, y1, x2, y2, boxGapSq < MIN_GAP_SQ);
        // A source line or point lying wholly inside the parcel: distance 0.
        if (d > 0 && s0 >= p0 && s2 <= p2 && s1 >= p1 && s3 <= p3 && pointInParcel(g, p, x1, y1)) d = 0;
        if (d < best) {
          best = d;
          bestDist = Math.sqrt(d);
          bestId = id;
          bx1s = x1; by1s = y1; bx2s = x2; by2s = y2;
          if (d === 0) break scan;
          edgeJ = nearestEdge.j;
          edgeI = nearestEdge.i;
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
interface DistanceHint {
  ids: Int32Array;
  count: number;
  cellIndex: number;
  cellRow: number;
}

function newHint(): DistanceHint {
  return { ids: new Int32Array(8), count: 0, cellIndex: -2, cellRow: -1 };
}

function addHint(h: DistanceHint, id: number) {
  for (let k = 0; k < h.count; k++) if (h.ids[k] === id) return;
  if (h.count < h.ids.length) h.ids[h.count++] = id;
}

/** Bbox test before the ring walk (the polygon index holds each polygon's bbox). */
function insidePolygonBox(set: FeatureSet, gi: number, lon: number, lat: number): boolean {
  const b = set.polygonBoxes;
  return lon >= b[4 * gi] && lon <= b[4 * gi + 2] && lat >= b[4 * gi + 1] && lat <= b[4 * gi + 3];
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

// --- count_within_radius ---------------------------------------------------------------------

function measureCounts(g: CellGeometry, set: FeatureSet | null, radiusM: number, out: Float64Array) {
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

// --- overlap_share and attribute -------------------------------------------------------------

/**
 * Area (m²) of parcel p ∩ the polygons of `set` (all of them: their union; or only polygon `only`),
 * by Green's theorem: the parcel's boundary pieces inside the polygons plus the polygons' boundary
 * pieces inside the parcel, each piece adding its shoelace term. Only the source edges that meet
 * the parcel's bbox take part, so the cost does not grow with the size of the flood polygons.
 * The candidate edges are the first `m` of g.scratch.
 */
function overlapAreaM2(g: CellGeometry, p: number, set: FeatureSet, m: number, only: number): number {
  const { ringStarts, parcelRingStarts } = g.parcels;
  const L = g.local;
  const s = g.scratch;
  const f = g.frame;
  const insideSources = (x: number, y: number) => {
    const lon = x / f.kx + f.lon0, lat = y / f.ky + f.lat0;
    return only >= 0 ? insidePolygon(set, only, lon, lat) : insideAnyPolygon(set, lon, lat, -1);
  };
  let twice = 0;
  const ts: number[] = [];
  // Parcel edges, split where source edges cross them.
  for (let r = parcelRingStarts[p]; r < parcelRingStarts[p + 1]; r++) {
    const start = ringStarts[r], end = ringStarts[r + 1];
    for (let i = start, j = end - 1; i < end; j = i++) {
      const ax = L[2 * j], ay = L[2 * j + 1], bx = L[2 * i], by = L[2 * i + 1];
      ts.length = 0;
      ts.push(0, 1);
      for (let c = 0; c < m; c++) {
        if (only >= 0 && set.segmentPolygon[s.id[c]] !== only) continue;
        const t = segmentCrossingT(ax, ay, bx, by, s.seg[4 * c], s.seg[4 * c + 1], s.seg[4 * c + 2], s.seg[4 * c + 3]);
        if (t >= 0) ts.push(t);
      }
      twice += insidePieces(ts, ax, ay, bx, by, insideSources);
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
    // For the union, a source edge counts only where no other source polygon covers it.
    twice += insidePieces(ts, ax, ay, bx, by, (x, y) => {
      if (!pointInParcel(g, p, x, y)) return false;
      if (only >= 0) return true;
      return !insideAnyPolygon(set, x / f.kx + f.lon0, y / f.ky + f.lat0, gi);
    });
  }
  return twice / 2;
}

function insidePieces(ts: number[], ax: number, ay: number, bx: number, by: number, inside: (x: number, y: number) => boolean): number {
  ts.sort((a, b) => a - b);
  let twice = 0;
  const dx = bx - ax, dy = by - ay;
  for (let k = 0; k + 1 < ts.length; k++) {
    const t0 = ts[k], t1 = ts[k + 1];
    if (t1 - t0 < 1e-12) continue;
    const tm = (t0 + t1) / 2;
    if (!inside(ax + dx * tm, ay + dy * tm)) continue;
    const x0 = ax + dx * t0, y0 = ay + dy * t0, x1 = ax + dx * t1, y1 = ay + dy * t1;
    twice += x0 * y1 - x1 * y0;
  }
  return twice;
}

/** Loads the cell's source edges meeting the cell box, then for one parcel keeps those meeting its box (first in scratch). */
function edgesMeetingParcel(g: CellGeometry, p: number, m: number): number {
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

function measureOverlapShares(g: CellGeometry, set: FeatureSet | null, out: Float64Array) {
  if (!set || set.polygonCount === 0) {
    for (const p of g.cellParcels) out[p] = 0;
    return;
  }
  const m = loadCandidates(g, set, 0);
  if (m === 0) {
    // No source boundary crosses the cell box: the whole box is on one side of every polygon.
    const inside = insideAnyPolygon(set, g.frame.lon0, g.frame.lat0, -1) ? 1 : 0;
    for (const p of g.cellParcels) out[p] = inside;
    return;
  }
  const { ringStarts, parcelRingStarts, coords } = g.parcels;
  // The polygons whose box meets the cell: every polygon whose box holds a point of the cell
  // (what insideAnyPolygon would search for per parcel).
  const polys = set.polygonIndex!.search(g.cellBox[0], g.cellBox[1], g.cellBox[2], g.cellBox[3]);
  for (const p of g.cellParcels) {
    const k = edgesMeetingParcel(g, p, m);
    if (k === 0) {
      const v = ringStarts[parcelRingStarts[p]];
      const lon = coords[2 * v], lat = coords[2 * v + 1];
      let inside = 0;
      for (const gi of polys) {
        if (insidePolygonBox(set, gi, lon, lat) && insidePolygon(set, gi, lon, lat)) {
          inside = 1;
          break;
        }
      }
      out[p] = inside;
      continue;
    }
    const area = parcelAreaM2(g, p);
    const share = area > 0 ? overlapAreaM2(g, p, set, k, -1) / area : 0;
    // Round-off where edges touch must not read as "overlaps" (a constraint may test share > 0).
    out[p] = share < 1e-9 ? 0 : share > 1 - 1e-9 ? 1 : share;
  }
}

/** `own`: the parcels' own attribute (by input number: `inputParcels[p]` for cell parcel p), when they have one. */
function measureAttributes(
  g: CellGeometry, set: FeatureSet | null, out: Float64Array, own: (string | null)[] | undefined, inputParcels: Uint32Array, categories: string[], index: Map<string, number>,
) {
  const codeIndex = (code: string | null) => {
    if (code === null) return NaN;
    let i = index.get(code);
    if (i === undefined) {
      i = categories.length;
      categories.push(code);
      index.set(code, i);
    }
    return i;
  };
  const m = set && set.polygonCount > 0 ? loadCandidates(g, set, 0) : 0;
  const { ringStarts, parcelRingStarts, coords } = g.parcels;
  for (const p of g.cellParcels) {
    const code = own ? own[inputParcels[p]] : null;
    if (code !== null && code !== undefined) {
      out[p] = codeIndex(code);
      continue;
    }
    if (!set || !set.polygonIndex) {
      out[p] = NaN;
      continue;
    }
    const b = g.parcels.bbox;
    const polys = set.polygonIndex.search(b[4 * p], b[4 * p + 1], b[4 * p + 2], b[4 * p + 3]);
    const k = m > 0 ? edgesMeetingParcel(g, p, m) : 0;
    const v = ringStarts[parcelRingStarts[p]];
    let bestArea = 0;
    let bestPoly = -1;
    for (const gi of polys) {
      let crossed = false;
      for (let c = 0; c < k && !crossed; c++) crossed = set.segmentPolygon[g.scratch.id[c]] === gi;
      let area: number;
      if (!crossed) area = insidePolygon(set, gi, coords[2 * v], coords[2 * v + 1]) ? Infinity : 0;
      else area = overlapAreaM2(g, p, set, k, gi);
      if (area > bestArea) {
        bestArea = area;
        bestPoly = gi;
      }
    }
    out[p] = bestPoly >= 0 ? codeIndex(set.polygonCodes[bestPoly]) : NaN;
  }
}
