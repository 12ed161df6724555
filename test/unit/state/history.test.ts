import { describe, expect, it } from 'vitest';
import { createProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { execute, redo, startHistory, undo } from '../../../src/state/history.ts';

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
    let h = startHistory({ project, language: 'vi' });
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
    let h = startHistory({ project, language: 'vi' });
    h = execute(h, { type: 'setBasemap', basemap: 'osm' });
    h = undo(h);
    h = execute(h, { type: 'setLayerVisible', layerId: 'industrial_zones', visible: false });
    expect(h.future).toEqual([]);
    expect(h.workspace.project.basemap).toBe('none');
  });

  it('leaves the history alone when there is nothing to undo', () => {
    const h = startHistory({ project, language: 'vi' });
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });
});
