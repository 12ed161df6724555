// Node only: the measure stage split over worker_threads (parcels by index range). Each thread
// builds its own indexes from the layers (cheap next to measuring) and reads the packed parcels
// from shared memory; the main thread merges the value arrays and the category lists.
import { Worker } from 'node:worker_threads';
import type { ScoringLayer } from '../../src/domain/scoring/measureContext.ts';
import type { Measures } from '../../src/domain/scoring/measureParcels.ts';
import type { PackedParcels } from '../../src/domain/scoring/packParcels.ts';
import type { Scenario } from '../../src/domain/scoring/scenario.ts';

function shared<T extends Float64Array | Uint32Array>(a: T): T {
  const sab = new SharedArrayBuffer(a.byteLength);
  const copy = new (a.constructor as new (b: SharedArrayBuffer) => T)(sab);
  copy.set(a);
  return copy;
}

export interface ThreadResult {
  from: number;
  to: number;
  values: Record<string, Float64Array>;
  categories: Record<string, string[]>;
}

export async function measureInThreads(layers: ScoringLayer[], scenario: Scenario, parcels: PackedParcels, threads: number): Promise<Measures> {
  const packed: PackedParcels = {
    ...parcels,
    coords: shared(parcels.coords),
    ringStarts: shared(parcels.ringStarts),
    parcelRingStarts: shared(parcels.parcelRingStarts),
    bbox: shared(parcels.bbox),
  };
  const n = parcels.count;
  const chunk = Math.ceil(n / threads);
  const results = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const from = Math.min(n, t * chunk);
      const to = Math.min(n, from + chunk);
      return new Promise<ThreadResult>((resolve, reject) => {
        const worker = new Worker(new URL('./_measureThread.mjs', import.meta.url), { workerData: { layers, scenario, parcels: packed, from, to } });
        worker.once('message', (m: ThreadResult) => {
          resolve(m);
          void worker.terminate();
        });
        worker.once('error', reject);
      });
    }),
  );
  // Merge: copy each thread's range; remap category indexes onto one list per measure.
  const values: Record<string, Float64Array> = {};
  const categories: Record<string, string[]> = {};
  for (const key of Object.keys(results[0].values)) {
    const out = new Float64Array(n).fill(NaN);
    const cats = results[0].categories[key] ? ([] as string[]) : undefined;
    for (const r of results) {
      const src = r.values[key];
      if (!cats) {
        out.set(src.subarray(r.from, r.to), r.from);
        continue;
      }
      const remap = r.categories[key].map((c) => {
        const i = cats.indexOf(c);
        return i >= 0 ? i : cats.push(c) - 1;
      });
      for (let i = r.from; i < r.to; i++) out[i] = Number.isNaN(src[i]) ? NaN : remap[src[i]];
    }
    values[key] = out;
    if (cats) categories[key] = cats;
  }
  return { count: n, values, categories, invalid: parcels.invalid.map((x) => x.index) };
}
