// Hierarchical AHP: a matrix comparing the groups, and one matrix per group comparing its criteria.
// Each level gets its local weights, λmax, CI and CR from ahpWeights(); a criterion's GLOBAL weight is
// its group's weight × its local weight (Saaty's hierarchic composition), so the globals sum to 1.
//
// Consistency of the whole hierarchy (Saaty, T. L. (1980) "The Analytic Hierarchy Process", McGraw-Hill,
// ch. "Consistency of a hierarchy"): CR_H = M / M̄ with
//   M  = Σ_levels Σ_parents w_parent · CI(matrix under that parent)
//   M̄  = the same sum with the random index RI(n) of each matrix's size in place of CI.
// The goal is the single parent of the group matrix (weight 1), so for goal → groups → criteria:
//   CR_H = (CI_groups + Σ_g w_g · CI_g) / (RI(n_groups) + Σ_g w_g · RI(n_g)).
// (The same form as the "total hierarchic ranking" consistency test of textbooks,
// CR = Σ a_j CI_j / Σ a_j RI_j, taken over both levels.) CR_H > 0.10 flags the hierarchy.
import { UserError, isUserError } from '../model/userError.ts';
import { msg, type Message } from '../../i18n/message.ts';
import { ahpWeights, CR_THRESHOLD, SAATY_RANDOM_INDEX } from './ahpWeights.ts';
import { findMostInconsistentJudgement, type InconsistentJudgement } from './findMostInconsistentJudgement.ts';

/** One pairwise matrix and the names of its rows (group ids or criterion ids). */
export interface AhpLevelInput {
  criteria: string[];
  /** Square reciprocal matrix on Saaty's scale; may be omitted for a single criterion. */
  matrix?: unknown;
}

export interface AhpHierarchyInput {
  groups: AhpLevelInput;
  /** One level per group id listed in `groups.criteria`. */
  children: Record<string, AhpLevelInput>;
}

export interface AhpLevelResult {
  criteria: string[];
  /** Local weights, summing to 1. */
  weights: number[];
  lambdaMax: number;
  ci: number;
  /** Saaty's random index for this size (0 for n ≤ 2). */
  ri: number;
  /** NaN for n ≤ 2 (always consistent). */
  cr: number;
  inconsistent: boolean;
  mostInconsistent: InconsistentJudgement | null;
}

export interface GlobalWeight {
  group: string;
  criterion: string;
  groupWeight: number;
  localWeight: number;
  /** groupWeight × localWeight; all of them sum to 1. */
  weight: number;
}

export interface AhpHierarchyResult {
  groups: AhpLevelResult;
  children: Record<string, AhpLevelResult>;
  global: GlobalWeight[];
  /** Saaty's hierarchic consistency ratio CR_H; NaN when every matrix has n ≤ 2. */
  crHierarchy: number;
  inconsistent: boolean;
}


/**
 * Weights, consistency and the most inconsistent judgement of one matrix; `name` labels errors:
 * undefined for a lone matrix, null for the group level of a hierarchy, a group's name for its criteria.
 */
export function ahpLevel(input: AhpLevelInput, name?: string | null): AhpLevelResult {
  const fail = (message: Message): never => {
    throw new UserError(msg('ahp.at-level', { group: name, message }));
  };
  const criteria = input.criteria;
  if (!Array.isArray(criteria) || criteria.length === 0 || !criteria.every((c) => typeof c === 'string')) {
    fail(msg('ahp.criteria-missing'));
  }
  if (new Set(criteria).size !== criteria.length) {
    fail(msg('ahp.criteria-duplicate'));
  }
  if (criteria.length === 1 && (input.matrix === undefined || (Array.isArray(input.matrix) && input.matrix.length === 1))) {
    return { criteria, weights: [1], lambdaMax: 1, ci: 0, ri: 0, cr: NaN, inconsistent: false, mostInconsistent: null };
  }
  if (!Array.isArray(input.matrix) || input.matrix.length !== criteria.length) {
    fail(msg('ahp.rows-mismatch', { criteria: criteria.length }));
  }
  let r;
  try {
    r = ahpWeights(input.matrix);
  } catch (error) {
    if (isUserError(error)) fail(error.userMessage);
    throw error;
  }
  const n = criteria.length;
  // For n ≤ 2 the matrix is always consistent; drop the power iteration's rounding noise.
  const ci = n <= 2 ? 0 : r.ci;
  return {
    criteria,
    weights: r.weights,
    lambdaMax: r.lambdaMax,
    ci,
    ri: SAATY_RANDOM_INDEX[n] ?? 0,
    cr: r.cr,
    inconsistent: r.inconsistent,
    mostInconsistent: findMostInconsistentJudgement(input.matrix as number[][], r.weights),
  };
}

/** CR_H = (CI_top + Σ w_g CI_g) / (RI_top + Σ w_g RI_g) (Saaty 1980); NaN when the denominator is 0. */
export function hierarchyConsistencyRatio(top: AhpLevelResult, children: (AhpLevelResult & { parentWeight: number })[]): number {
  let m = top.ci;
  let mRandom = top.ri;
  for (const c of children) {
    m += c.parentWeight * c.ci;
    mRandom += c.parentWeight * c.ri;
  }
  return mRandom > 0 ? m / mRandom : NaN;
}

export function ahpHierarchy(input: AhpHierarchyInput): AhpHierarchyResult {
  if (!input || typeof input !== 'object' || !input.groups || !input.children || typeof input.children !== 'object') {
    throw new UserError(msg('ahp.hierarchy-invalid'));
  }
  const groups = ahpLevel(input.groups, null);
  const extra = Object.keys(input.children).filter((k) => !groups.criteria.includes(k));
  if (extra.length) {
    throw new UserError(msg('ahp.children-unknown', { groups: extra }));
  }
  const children: Record<string, AhpLevelResult> = {};
  const global: GlobalWeight[] = [];
  groups.criteria.forEach((g, gi) => {
    const child = input.children[g];
    if (!child) throw new UserError(msg('ahp.children-missing', { group: g }));
    const level = ahpLevel(child, g);
    children[g] = level;
    level.criteria.forEach((c, ci) =>
      global.push({ group: g, criterion: c, groupWeight: groups.weights[gi], localWeight: level.weights[ci], weight: groups.weights[gi] * level.weights[ci] }),
    );
  });
  const crHierarchy = hierarchyConsistencyRatio(
    groups,
    groups.criteria.map((g, gi) => ({ ...children[g], parentWeight: groups.weights[gi] })),
  );
  return { groups, children, global, crHierarchy, inconsistent: crHierarchy > CR_THRESHOLD };
}
