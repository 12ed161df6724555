// The area a land officer compares with records: geodesicAreaM2 (GeographicLib, ellipsoidal) checked
// against an independent reference — proj4's transverse Mercator centred on the polygon (scale 1 on
// the central meridian, so the planar shoelace area is within ~1e-6 of the true area for parcels).
import proj4 from 'proj4';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { area as sphericalArea } from '@turf/turf';
import { geodesicAreaM2 } from '../../../src/domain/geo/geodesicAreaM2.ts';

function projectedAreaM2(polygon: Polygon): number {
  const [lon0, lat0] = polygon.coordinates[0][0];
  const tm = proj4('WGS84', `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`);
  const ringArea = (ring: Position[]) => {
    const xy = ring.map((p) => tm.forward([p[0], p[1]]));
    let s = 0;
    for (let i = 0; i + 1 < xy.length; i++) s += xy[i][0] * xy[i + 1][1] - xy[i + 1][0] * xy[i][1];
    return Math.abs(s / 2);
  };
  return polygon.coordinates.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

const square = (lon: number, lat: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]],
});

describe('geodesicAreaM2', () => {
  const cases: [string, Polygon][] = [
    ['≈1 ha parcel in Cẩm Thành ward', square(108.8117, 15.1239, 0.00093)],
    ['≈1 km² block near VSIP Quảng Ngãi', square(108.74, 15.22, 0.0093)],
    ['irregular reserve parcel', { type: 'Polygon', coordinates: [[[108.83, 15.115], [108.8321, 15.1152], [108.8325, 15.1171], [108.8309, 15.1183], [108.8298, 15.1166], [108.83, 15.115]]] }],
    ['parcel in ex-Kon Tum (Hòa Bình IP)', square(107.99, 14.33, 0.003)],
  ];

  it.each(cases)('%s: within 0.1 % of a projected reference', (_, polygon) => {
    const reference = projectedAreaM2(polygon);
    const ours = geodesicAreaM2(polygon);
    expect(Math.abs(ours - reference) / reference).toBeLessThan(0.001);
    // In fact far tighter: the two agree to a few parts per million.
    expect(Math.abs(ours - reference) / reference).toBeLessThan(1e-5);
  });

  it('is not the spherical area (which is off by more than the 1 % / 50 m² tolerance can hide on big parcels)', () => {
    const polygon = cases[1][1];
    const rel = Math.abs(sphericalArea(polygon) - geodesicAreaM2(polygon)) / geodesicAreaM2(polygon);
    expect(rel).toBeGreaterThan(0.001);
  });

  it('subtracts holes, sums MultiPolygon parts, ignores ring orientation and non-areal geometry', () => {
    const outer = square(108.8, 15.1, 0.002);
    const hole = square(108.8005, 15.1005, 0.0005);
    const withHole: Polygon = { type: 'Polygon', coordinates: [outer.coordinates[0], [...hole.coordinates[0]].reverse()] };
    expect(geodesicAreaM2(withHole)).toBeCloseTo(geodesicAreaM2(outer) - geodesicAreaM2(hole), 6);
    const reversed: Polygon = { type: 'Polygon', coordinates: [[...outer.coordinates[0]].reverse()] };
    expect(geodesicAreaM2(reversed)).toBeCloseTo(geodesicAreaM2(outer), 6);
    expect(geodesicAreaM2({ type: 'MultiPolygon', coordinates: [outer.coordinates, hole.coordinates] })).toBeCloseTo(
      geodesicAreaM2(outer) + geodesicAreaM2(hole),
      6,
    );
    expect(geodesicAreaM2({ type: 'Feature', properties: {}, geometry: outer })).toBeCloseTo(geodesicAreaM2(outer), 6);
    expect(geodesicAreaM2({ type: 'LineString', coordinates: [[108.8, 15.1], [108.81, 15.1]] })).toBe(0);
    expect(geodesicAreaM2(null)).toBe(0);
  });
});
