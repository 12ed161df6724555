// GeoParquet export (https://geoparquet.org, version 1.1.0): every property a column (typed from all its values,
// as exportFlatGeobuf plans them: numbers DOUBLE, booleans BOOLEAN, text STRING, objects and mixed values JSON or
// text), the geometry as ISO WKB in the column "geometry", and the "geo" file metadata naming it (WGS84: no crs
// member means OGC:CRS84, longitude/latitude), with its geometry types, its bbox and a bbox covering column
// (xmin, ymin, xmax, ymax per row, so readers can skip row groups by area). Written with hyparquet-writer (pure JS,
// snappy-compressed, row groups of 100,000). Features without geometry are kept (a null geometry).
import type { Feature, Geometry, Position } from 'geojson';
import { ByteWriter, geojsonToWkb, parquetWrite } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer/src/types.js';
import { columnKindOf, type ColumnKind } from './columnKindOf.ts';


const ROW_GROUP = 100000;

/** The columns' names in first-seen order and their kind over all features. */
function planColumns(features: Iterable<Feature>): Map<string, ColumnKind> {
  const kinds = new Map<string, ColumnKind>();
  for (const f of features) {
    for (const key in f.properties ?? {}) {
      const kind = columnKindOf(f.properties![key]);
      const was = kinds.get(key);
      if (was === undefined || was === 'empty') kinds.set(key, kind);
      else if (kind !== 'empty' && kind !== was) kinds.set(key, kind === 'json' || was === 'json' ? 'json' : 'string');
    }
  }
  return kinds;
}

function columnValue(kind: ColumnKind, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (kind === 'json') return JSON.stringify(v);
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

/**
 * The features as a GeoParquet file. `features` may be a function giving them afresh: then they are gone over twice
 * (the columns' kinds first, then the values) and never all held at once — only the columns are (the CLI writes a
 * million scored parcels this way).
 */
export function exportGeoParquet(features: readonly Feature[] | (() => Iterable<Feature>)): Uint8Array {
  const pass = typeof features === 'function' ? features : () => features;
  const kinds = planColumns(pass());
  const names = [...kinds.keys()];
  const values: unknown[][] = names.map(() => []);
  const wkb: (Uint8Array | null)[] = [];
  const bbox: ({ xmin: number; ymin: number; xmax: number; ymax: number } | null)[] = [];
  const all = [Infinity, Infinity, -Infinity, -Infinity];
  const types = new Set<string>();
  for (const f of pass()) {
    for (let k = 0; k < names.length; k++) values[k].push(columnValue(kinds.get(names[k])!, f.properties?.[names[k]]));
    const g = f.geometry;
    if (!g) {
      wkb.push(null);
      bbox.push(null);
      continue;
    }
    wkb.push(geojsonToWkb(g as Parameters<typeof geojsonToWkb>[0]));
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    extend(box, g);
    types.add(g.type);
    bbox.push(Number.isFinite(box[0]) ? { xmin: box[0], ymin: box[1], xmax: box[2], ymax: box[3] } : null);
    for (let k = 0; k < 2; k++) all[k] = Math.min(all[k], box[k]);
    for (let k = 2; k < 4; k++) all[k] = Math.max(all[k], box[k]);
  }
  const columnData: ColumnSource[] = names.map((name, k) => {
    const kind = kinds.get(name)!;
    const type = kind === 'number' ? 'DOUBLE' : kind === 'bool' ? 'BOOLEAN' : kind === 'json' ? 'JSON' : 'STRING';
    return { name, data: values[k], type } as ColumnSource;
  });
  columnData.push({ name: 'geometry', data: wkb, type: 'BYTE_ARRAY' } as ColumnSource);
  const schema = [
    { name: 'root', num_children: columnData.length + 1 },
    ...columnData.map((c) => {
      const t = (c as { type: string }).type;
      const base = { name: c.name, repetition_type: 'OPTIONAL' as const };
      if (t === 'DOUBLE') return { ...base, type: 'DOUBLE' as const };
      if (t === 'BOOLEAN') return { ...base, type: 'BOOLEAN' as const };
      if (t === 'BYTE_ARRAY') return { ...base, type: 'BYTE_ARRAY' as const };
      if (t === 'JSON') return { ...base, type: 'BYTE_ARRAY' as const, converted_type: 'JSON' as const };
      return { ...base, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const };
    }),
    // The covering: a struct of four doubles per row (GeoParquet 1.1 "covering.bbox").
    { name: 'bbox', repetition_type: 'OPTIONAL' as const, num_children: 4 },
    ...['xmin', 'ymin', 'xmax', 'ymax'].map((name) => ({ name, type: 'DOUBLE' as const, repetition_type: 'REQUIRED' as const })),
  ];
  columnData.push({ name: 'bbox', data: bbox } as ColumnSource);
  // The schema is explicit (for the bbox struct): the columns then carry no type of their own.
  for (const c of columnData) delete (c as { type?: string }).type;
  const geo = {
    version: '1.1.0',
    primary_column: 'geometry',
    columns: {
      geometry: {
        encoding: 'WKB',
        geometry_types: [...types].sort(),
        ...(Number.isFinite(all[0]) ? { bbox: all } : {}),
        covering: { bbox: { xmin: ['bbox', 'xmin'], ymin: ['bbox', 'ymin'], xmax: ['bbox', 'xmax'], ymax: ['bbox', 'ymax'] } },
      },
    },
  };
  const writer = new ByteWriter();
  parquetWrite({
    writer,
    columnData,
    schema: schema as Parameters<typeof parquetWrite>[0]['schema'],
    rowGroupSize: ROW_GROUP,
    kvMetadata: [{ key: 'geo', value: JSON.stringify(geo) }],
    createdBy: 'NOXH Atlas (hyparquet-writer)',
  });
  return new Uint8Array(writer.getBuffer());
}
