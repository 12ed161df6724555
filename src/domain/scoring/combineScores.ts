// The combine stage: transforms × weights and constraints over the measured arrays. Cheap enough
// to run on every weight-slider move (1M parcels in tens of milliseconds); never measures.
import { effectiveWeights } from './effectiveWeights.ts';
import type { Measures } from './measureParcels.ts';
import { isWarning, measureKey, type Constraint, type Scenario } from './scenario.ts';
import { transformedValues, type TransformedValues } from './transformedValues.ts';

/** `excludedBy` code for a parcel whose geometry could not be measured. */
export const EXCLUDED_INVALID_GEOMETRY = -2;
/** `excludedBy` code for a parcel that is not excluded. */
export const NOT_EXCLUDED = -1;

/** Marks a parcel exempted by a constraint's `unless` while that constraint's loop runs. */
const EXEMPT = -3;

export interface CombineResult {
  /** 0–100 per parcel; NaN when excluded. */
  scores: Float64Array;
  /** Index into scenario.constraints of the first constraint that excludes the parcel, or NOT_EXCLUDED / EXCLUDED_INVALID_GEOMETRY. */
  excludedBy: Int16Array;
  /** Index of the first warning constraint the parcel breaks (it keeps its score), or NOT_EXCLUDED. */
  warnedBy: Int16Array;
  /** The effective (normalised, group × sub) weight of each criterion, summing to 1. */
  weights: number[];
}

