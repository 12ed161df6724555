// Pure edits of a scenario as the criteria panel makes them, and the human-readable note of each
// saved change ("Trọng số 'Khoảng cách đến KCN' 0,20 → 0,30"). No React here: unit-tested.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { Constraint, Criterion, Scenario } from '../../domain/scoring/scenario.ts';
import { msg, type Message } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

/** A criterion with weight 0 takes no part in the score: the panel shows it as switched off. */
export const isCriterionEnabled = (c: Criterion) => c.weight > 0;

/** Indexes of the criteria that share a weight budget with `index` (its group, or all when ungrouped). */
function siblingsOf(scenario: Scenario, index: number): number[] {
  const grouped = (scenario.groups?.length ?? 0) > 0;
  const g = scenario.criteria[index].group;
  return scenario.criteria.map((_, i) => i).filter((i) => !grouped || scenario.criteria[i].group === g);
}

/** Each weight's share of its budget (0–1); `weights` ≥ 0. */
export function sharesOf(weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + Math.max(0, w), 0);
  return weights.map((w) => (total > 0 ? Math.max(0, w) / total : 0));
}

/**
 * Sets one weight's share of the budget to `share01` and rescales the other positive weights
 * proportionally so the shares still sum to 1 (the sum of the weights is kept). Weights at 0 stay 0.
 * When the others are all 0 the one weight keeps 100 %.
 */
export function rescaleWeights(weights: number[], index: number, share01: number): number[] {
  const total = weights.reduce((s, w) => s + Math.max(0, w), 0) || 1;
  const othersTotal = weights.reduce((s, w, i) => (i === index ? s : s + Math.max(0, w)), 0);
  if (othersTotal <= 0) return weights.map((w, i) => (i === index ? total : Math.max(0, w)));
  const share = Math.min(0.99, Math.max(0.01, share01));
  const scale = ((1 - share) * total) / othersTotal;
  return weights.map((w, i) => (i === index ? share * total : Math.max(0, w) * scale));
}

/** The criterion's share within its group (or the whole model) set to `share01`, siblings rescaled. */
export function setCriterionShare(scenario: Scenario, criterionId: string, share01: number): Scenario {
  const index = scenario.criteria.findIndex((c) => c.id === criterionId);
  if (index < 0 || !isCriterionEnabled(scenario.criteria[index])) return scenario;
  const siblings = siblingsOf(scenario, index);
  const next = rescaleWeights(siblings.map((i) => scenario.criteria[i].weight), siblings.indexOf(index), share01);
  const criteria = scenario.criteria.slice();
  siblings.forEach((i, k) => (criteria[i] = { ...criteria[i], weight: next[k] }));
  return { ...scenario, criteria };
}

export function setGroupShare(scenario: Scenario, groupId: string, share01: number): Scenario {
  const groups = scenario.groups ?? [];
  const index = groups.findIndex((g) => g.id === groupId);
  if (index < 0) return scenario;
  const next = rescaleWeights(groups.map((g) => g.weight), index, share01);
  return { ...scenario, groups: groups.map((g, i) => ({ ...g, weight: next[i] })) };
}

/** Sets all weights of the criteria (or of one group's criteria) at once, e.g. from AHP. */
export function setWeights(scenario: Scenario, ids: string[], weights: number[]): Scenario {
  const byId = new Map(ids.map((id, i) => [id, weights[i]]));
  return { ...scenario, criteria: scenario.criteria.map((c) => (byId.has(c.id) ? { ...c, weight: byId.get(c.id)! } : c)) };
}

export function setGroupWeights(scenario: Scenario, weights: number[]): Scenario {
  return { ...scenario, groups: (scenario.groups ?? []).map((g, i) => ({ ...g, weight: weights[i] ?? g.weight })) };
}

