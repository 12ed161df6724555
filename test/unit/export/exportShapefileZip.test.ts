// Our Shapefile writer, checked byte-level (header, ring orientation, DBF) and by reading it back
// with the project's own Shapefile reader (importFiles) in WGS84 and in VN-2000.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Position } from 'geojson';
import { exportShapefileFiles, exportShapefileZip } from '../../../src/domain/export/exportShapefileZip.ts';
import { writeDbf, dbfFieldName } from '../../../src/domain/export/writeDbf.ts';
import { resolveCrs } from '../../../src/domain/projection/resolveCrs.ts';
import { parsePrj } from '../../../src/domain/projection/parsePrj.ts';
import { WGS84_CRS } from '../../../src/domain/projection/wellKnownCrs.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { messageText } from '../renderText.ts';

const fc = JSON.parse(readFileSync('test/fixtures/export/khu-dat-ung-vien.geojson', 'utf8')) as FeatureCollection;

describe('exportShapefileZip', () => {
  it('splits a mixed layer into one file set per shape type, each with .shp .shx .dbf .prj .cpg', () => {
    const files = unzipSync(exportShapefileZip(fc, { crs: WGS84_CRS, name: 'khu-dat' }).bytes);
    expect(Object.keys(files).sort()).toEqual(
      ['lines', 'points', 'polygons'].flatMap((k) => ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((e) => `khu-dat_${k}.${e}`)).sort(),
    );
    expect(new TextDecoder().decode(files['khu-dat_points.cpg'])).toBe('UTF-8');
    expect(parsePrj(new TextDecoder().decode(files['khu-dat_points.prj']))?.id).toBe('EPSG:4326');
  });

  it('writes a valid header and outer rings clockwise, holes counter-clockwise', () => {
    const { files } = exportShapefileFiles(fc, { crs: WGS84_CRS, name: 'k' });
    const shp = files['k_polygons.shp'];
    const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
    expect(v.getInt32(0, false)).toBe(9994);
    expect(v.getInt32(24, false) * 2).toBe(shp.byteLength);
    expect(v.getInt32(32, true)).toBe(5);
    // First record: polygon with 2 parts.
    const rec = 100 + 8;
    expect(v.getInt32(rec, true)).toBe(5);
    const numParts = v.getInt32(rec + 36, true);
    const numPoints = v.getInt32(rec + 40, true);
    expect(numParts).toBe(2);
    const parts = [v.getInt32(rec + 44, true), v.getInt32(rec + 48, true), numPoints];
    const pts: Position[] = [];
    for (let i = 0; i < numPoints; i++) pts.push([v.getFloat64(rec + 52 + 16 * i, true), v.getFloat64(rec + 60 + 16 * i, true)]);
    const area = (ring: Position[]) => ring.reduce((s, p, i) => s + (i ? ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1] : 0), 0);
    expect(area(pts.slice(parts[0], parts[1]))).toBeLessThan(0); // outer: clockwise
    expect(area(pts.slice(parts[1], parts[2]))).toBeGreaterThan(0); // hole: counter-clockwise
  });

  it('DBF: ≤ 10-char unique ASCII names, C lengths in UTF-8 bytes, N for numbers', () => {
    const { bytes, fields } = writeDbf([
      { 'Số hiệu mốc': 'QN-01', 'Số hiệu mốc 2': 'x', ten: 'Quảng Ngãi', dien_tich: 12450.5, so_can: 320 },
      { 'Số hiệu mốc': null, 'Số hiệu mốc 2': 'y', ten: 'Lý Sơn', dien_tich: 7, so_can: null },
    ]);
    expect(fields.map((f) => f.name)).toEqual(['So_hieu_mo', 'So_hieu__1', 'ten', 'dien_tich', 'so_can']);
    const ten = fields.find((f) => f.key === 'ten')!;
    expect(ten).toMatchObject({ type: 'C', length: new TextEncoder().encode('Quảng Ngãi').length });
    expect(ten.length).toBeGreaterThan('Quảng Ngãi'.length);
    expect(fields.find((f) => f.key === 'dien_tich')).toMatchObject({ type: 'N', decimals: 1 });
    expect(fields.find((f) => f.key === 'so_can')).toMatchObject({ type: 'N', decimals: 0 });
    expect(bytes[bytes.length - 1]).toBe(0x1a);
    expect(dbfFieldName('1abc', new Set())).toBe('F_1abc');
  });

  it('reads back identically through the project Shapefile reader (WGS84), with keys cut to 10 chars', async () => {
    const zip = exportShapefileZip(fc, { crs: WGS84_CRS, name: 'khu-dat' }).bytes;
    const result = await importFiles([{ name: 'khu-dat.zip', bytes: zip }]);
    const all = result.layers.flatMap((l) => l.features);
    expect(all).toHaveLength(fc.features.length);
    const coords = (g: unknown): number[] =>
      JSON.stringify((g as { coordinates: unknown }).coordinates)
        .match(/-?\d+(\.\d+)?(e-?\d+)?/g)!
        .map(Number)
        .sort((x, y) => x - y);
    for (const original of fc.features) {
      const back = all.find((f) => f.properties?.id === original.properties?.id)!;
      const p = original.properties!;
      // DBF field names are at most 10 characters: landuse_code → landuse_co (the export notes say so).
      expect(back.properties).toMatchObject({ name: p.name, current_us: p.current_use, landuse_co: p.landuse_code });
      expect(back.properties?.area_m2 ?? null).toBe(p.area_m2 ?? null);
      expect(back.properties?.owner ?? null).toBe(p.owner ?? null);
      expect(back.geometry.type.replace('Multi', '')).toBe(original.geometry.type.replace('Multi', ''));
      // Same vertices (ring order and orientation may differ: Shapefile rings are clockwise, GeoJSON's counter-clockwise).
      expect(new Set(coords(back.geometry))).toEqual(new Set(coords(original.geometry)));
    }
    expect(exportShapefileFiles(fc, { crs: WGS84_CRS, name: 'k' }).notes.map((n) => messageText(n, 'en'))).toContain(
      'Field "landuse_code" is written as "landuse_co" (DBF names are at most 10 ASCII characters).',
    );
  });

  it('in VN-2000 108° the .prj is recognised and the points come back within 1 mm', async () => {
    const points: FeatureCollection = { type: 'FeatureCollection', features: fc.features.filter((f) => f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') };
    const zip = exportShapefileZip(points, { crs: resolveCrs('vn2000:108'), name: 'vn2000' }).bytes;
    const files = unzipSync(zip);
    const shp = files['vn2000_points.shp'];
    const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
    expect(v.getFloat64(108 + 4, true)).toBeGreaterThan(500000); // metres, easting
    const result = await importFiles([{ name: 'vn2000.zip', bytes: zip }]);
    expect(result.layers.every((l) => l.crs?.id === 'EPSG:5898')).toBe(true);
    const ga = result.layers.flatMap((l) => l.features).find((f) => f.properties?.id === 'GA-QN')!;
    const [lon, lat] = (ga.geometry as { coordinates: number[] }).coordinates;
    expect(Math.abs(lon - 108.791) * 107000).toBeLessThan(0.001);
    expect(Math.abs(lat - 15.117) * 110600).toBeLessThan(0.001);
  });

  it('refuses a GeometryCollection with the feature number', () => {
    const gc: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [] } }] };
    expect(() => exportShapefileZip(gc, { crs: WGS84_CRS, name: 'x' })).toThrow(/Feature 1/);
  });
});

