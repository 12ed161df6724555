// Criterion weights as used in the sum: normalised to total 1, and for grouped (hierarchical)
// criteria the group's share × the criterion's share inside its group.
import type { Scenario } from './scenario.ts';

export function effectiveWeights(scenario: Scenario): number[] {
  const criteria = scenario.criteria;
  const pos = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);
  const groups = scenario.groups ?? [];
  if (groups.length === 0 || criteria.every((c) => !c.group)) {
    const total = criteria.reduce((s, c) => s + pos(c.weight), 0);
    return criteria.map((c) => (total > 0 ? pos(c.weight) / total : 0));
  }
  // Ungrouped criteria form their own implicit group with weight 0 unless a group claims them,
  // so every criterion must name a group when groups are used (checked by parseScenario).
  const groupWeight = new Map(groups.map((g) => [g.id, pos(g.weight)]));
  const usedGroups = new Set(criteria.map((c) => c.group ?? ''));
  const groupTotal = [...usedGroups].reduce((s, g) => s + (groupWeight.get(g) ?? 0), 0);
  const withinTotal = new Map<string, number>();
  for (const c of criteria) withinTotal.set(c.group ?? '', (withinTotal.get(c.group ?? '') ?? 0) + pos(c.weight));
  return criteria.map((c) => {
    const g = c.group ?? '';
    const gw = groupTotal > 0 ? (groupWeight.get(g) ?? 0) / groupTotal : 0;
    const within = withinTotal.get(g) ?? 0;
    return within > 0 ? (gw * pos(c.weight)) / within : 0;
  });
}
