import { describe, expect, it } from 'vitest';
import type { Point, Polygon } from 'geojson';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { readGeoJson } from '../../../src/domain/import/readGeoJson.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';
import { loadFixtures } from './_load.ts';
import { noteText } from '../renderText.ts';

describe('GeoJSON import', () => {
  it('keeps the good features among broken ones and reports every repair and rejection with its index', async () => {
    const result = await importFiles(loadFixtures('broken-features.geojson'));
    const [layer] = result.layers;
    expect(layer.features.map((f) => f.properties?.SoThua)).toEqual([1, 3, 4, 5, 6, 11]);
    const byIndex = (code: string) => result.notes.filter((n) => n.code === code).map((n) => n.featureIndex);
    expect(byIndex('geometry-null')).toEqual([1]);
    expect(byIndex('ring-closed')).toEqual([2]);
    expect(byIndex('ring-rewound')).toEqual([3]);
    expect(byIndex('duplicate-points-removed')).toEqual([4]);
    expect(byIndex('self-intersection-repaired')).toEqual([5]);
    expect(byIndex('coordinates-out-of-range')).toEqual([6]);
    expect(byIndex('geometry-empty')).toEqual([7]);
    expect(byIndex('feature-invalid')).toEqual([8]);
    expect(byIndex('ring-too-short')).toEqual([9]);
    // Every source feature is either in the layer or has a 'rejected' note: nothing dropped silently.
    const rejected = result.notes.filter((n) => n.level === 'rejected').length;
    expect(layer.features.length + rejected).toBe(11);
    // Messages say which feature, counting from 1, in Vietnamese and English.
    expect(noteText(result.notes.find((n) => n.code === 'geometry-null'), 'vi')).toMatch(/^Đối tượng thứ 2:/);
    expect(noteText(result.notes.find((n) => n.code === 'summary'), 'en')).toBe('Layer broken-features: imported 6/11 features, repaired 4, rejected 5.');
    // The repaired geometries are valid RFC 7946: closed, counter-clockwise outer rings.
    const closed = layer.features[1].geometry as Polygon;
    expect(closed.coordinates[0][0]).toEqual(closed.coordinates[0][4]);
    const bowTie = layer.features[4].geometry;
    expect(bowTie.type).toBe('MultiPolygon');
  });

  it('swaps [lat, lon] when every point lies in Vietnam only that way', async () => {
    const result = await importFiles(loadFixtures('swapped-latlon.geojson'));
    expect((result.layers[0].features[0].geometry as Point).coordinates).toEqual([108.791, 15.117]);
    expect(result.notes.find((n) => n.code === 'latlon-swapped')?.level).toBe('repaired');
  });

  it('asks for the CRS when a GeoJSON holds metres, and reprojects with --crs', async () => {
    const asked = await importFiles(loadFixtures('metres-no-crs.geojson'));
    expect(asked.layers[0].features).toHaveLength(0);
    expect(asked.layers[0].crsNeeded?.suggestions[0].id).toBe('EPSG:5898');
    const done = await importFiles(loadFixtures('metres-no-crs.geojson'), { crs: 'EPSG:5898' });
    const p = (done.layers[0].features[0].geometry as Point).coordinates;
    // docs/DOMAIN.md §4 test vector: E 587049.939, N 1672803.489 ↔ 108.811727, 15.123875 (1e-7° ≈ 1 cm)
    expect(Math.abs(p[0] - 108.811727)).toBeLessThan(1e-7);
    expect(Math.abs(p[1] - 15.123875)).toBeLessThan(1e-7);
  });

  it('reports invalid JSON with line and column, as a UserError from the reader and an error note from importFiles', async () => {
    const [file] = loadFixtures('invalid.json');
    try {
      readGeoJson(file.bytes, 'invalid.json');
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toMatch(/line 6, column 5/);
    }
    const result = await importFiles([file]);
    expect(result.layers).toHaveLength(0);
    expect(result.notes[0]).toMatchObject({ level: 'error', code: 'json-invalid' });
    expect(noteText(result.notes[0], 'vi')).toContain('dòng 6, cột 5');
  });

  it('accepts a bare geometry and a single Feature', async () => {
    const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
    const result = await importFiles([
      { name: 'geom.geojson', bytes: enc({ type: 'Point', coordinates: [108.8, 15.1] }) },
      { name: 'one.json', bytes: enc({ type: 'Feature', properties: { Ten: 'A' }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } }) },
    ]);
    expect(result.layers.map((l) => l.features.length)).toEqual([1, 1]);
  });

  it('warns when the new layer overlaps none of the loaded layers (likely a wrong CRS)', async () => {
    const result = await importFiles(loadFixtures('broken-features.geojson'), { otherLayerBboxes: [[105.7, 20.9, 106.0, 21.1]] });
    expect(result.notes.find((n) => n.code === 'layer-no-overlap')?.level).toBe('warning');
    const fine = await importFiles(loadFixtures('broken-features.geojson'), { otherLayerBboxes: [[108.5, 14.5, 109, 15.5]] });
    expect(fine.notes.some((n) => n.code === 'layer-no-overlap')).toBe(false);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importFiles(loadFixtures('broken-features.geojson'), { signal: controller.signal })).rejects.toThrow();
  });

  it('reports progress from 0 to 1', async () => {
    const seen: number[] = [];
    await importFiles(loadFixtures('broken-features.geojson'), { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('CSV through importFiles (CSV reader of src/domain/import/readCsv.ts)', () => {
  const csv = 'STT;X;Y;Ten\n1;1672803,489;587049,939;Mốc Cẩm Thành\n2;abc;587500;Mốc hỏng\n';
  it('asks for the CRS for VN-2000 metres (X = northing), then imports with the option', async () => {
    const file = { name: 'moc.csv', bytes: new TextEncoder().encode(csv) };
    const asked = await importFiles([file]);
    expect(asked.layers[0].crsNeeded?.suggestions[0].id).toBe('EPSG:5898');
    expect(asked.layers[0].features).toHaveLength(0);
    const done = await importFiles([file], { crs: 'EPSG:5898' });
    const p = (done.layers[0].features[0].geometry as Point).coordinates;
    expect(Math.abs(p[0] - 108.811727)).toBeLessThan(1e-7);
    expect(Math.abs(p[1] - 15.123875)).toBeLessThan(1e-7);
    expect(done.layers[0].sourceFormat).toBe('csv');
    expect(noteText(done.notes.find((n) => n.code === 'summary' && n.params.of === 'layer'), 'en')).toBe('Layer moc: imported 1/2 features, repaired 0, rejected 1.');
  });
});

describe('GeoJSON with a legacy crs member', () => {
  it('reprojects from the declared CRS (urn:ogc:def:crs:EPSG::5898)', async () => {
    const fc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5898' } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [587049.939, 1672803.489] } }] };
    const result = await importFiles([{ name: 'mốc.geojson', bytes: new TextEncoder().encode(JSON.stringify(fc)) }]);
    expect(result.layers[0].crs?.id).toBe('EPSG:5898');
    expect(result.notes.some((n) => n.code === 'crs-geojson-member')).toBe(true);
    const p = (result.layers[0].features[0].geometry as Point).coordinates;
    expect(Math.abs(p[0] - 108.811727)).toBeLessThan(1e-7);
  });
});
