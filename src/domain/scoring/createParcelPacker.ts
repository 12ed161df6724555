// The one writer of PackedParcels: rings go in one at a time from any source (GeoJSON arrays, a FlatGeobuf
// feature's bytes), so the rules — closing vertex dropped, rings under 3 vertices skipped, outer rings
// counter-clockwise and holes clockwise, a parcel without a usable ring reported — live in one place.
import { msg } from '../../i18n/message.ts';
import type { PackedParcels, PackOptions } from './packParcels.ts';

export interface ParcelPacker {
  /** Starts parcel p (parcels are packed in order 0, 1, 2 …). */
  beginParcel(p: number): void;
  /** Adds one ring of the current parcel: `n` lon, lat pairs of `xy` from vertex `start` (closed or not). */
  addRing(xy: ArrayLike<number>, start: number, n: number, outer: boolean): void;
  /** Adds one ring given as GeoJSON positions (closed or not), read where they are: no flat copy first. Same rules. */
  addPositions(ring: ArrayLike<ArrayLike<number>>, outer: boolean): void;
  /** Ends the current parcel: an unusable one (no ring left, a non-finite coordinate) is reported with its index. */
  endParcel(): void;
  /** A kept attribute of parcel p ('' and missing are null). */
  setAttribute(key: string, p: number, value: string | null): void;
  /** The packed parcels (after the last endParcel). */
  finish(): PackedParcels;
}

export interface ParcelPackerSizes {
  /** Parcels, vertices and rings to allocate for at first (the arrays grow when more come). */
  parcels: number;
  vertices: number;
  rings: number;
}

