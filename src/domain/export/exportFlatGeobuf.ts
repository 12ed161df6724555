// FlatGeobuf export (https://flatgeobuf.org): the binary format GIS tools read fastest for millions of features
// (QGIS, GDAL/OGR). Written with the `flatgeobuf` package's own header and feature builders, one feature at a
// time, so a caller can stream the parts to a file or a Blob. WGS84 (EPSG:4326), no spatial index.
// The package's `serialize` takes the columns from the first feature only; here every property of every
// feature becomes a column, typed from all its values (numbers, booleans, text; objects and mixed values as
// JSON / text), so nothing is dropped.
import type { Feature, Geometry } from 'geojson';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature, type IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { toGeometryType } from 'flatgeobuf/lib/mjs/generic/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { parseGC, parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import { addColumnKinds, type ColumnKind } from './columnKindOf.ts';

/** The kinds of the columns a writer adds (the CLI's score, rank, excluded …). */
export type AddedColumnKind = 'number' | 'integer' | 'string' | 'json';

export interface FlatGeobufPlan {
  header: HeaderMeta;
  /** Features without a geometry (FlatGeobuf cannot hold them): not written. */
  skipped: number;
}


const COLUMN_TYPE: Record<ColumnKind, ColumnType> = { empty: ColumnType.String, bool: ColumnType.Bool, number: ColumnType.Double, integer: ColumnType.Int, string: ColumnType.String, json: ColumnType.Json };

/**
 * The header of the file: the columns (every property key, in first-seen order, typed from all values), the
 * geometry type (one for all, or Unknown when mixed) and the count. `extraColumns` adds known columns without
 * looking at values (the CLI's score columns).
 */
export function planFlatGeobuf(features: Iterable<Feature>, extraColumns: { name: string; kind: AddedColumnKind }[] = []): FlatGeobufPlan {
  const kinds = new Map<string, ColumnKind>();
  const types = new Set<string>();
  let count = 0;
  let skipped = 0;
  for (const f of features) {
    if (!f.geometry) {
      skipped++;
      continue;
    }
    count++;
    types.add(f.geometry.type);
    addColumnKinds(kinds, f.properties);
  }
  return flatGeobufPlanOf(kinds, types, count, skipped, extraColumns);
}

/** The plan from what is known of the features without going over them (a packed input's columns, types and count). */
export function flatGeobufPlanOf(
  kinds: ReadonlyMap<string, ColumnKind>, geometryTypes: ReadonlySet<string>, count: number, skipped: number,
  extraColumns: { name: string; kind: AddedColumnKind }[] = [],
): FlatGeobufPlan {
  const all = new Map(kinds);
  for (const c of extraColumns) all.set(c.name, c.kind);
  const columns: ColumnMeta[] = [...all].map(([name, kind]) => ({
    name, type: COLUMN_TYPE[kind], title: null, description: null, width: -1, precision: -1, scale: -1, nullable: true, unique: false, primary_key: false,
  }));
  const geometryType = geometryTypes.size === 1 ? toGeometryType([...geometryTypes][0] as Geometry['type']) : GeometryType.Unknown;
  return {
    header: { geometryType, columns, envelope: null, featuresCount: count, indexNodeSize: 0, crs: null, title: null, description: null, metadata: null },
    skipped,
  };
}

function parse(geometry: Geometry) {
  return geometry.type === 'GeometryCollection' ? parseGC(geometry) : parseGeometry(geometry);
}

/** The file's first parts: magic bytes and header (WGS84). */
export function flatGeobufHead(plan: FlatGeobufPlan): Uint8Array[] {
  return [magicbytes, buildHeader(plan.header, 4326)];
}

/** One feature's bytes (size prefix included), its properties in the plan's columns; null without geometry (not written). */
export function flatGeobufFeature(f: Feature, plan: FlatGeobufPlan): Uint8Array | null {
  if (!f.geometry) return null;
  const properties: IProperties = {};
  for (const c of plan.header.columns ?? []) {
    const v = f.properties?.[c.name];
    // A text column holding a number somewhere keeps it as text; missing values are nulls.
    properties[c.name] = v === undefined || v === null ? null : c.type === ColumnType.String && typeof v !== 'string' ? String(v) : (v as IProperties[string]);
  }
  return buildFeature(parse(f.geometry), properties, plan.header);
}

/** The file as parts (magic bytes, header, one part a feature), for a file stream or `new Blob(parts)`. */
export function* writeFlatGeobuf(features: Iterable<Feature>, plan: FlatGeobufPlan): Generator<Uint8Array> {
  yield* flatGeobufHead(plan);
  let written = 0;
  for (const f of features) {
    const bytes = flatGeobufFeature(f, plan);
    if (!bytes) continue;
    yield bytes;
    written++;
  }
  if (written !== plan.header.featuresCount) throw new Error(`FlatGeobuf: planned ${plan.header.featuresCount} features, wrote ${written}`);
}

/** A whole layer as FlatGeobuf parts (the app's export). */
export function exportFlatGeobuf(features: Feature[]): { parts: Uint8Array[]; skipped: number } {
  const plan = planFlatGeobuf(features);
  return { parts: [...writeFlatGeobuf(features, plan)], skipped: plan.skipped };
}
