import { describe, expect, it } from 'vitest';
import { createProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { execute, redo, startHistory, undo } from '../../../src/state/history.ts';
import { addLayersCommand } from '../../../src/state/commands.ts';

const project = createProjectDocument([
  {
    id: 'industrial_zones',
    role: 'industrial_zone',
    title: { vi: 'Khu, cụm công nghiệp', en: 'Industrial zones' },
    source: { kind: 'sample', file: 'industrial_zones.geojson' },
    visible: true,
    style: {},
    metadata: { illustrative: true, note: { vi: '', en: '' } },
  },
]);

describe('undoable commands', () => {
  it('hides a layer with a readable note, then undoes and redoes it', () => {
    let h = startHistory({ project });
    h = execute(h, { type: 'setLayerVisible', layerId: 'industrial_zones', visible: false });
    expect(h.workspace.project.layers[0].visible).toBe(false);
    expect(h.past[0].note.vi).toBe('Ẩn lớp "Khu, cụm công nghiệp"');
    h = undo(h);
    expect(h.workspace.project.layers[0].visible).toBe(true);
    expect(h.future).toHaveLength(1);
    h = redo(h);
    expect(h.workspace.project.layers[0].visible).toBe(false);
  });

  it('drops the redo branch when a new command runs', () => {
    let h = startHistory({ project });
    h = execute(h, { type: 'setBasemap', basemap: 'osm' });
    h = undo(h);
    h = execute(h, { type: 'setLayerVisible', layerId: 'industrial_zones', visible: false });
    expect(h.future).toEqual([]);
    expect(h.workspace.project.basemap).toBe('none');
  });

  it('leaves the history alone when there is nothing to undo', () => {
    const h = startHistory({ project });
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });
});

describe('layer and project commands', () => {
  const layer = { ...project.layers[0], id: 'kcn_nhap', title: { vi: 'KCN (nhập)', en: 'IZ (imported)' } };

  it('adds an imported layer on top and removes it again with undo', () => {
    let h = startHistory({ project });
    h = execute(h, { type: 'addLayer', layer });
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['industrial_zones', 'kcn_nhap']);
    expect(h.past[0].note.vi).toBe('Thêm lớp "KCN (nhập)"');
    h = undo(h);
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['industrial_zones']);
  });

  it('puts a removed layer back where it was', () => {
    let h = startHistory({ project });
    h = execute(h, { type: 'addLayer', layer, index: 0 });
    h = execute(h, { type: 'removeLayer', layerId: 'kcn_nhap' });
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['industrial_zones']);
    h = undo(h);
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['kcn_nhap', 'industrial_zones']);
  });

  it('opens another project and undoes back to the previous one', () => {
    let h = startHistory({ project });
    const other = { ...project, title: 'Dự án khác', layers: [] };
    h = execute(h, { type: 'replaceProject', project: other });
    expect(h.workspace.project.title).toBe('Dự án khác');
    h = undo(h);
    expect(h.workspace.project).toBe(project);
  });
});

describe('batch command (one import of several files)', () => {
  const a = { ...project.layers[0], id: 'a', title: { vi: 'Thửa đất', en: 'Parcels' } };
  const b = { ...project.layers[0], id: 'b', title: { vi: 'Đường', en: 'Roads' } };
  const c = { ...project.layers[0], id: 'c', title: { vi: 'Trường học', en: 'Schools' } };

  it('adds three layers as one undo step with one note; undo removes all three, redo adds them back', () => {
    let h = startHistory({ project });
    h = execute(h, addLayersCommand([a, b, c]));
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['industrial_zones', 'a', 'b', 'c']);
    expect(h.past).toHaveLength(1);
    expect(h.past[0].note).toEqual({ vi: 'Nhập 3 lớp: Thửa đất, Đường, Trường học', en: 'Import 3 layers: Parcels, Roads, Schools' });
    h = undo(h);
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['industrial_zones']);
    expect(h.past).toHaveLength(0);
    h = redo(h);
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['industrial_zones', 'a', 'b', 'c']);
    expect(h.past[0].note.vi).toBe('Nhập 3 lớp: Thửa đất, Đường, Trường học');
  });

  it('undoes a batch whose parts depend on each other in reverse order (add, then hide what was added)', () => {
    let h = startHistory({ project });
    h = execute(h, {
      type: 'batch',
      note: { vi: 'Thêm và ẩn', en: 'Add and hide' },
      commands: [
        { type: 'addLayer', layer: a },
        { type: 'setLayerVisible', layerId: 'a', visible: false },
        { type: 'setLayerVisible', layerId: 'industrial_zones', visible: false },
      ],
    });
    expect(h.workspace.project.layers.map((l) => [l.id, l.visible])).toEqual([['industrial_zones', false], ['a', false]]);
    h = undo(h);
    expect(h.workspace.project).toEqual(project);
  });

  it('keeps a single imported layer a plain addLayer ("Thêm lớp …")', () => {
    expect(addLayersCommand([a])).toEqual({ type: 'addLayer', layer: a });
  });
});

describe('scenario commands', () => {
  it('saves an edited weight with the note the panel wrote, and undo restores the preset', async () => {
    const { PRESET_SCENARIOS } = await import('../../../src/domain/scoring/presets.ts');
    const preset = PRESET_SCENARIOS.find((sc) => sc.id === 'worker_housing')!;
    const edited = { ...preset, criteria: preset.criteria.map((c, i) => (i === 0 ? { ...c, weight: c.weight + 0.1 } : c)) };
    let h = startHistory({ project });
    h = execute(h, { type: 'saveScenario', scenario: edited, note: { vi: "Trọng số 'A' 0,20 → 0,30", en: "Weight 'A' 0.20 → 0.30" } });
    expect(h.workspace.project.scenarios?.find((sc) => sc.id === 'worker_housing')?.criteria[0].weight).toBeCloseTo(preset.criteria[0].weight + 0.1);
    expect(h.past[0].note.vi).toBe("Trọng số 'A' 0,20 → 0,30");
    h = undo(h);
    expect(h.workspace.project.scenarios).toBeUndefined();
  });

  it('switches the active scenario and deletes one', () => {
    let h = startHistory({ project });
    h = execute(h, { type: 'setActiveScenario', scenarioId: 'urban_low_income' });
    expect(h.workspace.project.activeScenarioId).toBe('urban_low_income');
    h = execute(h, { type: 'deleteScenario', scenarioId: 'urban_low_income' });
    expect(h.workspace.project.activeScenarioId).toBeUndefined();
    expect(h.workspace.project.scenarios?.map((sc) => sc.id)).toEqual(['worker_housing']);
    h = undo(h);
    expect(h.workspace.project.activeScenarioId).toBe('urban_low_income');
  });
});
