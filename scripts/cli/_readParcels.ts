// Node only: the CLI's candidate parcels read straight into typed arrays (PackedParcels), never all as GeoJSON
// objects: FlatGeobuf through createFlatGeobufPacker over fs.readSync, GeoParquet row group by row group from its
// WKB column (packGeoParquet), GeoJSON packed a 16 MB chunk of features at a time. Only the attribute columns the
// scenario reads are kept. What the output needs later — the input's columns, geometry types, features without
// geometry — is gathered on the way, and `batches()` reads the input again, in order, for the output pass.
import { closeSync, fstatSync, readSync } from 'node:fs';
import type { Feature } from 'geojson';
import type { AsyncBuffer } from 'hyparquet';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';
import { createFlatGeobufPacker, type ByteSource, type FlatGeobufInfo } from '../../src/domain/import/packFlatGeobuf.ts';
import { readFlatGeobufFeature } from '../../src/domain/import/readFlatGeobufFeature.ts';
import { diagnoseGeoParquet } from '../../src/domain/import/diagnoseGeoParquet.ts';
import { openGeoParquet, readGeoParquetRows, type OpenGeoParquet } from '../../src/domain/import/drivers/geoParquetDriver.ts';
import { packGeoParquet } from '../../src/domain/import/packGeoParquet.ts';
import { createGeoJsonSplitter } from '../../src/domain/import/splitGeoJsonFeatures.ts';
import { createParcelPacker } from '../../src/domain/scoring/createParcelPacker.ts';
import { packFeatures, packParcels, type PackedParcels } from '../../src/domain/scoring/packParcels.ts';
import { addColumnKinds, type ColumnKind } from '../../src/domain/export/columnKindOf.ts';
import { fileChunks, fileError, openForReading, refuseOutsideDegrees, refuseProjectedCrs } from './_readGeoJsonFile.ts';
import { findOutsideDegreesInBoxes } from '../../src/domain/geo/findOutsideDegrees.ts';

/** The candidate parcels of a run, packed, and what the output pass needs of the input. */
export interface ParcelInput {
  packed: PackedParcels;
  /** The input's attribute columns and their kinds, in order (an output's columns are planned from them). */
  columns: Map<string, ColumnKind>;
  /** GeoJSON types of the geometries met (Polygon, MultiPolygon …). */
  geometryTypes: Set<string>;
  /** Features without any geometry (FlatGeobuf output cannot hold them). */
  withoutGeometry: number;
  /** The input's features again, in order, a batch at a time (the output pass; each batch is dropped after use). */
  batches(): AsyncGenerator<Feature[]>;
  /** A FlatGeobuf input: its bytes and where each feature is (a FlatGeobuf output copies them). */
  flatGeobuf?: { source: ByteSource; info: FlatGeobufInfo; featureOffsets: Float64Array; path: string };
  /** A GeoParquet input, open (a GeoParquet output copies its columns and WKB). */
  geoParquet?: OpenGeoParquet;
  /** Closes the input file. */
  close(): void;
}

export interface ReadParcelsOptions {
  /** The parcel attributes the scenario reads (parcelAttributeKeys). */
  attributeKeys: string[];
  /** Pack on SharedArrayBuffers (measuring threads). */
  shared: boolean;
}

/** An open file read at any offset (fs.readSync); `window` bytes are read at a time and reused between reads. */
export class FileBytes implements ByteSource {
  readonly byteLength: number;
  private windowStart = 0;
  private window: Uint8Array = new Uint8Array(0);

  constructor(private readonly fd: number, private readonly path: string, private readonly windowBytes = 0) {
    this.byteLength = fstatSync(fd).size;
  }

