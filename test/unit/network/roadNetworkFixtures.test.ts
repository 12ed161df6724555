// The hand-checked networks in test/fixtures/network/: each probe point carries the figures worked out
// by hand in its name (metres and minutes); targets are the points of class `target`.
import { readFileSync, readdirSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../src/domain/network/buildRoadGraph.ts';
import { buildTravelField } from '../../../src/domain/network/buildTravelField.ts';
import { findGraphProblems } from '../../../src/domain/network/findGraphProblems.ts';
import { speedsFor, type TravelMode } from '../../../src/domain/network/roadSpeeds.ts';
import { travelCostFromPoint } from '../../../src/domain/network/travelCostFromPoint.ts';

const dir = 'test/fixtures/network';
const load = (name: string) => JSON.parse(readFileSync(`${dir}/${name}.geojson`, 'utf8')) as FeatureCollection;
const ofClass = (fc: FeatureCollection, cls: string) => fc.features.filter((f) => f.properties?.class === cls) as Feature<Point>[];
const targetsOf = (fc: FeatureCollection) => ofClass(fc, 'target').flatMap((f) => f.geometry.coordinates);

function costs(fc: FeatureCollection, mode: TravelMode, unit: 'm' | 'min', features = fc.features) {
  const field = buildTravelField(buildRoadGraph(features), targetsOf(fc), speedsFor(mode), unit);
  return ofClass(fc, 'probe').map((p) => travelCostFromPoint(field, p.geometry.coordinates[0], p.geometry.coordinates[1]).cost);
}
const expected = (fc: FeatureCollection, key: string) => ofClass(fc, 'probe').map((p) => (p.properties?.[key] ?? null) as number | null);
const asNull = (xs: number[]) => xs.map((x) => (Number.isFinite(x) ? x : null));

describe('road network fixtures (hand-checked)', () => {
  it('has a probe with expected figures in every fixture', () => {
    const names = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const n of names) expect(ofClass(load(n.replace('.geojson', '')), 'probe').length).toBeGreaterThan(0);
  });

  for (const name of ['river_bridge', 'oneway_loop', 'railway_crossing', 'two_targets', 'expressway_interchange']) {
    it(`${name}: road metres and motorbike / car minutes match the hand figures`, () => {
      const fc = load(name);
      const near = (got: (number | null)[], want: (number | null)[], tol: number) => {
        expect(got.map((x) => x === null)).toEqual(want.map((x) => x === null));
        got.forEach((g, i) => want[i] !== null && expect(Math.abs(g! - want[i]!)).toBeLessThan(tol));
      };
      near(asNull(costs(fc, 'motorbike', 'm')), expected(fc, 'expected_network_m'), 0.5);
      near(asNull(costs(fc, 'motorbike', 'min')), expected(fc, 'expected_motorbike_min'), 0.005);
      near(asNull(costs(fc, 'car', 'min')), expected(fc, 'expected_car_min'), 0.005);
    });
  }

  it('expressway: the car goes through the interchange (5,480 m); without the interchange the target cannot be reached', () => {
    const fc = load('expressway_interchange');
    expect(Math.abs(costs(fc, 'car', 'm')[0] - 5480)).toBeLessThan(0.5);
    const noInterchange = fc.features.filter((f) => f.properties?.class !== 'interchange');
    expect(costs(fc, 'car', 'm', noInterchange)[0]).toBe(Infinity);
  });

  it('a bridge crossed by a path at another level: one crossing without a node and one disconnected part', () => {
    const problems = findGraphProblems(buildRoadGraph(load('river_bridge').features));
    expect(problems.map((p) => p.kind).sort()).toEqual(['crossing_without_node', 'disconnected_part']);
    const crossing = problems.find((p) => p.kind === 'crossing_without_node')!;
    expect(crossing.kind === 'crossing_without_node' && crossing.why).toBe('bridge');
  });

  it('the expressway crossing without interchange is reported; the one with it is a node', () => {
    const fc = load('expressway_interchange');
    const crossings = findGraphProblems(buildRoadGraph(fc.features)).filter((p) => p.kind === 'crossing_without_node');
    expect(crossings).toHaveLength(1);
    // At road A (x = 1000 m), not at road B (the interchange).
    expect(crossings[0].lon).toBeCloseTo((fc.features[1].geometry as LineString).coordinates[0][0], 7);
  });

  it('a road stopping 12 m short of another: a dangling end with its gap, and a disconnected part', () => {
    const problems = findGraphProblems(buildRoadGraph(load('two_targets').features));
    const dangling = problems.filter((p) => p.kind === 'dangling_end');
    expect(dangling).toHaveLength(1);
    expect(dangling[0].kind === 'dangling_end' && dangling[0].gapM).toBeCloseTo(12, 1);
    expect(problems.filter((p) => p.kind === 'disconnected_part')).toHaveLength(1);
  });

  it('the railway is not in the graph; a snap tolerance joins ends that stop short', () => {
    const rail = buildRoadGraph(load('railway_crossing').features);
    expect(rail.classes).toEqual(['local']);
    const stub = buildRoadGraph(load('two_targets').features, { snapM: 15 });
    expect(findGraphProblems(stub).filter((p) => p.kind !== 'crossing_without_node')).toEqual([]);
  });
});
