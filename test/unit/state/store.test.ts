import { describe, expect, it } from 'vitest';
import { AppStore } from '../../../src/state/store.ts';
import { createProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';

const imported: ProjectLayer = {
  id: 'kcn_nhap',
  role: 'industrial_zone',
  title: { vi: 'KCN (nhập)', en: 'IZ (imported)' },
  source: {
    kind: 'inline',
    data: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'KCN Tịnh Phong' }, geometry: { type: 'Point', coordinates: [108.78, 15.2] } }],
    },
  },
  visible: true,
  style: {},
  metadata: { illustrative: false, note: { vi: 'Nhập từ tệp', en: 'Imported' } },
};

describe('AppStore and imported layers', () => {
  it('makes an added inline layer ready at once, releases it on removal and rebuilds it on undo', () => {
    const store = new AppStore(createProjectDocument([]), 'vi');
    store.run({ type: 'addLayer', layer: imported });
    const ready = store.getState().layerData.kcn_nhap;
    expect(ready?.status === 'ready' && ready.data.features[0].properties?.name).toBe('KCN Tịnh Phong');
    store.run({ type: 'removeLayer', layerId: 'kcn_nhap' });
    expect(store.getState().layerData.kcn_nhap).toBeUndefined();
    store.undo();
    expect(store.getState().layerData.kcn_nhap?.status).toBe('ready');
  });

  it('keeps the loaded data of a sample layer when it is removed, so undo shows it again', () => {
    const sample: ProjectLayer = { ...imported, id: 'iz', source: { kind: 'sample', file: 'industrial_zones.geojson' } };
    const store = new AppStore(createProjectDocument([sample]), 'vi');
    store.setLayerData('iz', { status: 'ready', data: { type: 'FeatureCollection', features: [] }, dataUrl: 'http://127.0.0.1/iz.geojson', invalidCount: 0 });
    store.run({ type: 'removeLayer', layerId: 'iz' });
    store.undo();
    expect(store.getState().layerData.iz?.status).toBe('ready');
  });
});
