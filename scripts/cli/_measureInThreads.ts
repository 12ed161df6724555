// Node only: the measure stage split over worker_threads. The workers start once (each registers
// the TypeScript loader once, at pool creation) and stay for later runs. A run sends them the
// built indexes, the packed parcels and the output arrays on SharedArrayBuffers (Flatbush/KDBush
// rebuild from their buffers without re-indexing; nothing large is copied per worker, parcel
// attributes go as code numbers). Every worker measures cells of the same grid as a one-thread run,
// taking blocks of cells from a shared counter (a thread that is done early takes more), so the
// values are identical to measureParcels. After measuring, the same threads compute the first
// combine's transforms and constraint passes by parcel range (prepareCombine).
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FeatureSet } from '../../src/domain/scoring/buildFeatureSet.ts';
import type { Feature } from 'geojson';
import type { MeasureContext, ScoringLayer } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels, type Measures } from '../../src/domain/scoring/measureParcels.ts';
import { renumberCategories } from '../../src/domain/scoring/renumberCategories.ts';
import { encodeAttribute, type EncodedAttribute } from './_attributeCodes.ts';
import type { PackedParcels } from '../../src/domain/scoring/packParcels.ts';
import type { MeasureSpec, Scenario } from '../../src/domain/scoring/scenario.ts';
import { completeScoring, prepareScoring, type ScoringRun } from '../../src/domain/scoring/scoreParcels.ts';
import { effectiveWeights } from '../../src/domain/scoring/effectiveWeights.ts';
import type { CombineTerm } from '../../src/domain/scoring/prepareCombineRange.ts';
import { measureKey } from '../../src/domain/scoring/scenario.ts';
import { classValues, rememberTransformedValues } from '../../src/domain/scoring/transformedValues.ts';

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
  /** The packed parcels without their attributes (those are in `attributes`). */
  parcels: PackedParcels;
  attributes: Record<string, EncodedAttribute>;
  /** Shared output per measure key, not pre-filled: the jobs write every slot, NaN for unusable geometry. */
  values: Record<string, Float64Array>;
  /** Attribute measures: the complete code list the jobs index into (attributeCodeList). */
  categories: Record<string, string[]>;
  /** The shared counter handing out blocks of cells, and the count of jobs still measuring. */
  claim: Int32Array;
}

/** The first combine's transforms and constraint passes over one range of parcels (prepareCombineRange). */
export interface CombineTask {
  id: number;
  scenario: Scenario;
  /** The measured arrays, all on SharedArrayBuffers. */
  measures: Measures;
  terms: CombineTerm[];
  excludedBy: Int16Array;
  warnedBy: Int16Array;
  from: number;
  to: number;
}

export interface CombineTaskResult {
  id: number;
  /** False when a class term met a value that is not a code (then combineScores computes the terms). */
  classesOk?: boolean;
  error?: string;
}

export interface MeasureTaskResult {
  id: number;
  error?: string;
  /** The worker's own time for this task (MEASURE_TRACE=1 prints it with the start delay). */
  wallMs?: number;
  /** performance.timeOrigin + now() when the worker started the task (ms since the epoch). */
  startedAt?: number;
}

function shared<T extends Float64Array | Uint32Array | Int32Array>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const copy = new (a.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  copy.set(a);
  return copy;
}

function sharedBuffer(data: ArrayBufferLike): ArrayBuffer {
  if (data instanceof SharedArrayBuffer) return data as unknown as ArrayBuffer;
  const copy = new SharedArrayBuffer(data.byteLength);
  new Uint8Array(copy).set(new Uint8Array(data));
  return copy as unknown as ArrayBuffer;
}

// Shared copies made once per feature set / parcel set (the same context or parcels measured again,
// e.g. a new scenario on the same data, send nothing new).
const portableSets = new WeakMap<FeatureSet, PortableFeatureSet>();
const sharedParcels = new WeakMap<PackedParcels, { parcels: PackedParcels; attributes: Record<string, EncodedAttribute> }>();

