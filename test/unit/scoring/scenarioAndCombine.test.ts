// Scenario round trip, hierarchical weights, weight changes without re-measuring, one drawn
// parcel scored against an existing run, and seeded sensitivity.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { combineScores } from '../../../src/domain/scoring/combineScores.ts';
import { effectiveWeights } from '../../../src/domain/scoring/effectiveWeights.ts';
import { parseScenario } from '../../../src/domain/scoring/parseScenario.ts';
import { PRESET_SCENARIOS, presetScenario } from '../../../src/domain/scoring/presets.ts';
import { rankScores } from '../../../src/domain/scoring/rankScores.ts';
import { runSensitivity } from '../../../src/domain/scoring/runSensitivity.ts';
import { scoreParcels } from '../../../src/domain/scoring/scoreParcels.ts';
import { replaceParcelMeasures, scoreSingleParcel } from '../../../src/domain/scoring/scoreSingleParcel.ts';
import { measureKey, type Scenario } from '../../../src/domain/scoring/scenario.ts';
import { migrateProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const dir = 'test/fixtures/scoring/in/distance_linear';
const read = (f: string) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const parcels = (read('parcels.geojson') as FeatureCollection).features;
const layers = [{ id: 'roads', role: 'transport' as const, features: (read('transport.geojson') as FeatureCollection).features }];

const twoCriteria: Scenario = parseScenario({
  ...read('scenario.json'),
  criteria: [
    read('scenario.json').criteria[0],
    { id: 'area', label: { vi: 'Diện tích', en: 'Area' }, measure: { kind: 'area' }, transform: { type: 'linear', from: 0, to: 10000 }, weight: 1 },
  ],
});

describe('scenarios', () => {
  it('round-trip through JSON unchanged, presets included', () => {
    for (const s of [...PRESET_SCENARIOS, twoCriteria]) expect(parseScenario(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('are saved in the project document; a version-1 file without scenarios still opens', () => {
    const doc = migrateProjectDocument({ format: 'noxh-atlas-project', version: 1, layers: [], scenarios: [presetScenario('worker_housing')] });
    expect(doc.scenarios?.[0].id).toBe('worker_housing');
    expect(migrateProjectDocument({ format: 'noxh-atlas-project', version: 1, layers: [] }).scenarios).toBeUndefined();
  });

  it('explain what is wrong in an invalid scenario', () => {
    const bad = { ...twoCriteria, criteria: [{ ...twoCriteria.criteria[0], transform: { type: 'linear', from: 'x' } }] };
    expect(() => parseScenario(bad)).toThrow(UserError);
    expect(() => parseScenario(bad)).toThrow(/main_road/);
  });

  it('combine group and sub-weights hierarchically', () => {
    const w = effectiveWeights(presetScenario('worker_housing')!);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // industrial_zone: group 0.5 × 3 / (3 + 2 + 1).
    expect(w[0]).toBeCloseTo(0.25, 12);
  });
});

describe('combine', () => {
  it('re-ranks on a weight change without re-measuring', () => {
    const run = scoreParcels(parcels, layers, twoCriteria);
    const roadHeavy = rankScores(run.combined.scores);
    const areaHeavy: Scenario = { ...twoCriteria, criteria: [{ ...twoCriteria.criteria[0], weight: 0.01 }, { ...twoCriteria.criteria[1], weight: 10 }] };
    const again = combineScores(areaHeavy, run.measures);
    const ranks = rankScores(again.scores);
    // Road-heavy: order by distance to the road (D on it, then A 30 m, B 500 m, C 1 km, E 2.5 km).
    expect([...roadHeavy]).toEqual([2, 3, 4, 1, 5]);
    // Area-heavy: D (100 m square) still first, and the four 40 m squares now score almost alike.
    expect(ranks[3]).toBe(1);
    expect(Math.abs(again.scores[0] - again.scores[4])).toBeLessThan(0.1);
    expect(Math.abs(run.combined.scores[0] - run.combined.scores[4])).toBeGreaterThan(40);
  });

  it('scores a drawn parcel without re-measuring the others, same as a full run', () => {
    const run = scoreParcels(parcels, layers, twoCriteria);
    const drawn: Feature = { ...parcels[1], properties: { id: 'drawn' } };
    // Compared with the others (parcel 1 itself left out), it takes parcel 1's place in the ranking.
    const others = run.combined.scores.slice();
    others[1] = NaN;
    const single = scoreSingleParcel(run.context, twoCriteria, drawn, others);
    // Equal up to the local frame's latitude (a cell's centre vs the parcel's): ~1e-6 relative.
    expect(single.explanation.score).toBeCloseTo(run.combined.scores[1], 3);
    expect(single.rankAmongExisting).toBe(run.ranks[1]);
    // Replace parcel 0 by the drawn one and re-combine: parcel 0 now scores like parcel 1.
    replaceParcelMeasures(run.measures, 0, single.measures);
    expect(combineScores(twoCriteria, run.measures).scores[0]).toBeCloseTo(run.combined.scores[1], 3);
  });
});

describe('sensitivity', () => {
  const run = scoreParcels(parcels, layers, twoCriteria);
  const options = { draws: 300, spread: 0.2, topK: 2, seed: 42 };

  it('is reproducible with a seed and different with another', () => {
    // 60 parcels trading off two criteria, so perturbed weights do reorder them.
    const n = 60;
    const measures = {
      count: n,
      values: {
        [measureKey(twoCriteria.criteria[0].measure)]: Float64Array.from({ length: n }, (_, i) => (i * 1000) / n),
        [measureKey(twoCriteria.criteria[1].measure)]: Float64Array.from({ length: n }, (_, i) => (i * 10000) / n),
      },
      categories: {},
      invalid: [],
    };
    const a = runSensitivity(twoCriteria, measures, { ...options, topK: 10 });
    const b = runSensitivity(twoCriteria, measures, { ...options, topK: 10 });
    expect(a).toEqual(b);
    const c = runSensitivity(twoCriteria, measures, { ...options, topK: 10, seed: 7 });
    expect(c.probabilityTopK).not.toEqual(a.probabilityTopK);
    expect(a.rankMax[30] - a.rankMin[30]).toBeGreaterThan(0);
  });

  it('reports top-k probability and a rank range containing the base rank', () => {
    const s = runSensitivity(twoCriteria, run.measures, options);
    for (let i = 0; i < parcels.length; i++) {
      expect(s.rankMin[i]).toBeLessThanOrEqual(run.ranks[i]);
      expect(s.rankMax[i]).toBeGreaterThanOrEqual(run.ranks[i]);
      expect(s.rankMedian[i]).toBeGreaterThanOrEqual(s.rankMin[i]);
      expect(s.rankMedian[i]).toBeLessThanOrEqual(s.rankMax[i]);
    }
    // D (on the road, biggest) is always first.
    expect(s.probabilityTopK[3]).toBe(1);
    expect(s.probabilityTopK.reduce((a, b) => a + b, 0)).toBeCloseTo(options.topK, 9);
  });
});
