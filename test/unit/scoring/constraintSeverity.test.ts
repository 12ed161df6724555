// Constraint severities and exceptions: a warning keeps the parcel's score and rank (and is explained);
// an exclusion with `unless` spares the parcels for which every condition holds; old scenario files
// (no severity) still exclude.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { combineScores } from '../../../src/domain/scoring/combineScores.ts';
import { explainParcel } from '../../../src/domain/scoring/explainParcel.ts';
import { parseScenario } from '../../../src/domain/scoring/parseScenario.ts';
import { scoreParcels, scoredFeatureCollection } from '../../../src/domain/scoring/scoreParcels.ts';
import type { Constraint, Scenario } from '../../../src/domain/scoring/scenario.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const dir = 'test/fixtures/scoring/in/distance_linear';
const read = (f: string) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
// A 30 m from the road, B 500 m, C 1 km, D on it, E 2.5 km; each given a land-use code of its own.
const CODES = ['LUC', 'TMD', 'SKK', 'ODT', 'RPH'];
const parcels = (read('parcels.geojson') as FeatureCollection).features.map((f, i) => ({ ...f, properties: { ...f.properties, landuse_code: CODES[i] } }));
const layers = [{ id: 'roads', role: 'transport' as const, features: (read('transport.geojson') as FeatureCollection).features }];
const base = read('scenario.json') as Scenario;
const code = { kind: 'attribute' as const, property: 'landuse_code' };
const reason = (vi: string) => ({ vi, en: vi });

const rice: Constraint = { id: 'rice', measure: code, test: { op: 'in', values: ['LUC'] }, reason: reason('Đất lúa'), reference: 'Luật Đất đai 2024', severity: 'warning' };
const forest: Constraint = { id: 'forest', measure: code, test: { op: 'in', values: ['RPH'] }, reason: reason('Rừng phòng hộ') };
const nearRoad: Constraint = {
  id: 'near_road',
  measure: base.criteria[0].measure,
  test: { op: 'lt', value: 600 },
  reason: reason('Gần đường'),
  unless: [{ measure: code, test: { op: 'in', values: ['TMD'] } }],
};
const scenario = parseScenario({ ...base, constraints: [rice, forest, nearRoad] });