/** Off: weight 0. On again: the mean weight of the enabled siblings, so it enters with an average share. */
export function setCriterionEnabled(scenario: Scenario, criterionId: string, enabled: boolean): Scenario {
  const index = scenario.criteria.findIndex((c) => c.id === criterionId);
  if (index < 0 || isCriterionEnabled(scenario.criteria[index]) === enabled) return scenario;
  let weight = 0;
  if (enabled) {
    const on = siblingsOf(scenario, index).map((i) => scenario.criteria[i].weight).filter((w) => w > 0);
    weight = on.length ? on.reduce((s, w) => s + w, 0) / on.length : 1;
  }
  return updateCriterion(scenario, criterionId, { weight });
}

export function updateCriterion(scenario: Scenario, criterionId: string, patch: Partial<Criterion>): Scenario {
  return { ...scenario, criteria: scenario.criteria.map((c) => (c.id === criterionId ? { ...c, ...patch } : c)) };
}

export function updateConstraint(scenario: Scenario, constraintId: string, patch: Partial<Constraint>): Scenario {
  return { ...scenario, constraints: scenario.constraints.map((c) => (c.id === constraintId ? { ...c, ...patch } : c)) };
}

/** A new id not used by the given scenarios, from a label ("Kịch bản của tôi" → "kich_ban_cua_toi"). */
export function newScenarioId(label: string, taken: string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'kich_ban';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}_${i}`;
  return id;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What changed between two versions of a scenario, for the undo history: group weights, criteria
 * weights as shares (0–1) of their group, transforms, sources, constraints. At most three items, then "…".
 */
export function describeScenarioChange(before: Scenario, after: Scenario): LocalText {
  const changes: Message[] = [];
  if (!same(before.label, after.label)) changes.push(msg('history.scenario-renamed', { label: after.label }));
  (after.groups ?? []).forEach((g) => {
    const b = before.groups?.find((x) => x.id === g.id);
    if (!b) return;
    const sb = sharesOf(before.groups!.map((x) => x.weight))[before.groups!.indexOf(b)];
    const sa = sharesOf(after.groups!.map((x) => x.weight))[after.groups!.indexOf(g)];
    if (Math.abs(sb - sa) >= 0.005) changes.push(msg('history.group-weight', { label: g.label, from: sb, to: sa }));
  });
  // Criteria weights as shares of their own budget (group), so a group change is one item.
  const budgetShares = (sc: Scenario) => {
    const shares = new Array<number>(sc.criteria.length).fill(0);
    sc.criteria.forEach((_, i) => {
      const sib = siblingsOf(sc, i);
      shares[i] = sharesOf(sib.map((k) => sc.criteria[k].weight))[sib.indexOf(i)];
    });
    return shares;
  };
  const wb = budgetShares(before);
  const wa = budgetShares(after);
  after.criteria.forEach((c, i) => {
    const b = before.criteria.find((x) => x.id === c.id);
    if (!b) return;
    const bi = before.criteria.indexOf(b);
    if ((b.weight > 0) !== (c.weight > 0)) changes.push(msg('history.criterion-used', { label: c.label, used: c.weight > 0 }));
    else if (Math.abs(wb[bi] - wa[i]) >= 0.005) changes.push(msg('history.criterion-weight', { label: c.label, from: wb[bi], to: wa[i] }));
    if (!same(b.transform, c.transform)) changes.push(msg('history.criterion-transform', { label: c.label }));
    if (!same(b.measure, c.measure)) changes.push(msg('history.criterion-measure', { label: c.label }));
  });
  after.constraints.forEach((c) => {
    const b = before.constraints.find((x) => x.id === c.id);
    if (!b) return;
    if ((b.enabled !== false) !== (c.enabled !== false)) changes.push(msg('history.constraint-enabled', { reason: c.reason, enabled: c.enabled !== false }));
    if (!same(b.test, c.test)) {
      const threshold = (t: Constraint['test']) => (t.op === 'in' ? t.values.map(String) : t.value);
      changes.push(msg('history.constraint-threshold', { reason: b.reason, from: threshold(b.test), to: threshold(c.test) }));
    } else if (!same(b.reason, c.reason)) changes.push(msg('history.constraint-reason', { id: c.id }));
  });
  return renderBoth(changes.length === 0 ? msg('history.edit-scenario', { label: after.label }) : msg('history.changes', { changes }));
}
