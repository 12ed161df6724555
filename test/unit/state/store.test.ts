import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppStore } from '../../../src/state/store.ts';
import { createProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { startAutosave } from '../../../src/state/persistWorkspace.ts';

// Autosave writes to IndexedDB, which Node does not have: the write is recorded and succeeds.
const saved = vi.hoisted(() => [] as unknown[]);
vi.mock('idb-keyval', () => ({
  get: () => Promise.resolve(undefined),
  set: (_key: string, value: unknown) => (saved.push(value), Promise.resolve()),
}));

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

describe('AppStore overlays', () => {
  it('keeps each panel’s overlay as plain data; null removes it; the same spec again notifies no one', () => {
    const store = new AppStore(createProjectDocument([]), 'vi');
    let notified = 0;
    store.subscribe(() => notified++);
    const spec = { kind: 'drawn-site' as const, feature: { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [] } } };
    store.setOverlay('scoring-drawn', spec);
    expect(store.getState().overlays).toEqual({ 'scoring-drawn': spec });
    expect(structuredClone(store.getState().overlays)).toEqual(store.getState().overlays);
    store.setOverlay('scoring-drawn', spec);
    store.setOverlay('audit', null);
    expect(notified).toBe(1);
    store.setOverlay('scoring-drawn', null);
    expect(store.getState().overlays).toEqual({});
    expect(notified).toBe(2);
  });
});

describe('AppStore language (a preference, not an edit)', () => {
  it('switches the language without touching the undo history: undo still undoes the last edit', () => {
    const store = new AppStore(createProjectDocument([]), 'vi');
    store.run({ type: 'addLayer', layer: imported });
    const history = store.getState().history;
    store.setLanguage('en');
    expect(store.getState().language).toBe('en');
    expect(store.getState().history).toBe(history);
    store.undo();
    expect(store.getState().history.workspace.project.layers).toEqual([]);
    expect(store.getState().language).toBe('en');
    store.redo();
    store.setLanguage('vi');
    expect(store.getState().history.past.map((e) => e.note.vi)).toEqual(['Thêm lớp "KCN (nhập)"']);
    expect(store.getState().history.future).toEqual([]);
  });

  it('notifies no one when the language is already the one asked for', () => {
    const store = new AppStore(createProjectDocument([]), 'vi');
    let notified = 0;
    store.subscribe(() => notified++);
    store.setLanguage('vi');
    expect(notified).toBe(0);
  });
});

describe('two apps (two stores) share no state', () => {
  afterEach(() => vi.useRealTimers());

  it('each store has its own language and its own autosave status', async () => {
    vi.useFakeTimers();
    const a = new AppStore(createProjectDocument([]), 'vi');
    const b = new AppStore(createProjectDocument([]), 'vi');
    const stopA = startAutosave(a, 100);
    const stopB = startAutosave(b, 100);
    a.setLanguage('en');
    a.run({ type: 'addLayer', layer: imported });
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toHaveLength(1);
    expect(a.getState().autosave.savedAt).toBeInstanceOf(Date);
    expect(b.getState().autosave).toEqual({ savedAt: null, error: null });
    expect(b.getState().language).toBe('vi');
    stopA();
    stopB();
  });
});