/** True when the raw value passes the test (a constraint's, or a condition of its exception). */
export function passesTest(t: Constraint['test'], raw: number, categories?: string[]): boolean {
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

/** True when parcel `index` is exempted from the constraint: every condition of its `unless` holds. */
export function isExempt(c: Constraint, measures: Measures, index: number): boolean {
  if (!c.unless?.length) return false;
  return c.unless.every((u) => {
    const key = measureKey(u.measure);
    const raw = measures.values[key];
    return raw !== undefined && passesTest(u.test, raw[index], measures.categories[key]);
  });
}

/** True when the raw value breaks the constraint (before its exception). */
export function violatesConstraint(c: Constraint, raw: number, categories?: string[]): boolean {
  return passesTest(c.test, raw, categories);
}

/** Which parcels each enabled exclusion constraint excludes (independent of the weights). */
export function computeExclusions(scenario: Scenario, measures: Measures): Int16Array {
  const excludedBy = new Int16Array(measures.count).fill(NOT_EXCLUDED);
  for (const i of measures.invalid) excludedBy[i] = EXCLUDED_INVALID_GEOMETRY;
  markAll(scenario, measures, excludedBy, false);
  return excludedBy;
}

/** The first warning constraint each parcel breaks (NOT_EXCLUDED when none); warnings do not exclude. */
export function computeWarnings(scenario: Scenario, measures: Measures): Int16Array {
  const warnedBy = new Int16Array(measures.count).fill(NOT_EXCLUDED);
  markAll(scenario, measures, warnedBy, true);
  return warnedBy;
}

function markAll(scenario: Scenario, measures: Measures, flagged: Int16Array, warnings: boolean) {
  scenario.constraints.forEach((c, ci) => {
    if (c.enabled === false || isWarning(c) !== warnings) return;
    const key = measureKey(c.measure);
    const raw = measures.values[key];
    if (!raw) return;
    // The exception: exempt parcels are set aside for this constraint's loop only.
    const exempt: number[] = [];
    if (c.unless?.length) {
      const holds = exceptionMask(c, measures);
      for (let i = 0; i < flagged.length; i++) {
        if (holds[i] === 1 && flagged[i] === NOT_EXCLUDED) {
          flagged[i] = EXEMPT;
          exempt.push(i);
        }
      }
    }
    markViolations(c, ci, raw, measures.categories[key], flagged);
    for (const i of exempt) flagged[i] = NOT_EXCLUDED;
  });
}

/** 1 where every condition of the constraint's `unless` holds (isExempt for all parcels, one loop per condition). */
function exceptionMask(c: Constraint, measures: Measures): Uint8Array {
  const holds = new Uint8Array(measures.count).fill(1);
  for (const u of c.unless ?? []) {
    const key = measureKey(u.measure);
    const raw = measures.values[key];
    if (!raw) return holds.fill(0);
    // markViolations marks where the test passes; the parcels it leaves are those where the condition fails.
    const marks = new Int16Array(measures.count).fill(NOT_EXCLUDED);
    markViolations({ ...c, test: u.test }, 0, raw, measures.categories[key], marks);
    for (let i = 0; i < holds.length; i++) if (marks[i] !== 0) holds[i] = 0;
  }
  return holds;
}

/**
 * excludedBy[i] = ci where parcel i, not yet excluded, breaks constraint c: violatesConstraint's
 * rule, one loop per operator (no call or string test per parcel). NaN never violates.
 */
function markViolations(c: Constraint, ci: number, raw: Float64Array, categories: string[] | undefined, excludedBy: Int16Array) {
  const n = raw.length;
  const t = c.test;
  if (t.op === 'in') {
    if (!categories) return;
    const forbidden = Uint8Array.from(categories, (code) => (t.values.includes(code) ? 1 : 0));
    // NaN (no code) tested first: indexing with NaN takes V8's slow generic path (25 ns a parcel).
    for (let i = 0; i < n; i++) {
      const v = raw[i];
      if (v === v && excludedBy[i] === NOT_EXCLUDED && forbidden[v] === 1) excludedBy[i] = ci;
    }
    return;
  }
  const x = t.value;
  if (t.op === 'lt') for (let i = 0; i < n; i++) if (excludedBy[i] === NOT_EXCLUDED && raw[i] < x) excludedBy[i] = ci;
  if (t.op === 'lte') for (let i = 0; i < n; i++) if (excludedBy[i] === NOT_EXCLUDED && raw[i] <= x) excludedBy[i] = ci;
  if (t.op === 'gt') for (let i = 0; i < n; i++) if (excludedBy[i] === NOT_EXCLUDED && raw[i] > x) excludedBy[i] = ci;
  if (t.op === 'gte') for (let i = 0; i < n; i++) if (excludedBy[i] === NOT_EXCLUDED && raw[i] >= x) excludedBy[i] = ci;
}

/** Parcels per block: the block of scores stays in L1/L2 cache while every criterion adds to it. */
const COMBINE_BLOCK = 4096;

/**
 * Scores every parcel 0–100 = 100 × Σ weight × transform(raw). Pass `exclusions` and `warnings` from a
 * previous call when only weights or transforms changed, to skip the constraint passes.
 */
export function combineScores(scenario: Scenario, measures: Measures, exclusions?: Int16Array, warnings?: Int16Array): CombineResult {
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
  const warnedBy = warnings ?? computeWarnings(scenario, measures);
  // Block by block, criterion after criterion: each score gets the same sum in the same order as
  // a criterion-at-a-time pass, but the block of scores stays in cache.
  // Terms four (plain values) or two at a time: one load and store of the score per group, not per
  // term. The sum is still added term after term in float64, so the result is the same to the bit.
  for (let a = 0; a < n; a += COMBINE_BLOCK) {
    const b = Math.min(n, a + COMBINE_BLOCK);
    let t = 0;
    while (t + 1 < terms.length) {
      if (t + 3 < terms.length) {
        const v0 = terms[t].values.values, v1 = terms[t + 1].values.values, v2 = terms[t + 2].values.values, v3 = terms[t + 3].values.values;
        if (v0 && v1 && v2 && v3) {
          addWeighted4(scores, v0, terms[t].weight, v1, terms[t + 1].weight, v2, terms[t + 2].weight, v3, terms[t + 3].weight, a, b);
          t += 4;
          continue;
        }
      }
      const x = terms[t].values, y = terms[t + 1].values, wx = terms[t].weight, wy = terms[t + 1].weight;
      if (x.values) {
        if (y.values) addWeighted2(scores, x.values, wx, y.values, wy, a, b);
        else addWeightedValuesClasses(scores, x.values, wx, y.index, y.lut, wy, a, b);
      } else if (y.values) addWeightedClassesValues(scores, x.index, x.lut, wx, y.values, wy, a, b);
      else addWeightedClasses2(scores, x.index, x.lut, wx, y.index, y.lut, wy, a, b);
      t += 2;
    }
    if (t < terms.length) {
      const { values, weight } = terms[t];
      if (values.values) addWeighted(scores, values.values, weight, a, b);
      else addWeightedClasses(scores, values.index, values.lut, weight, a, b);
    }
    for (let i = a; i < b; i++) if (excludedBy[i] !== NOT_EXCLUDED) scores[i] = NaN;
  }
  return { scores, excludedBy, warnedBy, weights };
}

function addWeighted4(
  acc: Float64Array, v0: Float32Array, w0: number, v1: Float32Array, w1: number, v2: Float32Array, w2: number, v3: Float32Array, w3: number, from: number, to: number,
) {
  for (let i = from; i < to; i++) {
    let s = acc[i];
    s += w0 * v0[i];
    s += w1 * v1[i];
    s += w2 * v2[i];
    s += w3 * v3[i];
    acc[i] = s;
  }
}

function addWeighted2(acc: Float64Array, v: Float32Array, wv: number, u: Float32Array, wu: number, from: number, to: number) {
  for (let i = from; i < to; i++) {
    let s = acc[i];
    s += wv * v[i];
    s += wu * u[i];
    acc[i] = s;
  }
}

function addWeightedValuesClasses(acc: Float64Array, v: Float32Array, wv: number, index: Uint8Array, lut: Float64Array, wc: number, from: number, to: number) {
  for (let i = from; i < to; i++) {
    let s = acc[i];
    s += wv * v[i];
    s += wc * lut[index[i]];
    acc[i] = s;
  }
}

function addWeightedClassesValues(acc: Float64Array, index: Uint8Array, lut: Float64Array, wc: number, v: Float32Array, wv: number, from: number, to: number) {
  for (let i = from; i < to; i++) {
    let s = acc[i];
    s += wc * lut[index[i]];
    s += wv * v[i];
    acc[i] = s;
  }
}

function addWeightedClasses2(acc: Float64Array, index: Uint8Array, lut: Float64Array, wi: number, jndex: Uint8Array, lutJ: Float64Array, wj: number, from: number, to: number) {
  for (let i = from; i < to; i++) {
    let s = acc[i];
    s += wi * lut[index[i]];
    s += wj * lutJ[jndex[i]];
    acc[i] = s;
  }
}

function addWeighted(acc: Float64Array, values: Float32Array, weight: number, from: number, to: number) {
  for (let i = from; i < to; i++) acc[i] += weight * values[i];
}

function addWeightedClasses(acc: Float64Array, index: Uint8Array, lut: Float64Array, weight: number, from: number, to: number) {
  for (let i = from; i < to; i++) acc[i] += weight * lut[index[i]];
}
