// Gathering one grid cell's parcels out of the input, and into the cell's metric frame.
import type { PackedParcels } from '../packParcels.ts';
import type { Frame } from './cellGeometry.ts';

/**
 * One cell's parcels gathered from the input into small reused buffers (same layout as
 * PackedParcels, parcels numbered 0 … count−1 in the cell): lon/lat and, after `toFrame`, the cell
 * frame's metres. Read once per cell from wherever the input holds them; every measure then reads
 * them from cache.
 */
export class CellParcels implements PackedParcels {
  count = 0;
  coords = new Float64Array(512);
  local = new Float64Array(512);
  ringStarts = new Uint32Array(65);
  parcelRingStarts = new Uint32Array(65);
  bbox = new Float64Array(256);
  /** The input's attributes are read by input number (see measureAttributeCode). */
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
