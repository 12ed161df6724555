import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { Feature, Geometry, Polygon } from 'geojson';
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
