// Node only: reads JSON, GeoJSON and FlatGeobuf files for the CLI. GeoJSON is read from disk in chunks through the streaming
// splitter (src/domain/import/splitGeoJsonFeatures.ts): never one string, so a file larger than V8's longest
// string (~512 MB, about 2.3 M parcels) reads too, and the file's bytes are never all in memory at once.
// A file that cannot be read says why (not found, a folder, no permission, invalid JSON at line:column).
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readGeoParquet } from '../../src/domain/import/drivers/geoParquetDriver.ts';
import type { Feature } from 'geojson';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';
import { createGeoJsonSplitter } from '../../src/domain/import/splitGeoJsonFeatures.ts';
import { findOutsideDegreesInFeatures, type OutsideDegrees } from '../../src/domain/geo/findOutsideDegrees.ts';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { diagnoseFlatGeobuf } from '../../src/domain/import/diagnoseFlatGeobuf.ts';
import { diagnoseGeoParquet } from '../../src/domain/import/diagnoseGeoParquet.ts';
import { bytesSource } from '../../src/domain/import/readFlatGeobufHeader.ts';

const CHUNK_BYTES = 1 << 24;

/** The real cause of a failed open or read, as a UserError. */
export function fileError(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new UserError(msg('cli.file-not-found', { path }));
  if (code === 'EISDIR') return new UserError(msg('cli.file-is-folder', { path }));
  if (code === 'EACCES' || code === 'EPERM') return new UserError(msg('cli.file-no-permission', { path }));
  const why = error instanceof Error ? error.message : String(error);
  return new UserError(msg('cli.file-read-failed', { path, why }));
}

/** A folder given where a file is expected fails as EISDIR (readFileSync would say less on some systems). */
function refuseFolder(path: string): void {
  if (statSync(path).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
}

/** A file opened for reading (its descriptor), or a UserError with the real cause (not found, a folder, no permission). */
export function openForReading(path: string): number {
  try {
    refuseFolder(path);
    return openSync(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
}

/** A whole small file's bytes, or a UserError with the real cause. */
function readWholeFile(path: string): Buffer {
  try {
    refuseFolder(path);
    return readFileSync(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

/** The file's bytes in chunks of 16 MB or `chunkBytes` (a fresh buffer each: the caller may keep it); the file is closed at the end. */
export function* fileChunks(path: string, chunkBytes = CHUNK_BYTES): Generator<Uint8Array> {
  const fd = openForReading(path);
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunkBytes, null);
      } catch (error) {
        throw fileError(path, error);
      }
      if (n === 0) break;
      yield chunk.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** A small JSON file (a project, a scenario), parsed. */
export function readJsonFile(path: string): unknown {
  const text = readWholeFile(path).toString('utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UserError(msg('cli.json-invalid-why', { path, why }));
  }
}

function splitGeoJsonFile(path: string) {
  const splitter = createGeoJsonSplitter(path);
  const items: unknown[] = [];
  for (const bytes of fileChunks(path)) {
    const got = splitter.push(bytes);
    for (let k = 0; k < got.length; k++) items.push(got[k]);
  }
  return { items, ...splitter.end() };
}

/**
 * A legacy `crs` member naming anything but WGS84 longitude/latitude is refused: the CLI's commands measure in
 * degrees, and a VN-2000 file read as degrees would give wrong results without an error (`noxh import` converts it).
 */
export function refuseProjectedCrs(path: string, members: Record<string, unknown>): void {
  const name = (members.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof name === 'string' && !/(CRS84|EPSG:+4326)$/i.test(name.trim())) throw new UserError(msg('cli.geojson-not-wgs84', { path, crs: name }));
}

/** The features of a GeoJSON FeatureCollection file in WGS84, as written (items that are not features included). */
export function readFeatureCollectionFile(path: string): Feature[] {
  const split = splitGeoJsonFile(path);
  if (!split.hasFeatures || split.members.type !== 'FeatureCollection') {
    throw new UserError(msg('cli.not-feature-collection', { path, quoted: false }));
  }
  refuseProjectedCrs(path, split.members);
  const features = split.items as Feature[];
  refuseOutsideDegrees(path, findOutsideDegreesInFeatures(features));
  return features;
}

/** A file whose coordinates are not degrees (metres read as degrees), refused with the first such feature. */
export function refuseOutsideDegrees(path: string, found: OutsideDegrees | null): void {
  if (found) throw new UserError(msg('cli.coordinates-not-degrees', { path, ...found }));
}

/** The features of a FlatGeobuf file (WGS84: another system must go through `noxh import` first). */
export async function readFlatGeobufFile(path: string): Promise<Feature[]> {
  const bytes = new Uint8Array(readWholeFile(path));
  const features: Feature[] = [];
  let code = 0;
  try {
    for await (const f of deserialize(bytes, { headerMetaFn: (h) => (code = h.crs?.code ?? 0) })) features.push(f as Feature);
  } catch (error) {
    throw new UserError(msg('import.flatgeobuf-invalid', { file: path, ...diagnoseFlatGeobuf(bytesSource(bytes), path, error, features.length) }));
  }
  if (code !== 0 && code !== 4326) {
    throw new UserError(msg('cli.flatgeobuf-not-wgs84', { path, epsg: code }));
  }
  return features;
}

/** The features of a GeoParquet file (WGS84: another system must go through `noxh import` first). */
export async function readGeoParquetFile(path: string): Promise<Feature[]> {
  const bytes = new Uint8Array(readWholeFile(path));
  let content;
  try {
    content = await readGeoParquet(bytes, path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(msg('import.parquet-invalid', { file: path, ...diagnoseGeoParquet(bytesSource(bytes), error) }));
  }
  if (content.crsName) throw new UserError(msg('parquet.not-wgs84', { file: path, crs: content.crsName }));
  return content.features;
}

/** A layer file for the CLI by its extension: .fgb FlatGeobuf, .parquet GeoParquet, anything else a GeoJSON FeatureCollection. */
export async function readFeatureFile(path: string): Promise<Feature[]> {
  if (!/\.(parquet|fgb)$/i.test(path)) return Promise.resolve(readFeatureCollectionFile(path));
  const features = await (/\.parquet$/i.test(path) ? readGeoParquetFile(path) : readFlatGeobufFile(path));
  refuseOutsideDegrees(path, findOutsideDegreesInFeatures(features));
  return features;
}
