// Criteria by distance mode (issue 15): a distance_to_nearest along the roads, through the public entry
// points (scoreParcels, parseScenario, explainParcel), on the river-with-one-bridge network of
// test/fixtures/network (coordinates: metres east/north of 108.80 E, 15.10 N; figures in the fixture).
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localScaleM } from '../../../src/domain/geo/localScaleM.ts';
import { migrateProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { UserError } from '../../../src/domain/model/userError.ts';
import { explainParcel } from '../../../src/domain/scoring/explainParcel.ts';
import { parseScenario } from '../../../src/domain/scoring/parseScenario.ts';
import { measureKey, straightDistance, type Criterion, type Scenario } from '../../../src/domain/scoring/scenario.ts';
import { scoreParcels } from '../../../src/domain/scoring/scoreParcels.ts';
import { setDistanceMode } from '../../../src/domain/scoring/setDistanceMode.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';

const net = JSON.parse(readFileSync('test/fixtures/network/river_bridge.geojson', 'utf8')) as FeatureCollection;
const roads = net.features.filter((f) => f.geometry.type === 'LineString');
const targets = net.features.filter((f) => f.properties?.class === 'target');
const probes = net.features.filter((f) => f.properties?.class === 'probe') as Feature<Point>[];
const { kx, ky } = localScaleM(15.1);
/** A 10 m square centred on a probe point. */
const square = ([lon, lat]: Position): Feature => {
  const dx = 5 / kx, dy = 5 / ky;
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[lon - dx, lat - dy], [lon + dx, lat - dy], [lon + dx, lat + dy], [lon - dx, lat + dy], [lon - dx, lat - dy]]] } };
};
const parcels = probes.map((p) => square(p.geometry.coordinates));
const layers = [
  { id: 'roads', role: 'transport' as const, features: roads },
  { id: 'targets', role: 'facility' as const, features: targets },
];
const criterion = (measure: Partial<Criterion['measure']>): Criterion => ({
  id: 'to_target',
  label: { vi: 'Đến đích', en: 'To target' },
  measure: { kind: 'distance_to_nearest', source: { role: 'facility' }, ...measure },
  transform: { type: 'linear', from: 60, to: 0 },
  weight: 1,
});
const scenario = (measure: Partial<Criterion['measure']>): Scenario => ({ id: 's', label: { vi: 's', en: 's' }, criteria: [criterion(measure)], constraints: [] });

