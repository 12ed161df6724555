// Isochrones with their table, on the river-with-one-bridge network (test/fixtures/network: metres east/north
// of 108.80 E, 15.10 N; provincial roads at 35 km/h = 583.3 m a minute, walking legs at 5 km/h = 83.3 m a
// minute), to the north-bank target at x = 200 m by motorbike, bands 2 / 4 / 8 min.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localScaleM } from '../../../src/domain/geo/localScaleM.ts';
import { computeIsochrones } from '../../../src/domain/network/computeIsochrones.ts';

const net = JSON.parse(readFileSync('test/fixtures/network/river_bridge.geojson', 'utf8')) as FeatureCollection;
const roads = net.features.filter((f) => f.geometry.type === 'LineString');
const target = net.features.find((f) => f.properties?.class === 'target')!;
const probes = net.features.filter((f) => f.properties?.class === 'probe') as Feature<Point>[];
const { kx, ky } = localScaleM(15.1);
const at = (x: number, y: number): Position => [108.8 + x / kx, 15.1 + y / ky];
const box = (x0: number, y0: number, x1: number, y1: number) => ({ type: 'Polygon' as const, coordinates: [[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]] });
const square = ([lon, lat]: Position): Feature => {
  const [x, y] = [(lon - 108.8) * kx, (lat - 15.1) * ky];
  return { type: 'Feature', properties: {}, geometry: box(x - 5, y - 5, x + 5, y + 5) };
};
// One commune over the whole area: 4 km × 3 km = 1,200 ha published, 12,000 people → 0.001 persons per m².
const commune: Feature = { type: 'Feature', properties: { level: 'commune', population: 12_000, area_ha: 1200 }, geometry: box(-1000, -1500, 3000, 1500) };
// The province outline (skipped: it would count its people twice).
const province: Feature = { type: 'Feature', properties: { level: 'province', population: 1_000_000, area_ha: 1200 }, geometry: box(-1000, -1500, 3000, 1500) };

const result = computeIsochrones({ roads, origin: target.geometry, mode: 'motorbike', bandsMin: [8, 2, 4], communes: [commune, province], parcels: probes.map((p) => square(p.geometry.coordinates)), cellM: 50 });

describe('isochrones with parcels and estimated population', () => {
  it('puts each parcel in the band of its travel minutes (as the travel_min criterion)', () => {
    expect(result.bandsMin).toEqual([2, 4, 8]);
    // South-bank parcel: 30 m walking (0.36 min) + 1,300 + 400 + 1,300 m of road (5.14 min) = 5.50 min → 4–8.
    // North probe: on the riverside path, not connected → no band.
    expect(result.parcelMinutes[0]).toBeCloseTo(5.5, 1);
    expect(result.parcelMinutes[1]).toBe(Infinity);
    expect(result.bands.map((b) => b.parcels)).toEqual([0, 0, 1]);
  });

  it('colours the ground by the minutes of each cell centre, its walk to the road included', () => {
    const bandAt = (x: number, y: number) => {
      const [lon, lat] = at(x, y);
      const hit = result.ground.find((g) => {
        const [[w, s], , [e, n]] = g.geometry.coordinates[0];
        return lon >= w && lon <= e && lat >= s && lat <= n;
      });
      return hit?.properties.band_min ?? null;
    };
    // On the north road 400 m east of the target: 0.69 min → 0–2.
    expect(bandAt(600, 400)).toBe(2);
    // 200 m north of the north road above the target: 2.4 min walking → 2–4.
    expect(bandAt(200, 600)).toBe(4);
    // On the south road 300 m west of the bridge foot: 1,300 + 400 + 300 = 2,000 m of road = 3.43 min → 2–4;
    // 700 m west: 2,400 m = 4.11 min → 4–8 (a 50 m cell's centre is within 25 m of the point: ± 0.05 min).
    expect(bandAt(1200, 0)).toBe(4);
    expect(bandAt(800, 0)).toBe(8);
    // 1 km north of the north road: 12 min walking → outside every band.
    expect(bandAt(200, 1400)).toBeNull();
  });

  it('estimates population as the commune’s published density over each band’s ground (the province outline skipped)', () => {
    for (const b of result.bands) {
      expect(b.areaM2).toBeGreaterThan(0);
      expect(b.population).toBeCloseTo(b.areaM2 * 0.001, 6);
    }
  });
});
