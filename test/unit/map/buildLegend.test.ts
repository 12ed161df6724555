import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSampleProject } from '../../../src/domain/model/createSampleProject.ts';
import type { SampleManifest } from '../../../src/domain/model/sampleManifest.ts';
import { buildLegend } from '../../../src/map/buildLegend.ts';
import { listSources } from '../../../src/map/listSources.ts';
import { HOUSING_STATUS_COLORS, TRANSPORT_CLASS_STYLES } from '../../../src/map/roleStyles.ts';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as SampleManifest;
const project = createSampleProject(manifest);

describe('buildLegend: the legend of what the map shows', () => {
  it('lists exactly the visible layers, top-most first, in the UI language', () => {
    const legend = buildLegend(project.layers, 'vi');
    const visible = project.layers.filter((l) => l.visible);
    expect(legend.map((e) => e.layerId)).toEqual(visible.map((l) => l.id).reverse());
    expect(legend.find((e) => e.layerId === 'transport')?.title).toBe(project.layers.find((l) => l.id === 'transport')!.title.vi);
    expect(buildLegend(project.layers, 'en').find((e) => e.layerId === 'transport')?.title).toBe(project.layers.find((l) => l.id === 'transport')!.title.en);
  });

  it('uses the colours the map is drawn with', () => {
    const legend = buildLegend(project.layers, 'vi');
    const transport = legend.find((e) => e.layerId === 'transport')!;
    expect(transport.sections[0].items.map((i) => i.color)).toEqual(Object.values(TRANSPORT_CLASS_STYLES).map((s) => s.color));
    const housing = legend.find((e) => e.layerId === 'housing_projects')!;
    expect(housing.sections[0].title).toBe('Tình trạng (màu nền)');
    expect(housing.sections[0].items.map((i) => i.color)).toEqual(Object.values(HOUSING_STATUS_COLORS));
  });

  it('follows the layer list: a layer shown or added later appears, a hidden one goes', () => {
    const layers = project.layers.map((l) => (l.id === 'facilities' ? { ...l, visible: true } : l.id === 'transport' ? { ...l, visible: false } : l));
    const added = { ...layers[0], id: 'imported', title: { vi: 'Lớp nhập', en: 'Imported' }, visible: true, style: { color: '#123456' } };
    const legend = buildLegend([...layers, added], 'vi');
    expect(legend[0].layerId).toBe('imported');
    expect(legend[0].sections.flatMap((s) => s.items.map((i) => i.color)).every((c) => c === '#123456')).toBe(true);
    expect(legend.map((e) => e.layerId)).toContain('facilities');
    expect(legend.map((e) => e.layerId)).not.toContain('transport');
  });
});

describe('listSources: what the map must credit', () => {
  it('gives the visible layers’ sources once each and says when sample data is shown', () => {
    const { sources, illustrative } = listSources(project.layers, 'none', '© OSM');
    const expected = new Set(project.layers.filter((l) => l.visible && l.metadata.source).map((l) => l.metadata.source));
    expect(new Set(sources)).toEqual(expected);
    expect(sources.length).toBe(expected.size);
    expect(illustrative).toBe(true);
  });
  it('adds the basemap attribution; only real data shown → no illustrative note', () => {
    const onlyAdmin = project.layers.map((l) => ({ ...l, visible: l.id === 'admin_units' }));
    const { sources, illustrative } = listSources(onlyAdmin, 'osm', '© Những người đóng góp OpenStreetMap');
    expect(sources.at(-1)).toBe('© Những người đóng góp OpenStreetMap');
    expect(illustrative).toBe(false);
  });
});
