// The combine stage: transforms × weights and constraints over the measured arrays. Cheap enough
// to run on every weight-slider move (1M parcels in tens of milliseconds); never measures.
import { effectiveWeights } from './effectiveWeights.ts';
import type { Measures } from './measureParcels.ts';
import { measureKey, type Constraint, type Scenario } from './scenario.ts';
import { transformedValues, type TransformedValues } from './transformedValues.ts';

/** `excludedBy` code for a parcel whose geometry could not be measured. */
export const EXCLUDED_INVALID_GEOMETRY = -2;
/** `excludedBy` code for a parcel that is not excluded. */
export const NOT_EXCLUDED = -1;

export interface CombineResult {
  /** 0–100 per parcel; NaN when excluded. */
  scores: Float64Array;
  /** Index into scenario.constraints of the first constraint that excludes the parcel, or NOT_EXCLUDED / EXCLUDED_INVALID_GEOMETRY. */
  excludedBy: Int16Array;
  /** The effective (normalised, group × sub) weight of each criterion, summing to 1. */
  weights: number[];
}

/** True when the raw value breaks the constraint (the parcel is excluded). */
export function violatesConstraint(c: Constraint, raw: number, categories?: string[]): boolean {
  const t = c.test;
  if (t.op === 'in') {
    if (Number.isNaN(raw) || !categories) return false;
    return t.values.includes(categories[raw]);
  }
  if (Number.isNaN(raw)) return false;
  if (t.op === 'lt') return raw < t.value;
  if (t.op === 'lte') return raw <= t.value;
  if (t.op === 'gt') return raw > t.value;
  return raw >= t.value;
}

/** Which parcels each enabled constraint excludes (independent of the weights). */
export function computeExclusions(scenario: Scenario, measures: Measures): Int16Array {
  const n = measures.count;
  const excludedBy = new Int16Array(n).fill(NOT_EXCLUDED);
  for (const i of measures.invalid) excludedBy[i] = EXCLUDED_INVALID_GEOMETRY;
  scenario.constraints.forEach((c, ci) => {
    if (c.enabled === false) return;
    const key = measureKey(c.measure);
    const raw = measures.values[key];
    if (!raw) return;
    const cats = measures.categories[key];
    for (let i = 0; i < n; i++) if (excludedBy[i] === NOT_EXCLUDED && violatesConstraint(c, raw[i], cats)) excludedBy[i] = ci;
  });
  return excludedBy;
}

/** Parcels per block: the block of scores stays in L1/L2 cache while every criterion adds to it. */
const COMBINE_BLOCK = 4096;

/**
 * Scores every parcel 0–100 = 100 × Σ weight × transform(raw). Pass `exclusions` from a previous
 * call when only weights or transforms changed, to skip the constraint pass.
 */
export function combineScores(scenario: Scenario, measures: Measures, exclusions?: Int16Array): CombineResult {
  const n = measures.count;
  const weights = effectiveWeights(scenario);
  const scores = new Float64Array(n);
  const terms: { values: TransformedValues; weight: number }[] = [];
  scenario.criteria.forEach((c, ci) => {
    const key = measureKey(c.measure);
    const raw = measures.values[key];
    if (!raw || weights[ci] === 0) return;
    terms.push({ values: transformedValues(c.transform, raw, measures.categories[key]), weight: 100 * weights[ci] });
  });
  const excludedBy = exclusions ?? computeExclusions(scenario, measures);
  // Block by block, criterion after criterion: each score gets the same sum in the same order as
  // a criterion-at-a-time pass, but the block of scores stays in cache.
  for (let a = 0; a < n; a += COMBINE_BLOCK) {
    const b = Math.min(n, a + COMBINE_BLOCK);
    for (const { values, weight } of terms) {
      if (values.values) addWeighted(scores, values.values, weight, a, b);
      else addWeightedClasses(scores, values.index, values.lut, weight, a, b);
    }
    for (let i = a; i < b; i++) if (excludedBy[i] !== NOT_EXCLUDED) scores[i] = NaN;
  }
  return { scores, excludedBy, weights };
}

function addWeighted(acc: Float64Array, values: Float32Array, weight: number, from: number, to: number) {
  for (let i = from; i < to; i++) acc[i] += weight * values[i];
}

function addWeightedClasses(acc: Float64Array, index: Uint8Array, lut: Float64Array, weight: number, from: number, to: number) {
  for (let i = from; i < to; i++) acc[i] += weight * lut[index[i]];
}
