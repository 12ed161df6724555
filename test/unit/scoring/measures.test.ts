// One fixture per measure (src/domain/scoring/measure/<verb>.ts), on small layouts a planner can check on
// paper: squares and lines placed in metres east/north of a point in Quảng Ngãi (108.8 E, 15.1 N).
// They go through the public entry point, measureParcels, so each value is what the app shows. The layouts
// are placed with the scale factors of the origin's latitude (off by ~2e-6 per 50 m north), hence
// distances checked to the centimetre and areas to 0.05 m².
import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localScaleM } from '../../../src/domain/geo/localScaleM.ts';
import type { LayerRole } from '../../../src/domain/model/layerRoles.ts';
import { createMeasureContext } from '../../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { measureKey, type MeasureSpec } from '../../../src/domain/scoring/scenario.ts';

const LON0 = 108.8, LAT0 = 15.1;
const { kx, ky } = localScaleM(LAT0);
/** (x, y) metres east and north of the origin → lon/lat. */
const at = (x: number, y: number): Position => [LON0 + x / kx, LAT0 + y / ky];
/** The rectangle x0…x1 × y0…y1 (metres), counter-clockwise. */
const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)];
const polygon = (rings: Position[][], properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: rings } });
const point = (x: number, y: number): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: at(x, y) } });
const line = (...xy: [number, number][]): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: xy.map(([x, y]) => at(x, y)) } });

/** Measures `parcels` with one measure whose source is the features of `role`; returns its values (and code list). */
function measure(spec: MeasureSpec, parcels: Feature[], role: LayerRole, sources: Feature[]) {
  const ctx = createMeasureContext([{ id: 'source', role, features: sources }], [spec]);
  const m = measureParcels(ctx, packParcels(parcels, ['landuse_code']));
  const key = measureKey(spec);
  return { values: Array.from(m.values[key]), categories: m.categories[key] };
}

describe('distance_to_nearest (measureNearestDistanceM): parcel boundary to the nearest source, metres', () => {
  const spec: MeasureSpec = { kind: 'distance_to_nearest', source: { role: 'transport' } };
  // A north–south road at x = 300 m.
  const road = line([300, -500], [300, 500]);

  it('is the gap between the parcel edge and the road, and 0 where the road crosses the parcel', () => {
    const { values } = measure(spec, [polygon([rect(0, 0, 100, 100)]), polygon([rect(250, 0, 350, 100)]), polygon([rect(1000, 0, 1100, 100)])], 'transport', [road]);
    expect(values[0]).toBeCloseTo(200, 2); // east edge at 100 m, road at 300 m
    expect(values[1]).toBe(0); // the road runs through it
    expect(values[2]).toBeCloseTo(700, 2); // west edge at 1,000 m
  });

  it('is 0 for a stop inside the parcel, and the corner distance for a stop off a corner', () => {
    const { values } = measure(spec, [polygon([rect(0, 0, 100, 100)]), polygon([rect(1000, 0, 1100, 100)])], 'transport', [point(50, 50), point(1100 + 30, 100 + 40)]);
    expect(values[0]).toBe(0);
    expect(values[1]).toBeCloseTo(50, 2); // 30 m east and 40 m north of the NE corner: 3-4-5
  });

  it('is 0 for a parcel inside a source polygon, and Infinity with no source at all', () => {
    const zone = polygon([rect(-1000, -1000, 1000, 1000)]);
    expect(measure({ kind: 'distance_to_nearest', source: { role: 'industrial_zone' } }, [polygon([rect(0, 0, 100, 100)])], 'industrial_zone', [zone]).values).toEqual([0]);
    expect(measure(spec, [polygon([rect(0, 0, 100, 100)])], 'transport', []).values).toEqual([Infinity]);
  });
});

