// GeoParquet export (https://geoparquet.org, version 1.1.0): every property a column (typed from all its values,
// as exportFlatGeobuf plans them: numbers DOUBLE, booleans BOOLEAN, text STRING, objects and mixed values JSON or
// text), the geometry as ISO WKB in the column "geometry", and the "geo" file metadata naming it (WGS84: no crs
// member means OGC:CRS84, longitude/latitude), with its geometry types, its bbox and a bbox covering column
// (xmin, ymin, xmax, ymax per row, so readers can skip row groups by area). Written with hyparquet-writer (pure JS,
// snappy-compressed, row groups of 100,000 written as they fill: only one row group's columns are held). Features
// without geometry are kept (a null geometry).
import type { Feature, Geometry, Position } from 'geojson';
import { ByteWriter, geojsonToWkb, ParquetWriter } from 'hyparquet-writer';
import type { ColumnSource, Writer } from 'hyparquet-writer/src/types.js';
import { addColumnKinds, type ColumnKind } from './columnKindOf.ts';


const ROW_GROUP = 100000;

/** The columns' names in first-seen order and their kind over all features. */
export function planGeoParquetColumns(features: Iterable<Feature>): Map<string, ColumnKind> {
  const kinds = new Map<string, ColumnKind>();
  for (const f of features) addColumnKinds(kinds, f.properties);
  return kinds;
}

/**
 * A property value as the column of `kind` stores it: the value itself in a JSON column (hyparquet-writer encodes it
 * as JSON text: giving it text already encoded it twice, and GeoPandas/pyarrow then read a JSON string, not the
 * object), text for a mixed text column.
 */
export function geoParquetValue(kind: ColumnKind, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (kind === 'json') return v;
  if (kind === 'string' || kind === 'empty') return typeof v === 'string' ? v : JSON.stringify(v);
  return v;
}

/** Grows `box` (minX, minY, maxX, maxY) by every position of the geometry. */
function extend(box: number[], g: Geometry) {
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const p = c as Position;
      if (p[0] < box[0]) box[0] = p[0];
      if (p[1] < box[1]) box[1] = p[1];
      if (p[0] > box[2]) box[2] = p[0];
      if (p[1] > box[3]) box[3] = p[1];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => extend(box, x));
  else visit(g.coordinates);
}

/** WKB values carved out of 4 MB buffers (one ArrayBuffer per geometry made most of the write's garbage collection). */
class WkbPool {
  private chunk = new Uint8Array(0);
  private view = new DataView(this.chunk.buffer);
  private at = 0;
  /** Room for `size` bytes: the offset to write at in `this.bytes` / `this.data`. */
  take(size: number): number {
    if (this.at + size > this.chunk.length) {
      this.chunk = new Uint8Array(Math.max(size, 1 << 22));
      this.view = new DataView(this.chunk.buffer);
      this.at = 0;
    }
    const at = this.at;
    this.at += size;
    return at;
  }
  get bytes(): Uint8Array {
    return this.chunk;
  }
  get data(): DataView {
    return this.view;
  }
}

function writeWkbHeader(view: DataView, at: number, type: number, n: number): number {
  view.setUint8(at, 1);
  view.setUint32(at + 1, type, true);
  view.setUint32(at + 5, n, true);
  return at + 9;
}

/**
 * The ISO WKB of a 2D polygon or multipolygon at its exact size, out of `pool`, with its box (minX, minY, maxX,
 * maxY) in `box`; null for anything else (then hyparquet-writer's encoder).
 */
