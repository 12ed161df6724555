import { describe, expect, it } from 'vitest';
import { URBAN_LOW_INCOME, WORKER_HOUSING } from '../../../src/domain/scoring/presets.ts';
import { effectiveWeights } from '../../../src/domain/scoring/effectiveWeights.ts';
import type { Scenario } from '../../../src/domain/scoring/scenario.ts';
import { buildAhpView, type AhpJudgements } from '../../../src/ui/scoring/buildAhpView.ts';
import { applyAhpWeights } from '../../../src/ui/scoring/applyAhpWeights.ts';
import { setUpperCell } from '../../../src/ui/scoring/ahpMatrix.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const effectiveById = (s: Scenario) => new Map(s.criteria.map((c, i) => [c.id, effectiveWeights(s)[i]]));

describe('AHP editor view (whole hierarchy)', () => {
  it('shows the group matrix and every group’s criteria matrix, with global weights summing to 100 %', () => {
    const view = buildAhpView(WORKER_HOUSING, {})!;
    expect(view.grouped).toBe(true);
    expect(view.top.items.map((i) => i.id)).toEqual(['jobs_transport', 'services', 'site']);
    expect(view.children.map((l) => [l.key, l.items.length])).toEqual([
      ['jobs_transport', 3],
      ['services', 4],
      ['site', 3],
    ]);
    expect(view.global).toHaveLength(WORKER_HOUSING.criteria.length);
    expect(sum(view.global.map((r) => r.ahpWeight))).toBeCloseTo(1, 12);
    for (const r of view.global) expect(r.ahpWeight).toBeCloseTo(r.groupWeight * r.localWeight, 15);
    // Started from the current weights rounded to Saaty's scale: close to them, consistent.
    for (const r of view.global) expect(Math.abs(r.ahpWeight - r.currentWeight)).toBeLessThan(0.05);
    expect(view.inconsistent).toBe(false);
  });

  it('an inconsistent group matrix is flagged with its worst judgement; the other levels keep their weights', () => {
    const before = buildAhpView(WORKER_HOUSING, {})!;
    const site = before.children.find((l) => l.key === 'site')!;
    // flood ≫ land use (9), but area ≫ flood (1/5) and land use ≫ area (5): a cycle.
    let upper = setUpperCell(site.upper, 0, 1, 9);
    upper = setUpperCell(upper, 0, 2, 1 / 5);
    upper = setUpperCell(upper, 1, 2, 5);
    const judgements: AhpJudgements = { site: { ids: site.items.map((i) => i.id), upper } };
    const view = buildAhpView(WORKER_HOUSING, judgements)!;
    const after = view.children.find((l) => l.key === 'site')!;
    expect(after.result.cr).toBeGreaterThan(0.1);
    expect(after.result.inconsistent).toBe(true);
    expect(after.result.mostInconsistent).not.toBeNull();
    expect(after.result.mostInconsistent!.tiedWith).toBe(2); // 3×3: all three deviate alike
    expect(view.top.result.weights).toEqual(before.top.result.weights);
    expect(view.children[0].result.weights).toEqual(before.children[0].result.weights);
    expect(view.crHierarchy).toBeGreaterThan(before.crHierarchy);
    expect(sum(view.global.map((r) => r.ahpWeight))).toBeCloseTo(1, 12);
  });

  it('applying sets group and criteria weights so scoring uses exactly the global weights shown; judgements stay', () => {
    const start = buildAhpView(WORKER_HOUSING, {})!;
    const jobs = start.children[0];
    const judgements: AhpJudgements = { jobs_transport: { ids: jobs.items.map((i) => i.id), upper: setUpperCell(jobs.upper, 0, 1, 5) } };
    const top = start.top;
    judgements[''] = { ids: top.items.map((i) => i.id), upper: setUpperCell(top.upper, 0, 2, 7) };
    const view = buildAhpView(WORKER_HOUSING, judgements)!;
    expect(view.inSync).toBe(false);
    const applied = applyAhpWeights(WORKER_HOUSING, view);
    const eff = effectiveById(applied);
    for (const r of view.global) expect(eff.get(r.criterion.id)).toBeCloseTo(r.ahpWeight, 12);
    expect(sum(applied.groups!.map((g) => g.weight))).toBeCloseTo(1, 12);
    // Reopened on the applied scenario with the same judgements: same matrices, now in sync.
    const again = buildAhpView(applied, judgements)!;
    expect(again.inSync).toBe(true);
    expect(again.children[0].upper).toEqual(judgements.jobs_transport.upper);
    expect(again.top.upper).toEqual(judgements[''].upper);
  });

  it('a scenario without groups is one matrix of its criteria', () => {
    const view = buildAhpView(URBAN_LOW_INCOME, {})!;
    expect(view.grouped).toBe(false);
    expect(view.children).toEqual([]);
    expect(view.top.items.map((i) => i.id)).toEqual(URBAN_LOW_INCOME.criteria.map((c) => c.id));
    expect(view.crHierarchy).toBe(view.top.result.cr);
    const applied = applyAhpWeights(URBAN_LOW_INCOME, view);
    const eff = effectiveById(applied);
    view.global.forEach((r, k) => expect(eff.get(r.criterion.id)).toBeCloseTo(view.top.result.weights[k], 12));
  });

  it('criteria switched off take no part; a group with none in use is left out and set to 0 on apply', () => {
    const off = new Set(['flood_share', 'land_use', 'area', 'market']);
    const scenario: Scenario = { ...WORKER_HOUSING, criteria: WORKER_HOUSING.criteria.map((c) => (off.has(c.id) ? { ...c, weight: 0 } : c)) };
    const view = buildAhpView(scenario, {})!;
    expect(view.top.items.map((i) => i.id)).toEqual(['jobs_transport', 'services']);
    expect(view.skippedGroups.map((g) => g.id)).toEqual(['site']);
    expect(view.children[1].items.map((i) => i.id)).not.toContain('market');
    const applied = applyAhpWeights(scenario, view);
    expect(applied.groups!.find((g) => g.id === 'site')!.weight).toBe(0);
    expect(applied.criteria.find((c) => c.id === 'market')!.weight).toBe(0);
    expect(sum(effectiveWeights(applied))).toBeCloseTo(1, 12);
    expect(buildAhpView({ ...scenario, criteria: scenario.criteria.map((c) => ({ ...c, weight: 0 })) }, {})).toBeNull();
  });

  it('more criteria in one matrix than Saaty’s random-index table covers: a user error the editor shows (not a crash), named as the lone matrix', () => {
    const many: Scenario = {
      ...URBAN_LOW_INCOME,
      groups: undefined,
      criteria: Array.from({ length: 16 }, (_, i) => ({ ...URBAN_LOW_INCOME.criteria[0], id: `c${i}`, group: undefined, weight: 1 })),
    };
    expect(() => buildAhpView(many, {})).toThrowError(expect.objectContaining({ messageVi: expect.stringMatching(/^Ma trận: .*tối đa 15 tiêu chí/) }));
  });
});
