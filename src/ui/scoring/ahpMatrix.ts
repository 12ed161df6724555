// The pairwise matrix the AHP editor builds: the user sets the upper triangle on Saaty's 1–9 scale
// (or its reciprocals); the lower triangle is the reciprocal, the diagonal 1.

/** Saaty's scale as offered in the selects: 9 … 2, 1, 1/2 … 1/9. */
export const SAATY_CHOICES: { value: number; label: string }[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((v) => ({ value: v, label: String(v) })),
  { value: 1, label: '1' },
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((v) => ({ value: 1 / v, label: `1/${v}` })),
];

/** The nearest Saaty choice to a ratio (for starting the matrix from the current weights). */
export function nearestSaaty(ratio: number): number {
  const target = Math.log(ratio > 0 && Number.isFinite(ratio) ? ratio : 1);
  let best = 1;
  for (const c of SAATY_CHOICES) if (Math.abs(Math.log(c.value) - target) < Math.abs(Math.log(best) - target)) best = c.value;
  return best;
}

/** Full n×n reciprocal matrix from the upper triangle `upper[i][j]` (j > i). */
export function reciprocalMatrix(upper: number[][]): number[][] {
  const n = upper.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? upper[i][j] : 1 / upper[j][i])),
  );
}

/** An upper triangle consistent with the given weights, rounded to Saaty's scale. */
export function upperFromWeights(weights: number[]): number[][] {
  const n = weights.length;
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j > i ? nearestSaaty((weights[i] || 1e-9) / (weights[j] || 1e-9)) : 1)));
}

export function setUpperCell(upper: number[][], i: number, j: number, value: number): number[][] {
  return upper.map((row, r) => (r === i ? row.map((v, c) => (c === j ? value : v)) : row));
}

export function saatyLabel(value: number): string {
  return (SAATY_CHOICES.find((c) => Math.abs(c.value - value) < 1e-9) ?? { label: String(Math.round(value * 100) / 100) }).label;
}
