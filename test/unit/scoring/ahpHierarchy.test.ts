import { describe, expect, it } from 'vitest';
import { ahpHierarchy, ahpLevel, hierarchyConsistencyRatio } from '../../../src/domain/scoring/ahpHierarchy.ts';
import { findMostInconsistentJudgement } from '../../../src/domain/scoring/findMostInconsistentJudgement.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const m3 = (a12: number, a13: number, a23: number) => [
  [1, a12, a13],
  [1 / a12, 1, a23],
  [1 / a13, 1 / a23, 1],
];
const candidates = ['Tom', 'Dick', 'Harry'];

// Worked example from the literature: "Analytic hierarchy process – leader example" (Wikipedia,
// after Saaty's textbook cases; the goal and Charisma/Age judgements are also the example file
// inst/extdata/tom_dick_harry.ahp of the R package `ahp`, Glur). Goal → 4 criteria → 3 candidates.
// Published: criteria priorities Experience .547, Education .127, Charisma .270, Age .056 (goal CR .044);
// local priorities Experience (.217, .717, .066), Education (.188, .081, .731), Charisma (.743, .194, .063),
// Age (.265, .672, .063); overall Tom .358, Dick .493, Harry .149.
// Here each criterion's candidates are "sub-criteria" so the hierarchy has the shape of a grouped scenario.
const leader = {
  groups: {
    criteria: ['Experience', 'Education', 'Charisma', 'Age'],
    matrix: [
      [1, 4, 3, 7],
      [1 / 4, 1, 1 / 3, 3],
      [1 / 3, 3, 1, 5],
      [1 / 7, 1 / 3, 1 / 5, 1],
    ],
  },
  children: {
    Experience: { criteria: candidates, matrix: m3(1 / 4, 4, 9) },
    Education: { criteria: candidates, matrix: m3(3, 1 / 5, 1 / 7) },
    Charisma: { criteria: candidates, matrix: m3(5, 9, 4) },
    Age: { criteria: candidates, matrix: m3(1 / 3, 5, 9) },
  },
};

const near = (actual: number[], published: number[], tol = 0.0015) => actual.forEach((a, i) => expect(Math.abs(a - published[i])).toBeLessThan(tol));

