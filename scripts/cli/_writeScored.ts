// Node only: the scored output of `noxh score`, written in a second pass over the input, feature by feature, so the
// parcels are never all held as objects: GeoJSON streamed as text, GeoParquet a row group (100,000 rows) at a
// time, FlatGeobuf from FlatGeobuf by copying each input feature's bytes and appending the score columns (no GeoJSON
// object at all; appendFlatGeobufColumns.ts), FlatGeobuf from other inputs through the flatgeobuf builder.
import type { Feature, Geometry } from 'geojson';
import { ByteWriter } from 'hyparquet-writer';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { NOT_EXCLUDED } from '../../src/domain/scoring/combineScores.ts';
import { scoredFeatureMaker, type ScoringRun } from '../../src/domain/scoring/scoreParcels.ts';
import type { Scenario } from '../../src/domain/scoring/scenario.ts';
import type { ColumnKind } from '../../src/domain/export/columnKindOf.ts';
import { flatGeobufFeature, flatGeobufHead, flatGeobufPlanOf, type AddedColumnKind } from '../../src/domain/export/exportFlatGeobuf.ts';
import { createGeoParquetWriter, geoParquetValue, type GeoParquetBox } from '../../src/domain/export/exportGeoParquet.ts';
import { plainValue, readGeoParquetColumns, readGeoParquetRows, type OpenGeoParquet } from '../../src/domain/import/drivers/geoParquetDriver.ts';
import { wkbToGeojson } from 'hyparquet/src/wkb.js';
import { APPENDED_TYPE, appendFlatGeobufColumns, columnRemap, FlatGeobufProperties } from '../../src/domain/export/appendFlatGeobufColumns.ts';
import { readFlatGeobufFeature } from '../../src/domain/import/readFlatGeobufFeature.ts';
import type { ParcelInput } from './_readParcels.ts';
import { GeoJsonCollectionWriter } from './_writeFeatureCollection.ts';
import { Pieces, writeOutputAsync, type OutputSink } from './_writeOutput.ts';

/** hyparquet-writer's Writer sending its bytes to the output every MB (offsets stay those of the whole file). */
export function sinkWriter(sink: OutputSink): ByteWriter {
  const writer = new ByteWriter();
  const flush = () => {
    sink.write(new Uint8Array(writer.buffer, 0, writer.index));
    writer.index = 0;
  };
  const grow = writer.ensure.bind(writer);
  writer.ensure = (size: number) => {
    if (writer.index > 1 << 20) flush();
    grow(size);
  };
  writer.finish = flush;
  return writer;
}

const columnMeta = (name: string, type: ColumnType): ColumnMeta => ({
  name, type, title: null, description: null, width: -1, precision: -1, scale: -1, nullable: true, unique: false, primary_key: false,
});

/** A feature with nothing: scoring it gives only the added properties (score, rank, excluded, excluded_by, warnings). */
const EMPTY: Feature = { type: 'Feature', properties: null, geometry: null as never };

/** The GeoParquet input's rows numbered in `keep` (a few), read again for the summary the CLI prints: their row groups only. */
async function keepGeoParquetRows(open: OpenGeoParquet, keep: ReadonlySet<number>, take: (f: Feature, i: number) => void): Promise<void> {
  let rowStart = 0;
  for (const rows of open.rowGroupRows) {
    const wanted = [...keep].filter((i) => i >= rowStart && i < rowStart + rows);
    if (wanted.length > 0) {
      const group = await readGeoParquetRows(open, rowStart, rowStart + rows);
      for (const i of wanted) take(group.features(i - rowStart, i - rowStart + 1)[0], i);
    }
    rowStart += rows;
  }
}

/**
 * GeoParquet → GeoParquet: each row group's columns copied as read (values as the feature path would store them),
 * the WKB as it is, the box of each row from the packed parcels (decoded from the WKB only for a parcel that could
 * not be packed), and the score columns added — no GeoJSON object per row.
 */