describe('distance to nearest along the roads', () => {
  it('travel minutes by motorbike: the hand figure for the south-bank parcel, Infinity for the parcel on the cut-off path', () => {
    const s = scenario({ distanceMode: 'travel_min', travelMode: 'motorbike' });
    const run = scoreParcels(parcels, layers, s);
    const values = run.measures.values[measureKey(s.criteria[0].measure)];
    expect(values[0]).toBeCloseTo(probes[0].properties!.expected_motorbike_min, 3);
    expect(values[1]).toBe(Infinity);
    // The straight distance is measured too (from the parcel boundary: 430 m centre to target, less the 5 m half-width).
    expect(run.measures.values[measureKey(straightDistance(s.criteria[0].measure))][0]).toBeCloseTo(425, 0);
  });

  it('road metres and walking speeds; a speed override changes the minutes', () => {
    const metres = scoreParcels(parcels, layers, scenario({ distanceMode: 'road_m', travelMode: 'walk' }));
    expect(metres.measures.values[measureKey(scenario({ distanceMode: 'road_m', travelMode: 'walk' }).criteria[0].measure)][0]).toBeCloseTo(3030, 0);
    const slow = scenario({ distanceMode: 'travel_min', travelMode: 'motorbike', speedsKmh: { provincial: 30 } });
    const v = scoreParcels(parcels, layers, slow).measures.values[measureKey(slow.criteria[0].measure)][0];
    expect(v).toBeCloseTo(0.36 + 3000 / 30000 * 60, 3);
  });

  it('the explanation shows minutes with the straight figure, and says why a parcel cannot be reached', () => {
    const s = scenario({ distanceMode: 'travel_min' });
    const run = scoreParcels(parcels, layers, s);
    const reached = explainParcel(s, run.measures, run.combined, 0).criteria[0];
    expect(reached.unit).toBe('min');
    expect(renderMessage('en', reached.network!)).toBe('Straight line 425 m');
    const cut = explainParcel(s, run.measures, run.combined, 1).criteria[0];
    expect(cut.raw).toBeNull();
    expect(cut.normalized).toBe(0);
    expect(renderMessage('vi', cut.network!)).toMatch(/^Không đến được bằng xe máy theo mạng đường/);
  });

  it('a straight criterion keeps its key and gets no network note (saved scenarios measure as before)', () => {
    const s = scenario({});
    expect(measureKey(s.criteria[0].measure)).toBe('distance_to_nearest|facility||||');
    expect(measureKey({ ...s.criteria[0].measure, distanceMode: 'straight' })).toBe(measureKey(s.criteria[0].measure));
    const run = scoreParcels(parcels, layers, s);
    expect(explainParcel(s, run.measures, run.combined, 0).criteria[0].network).toBeUndefined();
  });

  it('parseScenario reads the distance mode and refuses a bad one', () => {
    expect(parseScenario(scenario({ distanceMode: 'travel_min', travelMode: 'car', speedsKmh: { local: 25 } })).criteria[0].measure.travelMode).toBe('car');
    expect(() => parseScenario(scenario({ distanceMode: 'bus' as never }))).toThrow(UserError);
    expect(() => parseScenario(scenario({ distanceMode: 'road_m', travelMode: 'boat' as never }))).toThrow(UserError);
    expect(() => parseScenario(scenario({ speedsKmh: { local: -1 } }))).toThrow(UserError);
    expect(() => parseScenario({ ...scenario({}), criteria: [{ ...criterion({}), measure: { kind: 'area', distanceMode: 'road_m' } }] })).toThrow(UserError);
  });
});

describe('setDistanceMode (the criteria editor switching a distance)', () => {
  const c = criterion({});
  const km = { ...c, transform: { type: 'linear' as const, from: 5000, to: 500 } };
  it('carries metre thresholds to minutes at the typical speed, and back', () => {
    const minutes = setDistanceMode(km, 'travel_min');
    expect(minutes.measure).toMatchObject({ distanceMode: 'travel_min', travelMode: 'motorbike' });
    expect(minutes.transform).toEqual({ type: 'linear', from: 12, to: 1.2 }); // 5 km and 500 m at 25 km/h
    const walking = setDistanceMode(minutes, 'travel_min', 'walk');
    expect(walking.transform).toEqual({ type: 'linear', from: 60, to: 6 });
    const back = setDistanceMode(walking, 'straight');
    expect(back.measure).toEqual(c.measure);
    expect(back.transform).toEqual({ type: 'linear', from: 5000, to: 500 });
  });
  it('keeps metres between straight and road distance', () => {
    expect(setDistanceMode(km, 'road_m').transform).toEqual(km.transform);
  });
});

describe('saved in a project document', () => {
  it('a scenario with travel minutes survives save and open; the version-1 fixture still opens (the fields are optional, no migration)', () => {
    const v1 = JSON.parse(readFileSync('test/fixtures/project/v1-sample.noxh.json', 'utf8'));
    expect(() => migrateProjectDocument(v1)).not.toThrow();
    const s = scenario({ distanceMode: 'travel_min', travelMode: 'walk', speedsKmh: { access: 4 } });
    const reopened = migrateProjectDocument(JSON.parse(JSON.stringify({ ...v1, scenarios: [s] })));
    expect(reopened.scenarios![0].criteria[0].measure).toEqual(s.criteria[0].measure);
  });
});

