// A fast .shp reader: one pass over the bytes into flat typed arrays (no per-vertex objects), so a
// 500,000-polygon file can be reprojected in place before any GeoJSON is built (see buildShpFeatures.ts).
import { ImportError } from './importError.ts';

export const SHP_NULL = 0;
export const SHP_POINT = 1;
export const SHP_POLYLINE = 3;
export const SHP_POLYGON = 5;
export const SHP_MULTIPOINT = 8;

/** Shape types, Z (+10) and M (+20) variants folded onto their 2-D kind. */
const BASE_KIND: Record<number, number> = {
  0: SHP_NULL, 1: SHP_POINT, 3: SHP_POLYLINE, 5: SHP_POLYGON, 8: SHP_MULTIPOINT,
  11: SHP_POINT, 13: SHP_POLYLINE, 15: SHP_POLYGON, 18: SHP_MULTIPOINT,
  21: SHP_POINT, 23: SHP_POLYLINE, 25: SHP_POLYGON, 28: SHP_MULTIPOINT,
};

export interface ShpTable {
  /** Declared shape type of the file (1, 3, 5, 8, 11, 13, …). */
  shapeType: number;
  hasZ: boolean;
  recordCount: number;
  /** Per record: its 2-D kind (SHP_* constants; SHP_NULL for null shapes). */
  kinds: Uint8Array;
  /** Per record: first part index into `partStarts`; record r owns parts [recordParts[r], recordParts[r+1]). */
  recordParts: Int32Array;
  /** Per part: first point index; part p owns points [partStarts[p], partStarts[p+1]). */
  partStarts: Int32Array;
  /** Interleaved x, y of every point, in file units (reprojected in place later). */
  xy: Float64Array;
  /** Z of every point when the file has Z values. */
  z?: Float64Array;
  /** Records whose part or point counts do not fit the record (huge, negative): read as null shapes. */
  damaged: number[];
  /** Index of the first record that was cut off by the end of the file, or -1. */
  truncatedAt: number;
  /** Records whose own shape type was not one this reader handles (index → type). */
  unsupported: Map<number, number>;
}

/** Whether `numParts` parts and `numPoints` points (with their Z block) fit in a record of `contentBytes` bytes. */
function fits(numParts: number, numPoints: number, header: number, zBlock: boolean, contentBytes: number): boolean {
  return numParts >= 0 && numPoints >= 0 && header + numParts * 4 + numPoints * 16 + (zBlock ? 16 + numPoints * 8 : 0) <= contentBytes;
}

/**
 * Reads a whole .shp. Throws a UserError when the file is not a Shapefile; a file cut short keeps every
 * complete record and reports `truncatedAt` (the caller notes it).
 */
