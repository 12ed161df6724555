// The fast combine path (cached 0–1 values, byte class indexes, block-wise sums) must give the
// scores of the plain definition, 100 × Σ weight × applyTransform(raw), criterion by criterion,
// within 1e-4 score points (the cached 0–1 values are float32). A planner moving a slider, editing
// a transform or replacing a drawn parcel sees the same numbers as a fresh run.
import { describe, expect, it } from 'vitest';
import { applyTransform } from '../../../src/domain/scoring/applyTransform.ts';
import { combineScores, computeExclusions, NOT_EXCLUDED, violatesConstraint } from '../../../src/domain/scoring/combineScores.ts';
import { effectiveWeights } from '../../../src/domain/scoring/effectiveWeights.ts';
import type { Measures } from '../../../src/domain/scoring/measureParcels.ts';
import { mulberry32 } from '../../../src/domain/scoring/runSensitivity.ts';
import { replaceParcelMeasures } from '../../../src/domain/scoring/scoreSingleParcel.ts';
import { measureKey, type Constraint, type Criterion, type Scenario } from '../../../src/domain/scoring/scenario.ts';

const label = { vi: 'x', en: 'x' };
const criteria: Criterion[] = [
  { id: 'road', label, measure: { kind: 'distance_to_nearest', source: { role: 'transport' } }, transform: { type: 'linear', from: 1000, to: 500 }, weight: 2 },
  { id: 'iz', label, measure: { kind: 'distance_to_nearest', source: { role: 'industrial_zone' } }, transform: { type: 'stepped', classes: [{ upTo: 5000, value01: 1 }, { upTo: 10000, value01: 0.5 }, { upTo: 1e9, value01: 0 }] }, weight: 3 },
  { id: 'area', label, measure: { kind: 'area' }, transform: { type: 'target_band', min: 2000, max: 8000, sigma: 1500 }, weight: 1 },
  { id: 'land', label, measure: { kind: 'attribute', property: 'landuse_code', source: { role: 'land_use_plan' } }, transform: { type: 'categorical', values: { ODT: 1, ONT: 0.8, LUC: 0 }, otherValue01: 0.3 }, weight: 1 },
  { id: 'water', label, measure: { kind: 'inside_polygon', source: { role: 'utility' } }, transform: { type: 'linear', from: 0, to: 0 }, weight: 0.5 },
];
const scenario: Scenario = {
  id: 't', label, criteria,
  constraints: [{ id: 'small', measure: { kind: 'area' }, test: { op: 'lt', value: 1000 }, reason: label }],
};

// 10,007 parcels: more than two combine blocks. NaN raw values occur only where measureParcels
// writes them: parcels with invalid geometry (excluded anyway) and parcels without a land-use code.
function makeMeasures(n = 10007): Measures {
  const r = mulberry32(7);
  const values: Record<string, Float64Array> = {};
  const invalid: number[] = [];
  for (let i = 0; i < n; i++) if (i === 3 || r() < 0.01) invalid.push(i);
  const gen: Record<string, () => number> = {
    road: () => r() * 2000,
    iz: () => r() * 15000,
    area: () => 500 + r() * 12000,
    land: () => Math.floor(r() * 4),
    water: () => (r() < 0.5 ? 1 : 0),
  };
  for (const c of criteria) {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = c.id === 'land' && r() < 0.05 ? NaN : gen[c.id]();
    for (const i of invalid) a[i] = NaN;
    values[measureKey(c.measure)] = a;
  }
  return { count: n, values, categories: { [measureKey(criteria[3].measure)]: ['ODT', 'LUC', 'BCS', 'ONT'] }, invalid };
}

function reference(s: Scenario, m: Measures): Float64Array {
  const w = effectiveWeights(s);
  const out = new Float64Array(m.count);
  s.criteria.forEach((c, ci) => {
    const key = measureKey(c.measure);
    const raw = m.values[key];
    const cats = m.categories[key];
    for (let i = 0; i < m.count; i++) {
      const v = raw[i];
      const tr = c.transform;
      let t: number;
      if (tr.type === 'categorical') t = applyTransform(tr, NaN, Number.isNaN(v) ? null : cats[v]);
      else if (tr.type === 'target_band' && (v < tr.min || v > tr.max)) {
        // The combine loop multiplies by a hoisted 1 / (2σ²) (last-bit differences from dividing).
        const d = v < tr.min ? tr.min - v : v - tr.max;
        t = Math.exp(-d * d * (1 / (2 * tr.sigma * tr.sigma)));
      } else t = applyTransform(tr, v);
      out[i] += 100 * w[ci] * t;
    }
  });
  return out;
}

function expectSameScores(s: Scenario, m: Measures, exclusions?: Int16Array) {
  const got = combineScores(s, m, exclusions);
  const want = reference(s, m);
  let mismatches = 0;
  for (let i = 0; i < m.count; i++) {
    const expected = got.excludedBy[i] === NOT_EXCLUDED ? want[i] : NaN;
    // NaN (excluded) exactly where expected; otherwise within 1e-4 score points: the cached 0–1
    // values are float32 (≤ 6e-8 off each), far below the 2 decimals a planner sees.
    const a = got.scores[i];
    if (Number.isNaN(expected) ? !Number.isNaN(a) : !(Math.abs(a - expected) <= 1e-4)) mismatches++;
  }
  expect(mismatches).toBe(0);
  return got;
}

