import { describe, expect, it } from 'vitest';
import { ahpWeights } from '../../../src/domain/scoring/ahpWeights.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

describe('AHP weights', () => {
  // Published example: Saaty, T. L. (1977) "A scaling method for priorities in hierarchical
  // structures", Journal of Mathematical Psychology 15(3), 234–281 — the light-intensity
  // experiment (four chairs at increasing distance from a light; observer's judgements of relative
  // brightness), repeated in Saaty (1980) "The Analytic Hierarchy Process", McGraw-Hill, ch. 2.
  // Published: eigenvector ≈ (0.61, 0.24, 0.10, 0.05), λmax = 4.39; with RI(4) = 0.90,
  // CI = 0.13 and CR ≈ 0.14 (> 0.10, the judgements are flagged as inconsistent).
  const light = [
    [1, 5, 6, 7],
    [1 / 5, 1, 4, 6],
    [1 / 6, 1 / 4, 1, 4],
    [1 / 7, 1 / 6, 1 / 4, 1],
  ];

  it('reproduces Saaty’s light-intensity example', () => {
    const r = ahpWeights(light);
    const published = [0.61, 0.24, 0.1, 0.05];
    r.weights.forEach((w, i) => expect(Math.abs(w - published[i])).toBeLessThan(0.01));
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.lambdaMax).toBeCloseTo(4.39, 2);
    expect(r.ci).toBeCloseTo(0.13, 2);
    expect(r.cr).toBeCloseTo(0.14, 1);
    expect(r.inconsistent).toBe(true);
  });

  it('gives exact weights and CR 0 for a consistent matrix', () => {
    // w = (0.5, 0.3, 0.2): a_ij = w_i / w_j.
    const w = [0.5, 0.3, 0.2];
    const r = ahpWeights(w.map((wi) => w.map((wj) => wi / wj)));
    r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i], 10));
    expect(r.lambdaMax).toBeCloseTo(3, 10);
    expect(r.cr).toBeCloseTo(0, 10);
    expect(r.inconsistent).toBe(false);
  });

  it('rejects a non-reciprocal matrix with a message naming the cells', () => {
    try {
      ahpWeights([[1, 3], [3, 1]]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).messageVi).toContain('[1, 2]');
    }
  });
});