export function readShp(bytes: Uint8Array): ShpTable {
  if (bytes.byteLength < 100) {
    throw new ImportError('shp-invalid', { problem: 'too-short' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== 9994) {
    throw new ImportError('shp-invalid', { problem: 'not-shapefile' });
  }
  const shapeType = view.getInt32(32, true);
  if (BASE_KIND[shapeType] === undefined) {
    throw new ImportError('shp-invalid', { problem: 'shape-type', shapeType });
  }
  const hasZ = shapeType >= 11 && shapeType <= 18;
  const end = bytes.byteLength;

  // First pass: count records, parts and points so the arrays are allocated once.
  let records = 0;
  let parts = 0;
  let points = 0;
  let offset = 100;
  let truncatedAt = -1;
  const damaged: number[] = [];
  while (offset + 8 <= end) {
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    if (contentBytes < 4 || start + contentBytes > end) {
      truncatedAt = records;
      break;
    }
    const type = view.getInt32(start, true);
    const kind = BASE_KIND[type];
    // Part and point counts must fit inside the record: a huge or negative count is a damaged record (rejected
    // with its number), never a RangeError that loses the whole file.
    const zBlock = type === 13 || type === 15 || type === 18;
    if (kind === SHP_POINT) {
      if (contentBytes < (type === 11 ? 28 : 20)) damaged.push(records);
      else {
        parts += 1;
        points += 1;
      }
    } else if (kind === SHP_MULTIPOINT) {
      const numPoints = contentBytes >= 40 ? view.getInt32(start + 36, true) : -1;
      if (!fits(0, numPoints, 40, zBlock, contentBytes)) damaged.push(records);
      else {
        parts += 1;
        points += numPoints;
      }
    } else if (kind === SHP_POLYLINE || kind === SHP_POLYGON) {
      const numParts = contentBytes >= 44 ? view.getInt32(start + 36, true) : -1;
      const numPoints = contentBytes >= 44 ? view.getInt32(start + 40, true) : -1;
      let ok = fits(numParts, numPoints, 44, zBlock, contentBytes);
      for (let i = 0; ok && i < numParts; i++) {
        const first = view.getInt32(start + 44 + i * 4, true);
        ok = first >= 0 && first <= numPoints;
      }
      if (!ok) damaged.push(records);
      else {
        parts += numParts;
        points += numPoints;
      }
    }
    records++;
    offset = start + contentBytes;
  }
  if (truncatedAt < 0 && offset < end && end - offset < 8 && end - offset > 0) truncatedAt = records;

  const kinds = new Uint8Array(records);
  const recordParts = new Int32Array(records + 1);
  const partStarts = new Int32Array(parts + 1);
  const xy = new Float64Array(points * 2);
  const z = hasZ ? new Float64Array(points) : undefined;
  const unsupported = new Map<number, number>();
  const damagedSet = new Set(damaged);
  let r = 0;
  let p = 0;
  let n = 0;
  offset = 100;
  for (; r < records; r++) {
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    offset = start + contentBytes;
    recordParts[r] = p;
    const type = view.getInt32(start, true);
    const kind = BASE_KIND[type];
    if (damagedSet.has(r)) {
      kinds[r] = SHP_NULL;
      continue;
    }
    if (kind === undefined) {
      unsupported.set(r, type);
      kinds[r] = SHP_NULL;
      continue;
    }
    kinds[r] = kind;
    if (kind === SHP_NULL) continue;
    if (kind === SHP_POINT) {
      partStarts[p++] = n;
      xy[n * 2] = view.getFloat64(start + 4, true);
      xy[n * 2 + 1] = view.getFloat64(start + 12, true);
      if (z) z[n] = type === 11 ? view.getFloat64(start + 20, true) : 0;
      n++;
      continue;
    }
    let numParts: number;
    let numPoints: number;
    let pointsAt: number;
    if (kind === SHP_MULTIPOINT) {
      numParts = 1;
      numPoints = view.getInt32(start + 36, true);
      pointsAt = start + 40;
      partStarts[p++] = n;
    } else {
      numParts = view.getInt32(start + 36, true);
      numPoints = view.getInt32(start + 40, true);
      for (let i = 0; i < numParts; i++) partStarts[p++] = n + view.getInt32(start + 44 + i * 4, true);
      pointsAt = start + 44 + numParts * 4;
    }
    for (let i = 0; i < numPoints; i++) {
      const at = pointsAt + i * 16;
      xy[(n + i) * 2] = view.getFloat64(at, true);
      xy[(n + i) * 2 + 1] = view.getFloat64(at + 8, true);
    }
    if (z && (type === 13 || type === 15 || type === 18)) {
      // Z block: zmin, zmax, then one double a point.
      const zAt = pointsAt + numPoints * 16 + 16;
      for (let i = 0; i < numPoints; i++) z[n + i] = view.getFloat64(zAt + i * 8, true);
    }
    n += numPoints;
  }
  recordParts[records] = p;
  partStarts[p] = n;
  return { shapeType, hasZ, recordCount: records, kinds, recordParts, partStarts, xy, z, truncatedAt, unsupported, damaged };
}
