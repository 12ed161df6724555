// Weight edits as the panel makes them: sliders keep each budget at 100 %, toggles, and the note
// that names the change in the undo history.
import { describe, expect, it } from 'vitest';
import { effectiveWeights } from '../../../src/domain/scoring/effectiveWeights.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import {
  describeScenarioChange, newScenarioId, rescaleWeights, setCriterionEnabled, setCriterionShare, setGroupShare, sharesOf, updateConstraint, updateCriterion,
} from '../../../src/ui/scoring/scenarioEdits.ts';
import { missingMeasures, openMeasureSession } from '../../../src/domain/scoring/measureSession.ts';
import { measureKey, type Scenario } from '../../../src/domain/scoring/scenario.ts';

/** The measure keys a scenario needs (all missing from a session with nothing measured). */
const measureKeysOf = (scenario: Scenario) => missingMeasures(openMeasureSession([], []), scenario).map(measureKey).sort();

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('rescaleWeights', () => {
  it('sets one share and scales the others proportionally, keeping the total', () => {
    const next = rescaleWeights([2, 1, 1], 0, 0.2);
    expect(sum(next)).toBeCloseTo(4);
    expect(sharesOf(next)).toEqual([0.2, 0.4, 0.4].map((x) => expect.closeTo(x, 10)));
  });
  it('leaves switched-off weights at 0 and keeps 100 % for a lone weight', () => {
    expect(sharesOf(rescaleWeights([1, 0, 3], 0, 0.5))).toEqual([0.5, 0, 0.5].map((x) => expect.closeTo(x, 10)));
    expect(rescaleWeights([2, 0], 0, 0.3)).toEqual([2, 0]);
  });
});

describe('scenario edits', () => {
  const worker = presetScenario('worker_housing')!;

  it('a criterion slider changes shares inside its group only; effective weights still sum to 1', () => {
    const next = setCriterionShare(worker, 'industrial_zone', 0.8);
    const group = next.criteria.filter((c) => c.group === 'jobs_transport');
    expect(sharesOf(group.map((c) => c.weight))[0]).toBeCloseTo(0.8);
    // main_road 2 : transit 1 keep their ratio.
    expect(group[1].weight / group[2].weight).toBeCloseTo(2);
    expect(next.criteria.filter((c) => c.group !== 'jobs_transport')).toEqual(worker.criteria.filter((c) => c.group !== 'jobs_transport'));
    expect(sum(effectiveWeights(next))).toBeCloseTo(1);
  });

  it('group sliders keep the groups at 100 %', () => {
    const next = setGroupShare(worker, 'site', 0.6);
    expect(sum(sharesOf(next.groups!.map((g) => g.weight)))).toBeCloseTo(1);
    expect(sharesOf(next.groups!.map((g) => g.weight))[2]).toBeCloseTo(0.6);
    // jobs 0.5 : services 0.3 stay in ratio.
    expect(next.groups![0].weight / next.groups![1].weight).toBeCloseTo(0.5 / 0.3);
  });

  it('switching a criterion off sets its weight to 0; on again gives it the mean weight of its group', () => {
    const off = setCriterionEnabled(worker, 'market', false);
    expect(off.criteria.find((c) => c.id === 'market')!.weight).toBe(0);
    const on = setCriterionEnabled(off, 'market', true);
    // services: kindergartens 2, health 1, water 1 → mean 4/3.
    expect(on.criteria.find((c) => c.id === 'market')!.weight).toBeCloseTo(4 / 3);
  });

  it('weights and thresholds do not change the measures; a new source or a re-enabled constraint does', () => {
    const keys = measureKeysOf(worker);
    expect(measureKeysOf(setGroupShare(worker, 'site', 0.9))).toEqual(keys);
    expect(measureKeysOf(updateConstraint(worker, 'min_area', { test: { op: 'lt', value: 9000 } }))).toEqual(keys);
    expect(measureKeysOf(updateCriterion(worker, 'industrial_zone', { measure: { kind: 'distance_to_nearest', source: { layerId: 'industrial_zones' } } }))).not.toEqual(keys);
    const withoutFlood = updateConstraint(worker, 'high_flood', { enabled: false });
    expect(measureKeysOf(withoutFlood).length).toBe(keys.length - 1);
  });

  it('names the change for the undo history, Vietnamese with a decimal comma', () => {
    const note = describeScenarioChange(worker, setGroupShare(worker, 'jobs_transport', 0.3));
    expect(note.vi).toContain("Trọng số nhóm 'Việc làm và giao thông' 0,5 → 0,3");
    expect(note.en).toContain("Group weight 'Jobs and transport' 0.5 → 0.3");
    const threshold = describeScenarioChange(worker, updateConstraint(worker, 'min_area', { test: { op: 'lt', value: 8000 } }));
    expect(threshold.vi).toBe("Ngưỡng 'Diện tích nhỏ hơn 5.000 m²' 5.000 → 8.000");
    const iz = describeScenarioChange(worker, setCriterionShare(worker, 'industrial_zone', 0.2));
    expect(iz.vi.startsWith("Trọng số 'Khoảng cách đến KCN/CCN' 0,5 → 0,2")).toBe(true);
    expect(describeScenarioChange(worker, setCriterionEnabled(worker, 'market', false)).vi).toContain("Bỏ tiêu chí 'Khoảng cách đến chợ'");
  });

  it('makes readable unique ids from Vietnamese names', () => {
    expect(newScenarioId('Kịch bản Đức Phổ', [])).toBe('kich_ban_duc_pho');
    expect(newScenarioId('Kịch bản Đức Phổ', ['kich_ban_duc_pho'])).toBe('kich_ban_duc_pho_2');
  });
});
