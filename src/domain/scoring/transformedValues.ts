// The 0–1 values of a criterion (transform applied to its measured array), kept between combine
// calls: a weight change then only re-weights cached arrays (one multiply-add per parcel and
// criterion) instead of re-running the transforms (Math.exp, class lookups) on every slider move.
// Keyed by the measured array itself, the transform and the category list, so new measures, a
// new transform or a new code never hit an old entry. Code that writes into a measured array in
// place must call `forgetTransformedValues` (replaceParcelMeasures does).
// Plain values are cached as float32: the combine loop is memory-bound (1M parcels × 10 criteria),
// and half the bytes make it nearly twice as fast. A 0–1 value rounded to float32 is off by at most
// 6e-8, i.e. < 1e-5 score points in total, far below the 2 decimals shown; the sum itself stays
// float64. Class lookups (stepped, categorical) keep exact float64 tables.
import { applyTransform, transformInto } from './applyTransform.ts';
import type { Measures } from './measureParcels.ts';
import type { Transform } from './scenario.ts';

/**
 * A criterion's 0–1 values: plain, or (stepped and categorical transforms, which take few distinct
 * values) a byte per parcel indexing `lut`, so the combine loop reads 1 byte instead of 8.
 */
export type TransformedValues = { values: Float32Array; index?: undefined; lut?: undefined } | { values?: undefined; index: Uint8Array; lut: Float64Array };

const cache = new WeakMap<Float64Array, Map<string, TransformedValues>>();
/** Entries kept per measured array (the current transform and the previous one, e.g. while editing thresholds). */
const KEEP = 2;

export function transformedValues(t: Transform, raw: Float64Array, categories?: string[]): TransformedValues {
  const key = cacheKey(t, categories);
  const entries = cache.get(raw);
  const hit = entries?.get(key);
  if (hit) {
    // Most recently used last.
    entries!.delete(key);
    entries!.set(key, hit);
    return hit;
  }
  const values = classIndex(t, raw, categories) ?? { values: new Float32Array(raw.length) };
  if (values.values) transformInto(t, raw, categories, values.values);
  remember(raw, key, values);
  return values;
}

/**
 * Keeps 0–1 values computed elsewhere (the measuring threads, range by range with transformInto and
 * classIndexInto) as transformedValues would have computed them, so the next combine finds them.
 */
export function rememberTransformedValues(t: Transform, raw: Float64Array, categories: string[] | undefined, values: TransformedValues): void {
  remember(raw, cacheKey(t, categories), values);
}

function cacheKey(t: Transform, categories: string[] | undefined): string {
  return JSON.stringify(t) + (t.type === 'categorical' && categories ? `\u0000${categories.join('\u0001')}` : '');
}

function remember(raw: Float64Array, key: string, values: TransformedValues) {
  let entries = cache.get(raw);
  if (!entries) cache.set(raw, (entries = new Map()));
  entries.delete(key);
  entries.set(key, values);
  while (entries.size > KEEP) entries.delete(entries.keys().next().value!);
}

/**
 * The 0–1 value of each class when the criterion's values are kept as a class per parcel (stepped and
 * categorical transforms with fewer than 255 classes; the last entry is for NaN / other), else null.
 */
export function classValues(t: Transform, categories?: string[]): Float64Array | null {
  if (t.type === 'stepped' && t.classes.length > 0 && t.classes.length < 255) return Float64Array.from([...t.classes.map((c) => c.value01), NaN]);
  if (t.type === 'categorical' && (categories?.length ?? 0) < 255) {
    const m = categories?.length ?? 0;
    const lut = new Float64Array(m + 1);
    categories?.forEach((c, i) => (lut[i] = applyTransform(t, NaN, c)));
    lut[m] = t.otherValue01;
    return lut;
  }
  return null;
}

/**
 * index[i − from] = the class of parcel i, for i in [from, to), for a transform with classValues; false
 * when a value is not a code index (cannot come from measureParcels: transformInto then handles it).
 */
export function classIndexInto(t: Transform, raw: Float64Array, categories: string[] | undefined, index: Uint8Array, from = 0, to = raw.length): boolean {
  if (t.type === 'stepped') {
    const ups = Float64Array.from(t.classes.map((c) => c.upTo));
    const last = ups.length - 1;
    for (let i = from; i < to; i++) {
      const v = raw[i];
      let k = 0;
      while (k < last && !(v <= ups[k])) k++;
      index[i - from] = v === v ? k : last + 1;
    }
    return true;
  }
  const m = categories?.length ?? 0;
  for (let i = from; i < to; i++) {
    const v = raw[i];
    if (v !== v) index[i - from] = m;
    else if (v >= 0 && v < m && v === Math.floor(v)) index[i - from] = v;
    else return false;
  }
  return true;
}

/** For stepped and categorical transforms: the class of each parcel and each class's 0–1 value (exactly transformInto's values). */
function classIndex(t: Transform, raw: Float64Array, categories?: string[]): TransformedValues | null {
  const lut = classValues(t, categories);
  if (!lut) return null;
  const index = new Uint8Array(raw.length);
  return classIndexInto(t, raw, categories, index) ? { index, lut } : null;
}

/** Drops the cached 0–1 values of every measured array of `measures` (after an in-place edit). */
export function forgetTransformedValues(measures: Measures): void {
  for (const raw of Object.values(measures.values)) cache.delete(raw);
}
