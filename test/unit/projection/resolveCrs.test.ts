import { describe, expect, it } from 'vitest';
import { resolveCrs, parseMeridianDeg } from '../../../src/domain/projection/resolveCrs.ts';
import { UserError } from '../../../src/domain/model/userError.ts';
import { VN2000_PROVINCES, VN2000_TM3_EPSG } from '../../../src/domain/projection/vn2000Zones.ts';

describe('resolveCrs', () => {
  it.each([
    ['EPSG:4326', 'EPSG:4326', true],
    ['wgs84', 'EPSG:4326', true],
    ['4326', 'EPSG:4326', true],
    ['EPSG:5898', 'EPSG:5898', false],
    ['EPSG:9216', 'EPSG:9216', false],
    ['EPSG:3405', 'EPSG:3405', false],
    ['EPSG:3406', 'EPSG:3406', false],
    ['vn2000:108', 'EPSG:5898', false],
    ['vn2000:107.5', 'EPSG:9216', false],
    ["vn2000:107°30'", 'EPSG:9216', false],
    ['vn2000:107°30′', 'EPSG:9216', false],
    ['vn2000:107-30', 'EPSG:9216', false],
    ['vn2000:Quảng Ngãi', 'EPSG:5898', false],
    ['vn2000:kon tum', 'EPSG:9216', false],
    ['vn2000-utm:48', 'EPSG:3405', false],
    ['VN2000-UTM:49N', 'EPSG:3406', false],
  ])('%s → %s', (spec, id, geographic) => {
    const crs = resolveCrs(spec);
    expect(crs.id).toBe(id);
    expect(crs.isGeographic).toBe(geographic);
    expect(crs.label.vi.length).toBeGreaterThan(5);
  });

  it('a TM-3 meridian with no EPSG code gets a vn2000: id and a Vietnamese label', () => {
    const crs = resolveCrs('vn2000:106°45′');
    expect(crs.id).toBe('vn2000:106.75');
    expect(crs.epsg).toBeUndefined();
    expect(crs.label.vi).toContain('106°45′');
  });

  it('labels name the provinces of the meridian', () => {
    expect(resolveCrs('EPSG:5898').label.vi).toContain('Quảng Ngãi');
    expect(resolveCrs('EPSG:9216').label.vi).toContain('Kon Tum');
  });

  it('accepts a proj4 string and WKT', () => {
    const p = resolveCrs('+proj=utm +zone=49 +datum=WGS84 +units=m +no_defs');
    expect(p.isGeographic).toBe(false);
    expect(resolveCrs('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]').id).toBe('EPSG:4326');
  });

  it.each(['EPSG:2154', 'vn2000:45', 'vn2000:Paris', 'vn2000-utm:50', 'nonsense', '', '+proj=nosuchthing'])('rejects %j with a Vietnamese and English UserError', (spec) => {
    let caught: unknown;
    try {
      resolveCrs(spec);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).messageVi).toMatch(/hệ tọa độ/);
    expect((caught as UserError).messageEn).toMatch(/coordinate system/);
  });

  it('parses meridians the way surveyors write them', () => {
    expect(parseMeridianDeg('107°30′')).toBe(107.5);
    expect(parseMeridianDeg('108°15\'')).toBe(108.25);
    expect(parseMeridianDeg('104 45')).toBe(104.75);
    expect(parseMeridianDeg('105,75')).toBe(105.75);
    expect(parseMeridianDeg('108°')).toBe(108);
  });
});

describe('the Circular 973/2001 provincial table', () => {
  it('has all 63 pre-2025 provinces with meridians between 103° and 108°30′', () => {
    const current = VN2000_PROVINCES.filter((p) => !p.historical);
    expect(current).toHaveLength(63);
    expect(new Set(current.map((p) => p.nameVi)).size).toBe(63);
    for (const p of VN2000_PROVINCES) {
      expect(p.centralMeridianDeg).toBeGreaterThanOrEqual(103);
      expect(p.centralMeridianDeg).toBeLessThanOrEqual(108.5);
      expect((p.centralMeridianDeg * 4) % 1).toBe(0); // quarter degrees (15′)
    }
  });

  it('Quảng Ngãi is 108°00′ (EPSG:5898) and Kon Tum 107°30′ (EPSG:9216)', () => {
    expect(VN2000_PROVINCES.find((p) => p.nameVi === 'Quảng Ngãi')?.centralMeridianDeg).toBe(108);
    expect(VN2000_PROVINCES.find((p) => p.nameVi === 'Kon Tum')?.centralMeridianDeg).toBe(107.5);
    expect(VN2000_TM3_EPSG.get(108)).toBe(5898);
    expect(VN2000_TM3_EPSG.get(107.5)).toBe(9216);
  });
});