  private readAt(offset: number, length: number): Uint8Array {
    // A Uint8Array of its own (Buffer.allocUnsafe may hand out a slice of a shared pool).
    const bytes = new Uint8Array(Math.max(0, Math.min(length, this.byteLength - offset)));
    let got = 0;
    try {
      while (got < bytes.length) {
        const n = readSync(this.fd, bytes, got, bytes.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
    } catch (error) {
      throw fileError(this.path, error);
    }
    return bytes.subarray(0, got);
  }

  read(offset: number, length: number): Uint8Array {
    if (this.windowBytes === 0 || length > this.windowBytes) return this.readAt(offset, length);
    if (offset < this.windowStart || offset + length > this.windowStart + this.window.length) {
      this.window = this.readAt(offset, this.windowBytes);
      this.windowStart = offset;
    }
    return this.window.subarray(offset - this.windowStart, Math.min(this.window.length, offset - this.windowStart + length));
  }
}

/** Batch size of the output pass for FlatGeobuf and in-memory features. */
const BATCH = 10000;

/** The kinds of FlatGeobuf columns, as the GeoJSON values read from them would give (readFlatGeobufFeature). */
function flatGeobufKind(type: ColumnType): ColumnKind {
  if (type === ColumnType.Bool) return 'bool';
  if (type === ColumnType.String || type === ColumnType.DateTime) return 'string';
  if (type === ColumnType.Json || type === ColumnType.Binary) return 'json';
  return 'number';
}

const FGB_TYPE_NAMES: Record<number, string> = {
  [GeometryType.Point]: 'Point', [GeometryType.LineString]: 'LineString', [GeometryType.Polygon]: 'Polygon', [GeometryType.MultiPoint]: 'MultiPoint',
  [GeometryType.MultiLineString]: 'MultiLineString', [GeometryType.MultiPolygon]: 'MultiPolygon', [GeometryType.GeometryCollection]: 'GeometryCollection',
};

function readFlatGeobufParcels(path: string, options: ReadParcelsOptions): ParcelInput {
  const fd = openForReading(path);
  const source = new FileBytes(fd, path);
  const packer = createFlatGeobufPacker(source, { attributeKeys: options.attributeKeys, shared: options.shared, fileName: path });
  const { info } = packer;
  if (info.crsCode !== 0 && info.crsCode !== 4326) {
    closeSync(fd);
    throw new UserError(msg('cli.flatgeobuf-not-wgs84', { path, epsg: info.crsCode }));
  }
  packer.step(Infinity);
  const { parcels, featureOffsets } = packer.result();
  const columns = new Map(info.columns.map((c) => [c.name, flatGeobufKind(c.type)]));
  // A header of mixed geometry types (Unknown): the output says Unknown too.
  const geometryTypes = new Set(info.geometryType === GeometryType.Unknown ? ['Polygon', 'MultiPolygon'] : [FGB_TYPE_NAMES[info.geometryType] ?? 'Unknown']);
  // The output pass reads the file in order: 8 MB at a time.
  const sequential = new FileBytes(fd, path, 8 << 20);
  return {
    packed: parcels,
    columns,
    geometryTypes,
    withoutGeometry: 0,
    flatGeobuf: { source: sequential, info, featureOffsets, path },
    async *batches() {
      for (let at = 0; at < parcels.count; at += BATCH) {
        const batch: Feature[] = [];
        for (let i = at; i < Math.min(parcels.count, at + BATCH); i++) batch.push(readFlatGeobufFeature(sequential, info, featureOffsets[i], path));
        yield batch;
      }
    },
    close: () => closeSync(fd),
  };
}

/** hyparquet's AsyncBuffer over an open file (the footer, then one column chunk at a time). */
function fileAsyncBuffer(source: FileBytes): AsyncBuffer {
  return {
    byteLength: source.byteLength,
    slice: (start, end) => {
      const b = source.read(start, (end ?? source.byteLength) - start);
      return (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer) as ArrayBuffer;
    },
  };
}

/** The GeoParquet column kinds as the GeoJSON values read from them would give (plainValue). */
function parquetKind(open: OpenGeoParquet, name: string): ColumnKind {
  const element = open.metadata.schema.find((e) => e.name === name);
  if (!element) return 'string';
  if (element.type === 'BOOLEAN') return 'bool';
  if (element.converted_type === 'JSON') return 'json';
  const temporal = element.converted_type?.startsWith('DATE') || element.converted_type?.startsWith('TIME') || element.logical_type?.type === 'TIMESTAMP' || element.logical_type?.type === 'DATE';
  if (!temporal && (element.type === 'INT32' || element.type === 'INT64' || element.type === 'FLOAT' || element.type === 'DOUBLE')) return 'number';
  return 'string';
}

async function readGeoParquetParcels(path: string, options: ReadParcelsOptions): Promise<ParcelInput> {
  const fd = openForReading(path);
  const source = new FileBytes(fd, path);
  try {
    const open = await openGeoParquet(fileAsyncBuffer(source), path);
    if (open.crsName) throw new UserError(msg('parquet.not-wgs84', { file: path, crs: open.crsName }));
    const packed = await packGeoParquet(open, options.attributeKeys, { shared: options.shared });
    return {
      packed: packed.parcels,
      columns: new Map(open.attributeNames.map((n) => [n, parquetKind(open, n)])),
      geometryTypes: packed.geometryTypes,
      withoutGeometry: packed.withoutGeometry,
      geoParquet: open,
      async *batches() {
        let rowStart = 0;
        for (const rows of open.rowGroupRows) {
          // A row group's columns at once, its features made BATCH at a time (so they die young).
          const group = await readGeoParquetRows(open, rowStart, rowStart + rows);
          for (let at = 0; at < rows; at += BATCH) yield group.features(at, Math.min(rows, at + BATCH));
          rowStart += rows;
        }
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    // Diagnosed while the file is still open.
    const problem = error instanceof UserError ? null : diagnoseGeoParquet(source, error);
    closeSync(fd);
    if (problem === null) throw error;
    throw new UserError(msg('import.parquet-invalid', { file: path, ...problem }));
  }
}

/**
 * Bytes of a GeoJSON parcels file parsed at a time: about 7,000 parcels, few enough that they die young (a 16 MB
 * chunk's 55,000 features outlived the young generation and left hundreds of MB of garbage in the old one).
 */
const GEOJSON_CHUNK_BYTES = 2 << 20;

/** The features of a GeoJSON file, a chunk of the file at a time. */
function* geoJsonBatches(path: string): Generator<Feature[]> {
  const splitter = createGeoJsonSplitter(path);
  for (const chunk of fileChunks(path, GEOJSON_CHUNK_BYTES)) {
    const got = splitter.push(chunk) as Feature[];
    if (got.length > 0) yield got;
  }
  const end = splitter.end();
  if (!end.hasFeatures || end.members.type !== 'FeatureCollection') {
    throw new UserError(msg('cli.not-feature-collection', { path, quoted: false }));
  }
  refuseProjectedCrs(path, end.members);
}

function readGeoJsonParcels(path: string, options: ReadParcelsOptions): ParcelInput {
  const packer = createParcelPacker(options.attributeKeys, { parcels: 1 << 16, vertices: 1 << 19, rings: 1 << 16 }, { shared: options.shared });
  const columns = new Map<string, ColumnKind>();
  const geometryTypes = new Set<string>();
  let count = 0;
  let withoutGeometry = 0;
  for (const batch of geoJsonBatches(path)) {
    packFeatures(packer, batch, count, options.attributeKeys);
    for (const f of batch) {
      if (f?.geometry) geometryTypes.add(f.geometry.type);
      else withoutGeometry++;
      addColumnKinds(columns, f?.properties);
    }
    count += batch.length;
  }
  return {
    packed: packer.finish(),
    columns,
    geometryTypes,
    withoutGeometry,
    async *batches() {
      yield* geoJsonBatches(path);
    },
    close: () => {},
  };
}

/** Parcels already read as features (a project's layers): packed, and handed out again as they are. */
export function parcelInputOf(features: Feature[], options: ReadParcelsOptions): ParcelInput {
  const columns = new Map<string, ColumnKind>();
  const geometryTypes = new Set<string>();
  let withoutGeometry = 0;
  for (const f of features) {
    if (f?.geometry) geometryTypes.add(f.geometry.type);
    else withoutGeometry++;
    addColumnKinds(columns, f?.properties);
  }
  return {
    packed: packParcels(features, options.attributeKeys, { shared: options.shared }),
    columns,
    geometryTypes,
    withoutGeometry,
    async *batches() {
      for (let at = 0; at < features.length; at += BATCH) yield features.slice(at, at + BATCH);
    },
    close: () => {},
  };
}

/** A parcels file by its extension: .fgb FlatGeobuf, .parquet GeoParquet, anything else a GeoJSON FeatureCollection (WGS84). */
export async function readParcelInput(path: string, options: ReadParcelsOptions): Promise<ParcelInput> {
  const input = /\.parquet$/i.test(path) ? await readGeoParquetParcels(path, options) : /\.fgb$/i.test(path) ? readFlatGeobufParcels(path, options) : readGeoJsonParcels(path, options);
  try {
    refuseOutsideDegrees(path, findOutsideDegreesInBoxes(input.packed.bbox));
  } catch (error) {
    input.close();
    throw error;
  }
  return input;
}
