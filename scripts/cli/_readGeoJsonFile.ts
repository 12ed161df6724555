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
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';

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
  let fd: number;
  try {
    refuseFolder(path);
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
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

/** Calls `onChunk` with the file's bytes in chunks of 16 MB (a fresh buffer each: the callee may keep it). */
export function readFileInChunks(path: string, onChunk: (bytes: Uint8Array) => void): void {
  for (const chunk of fileChunks(path)) onChunk(chunk);
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
  readFileInChunks(path, (bytes) => {
    const got = splitter.push(bytes);
    for (let k = 0; k < got.length; k++) items.push(got[k]);
  });
  return { items, ...splitter.end() };
}

/** The features of a GeoJSON FeatureCollection file, as written (items that are not features included). */
export function readFeatureCollectionFile(path: string): Feature[] {
  const split = splitGeoJsonFile(path);
  if (!split.hasFeatures || split.members.type !== 'FeatureCollection') {
    throw new UserError(msg('cli.not-feature-collection', { path, quoted: false }));
  }
  return split.items as Feature[];
}

/** The features of a FlatGeobuf file (WGS84: another system must go through `noxh import` first). */
export async function readFlatGeobufFile(path: string): Promise<Feature[]> {
  const bytes = new Uint8Array(readWholeFile(path));
  const features: Feature[] = [];
  let code = 0;
  try {
    for await (const f of deserialize(bytes, { headerMetaFn: (h) => (code = h.crs?.code ?? 0) })) features.push(f as Feature);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UserError(msg('import.flatgeobuf-invalid', { file: path, reason: why }));
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
    throw new UserError(msg('import.parquet-invalid', { file: path, reason: error instanceof Error ? error.message : String(error) }));
  }
  if (content.crsName) throw new UserError(msg('parquet.not-wgs84', { file: path, crs: content.crsName }));
  return content.features;
}

/** A layer file for the CLI by its extension: .fgb FlatGeobuf, .parquet GeoParquet, anything else a GeoJSON FeatureCollection. */
export function readFeatureFile(path: string): Promise<Feature[]> {
  if (/\.parquet$/i.test(path)) return readGeoParquetFile(path);
  return /\.fgb$/i.test(path) ? readFlatGeobufFile(path) : Promise.resolve(readFeatureCollectionFile(path));
}