/** A packer for parcels keeping `attributeKeys`; `sizes` are first allocations (exact sizes avoid any copy). */
export function createParcelPacker(attributeKeys: string[], sizes: ParcelPackerSizes, options: PackOptions = {}): ParcelPacker {
  const buffer = (bytes: number) => (options.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  function grow<T extends Float64Array | Uint32Array>(a: T, atLeast: number): T {
    const grown = new (a.constructor as new (b: ArrayBufferLike) => T)(buffer(a.BYTES_PER_ELEMENT * Math.max(2 * a.length, atLeast, 16)));
    grown.set(a);
    return grown;
  }
  // One large allocation each: every large ArrayBuffer allocation can make V8 run a full garbage collection
  // over whatever is on the heap (~0.6 s with a million GeoJSON features).
  let coords = new Float64Array(buffer(16 * Math.max(sizes.vertices, 1)));
  let ringStarts = new Uint32Array(buffer(4 * (Math.max(sizes.rings, 0) + 1)));
  let parcelRingStarts = new Uint32Array(buffer(4 * (Math.max(sizes.parcels, 0) + 1)));
  let bbox = new Float64Array(buffer(32 * Math.max(sizes.parcels, 1)));
  const attributes: Record<string, (string | null)[]> = {};
  for (const key of attributeKeys) attributes[key] = new Array<string | null>(sizes.parcels).fill(null);
  const invalid: PackedParcels['invalid'] = [];
  let coordCount = 0;
  let ringCount = 0;
  let parcel = -1;
  let count = 0;
  let firstCoord = 0;
  let rings = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;

  /** Room for n more vertices. */
  const reserve = (n: number) => {
    if (2 * (coordCount + n) > coords.length) coords = grow(coords, 2 * (coordCount + n));
  };
  const endRing = () => {
    if (ringCount + 2 > ringStarts.length) ringStarts = grow(ringStarts, ringCount + 2);
    ringStarts[++ringCount] = coordCount;
    rings++;
  };

  return {
    beginParcel(p) {
      parcel = p;
      if (p + 2 > parcelRingStarts.length) parcelRingStarts = grow(parcelRingStarts, p + 2);
      if (4 * p + 4 > bbox.length) bbox = grow(bbox, 4 * p + 4);
      parcelRingStarts[p] = ringCount;
      for (const key of attributeKeys) if (attributes[key].length <= p) attributes[key][p] = null;
      firstCoord = coordCount;
      rings = 0;
      minX = Infinity; minY = Infinity; maxX = -Infinity; maxY = -Infinity;
    },
    addRing(xy, start, n, outer) {
      const s = 2 * start;
      if (n > 1 && xy[s] === xy[s + 2 * (n - 1)] && xy[s + 1] === xy[s + 2 * (n - 1) + 1]) n--;
      if (n < 3) return;
      // Orientation matters for the overlap-area formula: outer rings counter-clockwise, holes clockwise.
      let signed = 0;
      for (let i = 0, j = n - 1; i < n; j = i++) signed += (xy[s + 2 * j] - xy[s + 2 * i]) * (xy[s + 2 * j + 1] + xy[s + 2 * i + 1]);
      const reverse = outer ? !(signed > 0) : signed > 0;
      reserve(n);
      for (let k = 0; k < n; k++) {
        const v = s + 2 * (reverse ? n - 1 - k : k);
        const x = Number(xy[v]);
        const y = Number(xy[v + 1]);
        coords[2 * coordCount] = x;
        coords[2 * coordCount + 1] = y;
        coordCount++;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
      endRing();
    },
    addPositions(ring, outer) {
      // The rules of addRing, on positions (Number(): the values addRing would get from a flat Float64Array copy).
      let n = ring.length;
      if (n > 1 && Number(ring[0][0]) === Number(ring[n - 1][0]) && Number(ring[0][1]) === Number(ring[n - 1][1])) n--;
      if (n < 3) return;
      let signed = 0;
      for (let i = 0, j = n - 1; i < n; j = i++) signed += (Number(ring[j][0]) - Number(ring[i][0])) * (Number(ring[j][1]) + Number(ring[i][1]));
      const reverse = outer ? !(signed > 0) : signed > 0;
      reserve(n);
      // The vertex loop written out as in addRing (a per-vertex helper call cost FlatGeobuf packing up to ~4 % CPU in an
      // A/B at load 10, within the noise, so neither loop calls one).
      for (let k = 0; k < n; k++) {
        const v = ring[reverse ? n - 1 - k : k];
        const x = Number(v[0]);
        const y = Number(v[1]);
        coords[2 * coordCount] = x;
        coords[2 * coordCount + 1] = y;
        coordCount++;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
      endRing();
    },
    endParcel() {
      const p = parcel;
      if (rings === 0 || !Number.isFinite(minX + minY + maxX + maxY)) {
        // Drop any partial rings of a parcel we cannot use, and say why.
        ringCount = parcelRingStarts[p];
        coordCount = firstCoord;
        invalid.push({ featureIndex: p, message: msg('scoring.parcel-invalid', { featureIndex: p }) });
        bbox.fill(NaN, 4 * p, 4 * p + 4);
      } else {
        bbox[4 * p] = minX;
        bbox[4 * p + 1] = minY;
        bbox[4 * p + 2] = maxX;
        bbox[4 * p + 3] = maxY;
      }
      count = p + 1;
    },
    setAttribute(key, p, value) {
      attributes[key][p] = value === '' ? null : value;
    },
    finish() {
      parcelRingStarts[count] = ringCount;
      // Trim slack (dropped parcels, grown arrays); shared arrays keep their buffer.
      const trim = <T extends Float64Array | Uint32Array>(a: T, length: number): T =>
        length < a.length ? ((options.shared ? a.subarray(0, length) : a.slice(0, length)) as T) : a;
      for (const key of attributeKeys) if (attributes[key].length > count) attributes[key].length = count;
      return {
        count,
        coords: trim(coords, 2 * coordCount),
        ringStarts: trim(ringStarts, ringCount + 1),
        parcelRingStarts: trim(parcelRingStarts, count + 1),
        bbox: trim(bbox, 4 * count),
        attributes,
        invalid,
      };
    },
  };
}