describe('the DBF limits are said, and refused where the format cannot hold the layer (issue 16)', () => {
  const point = (properties: Record<string, unknown>) => ({ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: [108.8, 15.1] } });

  it('a 300-character text is cut to 254 bytes with a note saying the field and how many values', () => {
    const long = 'Đ'.repeat(150); // 300 bytes of UTF-8
    const { notes } = exportShapefileZip({ type: 'FeatureCollection', features: [point({ ghi_chu: long }), point({ ghi_chu: 'ngắn' })] }, { crs: WGS84_CRS, name: 'x' });
    expect(notes).toContainEqual({ code: 'export.dbf-text-truncated', params: { field: 'ghi_chu', maxBytes: 254, values: 1 } });
    expect(messageText(notes.find((n) => n.code === 'export.dbf-text-truncated'), 'vi')).toContain('1 giá trị dài hơn 254 byte bị cắt bớt');
  });

  it('1,808 properties: a clear refusal naming the extra fields, not a DBF whose header length wrapped', () => {
    const properties = Object.fromEntries(Array.from({ length: 1808 }, (_, i) => [`a${i + 1}`, i]));
    expect(() => writeDbf([properties])).toThrow(/1808 properties.*holds 255 fields \(over: a256, a257, a258, a259, a260, …\)/);
    const exactly = Object.fromEntries(Array.from({ length: 255 }, (_, i) => [`a${i + 1}`, i]));
    const dbf = writeDbf([exactly]);
    expect(new DataView(dbf.bytes.buffer).getUint16(8, true)).toBe(32 + 32 * 255 + 1);
  });
});

