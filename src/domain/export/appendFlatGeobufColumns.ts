// FlatGeobuf output made from FlatGeobuf input without a GeoJSON object per feature: each output feature is the
// input feature's bytes, copied whole, behind a new small root table whose geometry points into the copy and whose
// properties are the input's (column numbers remapped when a column is replaced) followed by appended columns (the
// CLI's score, rank, excluded, excluded_by). FlatBuffers offsets are relative, so the copied geometry stays valid
// where it lands; the copy is placed at the same alignment it had (doubles stay 8-byte aligned for C++ readers
// such as GDAL). The input's own root table and properties stay in the copy unreferenced (a few dozen bytes a
// feature). Measured against the flatgeobuf package's builder in docs/performance/cadastre.md.
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { fieldAt, follow, valueBytesAt } from '../import/readFlatGeobufHeader.ts';

const utf8 = new TextEncoder();

/** Property entries of one feature (column number, value), encoded as FlatGeobuf stores them; reused between features. */
export class FlatGeobufProperties {
  private bytes = new Uint8Array(256);
  private view = new DataView(this.bytes.buffer);
  length = 0;

  reset(): void {
    this.length = 0;
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  /** A Double column's value (null: no entry, as FlatGeobuf writes a null). */
  double(column: number, value: number | null): void {
    if (value === null) return;
    this.room(10);
    this.view.setUint16(this.length, column, true);
    this.view.setFloat64(this.length + 2, value, true);
    this.length += 10;
  }

  /** An Int column's value, a whole number within int32 (null: no entry, as FlatGeobuf writes a null). */
  int(column: number, value: number | null): void {
    if (value === null) return;
    this.room(6);
    this.view.setUint16(this.length, column, true);
    this.view.setInt32(this.length + 2, value, true);
    this.length += 6;
  }

  /** A String (or Json) column's value (null: no entry). */
  string(column: number, value: string | null): void {
    if (value === null) return;
    this.room(6 + 3 * value.length);
    this.view.setUint16(this.length, column, true);
    const { written } = utf8.encodeInto(value, this.bytes.subarray(this.length + 6));
    this.view.setUint32(this.length + 2, written, true);
    this.length += 6 + written;
  }

  /** Raw entries copied as they are. */
  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  get encoded(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * How input columns map to output columns: `remap[c]` the output number of input column c, or -1 when the output
 * replaces it (an input column named like an appended one). `identity` when nothing moves (the bytes are copied whole).
 */
export interface ColumnRemap {
  remap: Int32Array;
  identity: boolean;
  /** The input columns' types (to step over values). */
  types: ColumnType[];
}

/** The remap for input columns `names` when `replaced` names are dropped (they come back as appended columns). */
export function columnRemap(columns: { name: string; type: ColumnType }[], replaced: ReadonlySet<string>): ColumnRemap {
  const remap = new Int32Array(columns.length);
  let next = 0;
  for (let c = 0; c < columns.length; c++) remap[c] = replaced.has(columns[c].name) ? -1 : next++;
  return { remap, identity: next === columns.length, types: columns.map((c) => c.type) };
}

/** Copies the input properties of a feature into `out`, remapped (entries of replaced columns left out). */
function copyProperties(view: DataView, bytes: Uint8Array, feature: number, columns: ColumnRemap, out: FlatGeobufProperties): void {
  const at = fieldAt(view, feature, 1);
  if (!at) return;
  const vector = follow(view, at);
  const length = view.getUint32(vector, true);
  const start = vector + 4;
  if (columns.identity) {
    out.raw(bytes.subarray(start, start + length));
    return;
  }
  for (let p = start, end = start + length; p < end;) {
    const column = view.getUint16(p, true);
    const type = columns.types[column];
    const size = 2 + valueBytesAt(view, p + 2, type);
    const to = columns.remap[column];
    if (to >= 0) {
      const entry = bytes.slice(p, p + size);
      new DataView(entry.buffer).setUint16(0, to, true);
      out.raw(entry);
    }
    p += size;
  }
}

/**
 * One output feature, size prefix included: `feature` is the input feature's flatbuffer (without its size
 * prefix), `properties` gets the input's properties (remapped) and then `append(properties)` adds the new columns.
 */
export function appendFlatGeobufColumns(feature: Uint8Array, columns: ColumnRemap, properties: FlatGeobufProperties, append: (p: FlatGeobufProperties) => void): Uint8Array {
  const view = new DataView(feature.buffer, feature.byteOffset, feature.byteLength);
  const root = follow(view, 0);
  const geometryAt = fieldAt(view, root, 0);
  const geometry = geometryAt ? follow(view, geometryAt) : -1;
  properties.reset();
  copyProperties(view, feature, root, columns, properties);
  append(properties);
  const props = properties.encoded;
  // Positions from the start of the size-prefixed output: 0 size, 4 root offset, 8 vtable (8 bytes), 16 table
  // (12 bytes), 28 properties vector, then the copy at ≡ 4 (mod 8), where it sat in the input (after its prefix).
  const propsEnd = 32 + props.length;
  const copyAt = propsEnd + ((4 - (propsEnd % 8) + 8) % 8);
  const out = new Uint8Array(copyAt + feature.length);
  const o = new DataView(out.buffer);
  o.setUint32(0, out.length - 4, true);
  o.setUint32(4, 16 - 4, true); // root: the table at 16
  o.setUint16(8, 8, true); // vtable size
  o.setUint16(10, 12, true); // table size
  o.setUint16(12, geometry >= 0 ? 4 : 0, true); // field 0 (geometry) at table + 4
  o.setUint16(14, 8, true); // field 1 (properties) at table + 8
  o.setInt32(16, 16 - 8, true); // table → vtable
  if (geometry >= 0) o.setUint32(20, copyAt + geometry - 20, true);
  o.setUint32(24, 28 - 24, true);
  o.setUint32(28, props.length, true);
  out.set(props, 32);
  out.set(feature, copyAt);
  return out;
}

/** The column types the CLI appends, by kind. */
export const APPENDED_TYPE = { number: ColumnType.Double, integer: ColumnType.Int, string: ColumnType.String, json: ColumnType.Json } as const;
