// The first combine's heavy part for a range of parcels: each criterion's 0–1 values (the transforms,
// with Math.exp and class lookups) and the constraints' exclusions and warnings. Parcel by parcel these
// depend on that parcel's measured values only, so measuring threads can compute them range by range
// into shared arrays — the same numbers as combineScores computes on one thread — and the main thread
// only adds the weighted sum (see scripts/cli/_measureInThreads.ts, prepareCombine).
import { computeExclusions, computeWarnings } from './combineScores.ts';
import { transformInto } from './applyTransform.ts';
import type { Measures } from './measureParcels.ts';
import type { Scenario, Transform } from './scenario.ts';
import { classIndexInto } from './transformedValues.ts';

/** One criterion's 0–1 values to compute: float32 values, or a class per parcel (transformedValues' two forms). */
export interface CombineTerm {
  key: string;
  transform: Transform;
  values?: Float32Array;
  index?: Uint8Array;
}

/**
 * Writes parcels from … to−1 of every term and of `excludedBy` / `warnedBy` (arrays over all parcels).
 * Returns false when a class term met a value that is not a code index (then the caller lets
 * combineScores compute that term itself); exclusions and warnings are written in any case.
 */
export function prepareCombineRange(
  scenario: Scenario, measures: Measures, terms: CombineTerm[], excludedBy: Int16Array, warnedBy: Int16Array, from: number, to: number,
): boolean {
  let classesOk = true;
  for (const term of terms) {
    const raw = measures.values[term.key];
    const categories = measures.categories[term.key];
    if (term.values) transformInto(term.transform, raw, categories, term.values.subarray(from, to), from, to);
    else if (term.index) classesOk = classIndexInto(term.transform, raw, categories, term.index.subarray(from, to), from, to) && classesOk;
  }
  // The constraint passes over the range, as over parcels 0 … to−from−1.
  const part: Measures = {
    count: to - from,
    values: Object.fromEntries(Object.entries(measures.values).map(([k, v]) => [k, v.subarray(from, to)])),
    categories: measures.categories,
    invalid: measures.invalid.filter((i) => i >= from && i < to).map((i) => i - from),
  };
  excludedBy.set(computeExclusions(scenario, part), from);
  warnedBy.set(computeWarnings(scenario, part), from);
  return classesOk;
}

