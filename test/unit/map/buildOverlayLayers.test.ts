import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { buildOverlayLayers, type OverlayLayerMemo } from '../../../src/map/buildOverlayLayers.ts';
import type { HighlightKind, HighlightProperties } from '../../../src/domain/reserved_land/types.ts';
import type { AuditOverlaySpec, OverlaySpec } from '../../../src/state/overlaySpecs.ts';

const square = (x: number, y: number, d = 0.001): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});
const byId = (layers: Layer[], id: string) => layers.find((l) => l.id === id)!;
type ColorAccessor = (f: unknown, info: { index: number }) => number[];
/** A layer's prop by name (the layer types only declare the common ones). */
const prop = (layer: Layer, name: string) => (layer.props as unknown as Record<string, unknown>)[name];

describe('buildOverlayLayers: the panels’ overlay specs as deck.gl layers', () => {
  it('draws the overlays in key order and keeps the layers of a spec that is the same object', () => {
    const memo: OverlayLayerMemo = new WeakMap();
    const drawn: OverlaySpec = { kind: 'drawn-site', feature: { type: 'Feature', properties: {}, geometry: square(108.9, 15.2) } };
    const audit: AuditOverlaySpec = { kind: 'audit', highlights: [highlight('project_boundary', 108.85)], hiddenKinds: [] };
    const first = buildOverlayLayers({ 'scoring-drawn': drawn, audit }, memo);
    expect(first.map((l) => l.id)).toEqual(['audit:project_boundary', 'drawn-site']);
    expect(byId(first, 'drawn-site').props.pickable).toBe(false);
    // The audit changes; the drawn site is the same spec: its layers are the same objects.
    const audit2: AuditOverlaySpec = { ...audit, hiddenKinds: ['outside_boundary'] };
    const second = buildOverlayLayers({ 'scoring-drawn': drawn, audit: audit2 }, memo);
    expect(byId(second, 'drawn-site')).toBe(byId(first, 'drawn-site'));
    expect(byId(second, 'audit:project_boundary')).not.toBe(byId(first, 'audit:project_boundary'));
    expect(buildOverlayLayers({})).toEqual([]);
  });

  it('hides an audit kind without rebuilding the other kinds’ data', () => {
    const highlights = [highlight('project_boundary', 108.85), highlight('outside_boundary', 108.86), highlight('reserved_parcel', 108.87)];
    const all = buildOverlayLayers({ audit: { kind: 'audit', highlights, hiddenKinds: [] } });
    expect(all.map((l) => l.id)).toEqual(['audit:project_boundary', 'audit:reserved_parcel', 'audit:outside_boundary']);
    const some = buildOverlayLayers({ audit: { kind: 'audit', highlights, hiddenKinds: ['outside_boundary'] } });
    expect(some.map((l) => l.id)).toEqual(['audit:project_boundary', 'audit:reserved_parcel']);
    expect(byId(some, 'audit:reserved_parcel').props.data).toBe(byId(all, 'audit:reserved_parcel').props.data);
  });
});

function highlight(kind: HighlightKind, x: number): Feature<Geometry, HighlightProperties> {
  return { type: 'Feature', properties: { kind } as HighlightProperties, geometry: square(x, 15.1) };
}

describe('buildOverlayLayers: the Targets tab’s commune choropleth', () => {
  const communes: FeatureCollection = {
    type: 'FeatureCollection',
    features: [0, 1, 2].map((i) => ({ type: 'Feature', properties: { code: `X${i}` }, geometry: square(108.8 + i * 0.01, 15.1, 0.01) })),
  };
  it('fills each commune with its class colour, outlines the picked one, and is not pickable', async () => {
    const { choroplethColors, hexToRgba } = await import('../../../src/map/choroplethColors.ts');
    const { CHOROPLETH_FILL_ALPHA } = await import('../../../src/map/buildChoroplethLayers.ts');
    const colors = choroplethColors('dwellings', 3);
    const layers = buildOverlayLayers({ 'targets-choropleth': { kind: 'choropleth', communes, classIndex: [0, 2, 1], colors, highlight: 1, version: 1 } });
    expect(layers.map((l) => l.id)).toEqual(['targets-choropleth:fill', 'targets-choropleth:highlight']);
    const fill = byId(layers, 'targets-choropleth:fill');
    expect(fill.props.data).toBe(communes);
    expect(fill.props.pickable).toBe(false);
    const colour = prop(fill, 'getFillColor') as ColorAccessor;
    expect(colour(communes.features[1], { index: 1 })).toEqual(hexToRgba(colors[2], CHOROPLETH_FILL_ALPHA));
    expect(colour(communes.features[0], { index: 0 })).toEqual(hexToRgba(colors[0], CHOROPLETH_FILL_ALPHA));
    expect((byId(layers, 'targets-choropleth:highlight').props.data as FeatureCollection).features).toEqual([communes.features[1]]);
    // Darker for more: the ramp's classes get darker (lower luminance sum).
    const sum = (c: string) => hexToRgba(c, 255).slice(0, 3).reduce((a, b) => a + b, 0);
    expect(sum(colors[1])).toBeGreaterThan(sum(colors[2]));
    expect(buildOverlayLayers({ c: { kind: 'choropleth', communes, classIndex: [0, 0, 0], colors, highlight: -1, version: 2 } }).map((l) => l.id)).toEqual(['targets-choropleth:fill']);
  });
});