async function copyGeoParquet(sink: OutputSink, input: ParcelInput, kinds: ReadonlyMap<string, ColumnKind>, scoredOf: (i: number) => Feature): Promise<void> {
  const open = input.geoParquet!;
  const writer = createGeoParquetWriter(sinkWriter(sink), kinds);
  const names = [...kinds.keys()];
  const kindList = names.map((n) => kinds.get(n)!);
  const added = new Set(['score', 'rank', 'excluded', 'excluded_by', 'warnings']);
  const fromInput = names.map((n) => !added.has(n) && open.attributeNames.includes(n));
  const { bbox } = input.packed;
  let rowStart = 0;
  for (const rows of open.rowGroupRows) {
    const columns = await readGeoParquetColumns(open, names.filter((_, k) => fromInput[k]), rowStart, rowStart + rows, true);
    const geometries = (await readGeoParquetColumns(open, [open.geomName], rowStart, rowStart + rows, false)).get(open.geomName)!;
    const values = names.map(() => new Array<unknown>(rows));
    const sources = names.map((n, k) => (fromInput[k] ? columns.get(n)! : null));
    const wkb = new Array<Uint8Array | null>(rows);
    const boxes = new Array<GeoParquetBox>(rows);
    for (let i = 0; i < rows; i++) {
      const p = rowStart + i;
      const props = scoredOf(p).properties!;
      for (let k = 0; k < names.length; k++) {
        const source = sources[k];
        values[k][i] = geoParquetValue(kindList[k], source ? plainValue(source[i]) : props[names[k]]);
      }
      const g = geometries[i];
      wkb[i] = g instanceof Uint8Array ? g : null;
      const x0 = bbox[4 * p];
      if (x0 === x0) boxes[i] = { xmin: x0, ymin: bbox[4 * p + 1], xmax: bbox[4 * p + 2], ymax: bbox[4 * p + 3] };
      else boxes[i] = wkb[i] ? wkbBox(wkb[i]!) : null;
    }
    writer.addColumns(values, wkb, boxes, input.geometryTypes);
    rowStart += rows;
  }
  writer.finish();
}

/** The box of a WKB geometry that could not be packed (a point, a line, a degenerate polygon): decoded once. */
function wkbBox(bytes: Uint8Array): GeoParquetBox {
  const g = wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }) as Geometry;
  let xmin = Infinity, ymin = Infinity, xmax = -Infinity, ymax = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      if (c[0] < xmin) xmin = c[0];
      if (c[1] < ymin) ymin = c[1];
      if (c[0] > xmax) xmax = c[0];
      if (c[1] > ymax) ymax = c[1];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  const walk = (x: Geometry): void => (x.type === 'GeometryCollection' ? x.geometries.forEach(walk) : visit(x.coordinates));
  walk(g);
  return Number.isFinite(xmin) ? { xmin, ymin, xmax, ymax } : null;
}

export interface ScoredOutput {
  /** Features not written (FlatGeobuf cannot hold a feature without geometry). */
  skipped: number;
  /** The scored features asked for in `keep` (the few printed), by parcel number. */
  kept: Map<number, Feature>;
}

/**
 * Writes the scored parcels to `out` by its extension (.fgb, .parquet, else GeoJSON): the input's features again,
 * in order, with score, rank, excluded, excluded_by (warnings where the format holds them; criteria with `explain`).
 * The values are those of scoredFeatureMaker, whichever path writes them.
 */
