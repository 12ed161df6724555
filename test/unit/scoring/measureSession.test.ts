// The measure session (what is measured for one data set, what a scenario still needs, merging): a
// second scenario measures only its new keys, a weight change nothing, and merged values equal a run
// that measures everything at once.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/domain/model/userError.ts';
import { combineScores } from '../../../src/domain/scoring/combineScores.ts';
import { measureParcels } from '../../../src/domain/scoring/measureParcels.ts';
import { indexScenario, measuredKeys, mergeMeasured, missingMeasures, openMeasureSession, planMeasure, requireMeasured, type MeasureSession } from '../../../src/domain/scoring/measureSession.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import { measureKey, type Scenario } from '../../../src/domain/scoring/scenario.ts';
import { scoreParcels } from '../../../src/domain/scoring/scoreParcels.ts';
import { collectScoringInput, type ScoringInput } from '../../../src/ui/scoring/collectScoringInput.ts';
import { loadedSampleLayers, sampleProject } from '../audit-ui/sampleAudit.ts';

const input = collectScoringInput(sampleProject.layers, loadedSampleLayers()) as ScoringInput;
const worker = presetScenario('worker_housing')!;
const urban = presetScenario('urban_low_income')!;
const keysOf = (s: Scenario) => [...new Set([...s.criteria, ...s.constraints, ...s.constraints.flatMap((c) => c.unless ?? [])].map((c) => measureKey(c.measure)))].sort();

/** Plans, measures and merges what the scenario needs; returns the session and the keys measured. */
function measure(session: MeasureSession, scenario: Scenario): { session: MeasureSession; measured: string[] } {
  const { session: planned, plan } = planMeasure(session, scenario);
  if (!plan) return { session: planned, measured: [] };
  return { session: mergeMeasured(planned, plan, measureParcels(plan.context, plan.parcels)), measured: [...plan.context.specs.keys()].sort() };
}

describe('measure session', () => {
  it('measures each key once: everything first, then only what a new scenario adds, nothing for a weight change', () => {
    expect(input.status).toBe('ready');
    const empty = openMeasureSession(input.layers, input.parcels);
    expect(measuredKeys(empty)).toEqual([]);
    expect(missingMeasures(empty, worker).map(measureKey).sort()).toEqual(keysOf(worker));

    const first = measure(empty, worker);
    expect(first.measured).toEqual(keysOf(worker));
    expect(measuredKeys(first.session).sort()).toEqual(keysOf(worker));

    const reweighed: Scenario = { ...worker, criteria: worker.criteria.map((c, i) => ({ ...c, weight: c.weight + i })) };
    const again = measure(first.session, reweighed);
    expect(again.measured).toEqual([]);
    expect(again.session.packed).toBe(first.session.packed);

    const second = measure(first.session, urban);
    const added = keysOf(urban).filter((k) => !keysOf(worker).includes(k));
    expect(added.length).toBeGreaterThan(0);
    expect(second.measured).toEqual(added);
    expect(measuredKeys(second.session).sort()).toEqual([...new Set([...keysOf(worker), ...keysOf(urban)])].sort());
    // The first session is untouched (each step returns a new one).
    expect(measuredKeys(first.session).sort()).toEqual(keysOf(worker));

    // Merged values score exactly like a one-off run of the scenario.
    for (const scenario of [worker, urban]) {
      const merged = combineScores(scenario, requireMeasured(second.session, scenario));
      expect(merged.scores).toEqual(scoreParcels(input.parcels, input.layers, scenario).combined.scores);
    }
  });

  it('refuses to combine a scenario with unmeasured keys, and indexes a scenario for one more parcel', () => {
    const empty = openMeasureSession(input.layers, input.parcels);
    expect(() => requireMeasured(empty, worker)).toThrow(UserError);
    const { session } = measure(empty, worker);
    expect(() => requireMeasured(session, urban)).toThrow(/not measured yet/);
    const indexed = indexScenario(session, urban);
    expect([...indexed.context.specs.keys()].sort()).toEqual([...new Set([...keysOf(worker), ...keysOf(urban)])].sort());
    expect(indexScenario(indexed, worker)).toBe(indexed);
  });
});
