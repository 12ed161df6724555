// GeoParquet against FlatGeobuf through the CLI's own writers and readers (docs/performance/geoparquet.md):
//   node --max-old-space-size=6000 --import tsx scripts/bench/writeReadFormats.ts <parcels> <folder>
// Makes the scoring bench's synthetic parcels, writes them as .parquet and .fgb, reads each back, prints the
// times (wall, ms) and the file sizes (MB) as JSON.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { makeParcels } from './scoring.bench.ts';
import { writeFeatures } from '../cli/_writeFeatureCollection.ts';
import { readFlatGeobufFile, readGeoParquetFile } from '../cli/_readGeoJsonFile.ts';

const [count, folder] = process.argv.slice(2);
if (!count || !folder) throw new Error('usage: writeReadFormats.ts <parcels> <folder>');
const n = Number(count);
const parcels: Feature[] = [];
for (let at = 0; at < n; at += 100000) parcels.push(...makeParcels(Math.min(100000, n - at), at));
const figures: Record<string, number> = { n };
for (const ext of ['parquet', 'fgb']) {
  const path = join(folder, `parcels-${n}.${ext}`);
  const t = performance.now();
  writeFeatures(path, () => parcels);
  figures[`write_${ext}_ms`] = Math.round(performance.now() - t);
  figures[`${ext}_mb`] = statSync(path).size / 1e6;
}
parcels.length = 0;
for (const ext of ['parquet', 'fgb']) {
  const t = performance.now();
  const read = ext === 'parquet' ? await readGeoParquetFile(join(folder, `parcels-${n}.parquet`)) : await readFlatGeobufFile(join(folder, `parcels-${n}.fgb`));
  figures[`read_${ext}_ms`] = Math.round(performance.now() - t);
  figures[`read_${ext}_features`] = read.length;
}
console.log(JSON.stringify(figures));
