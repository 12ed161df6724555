// Packed parcels as they cross between threads: every array transferable (moved, not copied) and each attribute
// column as codes into its distinct values, since an array of 2M strings can only be cloned string by string (at
// 2M parcels that clone held the page's thread 190 ms when the cadastre arrived, and again when it went to the
// scoring worker). `toTransit` with `copy` makes the scoring worker's own copy where it is cheap: in the import
// worker, off the page's thread.
import type { PackedParcels } from './packParcels.ts';

export interface ParcelsInTransit extends Omit<PackedParcels, 'attributes'> {
  /** Per attribute: the code of each parcel's value, and the values (a land-use column has a dozen). */
  columns: Record<string, { codes: Uint32Array; values: (string | null)[] }>;
}

function encode(column: (string | null)[]): { codes: Uint32Array; values: (string | null)[] } {
  const codes = new Uint32Array(column.length);
  const index = new Map<string | null, number>();
  const values: (string | null)[] = [];
  for (let i = 0; i < column.length; i++) {
    const v = column[i] ?? null;
    let code = index.get(v);
    if (code === undefined) {
      code = values.length;
      index.set(v, code);
      values.push(v);
    }
    codes[i] = code;
  }
  return { codes, values };
}

/** The parcels ready to post; `copy`: new arrays (the parcels keep theirs), else the same ones (to be moved). */
export function toTransit(parcels: PackedParcels, copy = false): ParcelsInTransit {
  const own = <T extends Float64Array | Uint32Array>(a: T): T => (copy ? (a.slice() as T) : a);
  return {
    count: parcels.count,
    coords: own(parcels.coords),
    ringStarts: own(parcels.ringStarts),
    parcelRingStarts: own(parcels.parcelRingStarts),
    bbox: own(parcels.bbox),
    invalid: parcels.invalid,
    columns: Object.fromEntries(Object.entries(parcels.attributes).map(([key, column]) => [key, encode(column)])),
  };
}

/** The parcels again, on the receiving thread. */
export function fromTransit(t: ParcelsInTransit): PackedParcels {
  const attributes: PackedParcels['attributes'] = {};
  for (const [key, { codes, values }] of Object.entries(t.columns)) {
    const column = new Array<string | null>(codes.length);
    for (let i = 0; i < codes.length; i++) column[i] = values[codes[i]];
    attributes[key] = column;
  }
  return { count: t.count, coords: t.coords, ringStarts: t.ringStarts, parcelRingStarts: t.parcelRingStarts, bbox: t.bbox, invalid: t.invalid, attributes };
}

/** The buffers to transfer with it (shared ones, which need no transfer, are left out). */
export function transitBuffers(t: ParcelsInTransit): ArrayBuffer[] {
  const all = [t.coords.buffer, t.ringStarts.buffer, t.parcelRingStarts.buffer, t.bbox.buffer, ...Object.values(t.columns).map((c) => c.codes.buffer)];
  return [...new Set(all.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))];
}
