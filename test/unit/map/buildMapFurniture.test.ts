// The one builder of what a shown or printed map carries besides the map (presentation furniture and map
// sheets both call it): the legend of the visible layers with the score layer's classes, the sources with the
// basemap's attribution in the UI language, and the illustrative-data note only while sample data is shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { createSampleProject } from '../../../src/domain/model/createSampleProject.ts';
import type { SampleManifest } from '../../../src/domain/model/sampleManifest.ts';
import { createScoreLayer } from '../../../src/domain/model/scoreResultLayer.ts';
import { buildMapFurniture, type MapFurnitureInput } from '../../../src/map/buildMapFurniture.ts';
import type { ScoreLayerSpec } from '../../../src/state/overlaySpecs.ts';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as SampleManifest;
const project = createSampleProject(manifest);
const note = { vi: 'Dữ liệu minh họa, không phải số liệu chính thức', en: 'Illustrative data, not official figures' };
const scoreLayer = { ...createScoreLayer({ vi: 'Công nhân KCN', en: 'Industrial workers' }), visible: true };
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const spec: ScoreLayerSpec = {
  kind: 'score-layer', candidateLayers: [{ id: 'candidate_sites', data: empty }], offsets: { candidate_sites: 0 },
  scores: Float64Array.from([80, NaN, 20, 50]), ranks: Float64Array.from([1, NaN, 3, 2]), excludedBy: Int16Array.from([-1, 0, -1, -1]),
  breaks: [20, 50, 80], probability: null, names: ['A', 'B', 'C', 'D'], constraintReasons: [{ vi: 'Vùng ngập', en: 'Flood zone' }], topN: 10, compare: [],
};
const input: MapFurnitureInput = { layers: [...project.layers, scoreLayer], basemap: 'none', derived: { [scoreLayer.id]: spec }, datasetNote: note };

describe('buildMapFurniture: the legend, sources and note of a shown or printed map', () => {
  it('lists the visible layers top-most first, the score layer with its classes, in the UI language', () => {
    const vi = buildMapFurniture(input, 'vi');
    const visible = input.layers.filter((l) => l.visible);
    expect(vi.legend.map((e) => e.layerId)).toEqual(visible.map((l) => l.id).reverse());
    const score = vi.legend[0];
    expect(score.title).toBe('Kết quả chấm điểm: Công nhân KCN');
    expect(score.sections.flatMap((s) => s.items.map((i) => i.label)).slice(0, 2)).toEqual(['50 – 80', '20 – 50']);
    expect(buildMapFurniture(input, 'en').legend[0].title).toBe('Score result: Industrial workers');
    // Not scored yet: the score layer is listed with no entries rather than wrong ones.
    expect(buildMapFurniture({ ...input, derived: {} }, 'vi').legend[0].sections).toEqual([]);
  });

  it('credits each visible layer’s source once, the basemap last in the UI language, and the sample note while it shows', () => {
    const vi = buildMapFurniture(input, 'vi');
    const expected = [...new Set(input.layers.filter((l) => l.visible && l.metadata.source).reverse().map((l) => l.metadata.source!.trim()))];
    expect(vi.sources).toEqual(expected);
    expect(vi.illustrativeNote).toBe(note.vi);
    expect(buildMapFurniture(input, 'en').illustrativeNote).toBe(note.en);
    const osm = buildMapFurniture({ ...input, basemap: 'osm' }, 'vi');
    expect(osm.sources.slice(0, -1)).toEqual(expected);
    expect(osm.sources.at(-1)).toMatch(/OpenStreetMap/);
    expect(buildMapFurniture({ ...input, basemap: 'osm' }, 'en').sources.at(-1)).toMatch(/OpenStreetMap contributors/);
    // Only real data shown (the administrative units), or no sample loaded: no illustrative note.
    const onlyAdmin = input.layers.map((l) => ({ ...l, visible: l.id === 'admin_units' }));
    expect(buildMapFurniture({ ...input, layers: onlyAdmin }, 'vi').illustrativeNote).toBeNull();
    expect(buildMapFurniture({ ...input, datasetNote: null }, 'vi').illustrativeNote).toBeNull();
  });
});
