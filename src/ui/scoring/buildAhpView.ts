// What the AHP editor shows for a scenario: the group matrix and one criteria matrix per group (or a
// single criteria matrix when the scenario has no groups), each level's weights and consistency, the
// global weights (group × local) next to the weights in use, and Saaty's hierarchic CR. Pure: the
// judgements the user entered come in, the view comes out (unit-tested, no React).
import { ahpHierarchy, ahpLevel, type AhpLevelResult } from '../../domain/scoring/ahpHierarchy.ts';
import { CR_THRESHOLD } from '../../domain/scoring/ahpWeights.ts';
import { effectiveWeights } from '../../domain/scoring/effectiveWeights.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { reciprocalMatrix, upperFromWeights } from './ahpMatrix.ts';

/** The upper triangles the user entered, by level key ('' = the top matrix, else a group id). */
export type AhpJudgements = Record<string, { ids: string[]; upper: number[][] }>;

export interface AhpItem {
  id: string;
  label: LocalText;
}

export interface AhpLevelView {
  /** '' for the top matrix (groups, or all criteria when there are no groups); otherwise the group id. */
  key: string;
  /** The group's label for a criteria matrix inside a group; null for the top matrix. */
  group: LocalText | null;
  items: AhpItem[];
  upper: number[][];
  result: AhpLevelResult;
}

export interface AhpGlobalRow {
  criterion: AhpItem;
  group: AhpItem | null;
  /** Share of the group (1 without groups). */
  groupWeight: number;
  localWeight: number;
  /** groupWeight × localWeight. */
  ahpWeight: number;
  /** The criterion's effective weight in the scenario now (what scoring uses). */
  currentWeight: number;
}

export interface AhpView {
  grouped: boolean;
  top: AhpLevelView;
  children: AhpLevelView[];
  global: AhpGlobalRow[];
  /** Saaty's hierarchic CR (the top matrix's CR when there are no groups); NaN when no matrix is larger than 2×2. */
  crHierarchy: number;
  inconsistent: boolean;
  /** Groups without any criterion in use: not compared; applying sets their weight to 0. */
  skippedGroups: AhpItem[];
  /** True when the weights in use already equal the AHP weights (within 0.05 percentage points). */
  inSync: boolean;
}

function levelView(key: string, group: LocalText | null, items: (AhpItem & { weight: number })[], judgements: AhpJudgements, grouped: boolean): AhpLevelView {
  const ids = items.map((i) => i.id);
  const stored = judgements[key];
  const upper = stored && stored.ids.join('\u0000') === ids.join('\u0000') ? stored.upper : upperFromWeights(items.map((i) => i.weight));
  const result = ahpLevel({ criteria: ids, matrix: items.length > 1 ? reciprocalMatrix(upper) : undefined }, key || (grouped ? null : undefined));
  return { key, group, items: items.map(({ id, label }) => ({ id, label })), upper, result };
}

/**
 * The AHP view of a scenario. Criteria switched off (weight 0) take no part; matrices start from the
 * current weights (rounded to Saaty's scale) until the user enters judgements. Null when no criterion is in use.
 */
export function buildAhpView(scenario: Scenario, judgements: AhpJudgements): AhpView | null {
  const enabled = scenario.criteria.filter((c) => c.weight > 0);
  if (enabled.length === 0) return null;
  const effective = effectiveWeights(scenario);
  const currentOf = new Map(scenario.criteria.map((c, i) => [c.id, effective[i]]));
  const groups = scenario.groups ?? [];

  if (groups.length === 0) {
    const top = levelView('', null, enabled, judgements, false);
    const global = enabled.map((c, k) => ({
      criterion: { id: c.id, label: c.label },
      group: null,
      groupWeight: 1,
      localWeight: top.result.weights[k],
      ahpWeight: top.result.weights[k],
      currentWeight: currentOf.get(c.id) ?? 0,
    }));
    return finish({ grouped: false, top, children: [], global, crHierarchy: top.result.cr, skippedGroups: [] });
  }

  const used = groups.filter((g) => enabled.some((c) => c.group === g.id));
  const top = levelView('', null, used, judgements, true);
  const children = used.map((g) => levelView(g.id, g.label, enabled.filter((c) => c.group === g.id), judgements, true));
  const hierarchy = ahpHierarchy({
    groups: { criteria: top.items.map((i) => i.id), matrix: used.length > 1 ? reciprocalMatrix(top.upper) : undefined },
    children: Object.fromEntries(children.map((l) => [l.key, { criteria: l.items.map((i) => i.id), matrix: l.items.length > 1 ? reciprocalMatrix(l.upper) : undefined }])),
  });
  const global = hierarchy.global.map((g) => {
    const group = used.find((x) => x.id === g.group)!;
    const criterion = enabled.find((c) => c.id === g.criterion)!;
    return {
      criterion: { id: criterion.id, label: criterion.label },
      group: { id: group.id, label: group.label },
      groupWeight: g.groupWeight,
      localWeight: g.localWeight,
      ahpWeight: g.weight,
      currentWeight: currentOf.get(criterion.id) ?? 0,
    };
  });
  const skippedGroups = groups.filter((g) => !used.includes(g)).map((g) => ({ id: g.id, label: g.label }));
  return finish({ grouped: true, top, children, global, crHierarchy: hierarchy.crHierarchy, skippedGroups });
}

function finish(v: Omit<AhpView, 'inconsistent' | 'inSync'>): AhpView {
  return {
    ...v,
    inconsistent: v.crHierarchy > CR_THRESHOLD,
    inSync: v.global.every((r) => Math.abs(r.ahpWeight - r.currentWeight) < 0.0005),
  };
}