function portable(set: FeatureSet | null): PortableFeatureSet | null {
  if (!set) return null;
  let p = portableSets.get(set);
  if (!p) {
    const data = (index: { data: ArrayBufferLike } | null) => (index ? sharedBuffer(index.data) : null);
    p = {
      ...set,
      segments: shared(set.segments), segmentPolygon: shared(set.segmentPolygon), chunkStarts: shared(set.chunkStarts), chunkBoxes: shared(set.chunkBoxes),
      points: shared(set.points), polygonCoords: shared(set.polygonCoords), ringStarts: shared(set.ringStarts), polygonRingStarts: shared(set.polygonRingStarts),
      polygonBoxes: shared(set.polygonBoxes),
      segmentIndex: data(set.segmentIndex), chunkIndex: data(set.chunkIndex), pointIndex: data(set.pointIndex), polygonIndex: data(set.polygonIndex),
    };
    portableSets.set(set, p);
  }
  return p;
}

function shareParcels(parcels: PackedParcels) {
  let s = sharedParcels.get(parcels);
  if (!s) {
    const attributes: Record<string, EncodedAttribute> = {};
    for (const [key, list] of Object.entries(parcels.attributes)) attributes[key] = encodeAttribute(list);
    s = {
      parcels: {
        ...parcels,
        coords: shared(parcels.coords), ringStarts: shared(parcels.ringStarts), parcelRingStarts: shared(parcels.parcelRingStarts), bbox: shared(parcels.bbox),
        attributes: {},
      },
      attributes,
    };
    sharedParcels.set(parcels, s);
  }
  return s;
}

/**
 * Every code an attribute measure can meet — the parcels' own values of the property, then the source
 * polygons' codes — so that every thread indexes the same list and writes into the shared array.
 */
function attributeCodeList(own: EncodedAttribute | undefined, set: FeatureSet | null): string[] {
  const codes = new Set(own?.table ?? []);
  for (const code of set?.polygonCodes ?? []) if (code !== null) codes.add(code);
  return [...codes];
}

