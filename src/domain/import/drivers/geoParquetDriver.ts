// GeoParquet (.parquet, https://geoparquet.org 1.0/1.1): columns of a Parquet file, the geometry as WKB in the
// column the "geo" metadata names (or a column called geometry / geom without it). Read with `hyparquet` (pure JS,
// nothing to load in a worker), which decodes the WKB to GeoJSON. The coordinate system: the column's PROJJSON id
// (absent = OGC:CRS84, i.e. WGS84 longitude/latitude).
import type { Feature, Geometry } from 'geojson';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { wkbToGeojson } from 'hyparquet/src/wkb.js';
import { ImportError } from '../importError.ts';
import type { FieldInfo } from '../importTypes.ts';
import { baseName, stemOf, type ImportDriver } from './importDriver.ts';
import { vectorLayer } from './vectorLayer.ts';
import { UserError } from '../../model/userError.ts';
import { msg } from '../../../i18n/message.ts';

interface GeoColumnMeta {
  encoding?: string;
  crs?: { id?: { authority?: string; code?: string | number } } | null;
  covering?: { bbox?: Record<string, string[]> };
}

export interface GeoParquetContent {
  features: Feature[];
  fields: FieldInfo[];
  /** "EPSG:xxxx" when the file declares a system other than WGS84 longitude/latitude, else undefined. */
  crsName: string | undefined;
}

/** A property value as the app keeps it: numbers (INT64 as a number when exact, else text), text, booleans, JSON. */
function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return null;
  return v;
}

function fieldType(values: unknown): string {
  return typeof values === 'boolean' ? 'boolean' : typeof values === 'number' ? 'number' : typeof values === 'string' ? 'string' : 'object';
}

/** Reads a whole GeoParquet file. Errors the user can fix are UserErrors (no geometry column, not WKB). */
export async function readGeoParquet(bytes: Uint8Array, fileName: string): Promise<GeoParquetContent> {
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
  const metadata = parquetMetadata(buffer);
  const geoText = metadata.key_value_metadata?.find((kv) => kv.key === 'geo')?.value;
  const geo = geoText ? (JSON.parse(geoText) as { primary_column?: string; columns?: Record<string, GeoColumnMeta> }) : undefined;
  const names = topLevelNames(metadata.schema);
  const geomName = geo?.primary_column ?? names.find((n) => n === 'geometry' || n === 'geom');
  if (!geomName || !names.includes(geomName)) throw new UserError(msg('parquet.no-geometry-column', { file: fileName }));
  const meta = geo?.columns?.[geomName];
  if (meta?.encoding && meta.encoding.toUpperCase() !== 'WKB') throw new UserError(msg('parquet.geometry-encoding', { file: fileName, encoding: meta.encoding }));
  const id = meta?.crs?.id;
  const code = id ? `${id.authority ?? ''}:${id.code ?? ''}` : 'OGC:CRS84';
  const wgs84 = /^(OGC:CRS84|EPSG:4326)$/i.test(code);
  const crsName = wgs84 ? undefined : id?.authority?.toUpperCase() === 'EPSG' ? `EPSG:${id.code}` : undefined;
  if (!wgs84 && !crsName) throw new UserError(msg('parquet.not-wgs84', { file: fileName, crs: code }));
  // The bbox covering and the other geometry columns are not attributes.
  const skip = new Set([geomName, ...Object.keys(geo?.columns ?? {}), ...Object.values(meta?.covering?.bbox ?? {}).map((path) => path[0])]);
  const rows = await parquetReadObjects({ file: buffer, metadata, columns: names.filter((n) => !skip.has(n) || n === geomName), utf8: true });
  const features: Feature[] = new Array(rows.length);
  const kinds = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const properties: Record<string, unknown> = {};
    for (const key in row) {
      if (key === geomName) continue;
      const v = plainValue(row[key]);
      properties[key] = v ?? null;
      if (v !== null && v !== undefined && !kinds.has(key)) kinds.set(key, fieldType(v));
    }
    let g = row[geomName] as unknown;
    // Without "geo" metadata hyparquet leaves the WKB as bytes (or, read as UTF-8, as text: re-read below).
    if (g instanceof Uint8Array) g = wkbToGeojson({ view: new DataView(g.buffer, g.byteOffset, g.byteLength), offset: 0 });
    features[i] = { type: 'Feature', properties, geometry: (g ?? null) as Geometry } as Feature;
  }
  if (!meta && rows.length > 0 && typeof rows[0][geomName] === 'string') {
    const raw = await parquetReadObjects({ file: buffer, metadata, columns: [geomName], utf8: false });
    raw.forEach((r, i) => {
      const b = r[geomName] as Uint8Array | null;
      (features[i] as { geometry: Geometry | null }).geometry = b ? (wkbToGeojson({ view: new DataView(b.buffer, b.byteOffset, b.byteLength), offset: 0 }) as Geometry) : null;
    });
  }
  const fields: FieldInfo[] = names.filter((n) => !skip.has(n)).map((name) => ({ name, type: kinds.get(name) ?? 'string' }));
  return { features, fields, crsName };
}

/** The names of the schema's top-level columns (a group's children skipped). */
function topLevelNames(schema: { name: string; num_children?: number }[]): string[] {
  const names: string[] = [];
  const skipChildren = (i: number): number => {
    let next = i + 1;
    for (let c = 0; c < (schema[i].num_children ?? 0); c++) next = skipChildren(next);
    return next;
  };
  for (let i = 1; i < schema.length; i = skipChildren(i)) names.push(schema[i].name);
  return names;
}

export const geoParquetDriver: ImportDriver = {
  label: 'GeoParquet',
  detect: (_file, ext) => ext === 'parquet' || ext === 'geoparquet',
  layerName: (file) => baseName(stemOf(file.name)),
  async read(file, _group, ctx) {
    const name = baseName(stemOf(file.name));
    let content: GeoParquetContent;
    try {
      content = await readGeoParquet(file.bytes, file.name);
    } catch (error) {
      if (error instanceof UserError || (error as Error)?.name === 'AbortError') throw error;
      throw new ImportError('parquet-invalid', { file: file.name, reason: error instanceof Error ? error.message : String(error) });
    }
    await ctx.step(0.4);
    return vectorLayer(name, 'geoparquet', content.features, content.fields, content.crsName, ctx);
  },
};
