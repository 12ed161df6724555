import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { FIXTURES, loadFixtures, shapefileParts } from './_load.ts';
import { noteText } from '../renderText.ts';

const golden = JSON.parse(readFileSync(FIXTURES + 'shp-vn2000-108/parcels.expected.geojson', 'utf8')) as FeatureCollection;
const maxDiffDeg = (a: unknown, b: unknown): number => {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length).toBe(b.length);
    return Math.max(0, ...a.map((x, i) => maxDiffDeg(x, b[i])));
  }
  throw new Error('shape mismatch');
};

describe('Shapefile import', () => {
  it('reads a VN-2000 108°00′ Shapefile with .prj, reprojects to WGS84 and matches the golden output within 1 cm', async () => {
    const result = await importFiles(shapefileParts('shp-vn2000-108', 'parcels', ['shp', 'shx', 'dbf', 'prj', 'cpg']));
    const [layer] = result.layers;
    expect(layer.crs?.id).toBe('EPSG:5898');
    expect(layer.sourceFormat).toBe('shapefile');
    expect(layer.encoding).toBe('utf8');
    expect(layer.fields.map((f) => f.name)).toEqual(['TenKCN', 'DienTich', 'MaLoaiDat', 'SoThua', 'SoTo', 'DiaBan']);
    // Record 3 has a null shape: rejected with its index, the three others kept in file order.
    expect(layer.features).toHaveLength(3);
    expect(result.notes.find((n) => n.code === 'geometry-null')?.featureIndex).toBe(3);
    for (let i = 0; i < 3; i++) {
      expect(layer.features[i].properties).toEqual(golden.features[i].properties);
      expect(layer.features[i].geometry.type).toBe(golden.features[i].geometry.type);
      // 1e-7° ≈ 1 cm
      expect(maxDiffDeg((layer.features[i].geometry as Polygon).coordinates, (golden.features[i].geometry as Polygon).coordinates)).toBeLessThan(1e-7);
    }
    // The hole of parcel 0 is attached to its outer ring, clockwise; the outer ring is counter-clockwise.
    const rings = (layer.features[0].geometry as Polygon).coordinates;
    expect(rings).toHaveLength(2);
    // Parcel 2 is a MultiPolygon of two parts, one holding the docs/DOMAIN.md §4 test point.
    const multi = layer.features[2].geometry as MultiPolygon;
    expect(multi.coordinates).toHaveLength(2);
    expect(multi.coordinates[0][0][0][0]).toBeCloseTo(108.811727, 7);
    expect(multi.coordinates[0][0][0][1]).toBeCloseTo(15.123875, 7);
    expect(layer.bbox![0]).toBeCloseTo(108.771, 3);
  });

  it('imports the same set from a .zip with a folder inside', async () => {
    const result = await importFiles(loadFixtures('parcels-vn2000-108.zip'));
    expect(result.layers[0].features).toHaveLength(3);
    expect(result.layers[0].crs?.id).toBe('EPSG:5898');
  });

  it('does not treat metres as degrees without a .prj: asks for the CRS with VN-2000 108°00′ suggested first', async () => {
    const result = await importFiles(shapefileParts('shp-noprj', 'parcels', ['shp', 'shx', 'dbf', 'cpg']));
    const [layer] = result.layers;
    expect(layer.features).toHaveLength(0);
    expect(layer.crs).toBeNull();
    expect(layer.crsNeeded?.reason).toBe('no-prj');
    expect(layer.crsNeeded?.suggestions[0].id).toBe('EPSG:5898');
    const note = result.notes.find((n) => n.code === 'crs-needed')!;
    expect(note.level).toBe('error');
    expect(noteText(note, 'vi')).toContain('cần chọn hệ tọa độ');
    // Importing again with the user's choice works.
    const again = await importFiles(shapefileParts('shp-noprj', 'parcels', ['shp', 'shx', 'dbf', 'cpg']), { crs: 'vn2000:108' });
    expect(again.layers[0].features).toHaveLength(3);
    expect(again.layers[0].bbox![1]).toBeCloseTo(15.06 - 0.001, 4);
  });

  it.each([
    ['shp-tcvn3', 'tcvn3'],
    ['shp-vni', 'vni'],
  ] as const)('detects %s attributes (no .cpg) and converts them to Unicode', async (dir, encoding) => {
    const result = await importFiles(shapefileParts(dir, 'kcn', ['shp', 'shx', 'dbf', 'prj']));
    const [layer] = result.layers;
    expect(layer.encoding).toBe(encoding);
    expect(layer.encodingGuesses?.[0].encoding).toBe(encoding);
    expect(layer.features.map((f) => f.properties?.TenKCN)).toEqual(['KCN Tịnh Phong', 'Khu công nghiệp Quảng Phú', 'Đất ở đô thị']);
    expect(layer.features.map((f) => f.properties?.DiaBan)).toEqual(['Tịnh Phong', 'Quảng Ngãi', 'Nghĩa Hành']);
    expect(result.notes.some((n) => n.code === 'encoding-detected')).toBe(true);
  });

  it('uses the .cpg (1258) and lets an encoding option override detection', async () => {
    const cp = await importFiles(shapefileParts('shp-cp1258', 'kcn', ['shp', 'dbf', 'prj', 'cpg']));
    expect(cp.layers[0].encoding).toBe('cp1258');
    expect(cp.layers[0].features[2].properties?.TenKCN).toBe('Đất ở đô thị');
    // Forcing the wrong encoding is the user's call: the text then differs (and the UI previews it).
    const forced = await importFiles(shapefileParts('shp-tcvn3', 'kcn', ['shp', 'dbf', 'prj']), { encoding: 'vni' });
    expect(forced.layers[0].encoding).toBe('vni');
    expect(forced.layers[0].features[1].properties?.DiaBan).not.toBe('Quảng Ngãi');
  });

  it('keeps the complete records of a truncated .shp and says how many were read', async () => {
    const result = await importFiles(shapefileParts('shp-truncated', 'parcels', ['shp', 'dbf', 'prj']));
    expect(result.layers[0].features).toHaveLength(2);
    const note = result.notes.find((n) => n.code === 'shp-truncated')!;
    expect(note.level).toBe('warning');
    expect(noteText(note, 'en')).toContain('only the first 2 features');
    expect(result.notes.some((n) => n.code === 'dbf-count-mismatch')).toBe(true);
  });

  it('imports geometry without attributes when the .dbf is missing, with a warning', async () => {
    const result = await importFiles(shapefileParts('shp-vn2000-108', 'parcels', ['shp', 'prj']));
    expect(result.layers[0].features).toHaveLength(3);
    expect(result.layers[0].features[0].properties).toEqual({});
    expect(result.notes.find((n) => n.code === 'dbf-missing')?.level).toBe('warning');
  });

  it('refuses a .dbf without its .shp with an actionable error', async () => {
    const result = await importFiles(shapefileParts('shp-vn2000-108', 'parcels', ['dbf']));
    expect(result.layers).toHaveLength(0);
    expect(result.notes[0]).toMatchObject({ level: 'error', code: 'shp-missing' });
  });

  it('reads PointZ, PolyLine (multi-part) and MultiPoint files and L/D fields', async () => {
    const result = await importFiles(loadFixtures('shp-types/stations.shp', 'shp-types/stations.dbf', 'shp-types/roads.shp', 'shp-types/roads.dbf', 'shp-types/wells.shp'));
    const byName = Object.fromEntries(result.layers.map((l) => [l.name, l]));
    expect(byName.stations.features[0].geometry).toEqual({ type: 'Point', coordinates: [108.791, 15.117, 12] });
    expect(byName.stations.features[0].properties).toEqual({ Ten: 'Ga Quảng Ngãi', HoatDong: true, NgayMo: '1936-08-01' });
    expect(byName.stations.features[1].properties).toMatchObject({ HoatDong: false, NgayMo: null });
    expect(byName.roads.features[1].geometry.type).toBe('MultiLineString');
    expect(byName.wells.features[0].geometry).toMatchObject({ type: 'MultiPoint' });
    expect(result.notes.filter((n) => n.code === 'crs-assumed-wgs84')).toHaveLength(3);
  });
});

describe('Shapefile import progress and cancel', () => {
  it('reports progress between reading, attributes, reprojection and validation, and stops when cancelled mid-way', async () => {
    const files = shapefileParts('shp-vn2000-108', 'parcels', ['shp', 'shx', 'dbf', 'prj', 'cpg']);
    const seen: number[] = [];
    await importFiles(files, { onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p > 0 && p < 0.4).length).toBeGreaterThanOrEqual(3);
    const controller = new AbortController();
    const run = importFiles(files, { signal: controller.signal, onProgress: (p) => p > 0.1 && controller.abort() });
    await expect(run).rejects.toThrow();
  });
});
