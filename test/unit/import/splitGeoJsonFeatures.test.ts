// The streaming GeoJSON splitter: whatever the chunk boundaries (inside a multi-byte Vietnamese character,
// an escape, a key, a number), it gives the same features and members as JSON.parse of the whole text, and
// invalid JSON is reported with its line and column.
import { describe, expect, it } from 'vitest';
import { createGeoJsonSplitter } from '../../../src/domain/import/splitGeoJsonFeatures.ts';
import { readGeoJson } from '../../../src/domain/import/readGeoJson.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';

function split(text: string, chunkBytes: number) {
  const bytes = new TextEncoder().encode(text);
  const splitter = createGeoJsonSplitter('t.geojson');
  const items: unknown[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) items.push(...splitter.push(bytes.slice(at, at + chunkBytes)));
  return { items, ...splitter.end() };
}

const doc = {
  type: 'FeatureCollection',
  name: 'Thửa đất "Bình Sơn" \\ 1',
  features: [
    { type: 'Feature', id: 7, properties: { ten: 'Thửa số 1 — Nghĩa Hành', note: 'a,b}]{["\\"', n: -1.5e-3, ok: true, none: null }, geometry: { type: 'Polygon', coordinates: [[[108.8, 15.1], [108.81, 15.1], [108.81, 15.11], [108.8, 15.1]]] } },
    { type: 'Feature', properties: {}, geometry: null },
    null,
    { type: 'Feature', properties: { 'khóa,có:dấu': 'Đức Phổ 😀' }, geometry: { type: 'Point', coordinates: [108.9, 14.8] } },
  ],
  crs: { type: 'name', properties: { name: 'EPSG:5898' } },
};

describe('createGeoJsonSplitter', () => {
  it.each([1, 2, 3, 5, 7, 64, 1 << 20])('gives what JSON.parse gives, in chunks of %i bytes (compact and indented)', (chunk) => {
    for (const text of [JSON.stringify(doc), '\uFEFF' + JSON.stringify(doc, null, 2) + '\n']) {
      const { items, members, hasFeatures } = split(text, chunk);
      expect(hasFeatures).toBe(true);
      expect(items).toEqual(doc.features);
      expect(members).toEqual({ type: doc.type, name: doc.name, crs: doc.crs });
    }
  });

  it('reads a bare Feature, a bare geometry and an empty collection as members', () => {
    const feature = { type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [1, 2] } };
    expect(split(JSON.stringify(feature), 3)).toEqual({ items: [], members: feature, hasFeatures: false });
    expect(split('{"type":"FeatureCollection","features":[ ]}', 4)).toEqual({ items: [], members: { type: 'FeatureCollection' }, hasFeatures: true });
    expect(split('{}', 1).members).toEqual({});
  });

  it.each([
    ['{"type":"FeatureCollection","features":[{"a":1}\n {"b":2}]}', 2, 2],
    ['{"type":"FeatureCollection",\n"features":[{"a":1},]}', 2, 21],
    ['{"type":"FeatureCollection","features":[{"a":1}', 1, 48],
    ['{"type" "x"}', 1, 9],
    ['{"a":1,}', 1, 8],
    ['{"a":1} x', 1, 9],
  ])('reports invalid JSON %j at its line and column', (text, line, column) => {
    try {
      split(text, 5);
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('json-invalid');
      expect((error as { params: unknown }).params).toEqual({ file: 't.geojson', at: { line, column } });
    }
  });

  it('says a top-level array is not GeoJSON', () => {
    expect(() => split('[{"type":"Feature"}]', 4)).toThrow(expect.objectContaining({ code: 'geojson-not-geojson' }));
  });

  it('readGeoJson reads bytes in slices with the legacy crs and field types', () => {
    const read = readGeoJson(new TextEncoder().encode(JSON.stringify(doc)), 't.geojson');
    expect(read.crsName).toBe('EPSG:5898');
    expect(read.features).toHaveLength(4);
    expect(read.features[2]).toBeNull();
    expect(read.fields.map((f) => f.name)).toEqual(['ten', 'note', 'n', 'ok', 'khóa,có:dấu']);
  });
});
