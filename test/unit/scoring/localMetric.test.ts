// The measure stage's distances against GeographicLib's geodesic (the reference): within 0.1 %.
import geographiclib from 'geographiclib-geodesic';
import type { Feature, Polygon } from 'geojson';
import { geodesicAreaM2 } from '../../../src/domain/geo/geodesicAreaM2.ts';
import { describe, expect, it } from 'vitest';
import { kxRatio, kyRatio, localScaleDrift } from '../../../src/domain/geo/localScaleDrift.ts';
import { localScaleM } from '../../../src/domain/geo/localScaleM.ts';
import { createMeasureContext } from '../../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { measureKey, type MeasureSpec } from '../../../src/domain/scoring/scenario.ts';
import { mulberry32 } from '../../../src/domain/scoring/runSensitivity.ts';

const geodesicM = (lon1: number, lat1: number, lon2: number, lat2: number) => geographiclib.Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12!;

describe('local WGS84 metric', () => {
  it('is within 0.1 % of the geodesic for 10 m – 100 km pairs across Quảng Ngãi', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const lon = 107.5 + random() * 1.5;
      const lat = 14 + random() * 1.6;
      const distance = 10 * 10 ** (random() * 4); // 10 m … 100 km
      const azimuth = random() * 360;
      const end = geographiclib.Geodesic.WGS84.Direct(lat, lon, azimuth, distance);
      // The scale factors at the pair's mid-latitude (what the measure stage re-scales a pair to).
      const { kx, ky } = localScaleM((lat + end.lat2!) / 2);
      const d = Math.hypot((end.lon2! - lon) * kx, (end.lat2! - lat) * ky);
      expect(Math.abs(d - distance) / distance).toBeLessThan(0.001);
    }
  });

  it('measures parcel-to-point distances within 0.1 % of the geodesic (nearest parcel vertex)', () => {
    const random = mulberry32(11);
    const parcels: Feature[] = [];
    const pointFeatures: Feature[] = [];
    const expected: number[] = [];
    for (let i = 0; i < 200; i++) {
      const lon = 108.5 + random() * 0.5;
      const lat = 14.8 + random() * 0.5;
      const s = 0.0003; // a ~30 m square
      parcels.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + s, lat], [lon + s, lat + s], [lon, lat + s], [lon, lat]]] } });
      // A single point far to the south-west of this parcel: the nearest parcel point is its SW corner.
      const end = geographiclib.Geodesic.WGS84.Direct(lat, lon, 200 + random() * 40, 500 + random() * 40000);
      pointFeatures.push({ type: 'Feature', properties: { n: i }, geometry: { type: 'Point', coordinates: [end.lon2!, end.lat2!] } });
      expected.push(geodesicM(lon, lat, end.lon2!, end.lat2!));
    }
    // One parcel and one point at a time, so the nearest point is the one we placed.
    for (let i = 0; i < parcels.length; i++) {
      const spec: MeasureSpec = { kind: 'distance_to_nearest', source: { role: 'facility' } };
      const ctx = createMeasureContext([{ id: 'f', role: 'facility', features: [pointFeatures[i]] }], [spec]);
      const m = measureParcels(ctx, packParcels([parcels[i]]));
      const d = m.values[measureKey(spec)][0];
      expect(Math.abs(d - expected[i]) / expected[i]).toBeLessThan(0.001);
    }
  });
});

describe('parcel area measure', () => {
  it('equals the ellipsoidal area (GeographicLib) within 1e-8 for parcels spread over the province', () => {
    // Random order and spread: many parcels share a grid cell but not its centre latitude.
    const random = mulberry32(5);
    const parcels: Feature[] = [];
    for (let i = 0; i < 3000; i++) {
      const lon = 107.6 + random() * 1.4, lat = 14.1 + random() * 1.4;
      const w = (40 + random() * 400) / 107500, h = (40 + random() * 400) / 110650;
      parcels.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + w, lat], [lon + w, lat + h], [lon, lat + h], [lon, lat]]] } });
    }
    const measures = measureParcels(createMeasureContext([], [{ kind: 'area' }]), packParcels(parcels));
    const area = measures.values[measureKey({ kind: 'area' })];
    parcels.forEach((f, i) => {
      expect(Math.abs(area[i] - geodesicAreaM2(f.geometry as Polygon)) / area[i]).toBeLessThan(1e-8);
    });
  });
});

describe('local scale drift (the measure stage re-scales a cell frame to a pair’s mid-latitude)', () => {
  it('follows the exact scale factors within 3e-9 up to 20 km from the frame origin and 1e-6 at 150 km', () => {
    for (const lat0 of [8.5, 14.1, 15.1, 15.5, 23.4]) {
      const at0 = localScaleM(lat0);
      const drift = localScaleDrift(lat0);
      for (const y of [-150000, -60000, -20000, -7000, -500, 0, 800, 5000, 20000, 45000, 150000]) {
        const exact = localScaleM(lat0 + y / at0.ky);
        const rx = kxRatio(drift, y);
        const ry = kyRatio(drift, y);
        const limit = Math.abs(y) <= 20000 ? 3e-9 : 1e-6;
        expect(Math.abs(rx - exact.kx / at0.kx)).toBeLessThan(limit);
        expect(Math.abs(ry - exact.ky / at0.ky)).toBeLessThan(limit);
      }
    }
  });
});
