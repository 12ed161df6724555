// `npm run sample-data`: regenerates the illustrative dataset in data/ (byte-identical on every run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleData, serializeSampleFile } from './sample-data/buildSampleData.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
mkdirSync(dataDir, { recursive: true });
const started = Date.now();
const files = buildSampleData();
let totalBytes = 0;
for (const [name, content] of Object.entries(files)) {
  const text = serializeSampleFile(content);
  writeFileSync(join(dataDir, name), text);
  totalBytes += Buffer.byteLength(text);
  const count = 'features' in content ? `${content.features.length} features` : 'manifest';
  console.log(`${name.padEnd(28)} ${count.padEnd(14)} ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
}
console.log(`Total ${(totalBytes / 1024 / 1024).toFixed(2)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s → ${dataDir}`);
