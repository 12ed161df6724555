// The direct Krüger TM + Helmert path must agree with proj4 to well under a millimetre everywhere
// NOXH Atlas uses it, otherwise it is not allowed to replace proj4.
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { createCoordinateTransform } from '../../../src/domain/projection/createCoordinateTransform.ts';
import { resolveCrs } from '../../../src/domain/projection/resolveCrs.ts';
import { VN2000_TM3_MERIDIANS_DEG } from '../../../src/domain/projection/vn2000Zones.ts';
import { WGS84_CRS } from '../../../src/domain/projection/wellKnownCrs.ts';
import { parseSimpleProj4 } from '../../../src/domain/projection/createFastTransform.ts';

function maxDiff(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

describe('fast path vs proj4', () => {
  it.each(VN2000_TM3_MERIDIANS_DEG.map((m) => [m]))('WGS84 → VN-2000 TM-3 %s° across the zone: < 0.1 mm', (meridian) => {
    const crs = resolveCrs(`vn2000:${meridian}`);
    const pts: number[] = [];
    for (let dLon = -1.6; dLon <= 1.6; dLon += 0.4) for (let lat = 8.5; lat <= 23.5; lat += 1.5) pts.push(meridian + dLon, lat);
    const fast = createCoordinateTransform(WGS84_CRS, crs);
    expect(fast.engine).toBe('fast');
    const a = new Float64Array(pts);
    const b = new Float64Array(pts);
    fast.transformInPlace(a);
    createCoordinateTransform(WGS84_CRS, crs, { engine: 'proj4' }).transformInPlace(b);
    expect(maxDiff(a, b)).toBeLessThan(1e-4);
    // and back to degrees
    createCoordinateTransform(crs, WGS84_CRS).transformInPlace(a);
    createCoordinateTransform(crs, WGS84_CRS, { engine: 'proj4' }).transformInPlace(b);
    expect(maxDiff(a, b)).toBeLessThan(1e-9); // degrees: ≈ 0.1 mm
  });

  it('between two VN-2000 zones (108° → 107°30′) and to UTM: no datum round trip, < 0.01 mm', () => {
    const pts = new Float64Array([587049.939, 1672803.489, 550000, 1600000, 620000, 1700000]);
    // VN-2000 → VN-2000 needs no datum shift. proj4js shifts to WGS84 and back there (≈ 0.1 mm of
    // round-trip noise), so compare with proj4 on the same definitions without +towgs84.
    const strip = (def: string) => def.replace(/\s*\+towgs84=\S+/, '');
    for (const to of ['EPSG:9216', 'EPSG:3406']) {
      const a = new Float64Array(pts);
      createCoordinateTransform(resolveCrs('EPSG:5898'), resolveCrs(to)).transformInPlace(a);
      for (let i = 0; i < pts.length; i += 2) {
        const [e, n] = proj4(strip(resolveCrs('EPSG:5898').proj4), strip(resolveCrs(to).proj4), [pts[i], pts[i + 1]]);
        expect(Math.abs(a[i] - e)).toBeLessThan(1e-5);
        expect(Math.abs(a[i + 1] - n)).toBeLessThan(1e-5);
      }
    }
    const a = new Float64Array(pts);
    const b = new Float64Array(pts);
    createCoordinateTransform(resolveCrs('EPSG:5898'), resolveCrs('EPSG:32649')).transformInPlace(a);
    createCoordinateTransform(resolveCrs('EPSG:5898'), resolveCrs('EPSG:32649'), { engine: 'proj4' }).transformInPlace(b);
    expect(maxDiff(a, b)).toBeLessThan(1e-5);
  });

  it('metres given as degrees fail loudly (NaN and a count) instead of landing somewhere', () => {
    const xy = new Float64Array([587049.939, 1672803.489]);
    const failed = createCoordinateTransform(WGS84_CRS, resolveCrs('EPSG:5898')).transformInPlace(xy);
    expect(failed).toBe(1);
    expect(Number.isNaN(xy[0])).toBe(true);
  });

  it('leaves anything it cannot do exactly to proj4', () => {
    expect(parseSimpleProj4('+proj=lcc +lat_1=20 +lon_0=105 +ellps=WGS84')).toBeNull();
    expect(parseSimpleProj4('+proj=tmerc +lon_0=106 +ellps=krass +towgs84=-17.51,-108.32,-62.39')).toBeNull();
    expect(parseSimpleProj4('+proj=tmerc +lat_0=10 +lon_0=106 +ellps=WGS84')).toBeNull();
    expect(createCoordinateTransform(WGS84_CRS, resolveCrs('EPSG:3857')).engine).toBe('proj4');
  });
});
