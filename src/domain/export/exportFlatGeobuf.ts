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
import { columnKindOf, type ColumnKind } from './columnKindOf.ts';

export interface FlatGeobufPlan {
  header: HeaderMeta;
  /** Features without a geometry (FlatGeobuf cannot hold them): not written. */
  skipped: number;
}


const COLUMN_TYPE: Record<ColumnKind, ColumnType> = { empty: ColumnType.String, bool: ColumnType.Bool, number: ColumnType.Double, string: ColumnType.String, json: ColumnType.Json };

/**
 * The header of the file: the columns (every property key, in first-seen order, typed from all values), the
 * geometry type (one for all, or Unknown when mixed) and the count. `extraColumns` adds known columns without
 * looking at values (the CLI's score columns).
 */
export function planFlatGeobuf(features: Iterable<Feature>, extraColumns: { name: string; kind: 'number' | 'string' | 'json' }[] = []): FlatGeobufPlan {
  const kinds = new Map<string, ColumnKind>();
  let geometryType: GeometryType | undefined;
  let count = 0;
  let skipped = 0;
  for (const f of features) {
    if (!f.geometry) {
      skipped++;
      continue;
    }
    count++;
    const type = toGeometryType(f.geometry.type);
    geometryType = geometryType === undefined || geometryType === type ? type : GeometryType.Unknown;
    for (const key in f.properties ?? {}) {
      const kind = columnKindOf(f.properties![key]);
      const was = kinds.get(key);
      if (was === undefined || was === 'empty') kinds.set(key, kind);
      else if (kind !== 'empty' && kind !== was) kinds.set(key, kind === 'json' || was === 'json' ? 'json' : 'string');
    }
  }
  for (const c of extraColumns) kinds.set(c.name, c.kind);
  const columns: ColumnMeta[] = [...kinds].map(([name, kind]) => ({
    name, type: COLUMN_TYPE[kind], title: null, description: null, width: -1, precision: -1, scale: -1, nullable: true, unique: false, primary_key: false,
  }));
  return {
    header: { geometryType: geometryType ?? GeometryType.Unknown, columns, envelope: null, featuresCount: count, indexNodeSize: 0, crs: null, title: null, description: null, metadata: null },
    skipped,
  };
}

function parse(geometry: Geometry) {
  return geometry.type === 'GeometryCollection' ? parseGC(geometry) : parseGeometry(geometry);
}

/** The file as parts (magic bytes, header, one part a feature), for a file stream or `new Blob(parts)`. */
export function* writeFlatGeobuf(features: Iterable<Feature>, plan: FlatGeobufPlan): Generator<Uint8Array> {
  yield magicbytes;
  yield buildHeader(plan.header, 4326);
  const columns = plan.header.columns ?? [];
  let written = 0;
  for (const f of features) {
    if (!f.geometry) continue;
    const properties: IProperties = {};
    for (const c of columns) {
      const v = f.properties?.[c.name];
      // A text column holding a number somewhere keeps it as text; missing values are nulls.
      properties[c.name] = v === undefined || v === null ? null : c.type === ColumnType.String && typeof v !== 'string' ? String(v) : (v as IProperties[string]);
    }
    yield buildFeature(parse(f.geometry), properties, plan.header);
    written++;
  }
  if (written !== plan.header.featuresCount) throw new Error(`FlatGeobuf: planned ${plan.header.featuresCount} features, wrote ${written}`);
}

/** A whole layer as FlatGeobuf parts (the app's export). */
export function exportFlatGeobuf(features: Feature[]): { parts: Uint8Array[]; skipped: number } {
  const plan = planFlatGeobuf(features);
  return { parts: [...writeFlatGeobuf(features, plan)], skipped: plan.skipped };
}
