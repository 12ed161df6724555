// docs/DOMAIN.md §4: the official VN-2000 test vectors, the missing-datum-shift trap, and round trips.
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { resolveCrs } from '../../../src/domain/projection/resolveCrs.ts';
import { reprojectCoordinatesInPlace } from '../../../src/domain/projection/reprojectCoordinatesInPlace.ts';
import { WGS84_CRS } from '../../../src/domain/projection/wellKnownCrs.ts';
import { VN2000_TOWGS84 } from '../../../src/domain/projection/vn2000Zones.ts';

const CAM_THANH: [number, number] = [108.811727, 15.123875];

function toVn2000(spec: string, engine: 'auto' | 'proj4', lonLat = CAM_THANH): [number, number] {
  const xy = new Float64Array(lonLat);
  expect(reprojectCoordinatesInPlace(xy, WGS84_CRS, resolveCrs(spec), { engine })).toBe(0);
  return [xy[0], xy[1]];
}

describe.each(['auto', 'proj4'] as const)('VN-2000 test vectors (engine %s)', (engine) => {
  it('WGS84 (108.811727, 15.123875) → EPSG:5898 is E 587049.939, N 1672803.489 within 1 cm', () => {
    const [e, n] = toVn2000('EPSG:5898', engine);
    expect(Math.abs(e - 587049.939)).toBeLessThan(0.01);
    expect(Math.abs(n - 1672803.489)).toBeLessThan(0.01);
  });

  it('→ EPSG:9216 (ex-Kon Tum, 107°30′) is E 640796.613, N 1673062.949 within 1 cm', () => {
    const [e, n] = toVn2000('EPSG:9216', engine);
    expect(Math.abs(e - 640796.613)).toBeLessThan(0.01);
    expect(Math.abs(n - 1673062.949)).toBeLessThan(0.01);
  });

  it("vn2000:108 and vn2000:107°30' give the same as their EPSG codes", () => {
    expect(toVn2000('vn2000:108', engine)).toEqual(toVn2000('EPSG:5898', engine));
    expect(toVn2000("vn2000:107°30'", engine)).toEqual(toVn2000('EPSG:9216', engine));
  });
});

describe('a missing or wrong datum shift is caught', () => {
  it('without +towgs84 the point lands at 587244.987, 1672690.253 — about 195 m from the right answer', () => {
    const noShift = `+proj=tmerc +lat_0=0 +lon_0=108 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs`;
    const [e, n] = proj4('EPSG:4326', noShift, CAM_THANH);
    expect(e).toBeCloseTo(587244.987, 2);
    expect(n).toBeCloseTo(1672690.253, 2);
    const [E, N] = toVn2000('EPSG:5898', 'auto');
    const offM = Math.hypot(E - e, N - n);
    expect(offM).toBeGreaterThan(190);
    expect(offM).toBeLessThan(230);
  });

  it('our definition carries the official shift in position-vector form, exactly', () => {
    expect(resolveCrs('EPSG:5898').proj4).toContain(`+towgs84=${VN2000_TOWGS84}`);
    expect(VN2000_TOWGS84).toBe('-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278');
  });

  it('flipping the rotation signs (coordinate-frame values) would move the test point by more than 0.5 m', () => {
    const flipped = resolveCrs('EPSG:5898').proj4.replace(
      '0.00928836,-0.01975479,0.00427372',
      '-0.00928836,0.01975479,-0.00427372',
    );
    const [e, n] = proj4('EPSG:4326', flipped, CAM_THANH);
    const [E, N] = toVn2000('EPSG:5898', 'auto');
    expect(Math.hypot(E - e, N - n)).toBeGreaterThan(0.5);
  });
});

describe('round trips WGS84 → VN-2000 → WGS84 stay within 1 mm', () => {
  // A grid over merged Quảng Ngãi (with ex-Kon Tum), 0.1° steps.
  const grid: number[] = [];
  for (let lon = 107.3; lon <= 109.3; lon += 0.1) for (let lat = 13.9; lat <= 15.6; lat += 0.1) grid.push(lon, lat);

  it.each(['EPSG:5898', 'EPSG:9216', 'vn2000-utm:49'])('%s with both engines', (spec) => {
    for (const engine of ['auto', 'proj4'] as const) {
      const xy = new Float64Array(grid);
      expect(reprojectCoordinatesInPlace(xy, WGS84_CRS, resolveCrs(spec), { engine })).toBe(0);
      expect(reprojectCoordinatesInPlace(xy, resolveCrs(spec), WGS84_CRS, { engine })).toBe(0);
      let worstM = 0;
      for (let i = 0; i < grid.length; i += 2) {
        const dLonM = (xy[i] - grid[i]) * 111320 * Math.cos((grid[i + 1] * Math.PI) / 180);
        const dLatM = (xy[i + 1] - grid[i + 1]) * 110574;
        worstM = Math.max(worstM, Math.hypot(dLonM, dLatM));
      }
      expect(worstM).toBeLessThan(0.001);
    }
  });
});
