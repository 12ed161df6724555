// The selected project's audit drawn on the map (an `audit` overlay spec → deck.gl layers): its boundary,
// the reserved parcels, then each failing part in its own colour, skipping the kinds hidden in the legend.
// Each kind's collection is made once per audit result, so hiding a kind does not rebuild the others' buffers.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoJsonLayer } from '@deck.gl/layers';
import { FillStyleExtension, PathStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { HighlightKind, HighlightProperties } from '../domain/reserved_land/types.ts';
import type { AuditOverlaySpec } from '../state/overlaySpecs.ts';
import { HIGHLIGHT_DRAW_ORDER, HIGHLIGHT_STYLES } from './auditHighlightStyles.ts';

type Highlights = Feature<Geometry, HighlightProperties>[];

const byKindCache = new WeakMap<Highlights, Map<HighlightKind, FeatureCollection>>();

/** The highlights of each kind present, as one collection per kind (same identity for the same highlights). */
function highlightsByKind(highlights: Highlights): Map<HighlightKind, FeatureCollection> {
  let byKind = byKindCache.get(highlights);
  if (!byKind) {
    byKind = new Map();
    for (const kind of HIGHLIGHT_DRAW_ORDER) {
      const features = highlights.filter((f) => f.properties.kind === kind);
      if (features.length) byKind.set(kind, { type: 'FeatureCollection', features });
    }
    byKindCache.set(highlights, byKind);
  }
  return byKind;
}

const hatch = new FillStyleExtension({ pattern: true, proceduralPattern: true });
const dash = new PathStyleExtension({ dash: true });

export function buildAuditLayers(spec: AuditOverlaySpec): Layer[] {
  const byKind = highlightsByKind(spec.highlights);
  const layers: Layer[] = [];
  for (const kind of HIGHLIGHT_DRAW_ORDER) {
    const data = byKind.get(kind);
    if (!data || spec.hiddenKinds.includes(kind)) continue;
    const style = HIGHLIGHT_STYLES[kind];
    const common = {
      data,
      pickable: false,
      stroked: true,
      filled: style.fill !== null,
      getFillColor: style.fill ?? [0, 0, 0, 0],
      getLineColor: style.line,
      getLineWidth: style.lineWidthPx,
      lineWidthUnits: 'pixels' as const,
      lineWidthMinPixels: 1,
    };
    if (style.hatched) {
      layers.push(
        new GeoJsonLayer({
          ...common,
          id: `audit:${kind}:hatch`,
          stroked: false,
          getFillColor: style.line,
          extensions: [hatch],
          fillPatternMapping: { hatch: { type: 'hatch', angle: 45, strokeWidth: 2, gap: 5 } },
          fillPatternSizeUnits: 'pixels',
          getFillPattern: () => 'hatch',
          getFillPatternScale: 1,
          getFillPatternBackgroundColor: style.fill ?? [0, 0, 0, 0],
        } as ConstructorParameters<typeof GeoJsonLayer>[0]),
      );
      layers.push(new GeoJsonLayer({ ...common, id: `audit:${kind}`, filled: false }));
    } else if (style.dashed) {
      layers.push(
        new GeoJsonLayer({
          ...common,
          id: `audit:${kind}`,
          extensions: [dash],
          getDashArray: [3, 2],
          dashJustified: true,
        } as ConstructorParameters<typeof GeoJsonLayer>[0]),
      );
    } else {
      layers.push(new GeoJsonLayer({ ...common, id: `audit:${kind}` }));
    }
  }
  return layers;
}
