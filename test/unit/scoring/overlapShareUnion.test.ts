// `overlap_share` is the share of a parcel under the UNION of the source polygons (measureOverlapShare.ts). Found by
// the GeoPandas cross-check of the cadastre bench (docs/performance/cadastre.md, "Do the numbers agree?"): where two
// flood polygons overlap and their boundaries cross inside a parcel, the engine's share is wrong (here 1 and 0.944
// where GEOS's union gives 0.393 and 0.920), and at 1M parcels it differed on 25 of 124,664 flooded parcels.
// Fixture: 4 of those synthetic parcels and the 4 flood polygons over them; `expect_flood_share` is GEOS's
// area(parcel ∩ union(floods)) / area(parcel) (Shapely 2.1.2, in a local transverse Mercator).
// Fixed in round 9 (docs/performance/scoring.md): the source edges are now also cut where another polygon's boundary
// crosses or touches them inside the parcel.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/score.ts';
import { localScaleM } from '../../../src/domain/geo/localScaleM.ts';
import { createMeasureContext } from '../../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { measureKey, type MeasureSpec } from '../../../src/domain/scoring/scenario.ts';

afterEach(() => vi.restoreAllMocks());

it('the flood share is the share under the union where two flood polygons cross inside the parcel ', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const dir = 'test/fixtures/scoring/flood-overlap';
  const out = join(mkdtempSync(join(tmpdir(), 'noxh-flood-')), 'scored.geojson');
  expect(await command.run(['--parcels', `${dir}/parcels.geojson`, '--layer', `hazard=${dir}/hazard.geojson`, '--preset', 'worker_housing', '--explain', '--out', out])).toBe(0);
  const scored = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
  expect(scored.features).toHaveLength(4);
  for (const f of scored.features) {
    const criteria = f.properties!.criteria as Record<string, { raw: number }>;
    expect(Math.abs(criteria.flood_share.raw - (f.properties!.expect_flood_share as number)), String(f.properties!.id)).toBeLessThan(2e-3);
  }
});

// Layouts a planner can check on paper: a 100 m × 100 m parcel (x 0–100, y 0–100 metres east/north of a point in
// Quảng Ngãi) under flood zones drawn as rectangles or simple shapes. Each share is checked against the hand figure
// and against an independent reference: polyclip-ts (the polygon-clipping port @turf/union and @turf/intersect use)
// for parcel ∩ union(zones), areas by the shoelace formula in degrees (the engine's frame is an affine map of
// lon/lat within a cell, so the ratio of two areas is the same). The hand figures hold to 1e-9 (the rectangles are
// placed with the scale of the origin's latitude), the reference to 1e-6.
const LON0 = 108.8, LAT0 = 15.1;
const { kx, ky } = localScaleM(LAT0);
const at = (x: number, y: number): Position => [LON0 + x / kx, LAT0 + y / ky];
/** The polygon through the points (metres), closed. */
const ring = (...xy: [number, number][]): Position[] => [...xy, xy[0]].map(([x, y]) => at(x, y));
const rect = (x0: number, y0: number, x1: number, y1: number) => ring([x0, y0], [x1, y0], [x1, y1], [x0, y1]);
const zone = (...rings: Position[][]): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } });
const PARCEL = zone(rect(0, 0, 100, 100));

function ringArea(r: Position[]) {
  let twice = 0;
  for (let i = 0; i + 1 < r.length; i++) twice += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return Math.abs(twice) / 2;
}
function polygonArea(p: Position[][]) {
  return ringArea(p[0]) - p.slice(1).reduce((sum, h) => sum + ringArea(h), 0);
}
/** area(parcel ∩ union(zones)) / area(parcel), by polyclip-ts (independent of the engine). */
function referenceShare(parcel: Feature<Polygon>, zones: Feature<Polygon | MultiPolygon>[]) {
  const merged = zones.length > 1 ? union(featureCollection(zones)) : zones[0];
  const inside = merged && intersect(featureCollection([parcel, merged]));
  if (!inside) return 0;
  const g = inside.geometry;
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return parts.reduce((sum, p) => sum + polygonArea(p), 0) / polygonArea(parcel.geometry.coordinates);
}
/** The engine's flood share of each parcel, through the public entry point (what the app and the CLI show). */
function engineShares(parcels: Feature[], zones: Feature[]) {
  const spec: MeasureSpec = { kind: 'overlap_share', source: { role: 'hazard' } };
  const ctx = createMeasureContext([{ id: 'hazard', role: 'hazard', features: zones }], [spec]);
  return Array.from(measureParcels(ctx, packParcels(parcels, ['landuse_code'])).values[measureKey(spec)]);
}
function expectShare(zones: Feature<Polygon | MultiPolygon>[], byHand: number | null) {
  const [share] = engineShares([PARCEL], zones);
  const reference = referenceShare(PARCEL, zones);
  // polyclip-ts snaps coordinates (its epsilon), which moves the reference by ~1e-7 of the parcel here.
  if (byHand !== null) {
    expect(share).toBeCloseTo(byHand, 9);
    expect(reference).toBeCloseTo(byHand, 6);
  }
  expect(share).toBeCloseTo(reference, 6);
  return share;
}

