// Hostile files through the import pipeline (the same code the app's import worker runs): each gives its message with
// the feature's number, keeps everything else, and ends in bounded time (issue 16, points 3, 4 and 6).
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import type { ImportNote } from '../../../src/domain/import/importTypes.ts';
import { importNoteMessage } from '../../../src/domain/import/importNote.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';
import { REPAIR_VERTEX_LIMIT, validateFeature } from '../../../src/domain/validate/validateFeatures.ts';
import { isPolygonal } from '../../../src/domain/geo/polygonalGeometry.ts';
import { createProjectDocument, migrateProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';
import { ahpWeights } from '../../../src/domain/scoring/ahpWeights.ts';
import { deeplyNestedGeoJson, sawToothPolygon, twistedCircle } from '../../../scripts/testdata/makeHostileFiles.ts';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const geojson = (features: Feature[]) => JSON.stringify({ type: 'FeatureCollection', features } satisfies FeatureCollection);
const point = (properties: Record<string, unknown>, coordinates = [108.8, 15.1]): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
const vi = (n: ImportNote) => renderMessage('vi', importNoteMessage(n));

describe('hostile files through the import', () => {
  it('rejects a feature whose properties nest 200,000 deep, by number, and keeps the other', async () => {
    const result = await importFiles([file('deep.geojson', deeplyNestedGeoJson(200_000))]);
    expect(result.layers[0].features.map((f) => f.properties)).toEqual([{ ten: 'Thửa bình thường' }]);
    const note = result.notes.find((n) => n.code === 'properties-too-deep')!;
    expect(note).toMatchObject({ level: 'rejected', featureIndex: 0 });
    expect(vi(note)).toMatch(/^Đối tượng thứ 1: thuộc tính "a" lồng nhau quá 32 cấp/);
  });

  it('stores NFD names and text as NFC (one field, not two that look the same) and says so', async () => {
    const nfd = 'Ðà Nẵng'.normalize('NFD');
    const result = await importFiles([file('nfd.geojson', geojson([point({ ['tên'.normalize('NFD')]: nfd }), point({ tên: 'Quảng Ngãi' })]))]);
    const layer = result.layers[0];
    expect(layer.features.map((f) => Object.keys(f.properties!))).toEqual([['tên'], ['tên']]);
    expect(layer.features[0].properties!.tên).toBe('Ðà Nẵng'.normalize('NFC'));
    expect(layer.fields.map((f) => f.name)).toEqual(['tên']);
    expect(result.notes.find((n) => n.code === 'text-normalized')).toMatchObject({ level: 'repaired', params: { values: 2, fields: 1 } });
  });

  it('keeps text that starts with a tab or a line break as written, with a note naming the first', async () => {
    const result = await importFiles([file('tab.geojson', geojson([point({ ten: 'A' }), point({ ten: '\t=1+2' }), point({ ten: '\r@SUM(A1)' })]))]);
    expect(result.layers[0].features.map((f) => f.properties!.ten)).toEqual(['A', '\t=1+2', '\r@SUM(A1)']);
    const note = result.notes.find((n) => n.code === 'text-leading-control')!;
    expect(note).toMatchObject({ level: 'warning', params: { values: 2, field: 'ten', example: 1 } });
    expect(vi(note)).toContain('đối tượng số 2');
  });

  it('warns when a layer lies far outside Vietnam (points at −170°, 28°, as a Mars .prj gives)', async () => {
    const result = await importFiles([file('mars.geojson', geojson([point({ ten: 'Olympus' }, [-170, 28])]))]);
    expect(result.layers[0].features).toHaveLength(1);
    const note = result.notes.find((n) => n.code === 'layer-outside-vietnam')!;
    expect(note.level).toBe('warning');
    expect(vi(note)).toContain('rất xa lãnh thổ Việt Nam');
    const home = await importFiles([file('qn.geojson', geojson([point({ ten: 'Quảng Ngãi' })]))]);
    expect(home.notes.some((n) => n.code === 'layer-outside-vietnam')).toBe(false);
  });
});

describe('the self-intersection repair is bounded', () => {
  it('repairs a small saw-tooth polygon (its crossings named) and keeps one over the limit with a warning naming it', () => {
    const notes: ImportNote[] = [];
    const small = validateFeature(sawToothPolygon(400), 0, notes)!;
    expect(small.geometry.type).toBe('MultiPolygon');
    expect(notes.find((n) => n.code === 'self-intersection-repaired')).toMatchObject({ level: 'repaired', featureIndex: 0 });

    const big = sawToothPolygon(REPAIR_VERTEX_LIMIT + 10_000);
    const kept = validateFeature(big, 7, notes)!;
    expect(kept.geometry).toEqual(big.geometry);
    const warning = notes.find((n) => n.code === 'self-intersection-kept')!;
    expect(warning).toMatchObject({ level: 'warning', featureIndex: 7, params: { vertices: REPAIR_VERTEX_LIMIT + 10_000, limit: REPAIR_VERTEX_LIMIT } });
    expect(vi(warning)).toContain('quá giới hạn tự sửa 10.000 đỉnh');
    // The place of the first crossing is named, from the sweep (not turf's all-pairs kinks).
    expect((warning.params as { near: number[] }).near[0]).toBeCloseTo(108.8, 1);
  });

  it('a million-vertex twisted circle is kept with the warning, not repaired for minutes', () => {
    const notes: ImportNote[] = [];
    const f = twistedCircle(1_000_000);
    expect(validateFeature(f, 0, notes)!.geometry).toBe(f.geometry);
    expect(notes.map((n) => n.code)).toEqual(['self-intersection-kept']);
  });
});

describe('degenerate rings are not polygons to the set operations (audit, scoring)', () => {
  const g = (coordinates: unknown, type = 'Polygon') => ({ type, coordinates }) as Polygon;
  it('refuses rings that are points, empty, too short or hold strings; takes a real one', () => {
    expect(isPolygonal(g([[108.8, 15.1], [108.9, 15.1]]))).toBe(false);
    expect(isPolygonal(g([[]]))).toBe(false);
    expect(isPolygonal(g([[[1, 2]]], 'Polygon'))).toBe(false);
    expect(isPolygonal(g([[[[1, 2]]], []], 'MultiPolygon'))).toBe(false);
    expect(isPolygonal(g([[[108.8, 15.1], ['x', 15.2], [108.9, 15.1], [108.8, 15.1]]]))).toBe(false);
    expect(isPolygonal(g([[[108.8, 15.1], [108.9, 15.2], [108.9, 15.1], [108.8, 15.1]]]))).toBe(true);
  });
});

describe('a CSV cell that starts with a tab', () => {
  it('is kept as written, not trimmed silently, and noted', async () => {
    const csv = 'ten,lon,lat\r\n"\t=1+1",108.8,15.1\r\nThửa 2,108.81,15.11\r\n';
    const result = await importFiles([file('tab.csv', csv)]);
    expect(result.layers[0].features.map((f) => f.properties!.ten)).toEqual(['\t=1+1', 'Thửa 2']);
    expect(result.notes.find((n) => n.code === 'text-leading-control')).toMatchObject({ params: { values: 1, field: 'ten', example: 0 } });
  });
});

describe('bidi controls', () => {
  it('are removed from imported names, values and the layer title, and from a project file title', async () => {
    const rlo = '\u202E';
    const result = await importFiles([file(`thua${rlo}nosj.geojson`, geojson([point({ [`te${rlo}n`]: `Thửa ${rlo}21 ốs` })]))]);
    const layer = result.layers[0];
    expect(layer.name).toBe('thuanosj');
    expect(layer.features[0].properties).toEqual({ ten: 'Thửa 21 ốs' });
    expect(result.notes.find((n) => n.code === 'text-normalized')).toMatchObject({ params: { values: 2, fields: 1 } });
    const doc = migrateProjectDocument({ ...createProjectDocument([]), title: `Dự án ${rlo}gnãiN gnảuQ` });
    expect(doc.title).toBe('Dự án gnãiN gnảuQ');
    // A value inside a project file's inline layer too (it reaches the attribute panel as it is).
    const withLayer = migrateProjectDocument({
      ...createProjectDocument([]),
      layers: [{ id: 'l1', role: 'candidate_site', title: { vi: 'Thửa', en: 'Parcels' }, visible: true, style: {}, source: { kind: 'inline', data: { type: 'FeatureCollection', features: [point({ ten: `Thửa ${rlo}21 ốs` })] } } }],
    });
    const source = withLayer.layers[0].source;
    expect(source.kind === 'inline' && source.data.features[0].properties).toEqual({ ten: 'Thửa 21 ốs' });
  });
});

describe('AHP judgements', () => {
  it('outside Saaty 1/9–9 are an error naming the cell (1e308 was accepted)', () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/hostile/ahp-out-of-scale.json', 'utf8')) as { matrix: number[][] };
    let error: unknown;
    try {
      ahpWeights(fixture.matrix);
    } catch (e) {
      error = e;
    }
    expect(isUserError(error) && error.messageVi).toBe('Ô [1, 2] = 1.00e+308 nằm ngoài thang Saaty: mỗi so sánh phải từ 1/9 đến 9.');
    expect(ahpWeights([[1, 9, 0.111], [1 / 9, 1, 1 / 9], [9, 9, 1]]).weights).toHaveLength(3);
  });
});
