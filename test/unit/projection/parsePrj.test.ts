// Realistic .prj texts (test/fixtures/prj) are recognised by parameters and datum, not by name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePrj } from '../../../src/domain/projection/parsePrj.ts';
import { reprojectCoordinatesInPlace } from '../../../src/domain/projection/reprojectCoordinatesInPlace.ts';
import { resolveCrs } from '../../../src/domain/projection/resolveCrs.ts';
import { formatPrjWkt } from '../../../src/domain/projection/formatPrjWkt.ts';
import { WGS84_CRS } from '../../../src/domain/projection/wellKnownCrs.ts';
import { messageText } from '../renderText.ts';

const prj = (name: string) => readFileSync(`test/fixtures/prj/${name}`, 'utf8');

describe('parsePrj', () => {
  it('ESRI "VN_2000_TM_3_zone_108" → VN-2000 TM-3 108°00′ (EPSG:5898) with the official shift', () => {
    const crs = parsePrj(prj('esri-vn2000-tm3-108.prj'))!;
    expect(crs.id).toBe('EPSG:5898');
    expect(crs.kind).toBe('vn2000-tm3');
    expect(crs.centralMeridianDeg).toBe(108);
    expect(crs.proj4).toBe(resolveCrs('vn2000:108').proj4);
    expect(crs.notes).toBeUndefined();
  });

  it('OGC WKT from EPSG:9216 with coordinate-frame TOWGS84 signs → 107°30′, official shift, and a note', () => {
    const crs = parsePrj(prj('ogc-epsg-9216-coordinate-frame-towgs84.prj'))!;
    expect(crs.id).toBe('EPSG:9216');
    expect(crs.proj4).toBe(resolveCrs('EPSG:9216').proj4);
    expect(messageText(crs.notes?.[0], 'en')).toMatch(/coordinate-frame/);
    expect(messageText(crs.notes?.[0], 'vi')).toMatch(/Coordinate Frame/);
  });

  it('WKT2 "VN-2000 / TM-3 zone 491" → EPSG:5898', () => {
    expect(parsePrj(prj('wkt2-vn2000-tm3-zone-491.prj'))?.id).toBe('EPSG:5898');
  });

  it('a MapInfo export named VN2000 with WGS84 datum and 107.9999999999 → VN-2000 108°', () => {
    const crs = parsePrj(prj('mapinfo-export-vn2000-by-name.prj'))!;
    expect(crs.id).toBe('EPSG:5898');
  });

  it('ESRI VN_2000_UTM_Zone_48N → EPSG:3405', () => {
    expect(parsePrj(prj('esri-vn2000-utm-48n.prj'))?.id).toBe('EPSG:3405');
  });

  it('ESRI GCS_WGS_1984 → EPSG:4326', () => {
    expect(parsePrj(prj('esri-wgs84.prj'))).toBe(WGS84_CRS);
  });

  it('an unknown system (Hanoi 1972 Gauss-Krüger) is used as WKT through proj4, with a note to check it', () => {
    const crs = parsePrj(prj('esri-hanoi-1972-gk-106.prj'))!;
    expect(crs.kind).toBe('custom');
    expect(crs.isGeographic).toBe(false);
    expect(messageText(crs.notes?.[0], 'vi')).toMatch(/Hanoi_1972_GK_106_NE/);
    const xy = new Float64Array([106.5, 15.1]);
    expect(reprojectCoordinatesInPlace(xy, WGS84_CRS, crs)).toBe(0);
    expect(xy[0]).toBeGreaterThan(550000);
    expect(xy[0]).toBeLessThan(560000);
  });

  it('returns null for text that is not WKT', () => {
    expect(parsePrj(prj('truncated.prj'))).toBeNull();
    expect(parsePrj('')).toBeNull();
    expect(parsePrj('hello')).toBeNull();
  });

  it.each(['EPSG:5898', 'EPSG:9216', 'vn2000:105.75', 'vn2000:108.25', 'EPSG:3405', 'EPSG:3406', 'EPSG:4326', 'EPSG:32649'])(
    'reads back what formatPrjWkt writes for %s',
    (spec) => {
      const crs = resolveCrs(spec);
      const back = parsePrj(formatPrjWkt(crs))!;
      expect(back.id).toBe(crs.id);
      expect(back.proj4).toBe(crs.proj4);
      expect(back.notes).toBeUndefined();
    },
  );
});