export interface MeasurePool {
  threads: number;
  /** Measures over the threads; every measured array is on a SharedArrayBuffer. */
  measure(ctx: MeasureContext, parcels: PackedParcels): Promise<Measures>;
  /**
   * The first combine's transforms and constraint passes over `measures` (from `measure`), split by
   * parcel ranges over the threads: the 0–1 values go to combineScores' cache, the exclusions and warnings
   * are returned for `combineScores(scenario, measures, exclusions, warnings)` — the same scores as
   * `combineScores(scenario, measures)`, with only the weighted sum left on the calling thread.
   */
  prepareCombine(scenario: Scenario, measures: Measures): Promise<{ exclusions: Int16Array; warnings: Int16Array }>;
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
  const run = <R extends { id: number; error?: string }>(worker: Worker, task: MeasureTask | CombineTask) =>
    new Promise<R>((resolve, reject) => {
      worker.ref();
      const onMessage = (m: R) => {
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
      const called = performance.timeOrigin + performance.now();
      const { parcels: packed, attributes } = shareParcels(parcels);
      const specs = [...ctx.specs];
      const sets = [...ctx.sets].map(([k, s]): [string, PortableFeatureSet | null] => [k, portable(s)]);
      // Not pre-filled: the jobs write every slot.
      const values: Record<string, Float64Array> = {};
      for (const [key] of specs) values[key] = new Float64Array(new SharedArrayBuffer(8 * n));
      const codeLists: Record<string, string[]> = {};
      for (const [key, spec] of specs) if (spec.kind === 'attribute') codeLists[key] = attributeCodeList(attributes[spec.property ?? 'landuse_code'], ctx.sets.get(key) ?? null);
      // [next cell, jobs still measuring] (see MeasureJobOptions.claim).
      const claim = new Int32Array(new SharedArrayBuffer(8));
      claim[1] = workers.length;
      const posted = performance.timeOrigin + performance.now();
      const results = await Promise.all(
        workers.map((w) => run<MeasureTaskResult>(w, { id: nextId++, specs, sets, parcels: packed, attributes, values, categories: codeLists, claim })),
      );
      const received = performance.timeOrigin + performance.now();
      if (process.env.MEASURE_TRACE) {
        console.error(`prepare ${(posted - called).toFixed(0)} ms, posted→received ${(received - posted).toFixed(0)} ms; ` + results.map((r) => `start +${(r.startedAt! - posted).toFixed(0)} wall ${r.wallMs!.toFixed(0)}`).join(' | '));
      }
      // Attribute codes: the threads indexed the same complete lists; put them in the order of first
      // use by parcel number, as measureParcels gives them (one pass, where merging each thread's own
      // list and array took two more).
      const categories: Record<string, string[]> = {};
      for (const key of Object.keys(codeLists)) categories[key] = renumberCategories(values[key], codeLists[key]);
      if (process.env.MEASURE_TRACE) console.error(`merge ${(performance.timeOrigin + performance.now() - received).toFixed(0)} ms`);
      // The shared arrays themselves (no copy: allocating 12 more arrays of n numbers here cost a
      // garbage collection, 25–40 ms at 100,000 parcels). They cannot be transferred to another
      // thread, only shared; nothing here transfers them.
      return { count: n, values, categories, invalid: parcels.invalid.map((x) => x.featureIndex) };
    },
    async prepareCombine(scenario, measures) {
      const n = measures.count;
      const onShared = (n: number) => new SharedArrayBuffer(Math.max(n, 1));
      const excludedBy = new Int16Array(onShared(2 * n));
      const warnedBy = new Int16Array(onShared(2 * n));
      // The terms combineScores will ask transformedValues for (each measure and transform once).
      const weights = effectiveWeights(scenario);
      const terms: (CombineTerm & { lut: Float64Array | null })[] = [];
      const seen = new Set<string>();
      scenario.criteria.forEach((c, ci) => {
        const key = measureKey(c.measure);
        const id = `${key}\u0000${JSON.stringify(c.transform)}`;
        if (!measures.values[key] || weights[ci] === 0 || seen.has(id)) return;
        seen.add(id);
        const lut = classValues(c.transform, measures.categories[key]);
        terms.push(lut ? { key, transform: c.transform, lut, index: new Uint8Array(onShared(n)) } : { key, transform: c.transform, lut, values: new Float32Array(onShared(4 * n)) });
      });
      const results = await Promise.all(
        workers.map((w, k) => {
          const from = Math.floor((n * k) / workers.length), to = Math.floor((n * (k + 1)) / workers.length);
          const task: CombineTask = { id: nextId++, scenario, measures, terms: terms.map(({ lut: _, ...t }) => t), excludedBy, warnedBy, from, to };
          return run<CombineTaskResult>(w, task);
        }),
      );
      const classesOk = results.every((r) => r.classesOk);
      for (const t of terms) {
        const raw = measures.values[t.key], categories = measures.categories[t.key];
        if (t.values) rememberTransformedValues(t.transform, raw, categories, { values: t.values });
        else if (classesOk) rememberTransformedValues(t.transform, raw, categories, { index: t.index!, lut: t.lut! });
      }
      return { exclusions: excludedBy, warnings: warnedBy };
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

let defaultPool: Promise<MeasurePool> | null = null;

/** A pool kept for the process (created on first use, replaced when another size is asked for). */
async function poolOf(threads: number): Promise<MeasurePool> {
  if (!defaultPool || (await defaultPool).threads !== threads) {
    if (defaultPool) await (await defaultPool).close();
    defaultPool = createMeasurePool(threads);
  }
  return defaultPool;
}

/** scoreParcels with the measuring over `threads` worker threads: the same run, value for value (features or packed parcels). */
export async function scoreParcelsInThreads(parcelFeatures: Feature[] | PackedParcels, layers: ScoringLayer[], scenario: Scenario, threads: number): Promise<ScoringRun> {
  // The threads start while this thread packs and indexes.
  const pool = poolOf(threads);
  const { context, parcels } = prepareScoring(parcelFeatures, layers, scenario, { shared: true });
  // Distances along the roads read a travel field the threads do not hold: measured here, same values.
  if (context.travel) return completeScoring(scenario, context, parcels, measureParcels(context, parcels));
  const started = await pool;
  const measures = await started.measure(context, parcels);
  return completeScoring(scenario, context, parcels, measures, await started.prepareCombine(scenario, measures));
}
