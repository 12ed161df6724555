// Sensitivity of the ranking to the weights: N random draws that scale each weight by a factor in
// [1 − spread, 1 + spread] (seeded, so a report can be reproduced), renormalise, re-combine, and
// record per parcel how often it stays in the top k and its rank range. Transforms are applied
// once up front; a draw is then a weighted sum over typed arrays plus one sort.
import { applyTransform } from './applyTransform.ts';
import { NOT_EXCLUDED, computeExclusions } from './combineScores.ts';
import { effectiveWeights } from './effectiveWeights.ts';
import type { Measures } from './measureParcels.ts';
import { rankScores } from './rankScores.ts';
import { measureKey, type Scenario } from './scenario.ts';

export interface SensitivityOptions {
  draws: number;
  /** Relative perturbation, 0.2 = ±20 %. */
  spread: number;
  topK: number;
  seed: number;
}

export interface SensitivityResult {
  /** Share 0–1 of draws in which the parcel ranked ≤ topK (NaN when excluded). */
  probabilityTopK: Float64Array;
  rankMin: Float64Array;
  rankMax: Float64Array;
  rankMedian: Float64Array;
}

/** Mulberry32: small, fast, good enough for Monte Carlo weights, and identical in every JS engine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function runSensitivity(scenario: Scenario, measures: Measures, options: SensitivityOptions): SensitivityResult {
  const n = measures.count;
  const { draws, spread, topK } = options;
  const random = mulberry32(options.seed);
  const base = effectiveWeights(scenario);
  const excluded = computeExclusions(scenario, measures);
  // Normalised 0–1 value per criterion and parcel, computed once.
  const normalized = scenario.criteria.map((c) => {
    const key = measureKey(c.measure);
    const raw = measures.values[key];
    const cats = measures.categories[key];
    const out = new Float64Array(n);
    if (raw) for (let i = 0; i < n; i++) out[i] = applyTransform(c.transform, raw[i], cats && raw[i] === raw[i] ? cats[raw[i]] : null);
    return out;
  });
  const inTop = new Float64Array(n);
  const rankMin = new Float64Array(n).fill(Infinity);
  const rankMax = new Float64Array(n).fill(-Infinity);
  // Rank histograms would be smaller, but n × draws ranks keep the median exact for the sizes a planner compares.
  const allRanks = new Uint32Array(n * draws);
  const scores = new Float64Array(n);
  for (let d = 0; d < draws; d++) {
    const w = base.map((b) => b * (1 + spread * (2 * random() - 1)));
    const total = w.reduce((s, x) => s + x, 0) || 1;
    scores.fill(0);
    w.forEach((wi, ci) => {
      const k = (100 * wi) / total;
      const col = normalized[ci];
      for (let i = 0; i < n; i++) scores[i] += k * col[i];
    });
    for (let i = 0; i < n; i++) if (excluded[i] !== NOT_EXCLUDED) scores[i] = NaN;
    const ranks = rankScores(scores);
    for (let i = 0; i < n; i++) {
      const r = ranks[i];
      if (r !== r) continue;
      if (r <= topK) inTop[i]++;
      if (r < rankMin[i]) rankMin[i] = r;
      if (r > rankMax[i]) rankMax[i] = r;
      allRanks[i * draws + d] = r;
    }
  }
  const rankMedian = new Float64Array(n).fill(NaN);
  const probabilityTopK = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (excluded[i] !== NOT_EXCLUDED) {
      rankMin[i] = NaN;
      rankMax[i] = NaN;
      continue;
    }
    probabilityTopK[i] = inTop[i] / draws;
    const r = allRanks.subarray(i * draws, (i + 1) * draws).sort();
    rankMedian[i] = draws % 2 ? r[(draws - 1) / 2] : (r[draws / 2 - 1] + r[draws / 2]) / 2;
  }
  return { probabilityTopK, rankMin, rankMax, rankMedian };
}