describe('combine (fast path)', () => {
  it('gives the plain weighted sum of the transforms, excluded parcels NaN', () => {
    const m = makeMeasures();
    const first = expectSameScores(scenario, m);
    expect(first.excludedBy[3]).toBe(-2);
    expect(first.excludedBy.some((e) => e === 0)).toBe(true);
  });

  it('stays right when weights move and transforms change between calls (cached values reused or rebuilt)', () => {
    const m = makeMeasures();
    const { excludedBy } = combineScores(scenario, m);
    for (let k = 0; k < 4; k++) {
      const moved = { ...scenario, criteria: criteria.map((c, i) => (i === k ? { ...c, weight: c.weight * 1.7 } : c)) };
      expectSameScores(moved, m, excludedBy);
    }
    const newBand = { ...scenario, criteria: criteria.map((c) => (c.id === 'area' ? { ...c, transform: { type: 'target_band' as const, min: 1000, max: 3000, sigma: 500 } } : c)) };
    expectSameScores(newBand, m, excludedBy);
    expectSameScores(scenario, m, excludedBy);
  });

  it('gives the same sums whatever the order of plain and class criteria (terms are added in groups)', () => {
    const m = makeMeasures();
    const byId = Object.fromEntries(criteria.map((c) => [c.id, c]));
    // Same measure, another transform: a second plain term on the road distance.
    const road2: Criterion = { ...byId.road, id: 'road2', transform: { type: 'linear', from: 2000, to: 0 }, weight: 1.3 };
    const road3: Criterion = { ...byId.road, id: 'road3', transform: { type: 'target_band', min: 100, max: 400, sigma: 200 }, weight: 0.7 };
    const orders = [
      [byId.road, road2, byId.area, byId.water, byId.iz, byId.land, road3], // 4 plain, 2 classes, 1 plain
      [byId.iz, byId.road, byId.land, byId.water, byId.area, road2], // class + plain twice, then 2 plain
    ];
    for (const order of orders) expectSameScores({ ...scenario, criteria: order }, m);
  });

  it('reflects a parcel replaced in place (a drawn site), and a new land-use code', () => {
    const m = makeMeasures();
    combineScores(scenario, m);
    const one: Measures = {
      count: 1,
      values: Object.fromEntries(criteria.map((c) => [measureKey(c.measure), Float64Array.of(c.id === 'land' ? 0 : c.id === 'area' ? 5000 : 10)])),
      categories: { [measureKey(criteria[3].measure)]: ['SKK'] },
      invalid: [],
    };
    replaceParcelMeasures(m, 42, one);
    const after = expectSameScores(scenario, m);
    // 10 m from road and IZ, area in band, water 1 at threshold 0 → 1, SKK → other 0.3.
    const w = effectiveWeights(scenario);
    expect(after.scores[42]).toBeCloseTo(100 * (w[0] + w[1] + w[2] + 0.3 * w[3] + w[4]), 9);
  });
});

describe('exclusions', () => {
  it('each operator excludes exactly the parcels violatesConstraint names, first constraint first, NaN never', () => {
    const r = mulberry32(11);
    const n = 5000;
    const share = Float64Array.from({ length: n }, () => (r() < 0.1 ? NaN : r() < 0.2 ? 0.3 : r()));
    const code = Float64Array.from({ length: n }, () => (r() < 0.1 ? NaN : Math.floor(r() * 4)));
    const categories = ['ODT', 'LUC', 'NTD', 'RPH'];
    const shareMeasure = { kind: 'overlap_share' as const, source: { role: 'hazard' as const } };
    const codeMeasure = { kind: 'attribute' as const, property: 'landuse_code', source: { role: 'land_use_plan' as const } };
    const measures: Measures = { count: n, values: { [measureKey(shareMeasure)]: share, [measureKey(codeMeasure)]: code }, categories: { [measureKey(codeMeasure)]: categories }, invalid: [7] };
    const constraints: Constraint[] = [
      { id: 'codes', measure: codeMeasure, test: { op: 'in', values: ['LUC', 'RPH'] }, reason: label },
      ...(['lt', 'lte', 'gt', 'gte'] as const).map((op, k) => ({ id: op, measure: shareMeasure, test: { op, value: [0.1, 0.3, 0.9, 0.3][k] }, reason: label, enabled: op !== 'gte' || undefined })),
      { id: 'off', measure: shareMeasure, test: { op: 'gte', value: 0 }, reason: label, enabled: false },
    ];
    const excludedBy = computeExclusions({ ...scenario, constraints }, measures);
    let excluded = 0;
    for (let i = 0; i < n; i++) {
      const expected = i === 7 ? -2 : constraints.findIndex((c) => c.enabled !== false && violatesConstraint(c, c.measure.kind === 'attribute' ? code[i] : share[i], categories));
      expect(excludedBy[i]).toBe(expected);
      if (expected >= 0) excluded++;
    }
    expect(excluded).toBeGreaterThan(n / 3);
  });
});
