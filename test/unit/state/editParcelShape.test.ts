// Editing a parcel's shape is one undoable, named command: the bundled sample layer and an inline
// (drawn) layer both get the new geometry, the stated area follows it, and undo gives the old shape back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { geodesicAreaM2 } from '../../../src/domain/geo/geodesicAreaM2.ts';
import { createProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { execute, redo, startHistory, undo } from '../../../src/state/history.ts';
import { AppStore } from '../../../src/state/store.ts';

const sample = JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection;
const sampleLayer: ProjectLayer = {
  id: 'candidate_sites',
  role: 'candidate_site',
  title: { vi: 'Khu đất ứng viên', en: 'Candidate sites' },
  source: { kind: 'sample', file: 'candidate_sites.geojson' },
  visible: true,
  style: {},
  metadata: { illustrative: true, note: { vi: '', en: '' } },
};

/** QN-0001 with its first vertex moved ~110 m north (the ring stays closed). */
function movedFirstVertex(): Polygon {
  const ring = (sample.features[0].geometry as Polygon).coordinates[0].map((p) => [...p]);
  ring[0] = [ring[0][0], ring[0][1] + 0.001];
  ring[ring.length - 1] = ring[0];
  return { type: 'Polygon', coordinates: [ring] };
}

describe('editParcelShape command', () => {
  it('replaces a sample parcel’s geometry, updates its stated area, and undo restores the loaded features', () => {
    const project = createProjectDocument([sampleLayer]);
    const geometry = movedFirstVertex();
    let h = startHistory({ project });
    h = execute(h, { type: 'editParcelShape', layerId: 'candidate_sites', featureIndex: 0, geometry, parcelId: 'QN-0001', loadedData: sample });
    expect(h.past[0].note).toEqual({ vi: 'Sửa hình dạng thửa QN-0001', en: 'Edit shape of parcel QN-0001' });
    const layer = h.workspace.project.layers[0];
    expect(layer.source.kind).toBe('inline');
    const data = layer.source.kind === 'inline' ? layer.source.data : null;
    expect(data!.features).toHaveLength(sample.features.length);
    expect(data!.features[0].geometry).toEqual(geometry);
    expect(data!.features[0].properties?.id).toBe('QN-0001');
    expect(data!.features[0].properties?.area_m2).toBe(Math.round(geodesicAreaM2(geometry)));
    expect(data!.features[0].properties?.area_m2).not.toBe(sample.features[0].properties?.area_m2);
    // The other parcels are the same objects, untouched; the loaded data is not mutated.
    expect(data!.features[1]).toBe(sample.features[1]);
    expect(sample.features[0].geometry).not.toEqual(geometry);

    h = undo(h);
    // The sample layer itself comes back (a saved project then names the sample file, not its features).
    const back = h.workspace.project.layers[0];
    expect(back).toEqual(sampleLayer);
    expect(back.source).toEqual({ kind: 'sample', file: 'candidate_sites.geojson' });
    h = redo(h);
    const again = h.workspace.project.layers[0];
    expect(again.source.kind === 'inline' && again.source.data.features[0].geometry).toEqual(geometry);
  });

  it('edits a drawn (inline) site in place and keeps its place in the layer order', () => {
    const drawn: ProjectLayer = {
      ...sampleLayer,
      id: 'drawn_sites',
      source: { kind: 'inline', data: { type: 'FeatureCollection', features: [sample.features[0], sample.features[1]] } },
    };
    const project = createProjectDocument([sampleLayer, drawn]);
    const geometry = movedFirstVertex();
    let h = startHistory({ project });
    h = execute(h, { type: 'editParcelShape', layerId: 'drawn_sites', featureIndex: 1, geometry, parcelId: 'VE-002' });
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['candidate_sites', 'drawn_sites']);
    const edited = h.workspace.project.layers[1];
    expect(edited.source.kind === 'inline' && edited.source.data.features[1].geometry).toEqual(geometry);
    expect(edited.source.kind === 'inline' && edited.source.data.features[0]).toBe(sample.features[0]);
    h = undo(h);
    expect(h.workspace.project.layers[1]).toEqual(drawn);
    expect(h.workspace.project.layers[0]).toBe(sampleLayer);
  });

  it('does nothing (and records a harmless undo) when the layer or feature is gone', () => {
    const project = createProjectDocument([sampleLayer]);
    let h = startHistory({ project });
    h = execute(h, { type: 'editParcelShape', layerId: 'candidate_sites', featureIndex: 9999, geometry: movedFirstVertex(), parcelId: 'X', loadedData: sample });
    expect(h.workspace.project.layers[0]).toBe(sampleLayer);
    h = execute(h, { type: 'editParcelShape', layerId: 'missing', featureIndex: 0, geometry: movedFirstVertex(), parcelId: 'X' });
    h = undo(undo(h));
    expect(h.workspace.project.layers[0]).toBe(sampleLayer);
  });

  it('gives the store new layer data after the edit (so scoring re-measures) and the sample’s loaded data back after undo', () => {
    const store = new AppStore(createProjectDocument([sampleLayer]), 'vi');
    const loaded = { status: 'ready', data: sample, dataUrl: 'data/candidate_sites.geojson', invalidCount: 0 } as const;
    store.setLayerData('candidate_sites', loaded);
    const originalGeometry = sample.features[0].geometry;
    const geometry = movedFirstVertex();
    store.run({ type: 'editParcelShape', layerId: 'candidate_sites', featureIndex: 0, geometry, parcelId: 'QN-0001', loadedData: sample });
    const after = store.getState().layerData.candidate_sites;
    expect(after?.status === 'ready' && after.data).not.toBe(sample);
    expect(after?.status === 'ready' && after.data.features[0].geometry).toEqual(geometry);
    expect(after?.status === 'ready' && after.dataUrl).toMatch(/^blob:/);

    store.undo();
    expect(store.getState().history.workspace.project.layers[0]).toEqual(sampleLayer);
    // The map draws the sample file again, with the original geometry.
    const undone = store.getState().layerData.candidate_sites;
    expect(undone).toEqual(loaded);
    expect(undone?.status === 'ready' && undone.data.features[0].geometry).toEqual(originalGeometry);

    // Redo and undo again, and two edits undone one by one, end on the same loaded sample.
    store.redo();
    const redone = store.getState().layerData.candidate_sites;
    expect(redone?.status === 'ready' && redone.data.features[0].geometry).toEqual(geometry);
    store.run({ type: 'editParcelShape', layerId: 'candidate_sites', featureIndex: 1, geometry: movedFirstVertex(), parcelId: 'QN-0002' });
    store.undo();
    const oneBack = store.getState().layerData.candidate_sites;
    expect(oneBack?.status === 'ready' && oneBack.data.features[0].geometry).toEqual(geometry);
    expect(oneBack?.status === 'ready' && oneBack.data.features[1].geometry).toEqual(sample.features[1].geometry);
    store.undo();
    expect(store.getState().history.workspace.project.layers[0]).toEqual(sampleLayer);
    expect(store.getState().layerData.candidate_sites).toEqual(loaded);
  });
});
