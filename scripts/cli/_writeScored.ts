// Node only: the scored output of `noxh score`, written in a second pass over the input, feature by feature, so the
// parcels are never all held as objects: GeoJSON streamed as text, GeoParquet a row group (100,000 rows) at a
// time, FlatGeobuf from FlatGeobuf by copying each input feature's bytes and appending the score columns (no GeoJSON
// object at all; appendFlatGeobufColumns.ts), FlatGeobuf from other inputs through the flatgeobuf builder.
import type { Feature } from 'geojson';
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
import { flatGeobufFeature, flatGeobufHead, flatGeobufPlanOf } from '../../src/domain/export/exportFlatGeobuf.ts';
import { createGeoParquetWriter } from '../../src/domain/export/exportGeoParquet.ts';
import { APPENDED_TYPE, appendFlatGeobufColumns, columnRemap, FlatGeobufProperties } from '../../src/domain/export/appendFlatGeobufColumns.ts';
import { readFlatGeobufFeature } from '../../src/domain/import/readFlatGeobufFeature.ts';
import type { ParcelInput } from './_readParcels.ts';
import { GeoJsonCollectionWriter } from './_writeFeatureCollection.ts';
import { writeOutputAsync, type OutputSink } from './_writeOutput.ts';

/** Bytes gathered before each write (fewer system calls than one per feature). */
const PIECE_BYTES = 1 << 22;

/** Byte parts gathered and written to the sink 4 MB at a time. */
class Pieces {
  private parts: Uint8Array[] = [];
  private bytes = 0;
  constructor(private readonly sink: OutputSink) {}
  add(part: Uint8Array): void {
    this.parts.push(part);
    this.bytes += part.length;
    if (this.bytes >= PIECE_BYTES) this.flush();
  }
  flush(): void {
    if (this.parts.length) this.sink.write(Buffer.concat(this.parts));
    this.parts = [];
    this.bytes = 0;
  }
}

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
  const extraColumns: { name: string; kind: 'number' | 'string' | 'json' }[] = [
    { name: 'score', kind: 'number' }, { name: 'rank', kind: 'number' }, { name: 'excluded', kind: 'string' }, { name: 'excluded_by', kind: 'string' },
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
    await writeOutputAsync(out, async (sink) => copyFlatGeobuf(sink, input, extraColumns, (i) => scored({ type: 'Feature', properties: null, geometry: null as never }, i)));
    const { source, info, featureOffsets } = input.flatGeobuf;
    for (const i of options.keep) kept.set(i, scored(readFlatGeobufFeature(source, info, featureOffsets[i]), i));
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
    for (const c of extraColumns.slice(0, 4)) kinds.set(c.name, c.kind);
    // Warnings are a column when some parcel has one (as a column is planned from the values).
    if (run.combined.warnedBy.some((w) => w !== NOT_EXCLUDED)) kinds.set('warnings', 'json');
    if (options.explain) kinds.set('criteria', 'json');
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
function copyFlatGeobuf(sink: OutputSink, input: ParcelInput, extra: { name: string; kind: 'number' | 'string' | 'json' }[], scoredOf: (i: number) => Feature): void {
  const { source, info, featureOffsets } = input.flatGeobuf!;
  const replaced = new Set(extra.map((c) => c.name));
  const remap = columnRemap(info.columns, replaced);
  const kept = info.columns.filter((c) => !replaced.has(c.name));
  const columns = [...kept.map((c) => columnMeta(c.name, c.type)), ...extra.map((c) => columnMeta(c.name, APPENDED_TYPE[c.kind]))];
  const [scoreAt, rankAt, excludedAt, byAt] = [0, 1, 2, 3].map((k) => kept.length + k);
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
      out.double(rankAt, p.rank as number | null);
      out.string(excludedAt, p.excluded as string | null);
      out.string(byAt, p.excluded_by as string | null);
    }));
  }
  pieces.flush();
}