describe('jobs within reach (cumulative: workers of the parks reachable within T minutes)', () => {
  const { kx: kx0, ky: ky0 } = localScaleM(15.1);
  const at = (x: number, y: number): Position => [108.8 + x / kx0, 15.1 + y / ky0];
  const park = (x: number, y: number, workers: number, status: string): Feature => ({
    type: 'Feature',
    properties: { workers, status },
    geometry: { type: 'Polygon', coordinates: [[at(x - 10, y - 10), at(x + 10, y - 10), at(x + 10, y + 10), at(x - 10, y + 10), at(x - 10, y - 10)]] },
  });
  // Park A on the north bank by the target (1,000 workers); planned park B on the south bank 20 m off the road (500).
  const parks = [park(200, 410, 1000, 'operating'), park(1900, -30, 500, 'planned')];
  const jobs = (withinMin: number) => {
    const measure = { kind: 'jobs_within_reach' as const, source: { role: 'industrial_zone' as const }, withinMin, travelMode: 'motorbike' as const };
    const s: Scenario = { id: 'j', label: { vi: 'j', en: 'j' }, criteria: [{ id: 'jobs', label: { vi: 'Việc làm', en: 'Jobs' }, measure, transform: { type: 'linear', from: 0, to: 1500 }, weight: 1 }], constraints: [] };
    const run = scoreParcels(parcels, [layers[0], { id: 'iz', role: 'industrial_zone', features: parks }], parseScenario(s));
    return Array.from(run.measures.values[measureKey(measure)]);
  };
  it('counts a park once its travel time is within the limit', () => {
    // South-bank parcel → B: 30 m + 20 m walking (0.6 min) + 1,690 m at 35 km/h (2.897 min) = 3.50 min;
    // → A (its south corners lie on the north-bank road, the nearest at x = 210): 30 m walking + 2,990 m at 35 km/h = 5.49 min.
    expect(jobs(3)).toEqual([0, 0]);
    expect(jobs(4)).toEqual([500, 0]);
    expect(jobs(6)).toEqual([1500, 0]);
  });

  const gravity = (decayPerMin: number) => {
    const measure = { kind: 'jobs_gravity' as const, source: { role: 'industrial_zone' as const }, decayPerMin, travelMode: 'motorbike' as const };
    const s: Scenario = { id: 'g', label: { vi: 'g', en: 'g' }, criteria: [{ id: 'jobs', label: { vi: 'Việc làm', en: 'Jobs' }, measure, transform: { type: 'linear', from: 0, to: 1500 }, weight: 1 }], constraints: [] };
    const run = scoreParcels(parcels, [layers[0], { id: 'iz', role: 'industrial_zone', features: parks }], parseScenario(s));
    return Array.from(run.measures.values[measureKey(measure)]);
  };
  it('gravity: every reachable park counts, weighted by exp(−β · minutes); an unreachable parcel gets 0', () => {
    // By hand: → B 0.6 min walking + 1,690 m at 35 km/h = 3.497 min; → A 0.36 min walking + 2,990 m (to A's
    // nearest corner, x = 210 on the north-bank road) at 35 km/h = 5.486 min.
    // β = 0.1: 500 × e^(−0.3497) + 1,000 × e^(−0.5486) = 352.44 + 577.77 = 930.22;
    // β = 0.2: 248.43 + 333.82 = 582.26. The north-bank parcel reaches no park (0, as in the cumulative measure).
    const [south, north] = gravity(0.1);
    expect(south).toBeCloseTo(930.22, 1);
    expect(north).toBe(0);
    expect(gravity(0.2)[0]).toBeCloseTo(582.26, 1);
  });
  it('gravity: β must be a positive number (a clear message otherwise)', () => {
    const bad: Scenario = { id: 'g', label: { vi: 'g', en: 'g' }, criteria: [{ id: 'jobs', label: { vi: 'V', en: 'J' }, measure: { kind: 'jobs_gravity', source: { role: 'industrial_zone' }, decayPerMin: 0 }, transform: { type: 'linear', from: 0, to: 1 }, weight: 1 }], constraints: [] };
    expect(() => parseScenario(bad)).toThrow(/decayPerMin/);
  });
});
