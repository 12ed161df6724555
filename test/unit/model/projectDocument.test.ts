import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateProjectDocument, PROJECT_VERSION } from '../../../src/domain/model/projectDocument.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';

const FIXTURES = 'test/fixtures/project';

describe('project document', () => {
  // Every saved version ever released has a fixture here; each must open in the current app.
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.noxh.json')))('opens %s', (file) => {
    const doc = migrateProjectDocument(JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')));
    expect(doc.version).toBe(PROJECT_VERSION);
    expect(doc.layers.length).toBeGreaterThan(0);
    for (const layer of doc.layers) expect(layer.title.vi).toBeTruthy();
  });

  it('keeps the layers, roles, styling and view of a version 1 file', () => {
    const doc = migrateProjectDocument(JSON.parse(readFileSync(`${FIXTURES}/v1-sample.noxh.json`, 'utf8')));
    expect(doc.layers.map((l) => [l.id, l.role, l.visible])).toEqual([
      ['industrial_zones', 'industrial_zone', true],
      ['khu_dat_moi', 'candidate_site', false],
    ]);
    expect(doc.layers[0].style.color).toBe('#6a51a3');
    expect(doc.view.zoom).toBe(11);
    const inline = doc.layers[1].source;
    expect(inline.kind === 'inline' && inline.data.features[0].properties?.name).toBe('Khu đất Nghĩa Lộ');
  });

  it('keeps the plan targets of a version 2 file; a version 1 file has none stored (the defaults apply)', () => {
    const v2 = migrateProjectDocument(JSON.parse(readFileSync(`${FIXTURES}/v2-targets.noxh.json`, 'utf8')));
    expect(v2.targets?.map((t) => [t.id, t.dwellings, t.year])).toEqual([
      ['quang_ngai_former', 6300, 2030],
      ['kon_tum_former', 1500, 2030],
    ]);
    expect(v2.targets?.[0].source).toBe('Kế hoạch thực hiện Chỉ thị 34-CT/TW');
    const v1 = migrateProjectDocument(JSON.parse(readFileSync(`${FIXTURES}/v1-sample.noxh.json`, 'utf8')));
    expect(v1.targets).toBeUndefined();
    expect(() => migrateProjectDocument({ format: 'noxh-atlas-project', version: 2, layers: [], targets: [{ id: 'x', dwellings: -1, year: 2030 }] })).toThrow(
      'Target 1 has no id',
    );
  });

  it.each([
    ['not an object', 42, 'không phải là tệp làm việc'],
    ['another format', { format: 'qgis', version: 1 }, 'thiếu "format"'],
    ['a newer version', { format: 'noxh-atlas-project', version: 99, layers: [] }, 'phiên bản mới hơn'],
    ['a layer with an unknown role', { format: 'noxh-atlas-project', version: 1, layers: [{ id: 'x', role: 'castle' }] }, 'Lớp thứ 1'],
  ])('refuses %s with a Vietnamese message', (_name, input, fragment) => {
    try {
      migrateProjectDocument(input);
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      if (isUserError(error)) expect(error.messageVi).toContain(fragment);
    }
  });
});
