// The NOXH registry's edits are named, undoable commands: adding a project to the bundled sample layer
// makes it inline and undo gives the sample back; an edit's note names what changed; a delete and a new
// registry layer undo too; the plan targets are set and restored (absent again = the defaults).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { createProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { execute, startHistory, undo } from '../../../src/state/history.ts';

const sample = JSON.parse(readFileSync('data/housing_projects.geojson', 'utf8')) as FeatureCollection;
const sampleLayer: ProjectLayer = {
  id: 'housing_projects',
  role: 'housing_project',
  title: { vi: 'Dự án nhà ở xã hội', en: 'Social housing projects' },
  source: { kind: 'sample', file: 'housing_projects.geojson' },
  visible: true,
  style: {},
  metadata: { illustrative: true, note: { vi: '', en: '' } },
};
const added: Feature = {
  type: 'Feature',
  properties: { id: 'NOXH-13', name: 'NOXH Cẩm Thành', form: 'rent', units: 1200, unit_kind: 'dwelling', status: 'approved', start_year: 2026, completion_year: 2028 },
  geometry: { type: 'Point', coordinates: [108.8117, 15.1239] },
};
const featuresOf = (layer: ProjectLayer | undefined) => (layer?.source.kind === 'inline' ? layer.source.data.features : null);

describe('editHousingProject command', () => {
  it('adds a project to the sample layer (inline), with a note, and undo gives the sample layer back', () => {
    const project = createProjectDocument([sampleLayer]);
    let h = startHistory({ project });
    h = execute(h, { type: 'editHousingProject', layerId: 'housing_projects', featureIndex: null, feature: added, loadedData: sample });
    expect(h.past[0].note).toEqual({ vi: 'Thêm dự án NOXH "NOXH Cẩm Thành" (1.200 căn)', en: 'Add NOXH project "NOXH Cẩm Thành" (1,200 units)' });
    expect(featuresOf(h.workspace.project.layers[0])).toHaveLength(sample.features.length + 1);
    h = undo(h);
    expect(h.workspace.project.layers[0]).toBe(sampleLayer);
  });

  it('names the changed properties of an edit, and deletes', () => {
    const inline: ProjectLayer = { ...sampleLayer, source: { kind: 'inline', data: { type: 'FeatureCollection', features: [added] } } };
    let h = startHistory({ project: createProjectDocument([inline]) });
    const edited: Feature = { ...added, properties: { ...added.properties, units: 1500, status: 'under_construction' } };
    h = execute(h, { type: 'editHousingProject', layerId: 'housing_projects', featureIndex: 0, feature: edited });
    expect(h.past[0].note.vi).toBe('Sửa dự án NOXH "NOXH Cẩm Thành": số căn 1.200 căn → 1.500 căn; tình trạng Đã phê duyệt → Đang xây dựng');
    expect(featuresOf(h.workspace.project.layers[0])?.[0].properties?.units).toBe(1500);
    h = execute(h, { type: 'editHousingProject', layerId: 'housing_projects', featureIndex: 0, feature: null });
    expect(h.past[1].note.vi).toBe('Xóa dự án NOXH "NOXH Cẩm Thành"');
    expect(featuresOf(h.workspace.project.layers[0])).toEqual([]);
    h = undo(undo(h));
    expect(h.workspace.project.layers[0]).toBe(inline);
  });

  it('creates the registry layer with its first project, and undo removes it', () => {
    const newLayer: ProjectLayer = { ...sampleLayer, id: 'noxh_registry', source: { kind: 'inline', data: { type: 'FeatureCollection', features: [] } } };
    let h = startHistory({ project: createProjectDocument([]) });
    h = execute(h, { type: 'editHousingProject', layerId: 'noxh_registry', featureIndex: null, feature: added, newLayer });
    expect(featuresOf(h.workspace.project.layers[0])).toEqual([added]);
    h = undo(h);
    expect(h.workspace.project.layers).toEqual([]);
  });
});

describe('setPlanTargets command', () => {
  it('sets the targets with a note and undo brings back the defaults (nothing stored)', () => {
    let h = startHistory({ project: createProjectDocument([]) });
    const targets = [{ id: 'quang_ngai_former', label: 'Tỉnh Quảng Ngãi (cũ)', dwellings: 7000, year: 2030, source: 'Nghị quyết HĐND' }];
    h = execute(h, { type: 'setPlanTargets', targets });
    expect(h.past[0].note).toEqual({ vi: 'Sửa mục tiêu: 6.300 → 7.000 căn', en: 'Edit target: 6,300 → 7,000 units' });
    expect(h.workspace.project.targets).toEqual(targets);
    h = undo(h);
    expect('targets' in h.workspace.project).toBe(false);
  });
});
