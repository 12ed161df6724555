// Buffers reused from cell to cell within one measuring run (no garbage per cell): the candidate
// source segments of loadCandidates and the candidate chunks of measureNearestDistanceM.

/** A cell's candidate chunks (local frame), sorted by key. */
export class ChunkScratch {
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
export class CellScratch {
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