function polygonWkb(g: Geometry, pool: WkbPool, box: number[]): Uint8Array | null {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
  if (!polygons) return null;
  let size = g.type === 'Polygon' ? 0 : 9;
  for (const polygon of polygons) {
    size += 9;
    for (const ring of polygon) {
      size += 4 + 16 * ring.length;
      for (const p of ring) if (p.length !== 2) return null;
    }
  }
  const start = pool.take(size);
  const view = pool.data;
  let at = start;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  if (g.type === 'MultiPolygon') at = writeWkbHeader(view, at, 6, polygons.length);
  for (const polygon of polygons) {
    at = writeWkbHeader(view, at, 3, polygon.length);
    for (const ring of polygon) {
      view.setUint32(at, ring.length, true);
      at += 4;
      for (const p of ring) {
        const x = p[0], y = p[1];
        view.setFloat64(at, x, true);
        view.setFloat64(at + 8, y, true);
        at += 16;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
    }
  }
  box[0] = minX; box[1] = minY; box[2] = maxX; box[3] = maxY;
  return pool.bytes.subarray(start, start + size);
}

/** A geometry as ISO WKB (tests; the writer below uses its pool). */
export function geometryToWkb(g: Geometry): Uint8Array {
  return polygonWkb(g, new WkbPool(), [0, 0, 0, 0])?.slice() ?? geojsonToWkb(g as Parameters<typeof geojsonToWkb>[0]).slice();
}

/** A row's box in the bbox covering column (null without geometry). */
export type GeoParquetBox = { xmin: number; ymin: number; xmax: number; ymax: number } | null;

/** Features written one at a time into row groups; `finish` writes the last group and the footer. */
export interface GeoParquetFeatureWriter {
  add(f: Feature): void;
  /**
   * Rows given as columns (a GeoParquet input copied column by column, no GeoJSON object): `values` per planned
   * column already as stored (geoParquetValue), the WKB as it is, each row's box; `types` the GeoJSON geometry types.
   */
  addColumns(values: unknown[][], wkb: (Uint8Array | null)[], bbox: GeoParquetBox[], types: Iterable<string>): void;
  finish(): void;
}

/**
 * A GeoParquet writer over hyparquet-writer's `Writer` (in memory: ByteWriter; the CLI: one that flushes to the
 * file), for features whose property columns are `kinds` (planned beforehand: planGeoParquetColumns, or known).
 */
export function createGeoParquetWriter(writer: Writer, kinds: ReadonlyMap<string, ColumnKind>): GeoParquetFeatureWriter {
  const names = [...kinds.keys()];
  const kindList = names.map((name) => kinds.get(name)!);
  const types = names.map((name) => {
    const kind = kinds.get(name)!;
    return kind === 'number' ? 'DOUBLE' : kind === 'integer' ? 'INT32' : kind === 'bool' ? 'BOOLEAN' : kind === 'json' ? 'JSON' : 'STRING';
  });
  const schema = [
    { name: 'root', num_children: names.length + 2 },
    ...names.map((name, k) => {
      const t = types[k];
      const base = { name, repetition_type: 'OPTIONAL' as const };
      if (t === 'DOUBLE') return { ...base, type: 'DOUBLE' as const };
      if (t === 'INT32') return { ...base, type: 'INT32' as const };
      if (t === 'BOOLEAN') return { ...base, type: 'BOOLEAN' as const };
      if (t === 'JSON') return { ...base, type: 'BYTE_ARRAY' as const, converted_type: 'JSON' as const };
      return { ...base, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const };
    }),
    { name: 'geometry', repetition_type: 'OPTIONAL' as const, type: 'BYTE_ARRAY' as const },
    // The covering: a struct of four doubles per row (GeoParquet 1.1 "covering.bbox").
    { name: 'bbox', repetition_type: 'OPTIONAL' as const, num_children: 4 },
    ...['xmin', 'ymin', 'xmax', 'ymax'].map((name) => ({ name, type: 'DOUBLE' as const, repetition_type: 'REQUIRED' as const })),
  ];
  const pq = new ParquetWriter({ writer, schema: schema as ConstructorParameters<typeof ParquetWriter>[0]['schema'], createdBy: 'NOXH Atlas (hyparquet-writer)' });
  const all = [Infinity, Infinity, -Infinity, -Infinity];
  const geometryTypes = new Set<string>();
  const pool = new WkbPool();
  let values: unknown[][] = [];
  let wkb: (Uint8Array | null)[] = [];
  let bbox: ({ xmin: number; ymin: number; xmax: number; ymax: number } | null)[] = [];
  const startGroup = () => {
    values = names.map(() => []);
    wkb = [];
    bbox = [];
  };
  const writeGroup = () => {
    if (wkb.length === 0) return;
    // The schema is explicit (for the bbox struct): the columns carry no type of their own.
    const columnData: ColumnSource[] = names.map((name, k) => ({ name, data: values[k] }) as ColumnSource);
    // No min/max statistics of the WKB bytes (no reader can use them: GeoParquet readers filter on the bbox covering,
    // whose statistics are kept); they cost ~0.4 s a million rows.
    columnData.push({ name: 'geometry', data: wkb, statistics: false } as ColumnSource, { name: 'bbox', data: bbox } as ColumnSource);
    pq.write({ columnData, rowGroupSize: ROW_GROUP });
    startGroup();
  };
  startGroup();
  return {
    add(f) {
      for (let k = 0; k < names.length; k++) values[k].push(geoParquetValue(kindList[k], f.properties?.[names[k]]));
      const g = f.geometry;
      if (!g) {
        wkb.push(null);
        bbox.push(null);
      } else {
        const box = [Infinity, Infinity, -Infinity, -Infinity];
        let bytes = polygonWkb(g, pool, box);
        if (!bytes) {
          bytes = geojsonToWkb(g as Parameters<typeof geojsonToWkb>[0]).slice();
          extend(box, g);
        }
        wkb.push(bytes);
        geometryTypes.add(g.type);
        bbox.push(Number.isFinite(box[0]) ? { xmin: box[0], ymin: box[1], xmax: box[2], ymax: box[3] } : null);
        if (box[0] < all[0]) all[0] = box[0];
        if (box[1] < all[1]) all[1] = box[1];
        if (box[2] > all[2]) all[2] = box[2];
        if (box[3] > all[3]) all[3] = box[3];
      }
      if (wkb.length === ROW_GROUP) writeGroup();
    },
    addColumns(columns, geometries, boxes, types) {
      writeGroup();
      for (const t of types) geometryTypes.add(t);
      for (const b of boxes) {
        if (!b) continue;
        if (b.xmin < all[0]) all[0] = b.xmin;
        if (b.ymin < all[1]) all[1] = b.ymin;
        if (b.xmax > all[2]) all[2] = b.xmax;
        if (b.ymax > all[3]) all[3] = b.ymax;
      }
      values = columns;
      wkb = geometries;
      bbox = boxes;
      writeGroup();
    },
    finish() {
      writeGroup();
      const geo = {
        version: '1.1.0',
        primary_column: 'geometry',
        columns: {
          geometry: {
            encoding: 'WKB',
            geometry_types: [...geometryTypes].sort(),
            ...(Number.isFinite(all[0]) ? { bbox: all } : {}),
            covering: { bbox: { xmin: ['bbox', 'xmin'], ymin: ['bbox', 'ymin'], xmax: ['bbox', 'xmax'], ymax: ['bbox', 'ymax'] } },
          },
        },
      };
      // The "geo" metadata is written with the footer, once the types and the bbox of every row are known.
      pq.kvMetadata = [{ key: 'geo', value: JSON.stringify(geo) }];
      pq.finish();
    },
  };
}

/**
 * The features as a GeoParquet file. `features` may be a function giving them afresh: then they are gone over twice
 * (the columns' kinds first, then the values) and never all held at once — only a row group's columns are.
 */
export function exportGeoParquet(features: readonly Feature[] | (() => Iterable<Feature>)): Uint8Array {
  const pass = typeof features === 'function' ? features : () => features;
  const writer = new ByteWriter();
  const out = createGeoParquetWriter(writer, planGeoParquetColumns(pass()));
  for (const f of pass()) out.add(f);
  out.finish();
  return new Uint8Array(writer.getBuffer());
}
