// GeoParquet (.parquet, https://geoparquet.org 1.0/1.1): columns of a Parquet file, the geometry as WKB in the
// column the "geo" metadata names (or a column called geometry / geom without it). Read with `hyparquet` (pure JS,
// nothing to load in a worker), which decodes the WKB to GeoJSON. Compression: hyparquet decodes snappy itself; ZSTD
// (GDAL's and QGIS's default), GZIP, BROTLI, LZ4 and LZ4_RAW through `hyparquet-compressors` (same author; JS, fzstd
// for zstd; no `node:` import; its one WASM piece, snappy, is compiled from base64 when the module loads, which a
// worker and the page both allow). LZO is the one codec still refused (diagnoseGeoParquet names it). The coordinate system: the column's PROJJSON id
// (absent = OGC:CRS84, i.e. WGS84 longitude/latitude).
import type { Feature, Geometry } from 'geojson';
import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type Compressors, type FileMetaData } from 'hyparquet';
import { wkbToGeojson } from 'hyparquet/src/wkb.js';
import { compressors as allCompressors } from 'hyparquet-compressors';
import { ImportError } from '../importError.ts';
import { diagnoseGeoParquet } from '../diagnoseGeoParquet.ts';
import { bytesSource } from '../readFlatGeobufHeader.ts';
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

/**
 * The decompressors given to hyparquet: every codec of `hyparquet-compressors` but SNAPPY, which stays hyparquet's own
 * pure-JS decoder (the path our own exports and the benches in docs/PERFORMANCE.md were measured on).
 */
export const parquetCompressors: Compressors = Object.fromEntries(Object.entries(allCompressors).filter(([codec]) => codec !== 'SNAPPY'));

/** A property value as the app keeps it: numbers (INT64 as a number when exact, else text), text, booleans, JSON. */
export function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return null;
  // Structs and lists (GeoPandas writes a dict column as a struct, its integers INT64): the same inside, so no BigInt
  // reaches a property (JSON.stringify throws on one).
  if (Array.isArray(v)) return v.map(plainValue);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
  return v;
}

function fieldType(values: unknown): string {
  return typeof values === 'boolean' ? 'boolean' : typeof values === 'number' ? 'number' : typeof values === 'string' ? 'string' : 'object';
}

/** A GeoParquet file's footer read and checked: where the geometry is, which columns are attributes, its system. */
export interface OpenGeoParquet {
  file: AsyncBuffer;
  /** The file's name, for messages. */
  fileName: string;
  /** Read with `geoparquet: false`: the geometry column stays WKB bytes (decoded by us, not by hyparquet). */
  metadata: FileMetaData;
  geomName: string;
  /** Attribute columns (not the geometry, other geometry columns or the bbox covering), in schema order. */
  attributeNames: string[];
  /** "EPSG:xxxx" when the file declares a system other than WGS84 longitude/latitude, else undefined. */
  crsName: string | undefined;
  /** Rows of each row group, in order. */
  rowGroupRows: number[];
}

/** Reads a GeoParquet file's footer. Errors the user can fix are UserErrors (no geometry column, not WKB, unknown system). */
export async function openGeoParquet(file: AsyncBuffer, fileName: string): Promise<OpenGeoParquet> {
  const metadata = await parquetMetadataAsync(file, { geoparquet: false });
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
  return { file, fileName, metadata, geomName, attributeNames: names.filter((n) => !skip.has(n)), crsName, rowGroupRows: metadata.row_groups.map((g) => Number(g.num_rows)) };
}

/**
 * Columns of rows rowStart … rowEnd (one row group at a time keeps memory bounded), each as an array indexed from
 * rowStart. `utf8`: BYTE_ARRAY columns without a text type read as text (attributes; some writers do not mark text)
 * or as bytes (the WKB).
 */
export async function readGeoParquetColumns(open: OpenGeoParquet, columns: string[], rowStart: number, rowEnd: number, utf8: boolean): Promise<Map<string, unknown[]>> {
  const out = new Map<string, unknown[]>(columns.map((c) => [c, new Array<unknown>(rowEnd - rowStart).fill(null)]));
  if (columns.length === 0 || rowEnd <= rowStart) return out;
  await parquetRead({
    file: open.file, metadata: open.metadata, columns, rowStart, rowEnd, utf8, compressors: parquetCompressors,
    onChunk: ({ columnName, columnData, rowStart: from }) => {
      const target = out.get(columnName);
      if (!target) return;
      for (let i = 0; i < columnData.length; i++) {
        const row = from + i - rowStart;
        if (row >= 0 && row < target.length) target[row] = columnData[i];
      }
    },
  });
  return out;
}

/** Decodes one WKB value to GeoJSON (null stays null). */
function wkbGeometry(b: unknown): Geometry | null {
  if (!(b instanceof Uint8Array)) return null;
  return wkbToGeojson({ view: new DataView(b.buffer, b.byteOffset, b.byteLength), offset: 0 }) as Geometry;
}

/** Rows rowStart … rowEnd read (every attribute column and the WKB); `features(from, to)` makes their GeoJSON features. */
export async function readGeoParquetRows(open: OpenGeoParquet, rowStart: number, rowEnd: number, kinds?: Map<string, string>): Promise<{ features(from: number, to: number): Feature[] }> {
  const names = open.attributeNames;
  const columns = await readGeoParquetColumns(open, names, rowStart, rowEnd, true);
  const values = names.map((n) => columns.get(n)!);
  const geometries = (await readGeoParquetColumns(open, [open.geomName], rowStart, rowEnd, false)).get(open.geomName)!;
  return {
    features(from, to) {
      const features: Feature[] = new Array(to - from);
      for (let i = from; i < to; i++) {
        const properties: Record<string, unknown> = {};
        for (let k = 0; k < names.length; k++) {
          const v = plainValue(values[k][i]);
          properties[names[k]] = v ?? null;
          if (kinds && v !== null && v !== undefined && !kinds.has(names[k])) kinds.set(names[k], fieldType(v));
        }
        features[i - from] = { type: 'Feature', properties, geometry: wkbGeometry(geometries[i]) } as Feature;
      }
      return features;
    },
  };
}

/** An in-memory file as hyparquet's AsyncBuffer. */
export function bytesAsyncBuffer(bytes: Uint8Array): AsyncBuffer {
  return { byteLength: bytes.byteLength, slice: (start, end) => bytes.slice(start, end).buffer as ArrayBuffer };
}

/** Reads a whole GeoParquet file. Errors the user can fix are UserErrors (no geometry column, not WKB). */
export async function readGeoParquet(bytes: Uint8Array, fileName: string): Promise<GeoParquetContent> {
  const open = await openGeoParquet(bytesAsyncBuffer(bytes), fileName);
  const kinds = new Map<string, string>();
  const rows = open.rowGroupRows.reduce((a, b) => a + b, 0);
  const features = (await readGeoParquetRows(open, 0, rows, kinds)).features(0, rows);
  const fields: FieldInfo[] = open.attributeNames.map((name) => ({ name, type: kinds.get(name) ?? 'string' }));
  return { features, fields, crsName: open.crsName };
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
      throw new ImportError('parquet-invalid', { file: file.name, ...diagnoseGeoParquet(bytesSource(file.bytes), error) });
    }
    await ctx.step(0.4);
    return vectorLayer(name, 'geoparquet', content.features, content.fields, content.crsName, ctx);
  },
};
