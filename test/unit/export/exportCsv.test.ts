import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { exportCsv } from '../../../src/domain/export/exportCsv.ts';
import { exportGeoJson } from '../../../src/domain/export/exportGeoJson.ts';
import { readCsv } from '../../../src/domain/import/readCsv.ts';

const fc = JSON.parse(readFileSync('test/fixtures/export/khu-dat-ung-vien.geojson', 'utf8')) as FeatureCollection;

describe('exportCsv', () => {
  const text = exportCsv(fc, { role: 'candidate_site', language: 'vi' });

  it('starts with a UTF-8 BOM and uses CRLF, so Excel shows the diacritics', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n').length).toBe(fc.features.length + 2);
  });

  it('has Vietnamese headers from the role, in the role order, then WKT geometry', () => {
    const header = text.slice(1).split('\r\n')[0];
    expect(header).toBe('Mã thửa,Tên,Diện tích (m²),Hiện trạng,Người sử dụng đất,Mã loại đất,WKT');
    expect(exportCsv(fc, { role: 'candidate_site', language: 'en' }).split('\r\n')[0]).toBe('\uFEFFParcel id,Name,Area (m²),Current use,Owner,Land-use code,WKT');
  });

  it('quotes per RFC 4180 and reads back to the same values (numbers with a decimal point)', () => {
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1][0]).toBe('KD-01');
    expect(rows[1][2]).toBe('12450.5');
    expect(rows[1][3]).toBe('Đất trống, "đã giải phóng"');
    expect(rows[1][6]).toMatch(/^POLYGON \(\(108.81 15.123, /);
    expect(rows[2][4]).toBe(''); // null owner
    expect(rows[3][6]).toBe('POINT (108.791 15.117)');
    expect(rows[4][6]).toMatch(/^LINESTRING \(/);
  });

  it('a point layer gets Kinh độ / Vĩ độ columns that readCsv reads back to the same places', () => {
    const points: FeatureCollection = { type: 'FeatureCollection', features: fc.features.filter((f) => f.geometry.type === 'Point') };
    const csv = exportCsv(points, { role: 'candidate_site' });
    expect(csv.split('\r\n')[0]).toMatch(/,Kinh độ,Vĩ độ$/);
    const back = readCsv(csv);
    expect(back.features[0].geometry.coordinates).toEqual([108.791, 15.117]);
    expect(back.features[0].properties?.['Tên']).toBe('Ga Quảng Ngãi');
  });

  it('translates enum codes to labels (housing status)', () => {
    const housing: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'NOXH A', status: 'under_construction', units: 320 }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } }],
    };
    const csv = exportCsv(housing, { role: 'housing_project' });
    expect(csv).toContain('Tên,Số căn (căn),Tình trạng,Kinh độ,Vĩ độ');
    expect(csv).toContain('NOXH A,320,Đang xây dựng,108.8,15.1');
  });
});

describe('exportGeoJson', () => {
  it('writes RFC 7946 GeoJSON that parses back to the same features', () => {
    const text = exportGeoJson(fc);
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: fc.features });
  });

  it('can round coordinates (7 decimals ≈ 1 cm)', () => {
    const one: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [108.811727123456, 15.12387549] } }] };
    expect(exportGeoJson(one, { coordinateDecimals: 7 })).toContain('[108.8117271,15.1238755]');
  });
});
