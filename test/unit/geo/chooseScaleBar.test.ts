import { describe, expect, it } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import { chooseScaleBar, metresPerPxAt, WEB_MERCATOR_WORLD_PX_AT_ZOOM_0 } from '../../../src/domain/geo/chooseScaleBar.ts';

describe('chooseScaleBar: a round scale-bar length', () => {
  it('takes the longest round length (1, 2, 5 × 10ⁿ m) that fits', () => {
    expect(chooseScaleBar(2, 120)).toEqual({ lengthM: 200, lengthPx: 100, label: '200 m' });
    expect(chooseScaleBar(2, 99)).toEqual({ lengthM: 100, lengthPx: 50, label: '100 m' });
    expect(chooseScaleBar(20, 150)).toEqual({ lengthM: 2000, lengthPx: 100, label: '2 km' });
    expect(chooseScaleBar(0.5, 120)).toEqual({ lengthM: 50, lengthPx: 100, label: '50 m' });
  });
  it('writes numbers the Vietnamese way (1.000 km), or the English way', () => {
    expect(chooseScaleBar(10_000, 150)?.label).toBe('1.000 km');
    expect(chooseScaleBar(10_000, 150, 'en')?.label).toBe('1,000 km');
  });
  it('gives nothing for a degenerate map', () => {
    expect(chooseScaleBar(0, 100)).toBeNull();
    expect(chooseScaleBar(Number.NaN, 100)).toBeNull();
  });
});

describe('metresPerPxAt: the bar matches the ground distance (WGS84 geodesic) across the province', () => {
  // Quảng Ngãi spans about 13.5–15.5° N; zooms from the whole province to a parcel.
  for (const lat of [14.0, 15.1, 16.0]) {
    for (const zoom of [8.3, 12, 16.5]) {
      it(`at ${lat}° N, zoom ${zoom}`, () => {
        const bar = chooseScaleBar(metresPerPxAt(zoom, lat), 150)!;
        expect([1, 2, 5]).toContain(bar.lengthM / 10 ** Math.floor(Math.log10(bar.lengthM)));
        expect(bar.lengthPx).toBeLessThanOrEqual(150);
        expect(bar.lengthPx).toBeGreaterThan(150 / 2.5 - 1e-9);
        // The two ends of the bar, drawn east–west at this latitude on the Web Mercator map.
        const lonPerPx = 360 / (WEB_MERCATOR_WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
        const lon0 = 108.5;
        const groundM = geographiclib.Geodesic.WGS84.Inverse(lat, lon0, lat, lon0 + bar.lengthPx * lonPerPx).s12!;
        expect(Math.abs(groundM - bar.lengthM) / bar.lengthM).toBeLessThan(0.01);
      });
    }
  }
});
