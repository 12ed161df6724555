// FlatGeobuf (https://flatgeobuf.org) read from its bytes without building objects: the header here, the
// features in packFlatGeobuf.ts / readFlatGeobufFeature.ts. The format is flatbuffers tables; the few fields
// a cadastre needs are read with a DataView (the `flatgeobuf` package builds a JS object per feature and
// per field, which is what a million-parcel file cannot afford). Field numbers follow its schema
// (header.fbs / feature.fbs, FlatGeobuf 3.x).
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { calcTreeSize } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import type { FlatGeobufProblem } from './importNote.ts';

/** Random access to a file's bytes: the CLI reads with fs.readSync, a worker with FileReaderSync over Blob.slice. */
export interface ByteSource {
  byteLength: number;
  /** The bytes offset … offset + length (fewer at the end of the file); may be a view the caller must not keep. */
  read(offset: number, length: number): Uint8Array;
}

/** A ByteSource over bytes already in memory (views, no copies). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { byteLength: bytes.byteLength, read: (offset, length) => bytes.subarray(offset, Math.min(bytes.byteLength, offset + length)) };
}

export interface FlatGeobufColumn {
  name: string;
  type: ColumnType;
}

export interface FlatGeobufInfo {
  /** Features the header announces (0 = not said: read to the end of the file). */
  featureCount: number;
  columns: FlatGeobufColumn[];
  /** EPSG code of the coordinates, 0 when the header names none. */
  crsCode: number;
  /** flatgeobuf's GeometryType of every feature (Unknown = each feature says its own). */
  geometryType: number;
  /** Byte offset of the first feature's size prefix (after the header and the spatial index). */
  firstFeatureOffset: number;
}

// flatbuffers primitives over a DataView: a table's field position (0 when absent), an offset followed.
export function fieldAt(view: DataView, table: number, field: number): number {
  const vtable = table - view.getInt32(table, true);
  const slot = 4 + 2 * field;
  if (slot >= view.getUint16(vtable, true)) return 0;
  const offset = view.getUint16(vtable + slot, true);
  return offset === 0 ? 0 : table + offset;
}

export function follow(view: DataView, position: number): number {
  return position + view.getUint32(position, true);
}

const utf8 = new TextDecoder();

function stringAt(view: DataView, position: number): string {
  const start = follow(view, position);
  return utf8.decode(new Uint8Array(view.buffer, view.byteOffset + start + 4, view.getUint32(start, true)));
}

/** The file's header; a UserError naming the file and what is wrong when it is not FlatGeobuf. */
export function readFlatGeobufHeader(source: ByteSource, fileName: string): FlatGeobufInfo {
  const bad = (problem: FlatGeobufProblem) => new UserError(msg('import.flatgeobuf-invalid', { file: fileName, ...problem }));
  const start = source.read(0, 12);
  if (start.length < 12 || start[0] !== 0x66 || start[1] !== 0x67 || start[2] !== 0x62 || start[4] !== 0x66 || start[5] !== 0x67 || start[6] !== 0x62) {
    throw bad({ problem: 'not-flatgeobuf' });
  }
  if (start[3] !== 3) throw bad({ problem: 'version', version: start[3] });
  const headerSize = new DataView(start.buffer, start.byteOffset, 12).getUint32(8, true);
  if (12 + headerSize > source.byteLength) throw bad({ problem: 'header-cut' });
  // A copy of its own (a Node Buffer's slice() would share the file's buffer, at another offset).
  const bytes = new Uint8Array(headerSize);
  bytes.set(source.read(12, headerSize));
  const view = new DataView(bytes.buffer);
  try {
    const header = follow(view, 0);
    const geometryTypeAt = fieldAt(view, header, 2);
    const countAt = fieldAt(view, header, 8);
    const nodeSizeAt = fieldAt(view, header, 9);
    const crsAt = fieldAt(view, header, 10);
    const columnsAt = fieldAt(view, header, 7);
    const columns: FlatGeobufColumn[] = [];
    if (columnsAt) {
      const vector = follow(view, columnsAt);
      for (let c = 0, n = view.getUint32(vector, true); c < n; c++) {
        const column = follow(view, vector + 4 + 4 * c);
        const nameAt = fieldAt(view, column, 0);
        const typeAt = fieldAt(view, column, 1);
        columns.push({ name: nameAt ? stringAt(view, nameAt) : `column_${c + 1}`, type: typeAt ? view.getUint8(typeAt) : ColumnType.Byte });
      }
    }
    let crsCode = 0;
    if (crsAt) {
      const crs = follow(view, crsAt);
      const codeAt = fieldAt(view, crs, 1);
      crsCode = codeAt ? view.getInt32(codeAt, true) : 0;
    }
    const featureCount = countAt ? Number(view.getBigUint64(countAt, true)) : 0;
    const nodeSize = nodeSizeAt ? view.getUint16(nodeSizeAt, true) : 16;
    const indexBytes = nodeSize > 0 && featureCount > 0 ? calcTreeSize(featureCount, nodeSize) : 0;
    return {
      featureCount,
      columns,
      crsCode,
      geometryType: geometryTypeAt ? view.getUint8(geometryTypeAt) : 0,
      firstFeatureOffset: 12 + headerSize + indexBytes,
    };
  } catch (error) {
    if (error instanceof RangeError) throw bad({ problem: 'header-damaged' });
    throw error;
  }
}

/** Bytes the value at `position` of a properties vector takes (after its column number): fixed by type, or length-prefixed. */
export function valueBytesAt(view: DataView, position: number, type: ColumnType): number {
  switch (type) {
    case ColumnType.Byte: case ColumnType.UByte: case ColumnType.Bool: return 1;
    case ColumnType.Short: case ColumnType.UShort: return 2;
    case ColumnType.Int: case ColumnType.UInt: case ColumnType.Float: return 4;
    case ColumnType.Long: case ColumnType.ULong: case ColumnType.Double: return 8;
    default: return 4 + view.getUint32(position, true); // text, JSON, binary
  }
}

/** One property value at `position` of a properties vector (numbers as numbers, text as text, Json parsed). */
export function readColumnValue(view: DataView, position: number, type: ColumnType): unknown {
  switch (type) {
    case ColumnType.Bool: return view.getUint8(position) !== 0;
    case ColumnType.Byte: return view.getInt8(position);
    case ColumnType.UByte: return view.getUint8(position);
    case ColumnType.Short: return view.getInt16(position, true);
    case ColumnType.UShort: return view.getUint16(position, true);
    case ColumnType.Int: return view.getInt32(position, true);
    case ColumnType.UInt: return view.getUint32(position, true);
    case ColumnType.Long: return Number(view.getBigInt64(position, true));
    case ColumnType.ULong: return Number(view.getBigUint64(position, true));
    case ColumnType.Float: return view.getFloat32(position, true);
    case ColumnType.Double: return view.getFloat64(position, true);
    default: {
      const length = view.getUint32(position, true);
      const bytes = new Uint8Array(view.buffer, view.byteOffset + position + 4, length);
      if (type === ColumnType.Binary) return bytes.slice();
      const text = utf8.decode(bytes);
      if (type !== ColumnType.Json) return text;
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    }
  }
}
