// Reading a large GeoJSON FeatureCollection without making it one string: our splitter
// (src/domain/import/splitGeoJsonFeatures.ts: a byte scan for the structure, then JSON.parse of each chunk's
// complete features) against two maintained streaming parsers, @streamparser/json and stream-json, and against
// JSON.parse of the whole text (the old way, impossible past V8's ~512 MB string limit). Alternating rounds;
// CPU time (user + system) because the machine is shared; the heap after reading (features kept).
//   BENCH_PARCELS=200000 BENCH_ROUNDS=3 npm run bench -- geojson
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSONParser } from '@streamparser/json';
import chain from 'stream-chain';
import { parser as streamJsonParser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { createGeoJsonSplitter } from '../../src/domain/import/splitGeoJsonFeatures.ts';
import { writeSyntheticParcels } from './writeSyntheticFiles.ts';

const n = Number(process.env.BENCH_PARCELS ?? 200000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const CHUNK = 1 << 24;

function chunks(path: string, each: (b: Uint8Array) => void) {
  const fd = openSync(path, 'r');
  for (;;) {
    const b = Buffer.allocUnsafe(CHUNK);
    const got = readSync(fd, b, 0, CHUNK, null);
    if (got === 0) break;
    each(b.subarray(0, got));
  }
  closeSync(fd);
}

const readers: Record<string, (path: string) => Promise<unknown[]>> = {
  async 'JSON.parse (whole string)'(path) {
    return (JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }).features;
  },
  async 'ours (splitGeoJsonFeatures)'(path) {
    const s = createGeoJsonSplitter(path);
    const out: unknown[] = [];
    chunks(path, (b) => {
      for (const f of s.push(b)) out.push(f);
    });
    s.end();
    return out;
  },
  async '@streamparser/json'(path) {
    const out: unknown[] = [];
    const p = new JSONParser({ paths: ['$.features.*'], keepStack: false });
    p.onValue = ({ value }) => {
      out.push(value);
    };
    chunks(path, (b) => p.write(b));
    return out;
  },
  async 'stream-json'(path) {
    const out: unknown[] = [];
    const stream = chain([createReadStream(path, { highWaterMark: 1 << 20 }), streamJsonParser(), pick({ filter: 'features' }), streamArray()]);
    for await (const item of stream as AsyncIterable<{ value: unknown }>) out.push(item.value);
    return out;
  },
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'noxh-geojson-'));
  const [parcels] = writeSyntheticParcels(n, dir, ['geojson']);
  const mb = readFileSync(parcels).length / 1e6;
  console.log(`${n.toLocaleString('en-US')} parcels, ${mb.toFixed(0)} MB; ${cpus()[0]?.model} × ${cpus().length}, load average ${loadavg()[0].toFixed(1)}`);
  const cpu: Record<string, number[]> = {};
  const heap: Record<string, number[]> = {};
  const names = Object.keys(readers);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) {
      gc?.();
      const h0 = process.memoryUsage().heapUsed;
      const c0 = process.cpuUsage();
      const features = await readers[name](parcels);
      const c = process.cpuUsage(c0);
      (cpu[name] ??= []).push((c.user + c.system) / 1000);
      (heap[name] ??= []).push((process.memoryUsage().heapUsed - h0) / 2 ** 20);
      if (features.length !== n) throw new Error(`${name}: ${features.length} features`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(cpu[names[1]]);
  for (const name of names) {
    console.log(`${name.padEnd(28)} CPU median ${median(cpu[name]).toFixed(0).padStart(6)} ms (${cpu[name].map((x) => x.toFixed(0)).join(', ')}), ${(mb / (median(cpu[name]) / 1000)).toFixed(0)} MB/s, ×${(median(cpu[name]) / base).toFixed(2)} of ours; heap kept ${median(heap[name]).toFixed(0)} MB`);
  }
  console.log(`(load average ${loadavg()[0].toFixed(1)} at the end)`);
  rmSync(dir, { recursive: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
