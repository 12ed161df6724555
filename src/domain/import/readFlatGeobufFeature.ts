// One feature of a FlatGeobuf file as GeoJSON, read from its bytes when it is needed (a clicked parcel of a
// packed cadastre, an output pass): nothing per feature is kept in memory between reads.
import type { Feature, Geometry, Position } from 'geojson';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import { fieldAt, follow, readColumnValue, valueBytesAt, type ByteSource, type FlatGeobufInfo } from './readFlatGeobufHeader.ts';

/**
 * The feature's flatbuffer (without its 4-byte size prefix) at `offset` (a featureOffsets entry), as a copy; none
 * there (the file changed since it was read) is said naming `fileName`.
 */
export function readFlatGeobufFeatureBytes(source: ByteSource, offset: number, fileName = 'FlatGeobuf'): Uint8Array {
  const prefix = source.read(offset, 4);
  const missing = () => new UserError(msg('import.flatgeobuf-invalid', { file: fileName, problem: 'feature-missing', byteOffset: offset }));
  if (prefix.length < 4) throw missing();
  const size = new DataView(prefix.buffer, prefix.byteOffset, 4).getUint32(0, true);
  const read = source.read(offset + 4, size);
  if (read.length < size) throw missing();
  // A copy of its own (a Node Buffer's slice() would share the file's buffer, at another offset).
  const bytes = new Uint8Array(size);
  bytes.set(read);
  return bytes;
}

function positions(view: DataView, geometry: number): Position[] {
  const xyAt = fieldAt(view, geometry, 1);
  if (!xyAt) return [];
  const xy = follow(view, xyAt);
  const out: Position[] = [];
  for (let k = 0, n = view.getUint32(xy, true) >> 1; k < n; k++) out.push([view.getFloat64(xy + 4 + 16 * k, true), view.getFloat64(xy + 12 + 16 * k, true)]);
  return out;
}

/** Vertices cut at the `ends` of the geometry (rings of a polygon, lines of a multi-line); one part when absent. */
function partsByEnds(view: DataView, geometry: number): Position[][] {
  const all = positions(view, geometry);
  const endsAt = fieldAt(view, geometry, 0);
  if (!endsAt) return [all];
  const ends = follow(view, endsAt);
  const out: Position[][] = [];
  let from = 0;
  for (let r = 0, n = view.getUint32(ends, true); r < n; r++) {
    const to = view.getUint32(ends + 4 + 4 * r, true);
    out.push(all.slice(from, to));
    from = to;
  }
  return out;
}

function subGeometries(view: DataView, geometry: number): number[] {
  const partsAt = fieldAt(view, geometry, 7);
  if (!partsAt) return [];
  const parts = follow(view, partsAt);
  const out: number[] = [];
  for (let q = 0, n = view.getUint32(parts, true); q < n; q++) out.push(follow(view, parts + 4 + 4 * q));
  return out;
}

function geometryOf(view: DataView, geometry: number, headerType: number): Geometry | null {
  const typeAt = fieldAt(view, geometry, 6);
  const type = headerType !== GeometryType.Unknown ? headerType : typeAt ? view.getUint8(typeAt) : GeometryType.Unknown;
  switch (type) {
    case GeometryType.Point: return { type: 'Point', coordinates: positions(view, geometry)[0] ?? [] };
    case GeometryType.LineString: return { type: 'LineString', coordinates: positions(view, geometry) };
    case GeometryType.Polygon: return { type: 'Polygon', coordinates: partsByEnds(view, geometry) };
    case GeometryType.MultiPoint: return { type: 'MultiPoint', coordinates: positions(view, geometry) };
    case GeometryType.MultiLineString: return { type: 'MultiLineString', coordinates: partsByEnds(view, geometry) };
    case GeometryType.MultiPolygon: {
      const parts = subGeometries(view, geometry);
      return { type: 'MultiPolygon', coordinates: parts.length ? parts.map((g) => partsByEnds(view, g)) : [partsByEnds(view, geometry)] };
    }
    case GeometryType.GeometryCollection:
      return { type: 'GeometryCollection', geometries: subGeometries(view, geometry).map((g) => geometryOf(view, g, GeometryType.Unknown)).filter((g): g is Geometry => g !== null) };
    default: return null;
  }
}

/** The feature at `offset` as GeoJSON: its geometry and every column (numbers as numbers, Json parsed). */
export function readFlatGeobufFeature(source: ByteSource, info: FlatGeobufInfo, offset: number, fileName?: string): Feature {
  const bytes = readFlatGeobufFeatureBytes(source, offset, fileName);
  const view = new DataView(bytes.buffer);
  const feature = follow(view, 0);
  const geometryAt = fieldAt(view, feature, 0);
  const geometry = geometryAt ? geometryOf(view, follow(view, geometryAt), info.geometryType) : null;
  const properties: Record<string, unknown> = {};
  const propertiesAt = fieldAt(view, feature, 1);
  if (propertiesAt) {
    const vector = follow(view, propertiesAt);
    const end = vector + 4 + view.getUint32(vector, true);
    for (let at = vector + 4; at < end;) {
      const column = info.columns[view.getUint16(at, true)];
      at += 2;
      if (!column) break;
      properties[column.name] = readColumnValue(view, at, column.type);
      at += valueBytesAt(view, at, column.type);
    }
  }
  return { type: 'Feature', properties, geometry: geometry as Geometry };
}