describe('constraint severities', () => {
  it('a warning keeps score and rank; an exception spares its parcels; exclusions as before', () => {
    const run = scoreParcels(parcels, layers, scenario);
    // A (30 m) and D (on the road) excluded by near_road; B (500 m) spared as TMD; E excluded as forest.
    expect([...run.combined.excludedBy]).toEqual([2, -1, -1, 2, 1]);
    // A is also rice land: warned, whatever excludes it.
    expect([...run.combined.warnedBy]).toEqual([0, -1, -1, -1, -1]);
    expect([...run.ranks].map((r) => (Number.isNaN(r) ? null : r))).toEqual([null, 1, 2, null, null]);
    // Without the exception, B would be excluded too.
    const strict = combineScores({ ...scenario, constraints: [rice, forest, { ...nearRoad, unless: undefined }] }, run.measures);
    expect(strict.excludedBy[1]).toBe(2);
  });

  it('a warned parcel that is not excluded keeps its score and shows the warning (explanation, CLI output)', () => {
    // Rice warning on B: B keeps its score and rank 1.
    const s = { ...scenario, constraints: [{ ...rice, test: { op: 'in' as const, values: ['TMD'] } }, forest, nearRoad] };
    const run = scoreParcels(parcels, layers, s);
    const plain = scoreParcels(parcels, layers, { ...s, constraints: [forest, nearRoad] });
    expect(run.combined.scores[1]).toBe(plain.combined.scores[1]);
    expect(run.ranks[1]).toBe(1);
    const e = explainParcel(s, run.measures, run.combined, 1, run.ranks);
    expect(e.excluded).toBeNull();
    expect(e.brokenConstraints).toEqual([]);
    expect(e.warnings).toEqual([{ constraintId: 'rice', reason: rice.reason, reference: 'Luật Đất đai 2024' }]);
    const out = scoredFeatureCollection(parcels, s, run).features;
    expect(out[1].properties!.warnings).toEqual([{ id: 'rice', reason: 'Đất lúa / Đất lúa', reference: 'Luật Đất đai 2024' }]);
    expect(out[2].properties!.warnings).toBeUndefined();
    // An exempt parcel's explanation does not list the constraint it is spared.
    const a = scoreParcels(parcels, layers, scenario);
    expect(explainParcel(scenario, a.measures, a.combined, 1, a.ranks).brokenConstraints).toEqual([]);
  });

  it('a scenario file without severity excludes; an unknown severity or a bad exception is a typed message', () => {
    const old = parseScenario({ ...base, constraints: [{ ...rice, severity: undefined }] });
    expect(old.constraints[0].severity).toBeUndefined();
    expect(scoreParcels(parcels, layers, old).combined.excludedBy[0]).toBe(0);
    const problem = (c: unknown) => {
      try {
        parseScenario({ ...base, constraints: [c] });
      } catch (e) {
        return (e as UserError).userMessage;
      }
      return null;
    };
    expect(problem({ ...rice, severity: 'maybe' })).toEqual({ code: 'scenario.item-invalid', params: { scenario: 'distance_linear', item: 'constraint', itemIndex: 0, id: 'rice', problem: 'severity' } });
    expect(problem({ ...nearRoad, unless: [{ measure: code }] })?.params).toMatchObject({ id: 'near_road', problem: 'unless' });
    expect(problem({ ...nearRoad, unless: [{ measure: { kind: 'nope' }, test: { op: 'lt', value: 1 } }] })?.params).toMatchObject({ problem: 'measure-kind' });
    expect(new UserError(problem({ ...rice, severity: 'maybe' })!).messageVi).toMatch(/severity/);
  });
});

/** A square polygon feature centred at (lon, lat), `half` degrees from the centre to a side. */
const square = (lon: number, lat: number, half: number, properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]]] },
});

describe('preset constraints (docs/DOMAIN.md §6)', () => {
  // A KCN 650 m across; P1 on its service land (TMD), P2 ~30 m outside it, P3 on rice land, P4 in a protection forest.
  const lat = 15.12;
  const layers = [
    { id: 'kcn', role: 'industrial_zone' as const, features: [square(108.8, lat, 0.003, { kind: 'KCN' })] },
    {
      id: 'plan',
      role: 'land_use_plan' as const,
      features: [square(108.8, lat, 0.001, { landuse_code: 'TMD' }), square(108.83, lat, 0.001, { landuse_code: 'LUC' }), square(108.86, lat, 0.001, { landuse_code: 'RPH' })],
    },
  ];
  const sites = [square(108.8, lat, 0.0004, { id: 'P1' }), square(108.8037, lat, 0.0004, { id: 'P2' }), square(108.83, lat, 0.0004, { id: 'P3' }), square(108.86, lat, 0.0004, { id: 'P4' })];
  const byId = (s: Scenario, flags: Int16Array) => [...flags].map((ci) => (ci < 0 ? null : s.constraints[ci].id));

  it('worker housing: service land inside a KCN is spared; near a KCN, protection forest excluded; rice land warned', () => {
    const s = presetScenario('worker_housing')!;
    const run = scoreParcels(sites, layers, s);
    expect(byId(s, run.combined.excludedBy)).toEqual([null, 'near_industrial_zone', null, 'protected_forest']);
    expect(byId(s, run.combined.warnedBy)).toEqual([null, null, 'rice_land', null]);
    expect(Number.isFinite(run.combined.scores[2])).toBe(true);
  });

  it('urban low-income housing: no exception for industrial service land', () => {
    const s = presetScenario('urban_low_income')!;
    const run = scoreParcels(sites, layers, s);
    expect(byId(s, run.combined.excludedBy)).toEqual(['near_industrial_zone', 'near_industrial_zone', null, 'protected_forest']);
  });
});
