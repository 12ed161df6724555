// AHP (Saaty): weights from a pairwise comparison matrix on the 1–9 scale — the principal
// eigenvector by power iteration — with λmax, the consistency index CI = (λmax − n)/(n − 1) and the
// consistency ratio CR = CI / RI, RI being Saaty's random index for the matrix size.
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';

/** Saaty's random consistency index by matrix size n (index = n), Saaty 1980 / 2008. */
export const SAATY_RANDOM_INDEX = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** The CR above which Saaty asks to revise the judgements. */
export const CR_THRESHOLD = 0.1;

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  /** NaN for n ≤ 2 (always consistent). */
  cr: number;
  /** True when CR > 0.10 (Saaty's threshold): the judgements should be revised. */
  inconsistent: boolean;
}

export function validatePairwiseMatrix(matrix: unknown): number[][] {
  if (!Array.isArray(matrix) || matrix.length < 2 || !matrix.every((row) => Array.isArray(row) && row.length === matrix.length)) {
    throw new UserError(msg('ahp.matrix-not-square'));
  }
  const n = matrix.length;
  if (n >= SAATY_RANDOM_INDEX.length) {
    throw new UserError(msg('ahp.too-many', { max: SAATY_RANDOM_INDEX.length - 1 }));
  }
  const m = matrix as unknown[][];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = m[i][j];
      if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) {
        throw new UserError(msg('ahp.cell-not-positive', { row: i, column: j }));
      }
      // Saaty's scale runs from 1/9 to 9 (1/9 may be written 0.111): 1e308 is no judgement, it would swamp the weights.
      if (v < 1 / 9 - 5e-4 || v > 9 + 1e-9) throw new UserError(msg('ahp.cell-out-of-scale', { row: i, column: j, value: v }));
      if (i === j && Math.abs(v - 1) > 1e-9) throw new UserError(msg('ahp.diagonal-not-one', { row: i }));
      if (Math.abs(v * (m[j][i] as number) - 1) > 0.01) {
        throw new UserError(msg('ahp.not-reciprocal', { row: i, column: j }));
      }
    }
  }
  return m as number[][];
}

export function ahpWeights(input: unknown): AhpResult {
  const a = validatePairwiseMatrix(input);
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 1000; iter++) {
    const next = a.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
    const sum = next.reduce((s, v) => s + v, 0);
    for (let i = 0; i < n; i++) next[i] /= sum;
    const delta = next.reduce((s, v, i) => Math.max(s, Math.abs(v - w[i])), 0);
    w = next;
    if (delta < 1e-12) break;
  }
  // λmax = mean over i of (A w)_i / w_i.
  const aw = a.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
  const lambdaMax = aw.reduce((s, v, i) => s + v / w[i], 0) / n;
  const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = SAATY_RANDOM_INDEX[n];
  const cr = ri > 0 ? ci / ri : NaN;
  return { weights: w, lambdaMax, ci, cr, inconsistent: cr > CR_THRESHOLD };
}