describe('hostile Shapefiles read back with a note (issue 16)', () => {
  it('a DBF whose header counts more records than it holds: dbf-records-missing with both counts', async () => {
    const points: FeatureCollection = { type: 'FeatureCollection', features: fc.features.filter((f) => f.geometry.type === 'Point') };
    const { files } = exportShapefileFiles(points, { crs: WGS84_CRS, name: 'k' });
    const dbf = files['k.dbf'].slice();
    new DataView(dbf.buffer).setUint32(4, 1000, true);
    const result = await importFiles(Object.entries({ ...files, 'k.dbf': dbf }).map(([name, bytes]) => ({ name, bytes })));
    const note = result.notes.find((n) => n.code === 'dbf-records-missing');
    expect(note).toMatchObject({ level: 'warning', params: { name: 'k', declared: 1000, read: points.features.length } });
    expect(points.features.length).toBeGreaterThan(0);
  });
});

describe('a .shp record with a huge or negative count (issue 16)', () => {
  it('is one rejected feature with its number; the other records are read', async () => {
    const square = (x: number) => [[[x, 15], [x + 0.01, 15], [x + 0.01, 15.01], [x, 15.01], [x, 15]]];
    const polygons: FeatureCollection = {
      type: 'FeatureCollection',
      features: [108.7, 108.8, 108.9].map((x, i) => ({ type: 'Feature', properties: { id: i }, geometry: { type: 'Polygon', coordinates: square(x) } })),
    };
    const { files } = exportShapefileFiles(polygons, { crs: WGS84_CRS, name: 'p' });
    const shp = files['p.shp'].slice();
    const view = new DataView(shp.buffer);
    // Record 1 starts at byte 100: 8-byte header, then type, bbox (32), numParts at +36, numPoints at +40.
    view.setInt32(100 + 8 + 40, 0x7fffffff, true);
    const second = 100 + 8 + view.getInt32(100 + 4, false) * 2;
    view.setInt32(second + 8 + 36, -5, true);
    const result = await importFiles(Object.entries({ ...files, 'p.shp': shp }).map(([name, bytes]) => ({ name, bytes })));
    const damaged = result.notes.filter((n) => n.code === 'shp-record-damaged');
    expect(damaged.map((n) => [n.level, n.featureIndex])).toEqual([['rejected', 0], ['rejected', 1]]);
    expect(result.layers.flatMap((l) => l.features)).toHaveLength(polygons.features.length - 2);
  });
});