describe('count_within_radius (countWithinRadius): source points within the radius of the parcel', () => {
  it('counts points inside the parcel and up to the radius from its boundary, not beyond', () => {
    const spec: MeasureSpec = { kind: 'count_within_radius', source: { role: 'facility' }, radiusM: 500 };
    const facilities = [
      point(50, 50), // inside
      point(100 + 300, 50), // 300 m east
      point(100 + 499, 50), // 499 m east
      point(-450, 50), // 450 m west
      point(100 + 501, 50), // 501 m east: out
      point(50, 100 + 800), // 800 m north: out
    ];
    const { values } = measure(spec, [polygon([rect(0, 0, 100, 100)]), polygon([rect(5000, 5000, 5100, 5100)])], 'facility', facilities);
    expect(values).toEqual([4, 0]);
  });
});

describe('inside_polygon (measureInsidePolygon): 1 when the parcel centre is inside a source polygon', () => {
  it('is 1 inside, 1 when the centre is inside though a corner sticks out, 0 outside', () => {
    const spec: MeasureSpec = { kind: 'inside_polygon', source: { role: 'industrial_zone' } };
    const zone = polygon([rect(0, 0, 1000, 1000)]);
    const parcels = [polygon([rect(100, 100, 200, 200)]), polygon([rect(900, 100, 1050, 200)]), polygon([rect(2000, 0, 2100, 100)])];
    expect(measure(spec, parcels, 'industrial_zone', [zone]).values).toEqual([1, 1, 0]);
  });
});

describe('overlap_share (measureOverlapShare): share of the parcel covered by the source polygons', () => {
  const spec: MeasureSpec = { kind: 'overlap_share', source: { role: 'hazard' } };

  it('is the covered fraction of the area, 0 outside and 1 inside', () => {
    const flood = polygon([rect(-500, -500, 50, 500)]); // covers the west half of the first parcel
    const parcels = [polygon([rect(0, 0, 100, 100)]), polygon([rect(-300, 0, -200, 100)]), polygon([rect(2000, 0, 2100, 100)])];
    const { values } = measure(spec, parcels, 'hazard', [flood]);
    expect(values[0]).toBeCloseTo(0.5, 9);
    expect(values.slice(1)).toEqual([1, 0]);
  });

  it('counts overlapping source polygons once (their union, not the sum)', () => {
    // x 0–30 and x 20–60 of a 100 m parcel: together 60 %, not 70 %.
    const floods = [polygon([rect(-10, -10, 30, 110)]), polygon([rect(20, -10, 60, 110)])];
    expect(measure(spec, [polygon([rect(0, 0, 100, 100)])], 'hazard', floods).values[0]).toBeCloseTo(0.6, 9);
  });
});

describe('attribute (measureAttributeCode): the parcel’s own code, else the main source polygon’s', () => {
  const spec: MeasureSpec = { kind: 'attribute', property: 'landuse_code', source: { role: 'land_use_plan' } };
  // Planned land use: ODT west of x = 30 m, HNK east of it.
  const plan = [polygon([rect(-500, -500, 30, 500)], { landuse_code: 'ODT' }), polygon([rect(30, -500, 500, 500)], { landuse_code: 'HNK' })];

  it('takes the plan polygon covering most of the parcel, or the parcel’s own code, or none', () => {
    const parcels = [
      polygon([rect(0, 0, 100, 100)]), // 30 % ODT, 70 % HNK
      polygon([rect(-200, 0, -100, 100)]), // wholly ODT
      polygon([rect(0, 200, 100, 300)], { landuse_code: 'LUC' }), // its own code wins
      polygon([rect(2000, 0, 2100, 100)]), // outside the plan
    ];
    const { values, categories } = measure(spec, parcels, 'land_use_plan', plan);
    expect(values.slice(0, 3).map((v) => categories[v])).toEqual(['HNK', 'ODT', 'LUC']);
    expect(values[3]).toBeNaN();
  });
});

describe('area (measureAreaM2): the parcel’s area, m²', () => {
  it('is 10,000 m² for a 100 m square and 9,600 m² with a 20 m square hole', () => {
    const hole = rect(240, 40, 260, 60).reverse(); // clockwise
    const { values } = measure({ kind: 'area' }, [polygon([rect(0, 0, 100, 100)]), polygon([rect(200, 0, 300, 100), hole])], 'transport', []);
    expect(values[0]).toBeCloseTo(10000, 1);
    expect(values[1]).toBeCloseTo(9600, 1);
  });
});
