// Pure edits of a scenario as the criteria panel makes them, and the human-readable note of each
// saved change ("Trọng số 'Khoảng cách đến KCN' 0,20 → 0,30"). No React here: unit-tested.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { Constraint, Criterion, Scenario } from '../../domain/scoring/scenario.ts';
import { formatNumber } from '../../i18n/format.ts';

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

const n2 = (x: number, language: 'vi' | 'en') => formatNumber(x, language, 2);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What changed between two versions of a scenario, for the undo history: group weights, criteria
 * weights as shares (0–1) of their group, transforms, sources, constraints. At most three items, then "…".
 */
export function describeScenarioChange(before: Scenario, after: Scenario): LocalText {
  const vi: string[] = [];
  const en: string[] = [];
  const push = (v: string, e: string) => {
    vi.push(v);
    en.push(e);
  };
  if (!same(before.label, after.label)) push(`Đổi tên kịch bản thành "${after.label.vi}"`, `Rename scenario to "${after.label.en}"`);
  (after.groups ?? []).forEach((g) => {
    const b = before.groups?.find((x) => x.id === g.id);
    if (!b) return;
    const sb = sharesOf(before.groups!.map((x) => x.weight))[before.groups!.indexOf(b)];
    const sa = sharesOf(after.groups!.map((x) => x.weight))[after.groups!.indexOf(g)];
    if (Math.abs(sb - sa) >= 0.005) push(`Trọng số nhóm '${g.label.vi}' ${n2(sb, 'vi')} → ${n2(sa, 'vi')}`, `Group weight '${g.label.en}' ${n2(sb, 'en')} → ${n2(sa, 'en')}`);
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
    if ((b.weight > 0) !== (c.weight > 0)) {
      push(c.weight > 0 ? `Dùng tiêu chí '${c.label.vi}'` : `Bỏ tiêu chí '${c.label.vi}'`, c.weight > 0 ? `Use criterion '${c.label.en}'` : `Drop criterion '${c.label.en}'`);
    } else if (Math.abs(wb[bi] - wa[i]) >= 0.005) {
      push(`Trọng số '${c.label.vi}' ${n2(wb[bi], 'vi')} → ${n2(wa[i], 'vi')}`, `Weight '${c.label.en}' ${n2(wb[bi], 'en')} → ${n2(wa[i], 'en')}`);
    }
    if (!same(b.transform, c.transform)) push(`Hàm chuẩn hóa '${c.label.vi}'`, `Transform of '${c.label.en}'`);
    if (!same(b.measure, c.measure)) push(`Nguồn đo '${c.label.vi}'`, `Measure of '${c.label.en}'`);
  });
  after.constraints.forEach((c) => {
    const b = before.constraints.find((x) => x.id === c.id);
    if (!b) return;
    if ((b.enabled !== false) !== (c.enabled !== false)) {
      push(c.enabled !== false ? `Bật ràng buộc '${c.reason.vi}'` : `Tắt ràng buộc '${c.reason.vi}'`, c.enabled !== false ? `Enable constraint '${c.reason.en}'` : `Disable constraint '${c.reason.en}'`);
    }
    if (!same(b.test, c.test)) {
      const show = (t: Constraint['test'], language: 'vi' | 'en') => (t.op === 'in' ? t.values.join(', ') : n2(t.value, language));
      push(`Ngưỡng '${b.reason.vi}' ${show(b.test, 'vi')} → ${show(c.test, 'vi')}`, `Threshold '${b.reason.en}' ${show(b.test, 'en')} → ${show(c.test, 'en')}`);
    } else if (!same(b.reason, c.reason)) push(`Lý do ràng buộc '${c.id}'`, `Reason of constraint '${c.id}'`);
  });
  if (vi.length === 0) return { vi: `Sửa kịch bản "${after.label.vi}"`, en: `Edit scenario "${after.label.en}"` };
  const more = vi.length > 3;
  return { vi: vi.slice(0, 3).join('; ') + (more ? '; …' : ''), en: en.slice(0, 3).join('; ') + (more ? '; …' : '') };
}