describe('flood share over the union of flood zones whose boundaries cross inside the parcel', () => {
  it('two overlapping zones covering the parcel in part: 24 % + 42 % − 6 % counted twice = 60 %', () => {
    // Zone A covers x 0–60, y 0–40 of the parcel; zone B x 30–100, y 20–80; both cover x 30–60, y 20–40.
    expectShare([zone(rect(-50, -50, 60, 40)), zone(rect(30, 20, 150, 80))], 0.6);
  });

  it('three zones overlapping one another inside the parcel: 2400 + 4200 + 1800 − 600 − 300 − 1200 + 200 m² = 65 %', () => {
    // In the parcel: A x 0–60, y 0–40; B x 30–100, y 20–80; C x 50–70, y 10–100. A ∩ B x 30–60, y 20–40; A ∩ C
    // x 50–60, y 10–40; B ∩ C x 50–70, y 20–80; all three x 50–60, y 20–40.
    expectShare([zone(rect(-50, -50, 60, 40)), zone(rect(30, 20, 150, 80)), zone(rect(50, 10, 70, 110))], 0.65);
  });

  it('a zone with a hole (a dry island) partly covered by a second zone: 1 − (3600 − 1200) / 10,000 = 76 %', () => {
    const islandZone = zone(rect(-50, -50, 150, 150), rect(20, 20, 80, 80).reverse());
    expectShare([islandZone, zone(rect(50, -20, 120, 60))], 0.76);
  });

  it('a parcel wholly inside both of two overlapping zones has share exactly 1', () => {
    const [share] = engineShares([PARCEL], [zone(rect(-50, -50, 150, 150)), zone(rect(-20, -30, 130, 120))]);
    expect(share).toBe(1);
    // And where their boundaries cross just outside the parcel, still exactly 1 (round-off is clamped).
    const [near] = engineShares([PARCEL], [zone(rect(-50, -50, 101, 150)), zone(rect(-1, -30, 130, 120))]);
    expect(near).toBe(1);
  });

  it('neighbouring zones touching along an edge inside the parcel: the sum of their shares (40 % + 30 %)', () => {
    expectShare([zone(rect(-50, -50, 40, 150)), zone(rect(40, -50, 70, 150))], 0.7);
    // Touching along part of an edge, with a corner of one on the other's edge (a T-junction).
    expectShare([zone(rect(-50, -50, 40, 50)), zone(rect(40, 20, 70, 150))], 0.4 * 0.5 + 0.3 * 0.8);
  });

  it('two zones bounded by the same line on the same side (two return periods up to one bank) count it once', () => {
    // A: x 0–60, y 0–50; B: x 0–60, y 30–100; both end at x = 60 (A's and B's east edges run together for y 30–50).
    expectShare([zone(rect(-50, -50, 60, 50)), zone(rect(-50, 30, 60, 150))], 0.6);
    // One inside the other, sharing its east edge: the larger zone's share.
    expectShare([zone(rect(-50, -50, 60, 150)), zone(rect(-50, 30, 60, 70))], 0.6);
  });

  it('a multipolygon whose parts overlap each other and another zone', () => {
    const multi: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[rect(-10, 10, 50, 50)], [rect(30, 30, 80, 90)]] } };
    // Parts: x 0–50 y 10–50 (2000), x 30–80 y 30–90 (3000), overlap x 30–50 y 30–50 (400); zone x 70–120 y −10…40
    // (in the parcel x 70–100 y 0–40: 1200, meeting the second part at x 70–80 y 30–40: 100).
    // 2000 + 3000 − 400 + 1200 − 100 = 5700.
    expectShare([multi, zone(rect(70, -10, 120, 40))], 0.57);
  });

  it('slanted zones (a diamond, a hexagon, a triangle) crossing inside the parcel match the reference', () => {
    const diamond = zone(ring([50, -30], [120, 40], [50, 110], [-20, 40]));
    const hexagon = zone(ring([10, 20], [60, 5], [95, 35], [90, 80], [40, 95], [5, 60]));
    const triangle = zone(ring([-40, 90], [70, -20], [110, 120]));
    expectShare([diamond, hexagon], null);
    expectShare([diamond, hexagon, triangle], null);
    expectShare([triangle, diamond], null);
  });
});

// Found while fixing the above (a parcel edge, not two flood polygons): where the parcel's boundary ran along a flood
// zone's boundary on the same side (a zone cut along cadastral lines), the share was wrong: 0.85 for 0.6 when the zone
// shares the parcel's west edge, 0.45 for 0.6 when it shares its north edge, 0.75 for 0.8 with two zones: the
// parcel's edge piece and the zone's edge piece were each tested at a midpoint lying on the other's boundary.
describe('flood zones drawn along the parcel\'s own boundary', () => {
  it('a zone along the parcel\'s west edge, or its north edge, or three of its edges, is counted once: 60 %', () => {
    expectShare([zone(rect(0, -50, 60, 150))], 0.6);
    expectShare([zone(rect(-50, -50, 60, 100))], 0.6);
    expectShare([zone(rect(0, 0, 60, 100))], 0.6);
  });
  it('two zones, one along the parcel\'s west, south and north edges: 6000 + 2000 m² = 80 %', () => {
    expectShare([zone(rect(-50, 0, 60, 150)), zone(rect(30, -50, 100, 50))], 0.8);
  });
  it('a zone touching the parcel from outside along its east edge adds nothing', () => {
    const [share] = engineShares([PARCEL], [zone(rect(100, -50, 200, 150))]);
    expect(share).toBe(0);
  });
});
