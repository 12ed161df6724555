// Tampered project files (test/fixtures/project/tampered, plus huge and deeply nested values built here) are refused
// by migrateProjectDocument with a typed message naming the layer and field — never passed on to blank the app.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { PROJECT_LIMITS } from '../../../src/domain/model/validateProjectLayer.ts';
import { isUserError, type UserError } from '../../../src/domain/model/userError.ts';

const TAMPERED = 'test/fixtures/project/tampered';
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`${TAMPERED}/${name}.noxh.json`, 'utf8')) as Record<string, unknown>;

function refusal(input: unknown): UserError {
  try {
    migrateProjectDocument(input);
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('the document was accepted');
}

function validProject(): Record<string, unknown> {
  const doc = read('inline-data-42');
  const layer = (doc.layers as Record<string, unknown>[])[0];
  layer.source = { kind: 'inline', data: { type: 'FeatureCollection', features: [] } };
  return doc;
}

describe('a tampered project document', () => {
  it('has one fixture per case, each refused with a UserError', () => {
    const files = readdirSync(TAMPERED).filter((f) => f.endsWith('.noxh.json'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) expect(() => migrateProjectDocument(JSON.parse(readFileSync(`${TAMPERED}/${file}`, 'utf8')))).toThrow();
  });

  it.each([
    ['inline-data-42', 'project.field-invalid', 'Lớp thứ 1, trường "source.data" không hợp lệ: cần một GeoJSON FeatureCollection'],
    ['title-object', 'project.field-invalid', 'Lớp thứ 1, trường "title" không hợp lệ: cần văn bản hai ngôn ngữ'],
    ['project-title-object', 'project.field-invalid', 'Trường "title" của tệp làm việc không hợp lệ'],
    ['coordinates-strings', 'project.field-invalid', 'trường "source.data.features[0].geometry" không hợp lệ: cần tọa độ'],
    ['sample-path-traversal', 'project.field-invalid', 'trường "source.file" không hợp lệ: cần tên một tệp dữ liệu mẫu'],
    ['view-center-text', 'project.field-invalid', 'Trường "view.center" của tệp làm việc'],
    ['visible-string', 'project.field-invalid', 'trường "visible" không hợp lệ: cần true hoặc false'],
    ['duplicate-layer-id', 'project.layer-id-duplicate', 'Lớp thứ 2 trùng mã "khu_dat"'],
  ])('%s: %s, "%s"', (name, code, fragment) => {
    const error = refusal(read(name));
    expect(error.userMessage.code).toBe(code);
    expect(error.messageVi).toContain(fragment);
    expect(error.messageVi).not.toMatch(/\bundefined\b|NaN|\[object/);
  });

  it('accepts the same document once the layer data is a FeatureCollection', () => {
    expect(migrateProjectDocument(validProject()).layers[0].title.vi).toBe('Khu đất');
  });

  it('refuses a huge title without echoing it, and too many layers', () => {
    const huge = { ...validProject(), title: 'x'.repeat(5_000_000) };
    const error = refusal(huge);
    expect(error.userMessage).toMatchObject({ code: 'project.too-large', params: { field: 'title', count: 5_000_000, limit: PROJECT_LIMITS.shortTextChars } });
    expect(error.messageVi.length).toBeLessThan(300);
    const doc = validProject();
    const layer = (doc.layers as unknown[])[0] as Record<string, unknown>;
    doc.layers = Array.from({ length: PROJECT_LIMITS.layers + 1 }, (_, i) => ({ ...layer, id: `l${i}` }));
    expect(refusal(doc).messageVi).toContain('"layers" của tệp làm việc quá lớn');
  });

  it('refuses properties nested 200,000 deep without overflowing the stack, and a huge property text', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const feature = { type: 'Feature', properties: { deep }, geometry: null };
    const doc = validProject();
    (doc.layers as Record<string, unknown>[])[0].source = { kind: 'inline', data: { type: 'FeatureCollection', features: [feature] } };
    expect(refusal(doc).userMessage).toMatchObject({ code: 'project.too-large', params: { unit: 'levels' } });
    (doc.layers as Record<string, unknown>[])[0].source = {
      kind: 'inline',
      data: { type: 'FeatureCollection', features: [{ ...feature, properties: { name: 'y'.repeat(PROJECT_LIMITS.propertyTextChars + 1) } }] },
    };
    expect(refusal(doc).userMessage).toMatchObject({ code: 'project.too-large', params: { unit: 'chars' } });
  });

  it('refuses a bad colour, an opacity outside 0–1 and an unknown geometry type', () => {
    const doc = validProject();
    const layer = (doc.layers as Record<string, unknown>[])[0];
    layer.style = { color: 'red; background:url(x)' };
    expect(refusal(doc).messageEn).toContain('"style.color" is invalid');
    layer.style = { opacity01: 7 };
    expect(refusal(doc).messageEn).toContain('"style.opacity01" is invalid');
    layer.style = {};
    layer.source = { kind: 'inline', data: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [1, 2] } }] } };
    expect(refusal(doc).messageEn).toContain('must be a valid GeoJSON geometry');
  });
});