describe('hierarchical AHP', () => {
  it('reproduces the published leader example: local and global priorities', () => {
    const r = ahpHierarchy(leader);
    near(r.groups.weights, [0.547, 0.127, 0.27, 0.056]);
    expect(r.groups.cr).toBeCloseTo(0.044, 3);
    near(r.children.Experience.weights, [0.217, 0.717, 0.066]);
    near(r.children.Education.weights, [0.188, 0.081, 0.731]);
    near(r.children.Charisma.weights, [0.743, 0.194, 0.063]);
    near(r.children.Age.weights, [0.265, 0.672, 0.063]);
    // Global weight = group weight × local weight; all twelve sum to 1.
    expect(r.global).toHaveLength(12);
    expect(r.global.reduce((s, g) => s + g.weight, 0)).toBeCloseTo(1, 12);
    const exp = r.global.find((g) => g.group === 'Experience' && g.criterion === 'Dick')!;
    expect(exp.weight).toBeCloseTo(exp.groupWeight * exp.localWeight, 15);
    // Summing a candidate's global weights over the criteria gives the published overall priorities.
    const overall = candidates.map((c) => r.global.filter((g) => g.criterion === c).reduce((s, g) => s + g.weight, 0));
    near(overall, [0.358, 0.493, 0.149]);
  });

  it('computes Saaty’s hierarchic consistency ratio CR_H = (CI_top + Σ w_g CI_g) / (RI_top + Σ w_g RI_g)', () => {
    // Saaty (1980) "The Analytic Hierarchy Process", consistency of a hierarchy: M / M̄.
    const r = ahpHierarchy(leader);
    const w = r.groups.weights;
    const cis = ['Experience', 'Education', 'Charisma', 'Age'].map((g) => r.children[g].ci);
    // By hand: RI(4) = 0.90 for the goal matrix, RI(3) = 0.58 for each candidate matrix (weights sum to 1).
    const byHand = (r.groups.ci + w.reduce((s, wg, k) => s + wg * cis[k], 0)) / (0.9 + 0.58);
    expect(r.crHierarchy).toBeCloseTo(byHand, 12);
    // With the rounded local figures: (0.0395 + .547·.0184 + .127·.0324 + .270·.0356 + .056·.0145) / 1.48 ≈ 0.0433.
    expect(r.crHierarchy).toBeCloseTo(0.0433, 3);
    expect(r.inconsistent).toBe(false);
  });

  it('flags a hierarchy whose sub-matrix is inconsistent, and names the judgement to revise', () => {
    // Saaty’s light-intensity judgements (CR ≈ 0.14, see ahpWeights.test.ts) as the criteria of group B.
    const light = [
      [1, 5, 6, 7],
      [1 / 5, 1, 4, 6],
      [1 / 6, 1 / 4, 1, 4],
      [1 / 7, 1 / 6, 1 / 4, 1],
    ];
    const r = ahpHierarchy({
      groups: { criteria: ['A', 'B'], matrix: [[1, 1 / 3], [3, 1]] },
      children: { A: { criteria: ['a1'] }, B: { criteria: ['b1', 'b2', 'b3', 'b4'], matrix: light } },
    });
    expect(r.groups.weights[0]).toBeCloseTo(0.25, 10);
    expect(r.children.B.cr).toBeCloseTo(0.14, 1);
    expect(r.children.B.inconsistent).toBe(true);
    // Two groups (n = 2, RI 0) and a single criterion in A: CR_H = 0.75·CI_B / (0.75·RI(4)) = CR_B.
    expect(r.crHierarchy).toBeCloseTo(r.children.B.cr, 12);
    expect(r.inconsistent).toBe(true);
    expect(r.global.map((g) => g.criterion)).toEqual(['a1', 'b1', 'b2', 'b3', 'b4']);
    expect(r.global[0].weight).toBeCloseTo(0.25, 10);
    // The judgement furthest from w_i/w_j is reported with its deviation.
    const worst = r.children.B.mostInconsistent!;
    expect(worst.deviationFactor).toBeGreaterThan(1.5);
    const matrixWorst = findMostInconsistentJudgement(light, r.children.B.weights)!;
    expect([worst.i, worst.j]).toEqual([matrixWorst.i, matrixWorst.j]);
  });

  it('finds the one judgement entered the wrong way round', () => {
    // Consistent with w = (0.4, 0.3, 0.2, 0.1), except a_14 entered as 1/4 instead of 4.
    const w = [0.4, 0.3, 0.2, 0.1];
    const a = w.map((wi) => w.map((wj) => wi / wj));
    a[0][3] = 1 / 4;
    a[3][0] = 4;
    const level = ahpLevel({ criteria: ['c1', 'c2', 'c3', 'c4'], matrix: a });
    expect(level.inconsistent).toBe(true);
    expect(level.mostInconsistent).toMatchObject({ i: 0, j: 3, judgement: 0.25, tiedWith: 0 });
    // The weights (pulled by the wrong cell itself, w1/w4 ≈ 0.83) point away from 1/4, towards the intended 4.
    expect(level.mostInconsistent!.impliedRatio).toBeGreaterThan(0.5);
    // A consistent matrix has nothing to revise.
    expect(findMostInconsistentJudgement(w.map((wi) => w.map((wj) => wi / wj)), w)).toBeNull();
  });

  it('in a 3×3 matrix every judgement deviates equally: the first is named and the tie counted', () => {
    // w ∝ geometric row means for n = 3, so ε_12 = ε_23 = 1/ε_13: any of the three could be revised.
    const level = ahpLevel({ criteria: ['a', 'b', 'c'], matrix: m3(4, 2, 2) });
    expect(level.cr).toBeGreaterThan(0.1);
    expect(level.mostInconsistent).toMatchObject({ i: 0, j: 1, judgement: 4, tiedWith: 2 });
    expect(level.mostInconsistent!.deviationFactor).toBeCloseTo(Math.cbrt(4), 9);
  });

  it('treats single-criterion and 2×2 levels as consistent (RI = 0), and a flat model as the CR of its matrix', () => {
    const one = ahpLevel({ criteria: ['only'] });
    expect(one).toMatchObject({ weights: [1], ci: 0, ri: 0, inconsistent: false, mostInconsistent: null });
    const two = ahpLevel({ criteria: ['x', 'y'], matrix: [[1, 3], [1 / 3, 1]] });
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
    expect(two.ci).toBe(0);
    expect(Number.isNaN(two.cr)).toBe(true);
    const top = ahpLevel({ criteria: ['c1', 'c2', 'c3'], matrix: m3(2, 9, 1 / 2) });
    expect(hierarchyConsistencyRatio(top, [])).toBeCloseTo(top.cr, 12);
    expect(Number.isNaN(hierarchyConsistencyRatio(two, []))).toBe(true);
  });

  it('says which level is wrong when the input does not fit', () => {
    const bad = (input: unknown) => {
      try {
        ahpHierarchy(input as never);
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as UserError).messageVi;
      }
      throw new Error('expected a UserError');
    };
    expect(bad({ groups: { criteria: ['A', 'B'], matrix: [[1, 2], [1 / 2, 1]] }, children: { A: { criteria: ['a'] } } })).toContain("nhóm 'B'");
    expect(bad({ groups: { criteria: ['A'] }, children: { A: { criteria: ['a'] }, Z: { criteria: ['z'] } } })).toContain('Z');
    expect(bad({ groups: { criteria: ['A'] }, children: { A: { criteria: ['a', 'b'], matrix: [[1, 3], [3, 1]] } } })).toContain("Nhóm 'A'");
    expect(bad({ groups: { criteria: ['A', 'B', 'C'], matrix: [[1, 2], [1 / 2, 1]] }, children: {} })).toContain('3 hàng');
  });
});
