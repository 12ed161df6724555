// Writes the scoring benchmark's synthetic province (scoring.bench.ts: makeLayers, makeParcels) as files for
// the CLI benchmark (cadastre.bench.ts) or by hand:
//   npx tsx scripts/bench/writeSyntheticFiles.ts <parcels> <folder> [geojson|fgb|parquet …]
// → <folder>/parcels-<n>.<ext> for each format (default geojson) and <folder>/<role>.geojson. Parcels are made and
// written 100,000 at a time (the same parcels in every format), so a file of millions of parcels is written with
// little memory.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature } from 'geojson';
import { makeLayers, makeParcels } from './scoring.bench.ts';
import { GeoJsonCollectionWriter, writeFeatureCollection } from '../cli/_writeFeatureCollection.ts';
import { writeOutput, type OutputSink } from '../cli/_writeOutput.ts';
import { sinkWriter } from '../cli/_writeScored.ts';
import { flatGeobufFeature, flatGeobufHead, flatGeobufPlanOf } from '../../src/domain/export/exportFlatGeobuf.ts';
import { createGeoParquetWriter } from '../../src/domain/export/exportGeoParquet.ts';

const BLOCK = 100000;
export type SyntheticFormat = 'geojson' | 'fgb' | 'parquet';

function* parcels(n: number): Generator<Feature[]> {
  for (let at = 0; at < n; at += BLOCK) yield makeParcels(Math.min(BLOCK, n - at), at);
}

/** The synthetic layers as GeoJSON files, as `role=path` for `--layer`. */
export function writeSyntheticLayers(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return makeLayers().map((layer) => {
    const path = join(folder, `${layer.role}.geojson`);
    writeFeatureCollection(path, layer.features);
    return `${layer.role}=${path}`;
  });
}

/** Nested outputs: each format's file open at once, so one pass over the parcels writes them all. */
function withOutputs(paths: string[], fill: (sinks: OutputSink[]) => void, sinks: OutputSink[] = []): void {
  if (sinks.length === paths.length) return fill(sinks);
  writeOutput(paths[sinks.length], (sink) => withOutputs(paths, fill, [...sinks, sink]));
}

/**
 * n synthetic parcels as one file per format (ids P0 … P(n-1)), written in one pass so every format holds the same
 * parcels (makeParcels draws from one seeded generator: a second pass would make others).
 */
export function writeSyntheticParcels(n: number, folder: string, formats: SyntheticFormat[]): string[] {
  mkdirSync(folder, { recursive: true });
  const paths = formats.map((format) => join(folder, `parcels-${n}.${format}`));
  withOutputs(paths, (sinks) => {
    const plan = flatGeobufPlanOf(new Map([['id', 'string']]), new Set(['Polygon']), n, 0);
    const writers = formats.map((format, k) => {
      const sink = sinks[k];
      if (format === 'geojson') {
        const w = new GeoJsonCollectionWriter(sink);
        return { add: (block: Feature[]) => block.forEach((f) => w.add(f)), end: () => w.end() };
      }
      if (format === 'fgb') {
        for (const part of flatGeobufHead(plan)) sink.write(part);
        return { add: (block: Feature[]) => sink.write(Buffer.concat(block.map((f) => flatGeobufFeature(f, plan)!))), end: () => {} };
      }
      const w = createGeoParquetWriter(sinkWriter(sink), new Map([['id', 'string']]));
      return { add: (block: Feature[]) => block.forEach((f) => w.add(f)), end: () => w.finish() };
    });
    for (const block of parcels(n)) for (const w of writers) w.add(block);
    for (const w of writers) w.end();
  });
  return paths;
}

export function writeSyntheticFiles(n: number, folder: string, formats: SyntheticFormat[] = ['geojson']): { parcels: string[]; layers: string[] } {
  return { layers: writeSyntheticLayers(folder), parcels: writeSyntheticParcels(n, folder, formats) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n, folder, ...formats] = process.argv.slice(2);
  if (!n || !folder) throw new Error('usage: writeSyntheticFiles.ts <parcels> <folder> [geojson|fgb|parquet …]');
  console.log(writeSyntheticFiles(Number(n), folder, formats.length ? (formats as SyntheticFormat[]) : ['geojson']));
}
