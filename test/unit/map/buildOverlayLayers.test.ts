import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { buildOverlayLayers, type OverlayLayerMemo } from '../../../src/map/buildOverlayLayers.ts';
import { EXCLUDED_HATCH, scoreColor } from '../../../src/map/scoreColors.ts';
import type { HighlightKind, HighlightProperties } from '../../../src/domain/reserved_land/types.ts';
import type { AuditOverlaySpec, OverlaySpec, ScoreOverlaySpec } from '../../../src/state/overlaySpecs.ts';

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
const parcels: FeatureCollection = {
  type: 'FeatureCollection',
  features: [0, 1, 2].map((i) => ({ type: 'Feature', properties: { id: `P${i}` }, geometry: square(108.8 + i * 0.01, 15.1) })),
};

function scores(values: number[], excludedBy: number[], version: number): ScoreOverlaySpec {
  return {
    kind: 'scores',
    candidateLayers: [{ id: 'parcels', data: parcels }],
    offsets: { parcels: 0 },
    values: Float64Array.from(values),
    excludedBy: Int16Array.from(excludedBy),
    mode: 'score',
    version,
  };
}

const byId = (layers: Layer[], id: string) => layers.find((l) => l.id === id)!;
type ColorAccessor = (f: unknown, info: { index: number }) => number[];
/** A layer's prop by name (the layer types only declare the common ones). */
const prop = (layer: Layer, name: string) => (layer.props as unknown as Record<string, unknown>)[name];

describe('buildOverlayLayers: the panels’ overlay specs as deck.gl layers', () => {
  it('draws the score map over the candidate layer’s own geometry, coloured by score, excluded parcels hatched', () => {
    const layers = buildOverlayLayers({ scoring: scores([80, NaN, 20], [-1, 0, -1], 1) });
    expect(layers.map((l) => l.id)).toEqual(['parcels:score-dots', 'parcels:score', 'parcels:score-excluded']);
    const fill = byId(layers, 'parcels:score');
    expect(fill.props.data).toBe(parcels);
    expect(fill.props.pickable).toBe(true);
    const colour = prop(fill, 'getFillColor') as ColorAccessor;
    expect(colour(parcels.features[0], { index: 0 })).toEqual(scoreColor(80));
    expect(colour(parcels.features[2], { index: 2 })).toEqual(scoreColor(20));
    const excluded = byId(layers, 'parcels:score-excluded');
    expect((excluded.props.data as FeatureCollection).features).toEqual([parcels.features[1]]);
    expect(prop(excluded, 'getFillColor')).toEqual(EXCLUDED_HATCH);
    // No excluded parcel: no hatch layer.
    expect(buildOverlayLayers({ scoring: scores([80, 50, 20], [-1, -1, -1], 1) }).map((l) => l.id)).not.toContain('parcels:score-excluded');
  });

  it('re-colours on a weight change without new geometry: same data objects, a new colour trigger', () => {
    const before = buildOverlayLayers({ scoring: scores([80, NaN, 20], [-1, 0, -1], 1) });
    const after = buildOverlayLayers({ scoring: scores([10, NaN, 90], [-1, 0, -1], 2) });
    for (const id of ['parcels:score-dots', 'parcels:score', 'parcels:score-excluded']) {
      expect(byId(after, id).props.data).toBe(byId(before, id).props.data);
    }
    const triggers = (l: Layer) => (l.props.updateTriggers as Record<string, unknown>).getFillColor;
    expect(triggers(byId(after, 'parcels:score'))).not.toEqual(triggers(byId(before, 'parcels:score')));
    const colour = prop(byId(after, 'parcels:score'), 'getFillColor') as ColorAccessor;
    expect(colour(parcels.features[0], { index: 0 })).toEqual(scoreColor(10));
  });

  it('draws the overlays in key order and keeps the layers of a spec that is the same object', () => {
    const memo: OverlayLayerMemo = new WeakMap();
    const drawn: OverlaySpec = { kind: 'drawn-site', feature: { type: 'Feature', properties: {}, geometry: square(108.9, 15.2) } };
    const audit: AuditOverlaySpec = { kind: 'audit', highlights: [highlight('project_boundary', 108.85)], hiddenKinds: [] };
    const first = buildOverlayLayers({ 'scoring-drawn': drawn, scoring: scores([1, 2, 3], [-1, -1, -1], 1), audit }, memo);
    expect(first.map((l) => l.id)).toEqual(['audit:project_boundary', 'parcels:score-dots', 'parcels:score', 'drawn-site']);
    expect(byId(first, 'drawn-site').props.pickable).toBe(false);
    // The scores change; the audit and the drawn site are the same specs: their layers are the same objects.
    const second = buildOverlayLayers({ 'scoring-drawn': drawn, scoring: scores([3, 2, 1], [-1, -1, -1], 2), audit }, memo);
    expect(byId(second, 'audit:project_boundary')).toBe(byId(first, 'audit:project_boundary'));
    expect(byId(second, 'drawn-site')).toBe(byId(first, 'drawn-site'));
    expect(byId(second, 'parcels:score')).not.toBe(byId(first, 'parcels:score'));
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
