// The one coordinate-system decision of the import (every format goes through it): choice > declaration > degrees;
// metres without a usable declaration → ask, with the likely system first; metres never read as degrees.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decideCrs } from '../../../src/domain/import/decideCrs.ts';
import { UserError } from '../../../src/domain/model/userError.ts';
import { noteText } from '../renderText.ts';

// Quảng Ngãi in VN-2000 108°00′ (easting, northing) and in degrees.
const METRES: [number, number, number, number] = [585000, 1670000, 590000, 1675000];
const DEGREES: [number, number, number, number] = [108.7, 15.0, 108.9, 15.2];
const prjText = readFileSync('test/fixtures/import/shp-vn2000-108/parcels.prj', 'latin1');
const codes = (d: ReturnType<typeof decideCrs>) => d.notes.map((n) => [n.level, n.code]);

describe('decideCrs', () => {
  it('metres without a declaration: asks (an error note), VN-2000 108°00′ suggested first, nothing decided', () => {
    const d = decideCrs({ rawBbox: METRES, layerName: 'thua' });
    expect(d.crs).toBeNull();
    expect(d.needed).toMatchObject({ reason: 'no-prj', rawBbox: METRES });
    expect(d.needed!.suggestions[0].id).toBe('EPSG:5898');
    expect(codes(d)).toEqual([['error', 'crs-needed']]);
    expect(noteText(d.notes[0], 'vi')).toMatch(/^thua: tọa độ là mét .* cần chọn hệ tọa độ\. Gợi ý: .*\(EPSG:5898\)\.$/);
  });

  it('the same for a GeoJSON (WGS84 by format): metres are never taken for degrees', () => {
    const d = decideCrs({ rawBbox: METRES, wgs84ByFormat: true });
    expect(d.needed?.suggestions[0].id).toBe('EPSG:5898');
    expect(codes(d)).toEqual([['error', 'crs-needed']]);
  });

  it('degrees without a declaration: WGS84, noted unless the format means WGS84', () => {
    expect(decideCrs({ rawBbox: DEGREES }).crs?.id).toBe('EPSG:4326');
    expect(codes(decideCrs({ rawBbox: DEGREES }))).toEqual([['info', 'crs-assumed-wgs84']]);
    expect(codes(decideCrs({ rawBbox: DEGREES, wgs84ByFormat: true }))).toEqual([]);
  });

  it("the user's choice wins over the .prj; an unknown choice is a UserError", () => {
    const d = decideCrs({ chosen: 'vn2000:108', declared: { source: 'prj', name: 'thua', text: 'garbage' }, rawBbox: METRES });
    expect(d.crs?.id).toBe('EPSG:5898');
    expect(codes(d)).toEqual([['info', 'crs-from-option']]);
    expect(() => decideCrs({ chosen: 'EPSG:1', rawBbox: METRES })).toThrow(UserError);
  });

  it('a readable .prj decides; an unreadable one is a warning and metres are then asked for (reason unreadable-prj)', () => {
    const read = decideCrs({ declared: { source: 'prj', name: 'thua', text: prjText }, rawBbox: METRES });
    expect(read.crs?.isGeographic).toBe(false);
    expect(read.notes[0]).toMatchObject({ level: 'info', code: 'crs-from-prj' });
    const bad = decideCrs({ declared: { source: 'prj', name: 'thua', text: 'garbage' }, rawBbox: METRES });
    expect(codes(bad)).toEqual([['warning', 'prj-unreadable'], ['error', 'crs-needed']]);
    expect(bad.needed?.reason).toBe('unreadable-prj');
  });

  it('a GeoJSON crs member decides; an unknown one is a warning, then the coordinates decide', () => {
    expect(decideCrs({ declared: { source: 'crs-member', name: 'urn:ogc:def:crs:EPSG::5898' }, rawBbox: METRES, wgs84ByFormat: true }).crs?.id).toBe('EPSG:5898');
    const unknown = decideCrs({ declared: { source: 'crs-member', name: 'EPSG:1' }, rawBbox: DEGREES, wgs84ByFormat: true });
    expect(unknown.crs?.id).toBe('EPSG:4326');
    expect(codes(unknown)).toEqual([['warning', 'crs-member-unknown']]);
  });

  it('a longitude/latitude system chosen for metre values is refused and asked again', () => {
    const d = decideCrs({ chosen: 'wgs84', rawBbox: METRES, samplePoint: [587049.939, 1672803.489] });
    expect(d.needed?.suggestions[0].id).toBe('EPSG:5898');
    expect(codes(d)).toEqual([['info', 'crs-from-option'], ['error', 'crs-mismatch']]);
    expect(noteText(d.notes[1], 'en')).toContain('e.g. 587049.939, 1672803.489');
  });

  it("'auto' takes the best guess for metres with a warning to confirm", () => {
    const d = decideCrs({ chosen: 'auto', rawBbox: METRES });
    expect(d.crs?.id).toBe('EPSG:5898');
    expect(codes(d)).toEqual([['warning', 'crs-guessed']]);
  });

  it('no coordinates: nothing to decide (WGS84 when the format says so), no note', () => {
    expect(decideCrs({ rawBbox: null })).toMatchObject({ crs: null, notes: [] });
    expect(decideCrs({ rawBbox: null, wgs84ByFormat: true }).crs?.id).toBe('EPSG:4326');
  });
});
