// Node only: the measure stage split over worker_threads. The workers start once (each registers
// the TypeScript loader once, at pool creation) and stay for later runs. A run sends them the
// built indexes as typed arrays (Flatbush/KDBush rebuild from their buffers without re-indexing)
// and the packed parcels and output arrays on SharedArrayBuffers; worker t measures the t-th run
// of the same cell grid as a one-thread run, so the values are identical to measureParcels.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FeatureSet } from '../../src/domain/scoring/buildFeatureSet.ts';
import { createMeasureContext, scenarioMeasures, type MeasureContext, type ScoringLayer } from '../../src/domain/scoring/measureContext.ts';
import type { Measures } from '../../src/domain/scoring/measureParcels.ts';
import type { PackedParcels } from '../../src/domain/scoring/packParcels.ts';
import type { MeasureSpec, Scenario } from '../../src/domain/scoring/scenario.ts';

/** A FeatureSet with its indexes as raw buffers (what crosses to a worker). */
export type PortableFeatureSet = Omit<FeatureSet, 'segmentIndex' | 'chunkIndex' | 'pointIndex' | 'polygonIndex'> & {
  segmentIndex: ArrayBuffer | null;
  chunkIndex: ArrayBuffer | null;
  pointIndex: ArrayBuffer | null;
  polygonIndex: ArrayBuffer | null;
};

export interface MeasureTask {
  id: number;
  specs: [string, MeasureSpec][];
  sets: [string, PortableFeatureSet | null][];
  parcels: PackedParcels;
  /** Shared, NaN-filled output per measure key (attribute measures excepted: see below). */
  values: Record<string, Float64Array>;
  part: { index: number; of: number };
}

export interface MeasureTaskResult {
  id: number;
  /** Attribute measures: the worker's own code indexes (NaN where it measured nothing) and code list, merged by the main thread. */
  attributes: Record<string, { values: Float64Array; categories: string[] }>;
  error?: string;
}

function shared<T extends Float64Array | Uint32Array>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const copy = new (a.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  copy.set(a);
  return copy;
}

function portable(set: FeatureSet | null): PortableFeatureSet | null {
  if (!set) return null;
  const data = (index: { data: ArrayBufferLike } | null) => (index ? (index.data as ArrayBuffer) : null);
  return { ...set, segmentIndex: data(set.segmentIndex), chunkIndex: data(set.chunkIndex), pointIndex: data(set.pointIndex), polygonIndex: data(set.polygonIndex) };
}

export interface MeasurePool {
  threads: number;
  measure(ctx: MeasureContext, parcels: PackedParcels): Promise<Measures>;
  close(): Promise<void>;
}

/** Starts `threads` measuring workers (≈ 0.3–0.5 s each, once). */
export async function createMeasurePool(threads = Math.max(1, cpus().length)): Promise<MeasurePool> {
  const workers = await Promise.all(
    Array.from({ length: threads }, () => new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./_measureThread.mjs', import.meta.url));
      worker.once('message', (m: { ready: true }) => {
        // An idle pool does not keep the process alive (ref'd again while it measures).
        worker.unref();
        if (m.ready) resolve(worker);
        else reject(new Error('measure worker failed to start'));
      });
      worker.once('error', reject);
    })),
  );
  let nextId = 1;
  const run = (worker: Worker, task: MeasureTask) =>
    new Promise<MeasureTaskResult>((resolve, reject) => {
      worker.ref();
      const onMessage = (m: MeasureTaskResult) => {
        if (m.id !== task.id) return;
        worker.unref();
        worker.off('message', onMessage);
        worker.off('error', reject);
        if (m.error) reject(new Error(m.error));
        else resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(task);
    });

  return {
    threads,
    async measure(ctx, parcels) {
      const n = parcels.count;
      const packed: PackedParcels = {
        ...parcels,
        coords: shared(parcels.coords),
        ringStarts: shared(parcels.ringStarts),
        parcelRingStarts: shared(parcels.parcelRingStarts),
        bbox: shared(parcels.bbox),
      };
      const specs = [...ctx.specs];
      const sets = [...ctx.sets].map(([k, s]): [string, PortableFeatureSet | null] => [k, portable(s)]);
      const values: Record<string, Float64Array> = {};
      for (const [key, spec] of specs) if (spec.kind !== 'attribute') values[key] = new Float64Array(new SharedArrayBuffer(8 * n)).fill(NaN);
      const results = await Promise.all(workers.map((w, index) => run(w, { id: nextId++, specs, sets, parcels: packed, values, part: { index, of: workers.length } })));
      // Attribute codes: remap each worker's code indexes onto one list, in worker (= cell) order,
      // which is the order a one-thread run first meets them.
      const categories: Record<string, string[]> = {};
      for (const [key, spec] of specs) {
        if (spec.kind !== 'attribute') continue;
        const out = new Float64Array(n).fill(NaN);
        const cats: string[] = [];
        for (const r of results) {
          const { values: src, categories: own } = r.attributes[key];
          const remap = own.map((c) => {
            const i = cats.indexOf(c);
            return i >= 0 ? i : cats.push(c) - 1;
          });
          for (let i = 0; i < n; i++) if (src[i] === src[i]) out[i] = remap[src[i]];
        }
        values[key] = out;
        categories[key] = cats;
      }
      // Plain (non-shared) arrays, like measureParcels returns: callers may transfer them.
      const plain: Record<string, Float64Array> = {};
      for (const key of Object.keys(values)) plain[key] = values[key].buffer instanceof SharedArrayBuffer ? new Float64Array(values[key]) : values[key];
      return { count: n, values: plain, categories, invalid: parcels.invalid.map((x) => x.index) };
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

let defaultPool: Promise<MeasurePool> | null = null;

/**
 * Measures the scenario's measures over `threads` workers of a pool kept for the process
 * (created on first use). Same values as `measureParcels(createMeasureContext(layers, …), parcels)`.
 */
export async function measureInThreads(layers: ScoringLayer[], scenario: Scenario, parcels: PackedParcels, threads: number): Promise<Measures> {
  if (!defaultPool || (await defaultPool).threads !== threads) {
    if (defaultPool) await (await defaultPool).close();
    defaultPool = createMeasurePool(threads);
  }
  const ctx = createMeasureContext(layers, scenarioMeasures(scenario));
  return (await defaultPool).measure(ctx, parcels);
}
