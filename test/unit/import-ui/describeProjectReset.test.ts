// The "new project from the sample data" question counts only the layers the user imported from files:
// the drawn-sites layer and a sample layer made inline by a shape edit are not "imported".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { createProjectDocument, migrateProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { buildImportedLayer, isImportedLayer } from '../../../src/ui/import/buildImportedLayer.ts';
import { describeProjectReset } from '../../../src/ui/import/describeProjectReset.ts';
import { applyEditParcelShape } from '../../../src/state/editParcelShape.ts';
import { DRAWN_LAYER_ID } from '../../../src/ui/scoring/DrawSite.tsx';

const candidates = JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection;
const exported = JSON.parse(readFileSync('test/fixtures/export/khu-dat-ung-vien.geojson', 'utf8')) as FeatureCollection;

const sampleLayer = (id: string, file: string): ProjectLayer => ({
  id,
  role: 'candidate_site',
  title: { vi: id, en: id },
  source: { kind: 'sample', file },
  visible: true,
  style: {},
  metadata: { illustrative: true, note: { vi: '', en: '' } },
});

/** The open project of a planner: samples, one sample parcel re-shaped, one drawn site, two imported files. */
function workedProject() {
  const base = createProjectDocument([sampleLayer('candidate_sites', 'candidate_sites.geojson'), sampleLayer('housing_projects', 'housing_projects.geojson')]);
  // Editing a sample parcel's shape makes the sample layer inline (same id).
  const ring = (candidates.features[0].geometry as Polygon).coordinates[0].map((p) => [p[0] + 0.0005, p[1]]);
  const edited = applyEditParcelShape({ project: base }, {
    type: 'editParcelShape', layerId: 'candidate_sites', featureIndex: 0, geometry: { type: 'Polygon', coordinates: [ring] }, parcelId: 'QN-0001', loadedData: candidates,
  }).project;
  const drawn: ProjectLayer = {
    id: DRAWN_LAYER_ID,
    role: 'candidate_site',
    title: { vi: 'Khu đất vẽ mới', en: 'Drawn sites' },
    source: { kind: 'inline', data: { type: 'FeatureCollection', features: [candidates.features[1]] } },
    visible: true,
    style: {},
    metadata: { illustrative: false, note: { vi: '', en: '' }, source: 'NOXH Atlas' },
  };
  const first = buildImportedLayer({ features: exported.features, role: 'candidate_site', title: 'Khu đất ứng viên', mapping: {}, fileNames: ['khu-dat-ung-vien.geojson'], takenIds: edited.layers.map((l) => l.id) });
  const second = buildImportedLayer({ features: exported.features, role: 'candidate_site', title: 'Khu đất ứng viên', mapping: {}, fileNames: ['khu-dat-ung-vien.geojson'], takenIds: [...edited.layers.map((l) => l.id), first.id] });
  return { ...edited, title: 'Đề xuất NOXH 2026', layers: [...edited.layers, drawn, first, second] };
}

describe('describeProjectReset', () => {
  it('counts the imported files only, not the drawn sites or a sample layer changed by a shape edit', () => {
    const project = workedProject();
    expect(project.layers.map((l) => `${l.id}:${l.source.kind}`)).toEqual([
      'candidate_sites:inline',
      'housing_projects:sample',
      'drawn_sites:inline',
      'import-khu-dat-ung-vien:inline',
      'import-khu-dat-ung-vien-2:inline',
    ]);
    expect(project.layers.map(isImportedLayer)).toEqual([false, false, false, true, true]);
    const [message] = describeProjectReset(project).message;
    expect(message.vi).toBe('Toàn bộ 5 lớp của tệp làm việc đang mở "Đề xuất NOXH 2026" (trong đó 2 lớp đã nhập) sẽ được thay bằng các lớp dữ liệu mẫu.');
    expect(message.en).toBe('All 5 layers of the open project "Đề xuất NOXH 2026" (2 of them imported) will be replaced by the sample layers.');
  });

  it('says nothing about imported layers when there are none (drawn and edited layers only)', () => {
    const project = workedProject();
    const withoutImports = { ...project, layers: project.layers.filter((l) => !l.id.startsWith('import-')) };
    const [message] = describeProjectReset(withoutImports).message;
    expect(message.vi).toBe('Toàn bộ 3 lớp của tệp làm việc đang mở "Đề xuất NOXH 2026" sẽ được thay bằng các lớp dữ liệu mẫu.');
    expect(message.en).toBe('All 3 layers of the open project "Đề xuất NOXH 2026" will be replaced by the sample layers.');
  });

  it('still counts the imported layers of a saved project after it is opened again', () => {
    const saved = JSON.parse(JSON.stringify(workedProject()));
    const reopened = migrateProjectDocument(saved);
    expect(describeProjectReset(reopened).message[0].en).toContain('(2 of them imported)');
  });
});