export async function writeScoredOutput(
  out: string, input: ParcelInput, scenario: Scenario, run: ScoringRun, options: { explain: boolean; keep: ReadonlySet<number> },
): Promise<ScoredOutput> {
  const scored = scoredFeatureMaker(scenario, run, { explain: options.explain });
  const kept = new Map<number, Feature>();
  // Warnings are a column when some parcel has one (as a column is planned from the values), in every format.
  const warned = run.combined.warnedBy.some((w) => w !== NOT_EXCLUDED);
  // rank is a whole number or null (excluded): Integer in FlatGeobuf and GeoParquet, as GDAL reads it.
  const extraColumns: { name: string; kind: AddedColumnKind }[] = [
    { name: 'score', kind: 'number' }, { name: 'rank', kind: 'integer' }, { name: 'excluded', kind: 'string' }, { name: 'excluded_by', kind: 'string' },
    ...(warned ? [{ name: 'warnings', kind: 'json' as const }] : []),
    ...(options.explain ? [{ name: 'criteria', kind: 'json' as const }] : []),
  ];
  const count = input.packed.count;

  /** Every scored feature in order, from the input read again (kept ones remembered). */
  async function eachScored(write: (f: Feature, i: number) => void): Promise<void> {
    let i = 0;
    for await (const batch of input.batches()) {
      for (const f of batch) {
        const s = scored(f, i);
        if (options.keep.has(i)) kept.set(i, s);
        write(s, i++);
      }
    }
    if (i !== count) throw new Error(`the input gave ${i} features the second time, ${count} the first`);
  }

  if (/\.fgb$/i.test(out) && input.flatGeobuf && !options.explain) {
    await writeOutputAsync(out, async (sink) => copyFlatGeobuf(sink, input, extraColumns, (i) => scored(EMPTY, i)));
    const { source, info, featureOffsets, path } = input.flatGeobuf;
    for (const i of options.keep) kept.set(i, scored(readFlatGeobufFeature(source, info, featureOffsets[i], path), i));
    return { skipped: 0, kept };
  }
  if (/\.fgb$/i.test(out)) {
    const plan = flatGeobufPlanOf(input.columns, input.geometryTypes, count - input.withoutGeometry, input.withoutGeometry, extraColumns);
    let written = 0;
    await writeOutputAsync(out, async (sink) => {
      const pieces = new Pieces(sink);
      for (const part of flatGeobufHead(plan)) pieces.add(part);
      await eachScored((f) => {
        const bytes = flatGeobufFeature(f, plan);
        if (bytes) {
          pieces.add(bytes);
          written++;
        }
      });
      pieces.flush();
    });
    if (written !== plan.header.featuresCount) throw new Error(`FlatGeobuf: planned ${plan.header.featuresCount} features, wrote ${written}`);
    return { skipped: plan.skipped, kept };
  }
  if (/\.parquet$/i.test(out)) {
    const kinds = new Map<string, ColumnKind>(input.columns);
    for (const c of extraColumns) kinds.set(c.name, c.kind);
    if (input.geoParquet && !options.explain) {
      await writeOutputAsync(out, (sink) => copyGeoParquet(sink, input, kinds, (i) => scored(EMPTY, i)));
      await keepGeoParquetRows(input.geoParquet, options.keep, (f, i) => kept.set(i, scored(f, i)));
      return { skipped: 0, kept };
    }
    await writeOutputAsync(out, async (sink) => {
      const writer = createGeoParquetWriter(sinkWriter(sink), kinds);
      await eachScored((f) => writer.add(f));
      writer.finish();
    });
    return { skipped: 0, kept };
  }
  await writeOutputAsync(out, async (sink) => {
    const writer = new GeoJsonCollectionWriter(sink);
    await eachScored((f) => writer.add(f));
    writer.end(true);
  });
  return { skipped: 0, kept };
}

/** FlatGeobuf → FlatGeobuf: each input feature's bytes copied, the score columns appended (see the file comment). */
function copyFlatGeobuf(sink: OutputSink, input: ParcelInput, extra: { name: string; kind: AddedColumnKind }[], scoredOf: (i: number) => Feature): void {
  const { source, info, featureOffsets } = input.flatGeobuf!;
  // An input scored before: its score columns are replaced, and its old warnings dropped even when this run has none.
  const replaced = new Set([...extra.map((c) => c.name), 'warnings']);
  const remap = columnRemap(info.columns, replaced);
  const kept = info.columns.filter((c) => !replaced.has(c.name));
  const columns = [...kept.map((c) => columnMeta(c.name, c.type)), ...extra.map((c) => columnMeta(c.name, APPENDED_TYPE[c.kind]))];
  const [scoreAt, rankAt, excludedAt, byAt, warningsAt] = [0, 1, 2, 3, 4].map((k) => kept.length + k);
  const withWarnings = extra.some((c) => c.name === 'warnings');
  const header: HeaderMeta = {
    geometryType: info.geometryType, columns, envelope: null, featuresCount: input.packed.count, indexNodeSize: 0, crs: null, title: null, description: null, metadata: null,
  };
  const pieces = new Pieces(sink);
  pieces.add(magicbytes);
  pieces.add(buildHeader(header, 4326));
  const properties = new FlatGeobufProperties();
  for (let i = 0; i < input.packed.count; i++) {
    const at = featureOffsets[i];
    const size = featureOffsets[i + 1] - at - 4;
    // A view into the reader's window, copied into the output feature at once.
    const bytes = source.read(at + 4, size);
    const p = scoredOf(i).properties!;
    pieces.add(appendFlatGeobufColumns(bytes, remap, properties, (out) => {
      out.double(scoreAt, p.score as number | null);
      out.int(rankAt, p.rank as number | null);
      out.string(excludedAt, p.excluded as string | null);
      out.string(byAt, p.excluded_by as string | null);
      if (withWarnings && p.warnings) out.string(warningsAt, JSON.stringify(p.warnings));
    }));
  }
  pieces.flush();
}
