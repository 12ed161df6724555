// Writes the scoring benchmark's synthetic province (scoring.bench.ts: makeLayers, makeParcels) as files for
// the CLI benchmark (cli.bench.ts) or by hand:
//   npx tsx scripts/bench/writeSyntheticFiles.ts <parcels> <folder>
// → <folder>/parcels-<n>.geojson and <folder>/<role>.geojson. Parcels are made and written 100,000 at a time,
// so a file of millions of parcels (beyond V8's longest string) is written with little memory.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature } from 'geojson';
import { makeLayers, makeParcels } from './scoring.bench.ts';
import { writeFeatureCollection } from '../cli/_writeFeatureCollection.ts';

const BLOCK = 100000;

export function writeSyntheticFiles(n: number, folder: string): { parcels: string; layers: string[] } {
  mkdirSync(folder, { recursive: true });
  const layers = makeLayers().map((layer) => {
    const path = join(folder, `${layer.role}.geojson`);
    writeFeatureCollection(path, layer.features);
    return `${layer.role}=${path}`;
  });
  const parcels = join(folder, `parcels-${n}.geojson`);
  writeFeatureCollection(parcels, (function* (): Generator<Feature> {
    for (let at = 0; at < n; at += BLOCK) yield* makeParcels(Math.min(BLOCK, n - at), at);
  })());
  return { parcels, layers };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n, folder] = process.argv.slice(2);
  if (!n || !folder) throw new Error('usage: writeSyntheticFiles.ts <parcels> <folder>');
  console.log(writeSyntheticFiles(Number(n), folder));
}
