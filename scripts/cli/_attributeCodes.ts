// Parcel attributes for the measuring threads: one code number per parcel into a table of the
// distinct values, in a SharedArrayBuffer, instead of a structured clone of an array of strings.

/** A parcel attribute as code numbers (-1 = none) into a table: cheap to send, unlike an array of 1M strings. */
export interface EncodedAttribute {
  codes: Int32Array;
  table: string[];
}

export function encodeAttribute(values: (string | null)[]): EncodedAttribute {
  const codes = new Int32Array(new SharedArrayBuffer(4 * values.length));
  const table: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) {
      codes[i] = -1;
      continue;
    }
    let c = index.get(v);
    if (c === undefined) index.set(v, (c = table.push(v) - 1));
    codes[i] = c;
  }
  return { codes, table };
}

/** The worker side: back to one string (or null) per parcel. */
export function decodeAttribute({ codes, table }: EncodedAttribute): (string | null)[] {
  const values = new Array<string | null>(codes.length);
  for (let i = 0; i < codes.length; i++) values[i] = codes[i] < 0 ? null : table[codes[i]];
  return values;
}
