// The feature panels' overlays (plain specs from the store) → deck.gl layers, drawn above the project
// layers in key order. Pure; `memo` keeps the layers of a spec that did not change (same object), so an
// update of one panel's overlay leaves the others' layers, and their GPU buffers, as they were.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { DrawnSiteOverlaySpec, OverlaySpec } from '../state/overlaySpecs.ts';
import { buildAuditLayers } from './buildAuditLayers.ts';
import { buildChoroplethLayers } from './buildChoroplethLayers.ts';
import { buildGraphProblemLayers, buildIsochroneLayers } from './buildTravelLayers.ts';

export type OverlayLayerMemo = WeakMap<OverlaySpec, Layer[]>;

const dash = new PathStyleExtension({ dash: true });

/** A site just drawn: blue fill, dashed outline, not pickable (clicks select what is under it). */
function buildDrawnSiteLayers(spec: DrawnSiteOverlaySpec): Layer[] {
  return [
    new GeoJsonLayer({
      id: 'drawn-site',
      data: { type: 'FeatureCollection', features: [spec.feature] },
      pickable: false,
      filled: true,
      getFillColor: [11, 92, 173, 40],
      getLineColor: [11, 92, 173, 255],
      getLineWidth: 2.5,
      lineWidthUnits: 'pixels',
      extensions: [dash],
      getDashArray: [4, 2],
    } as ConstructorParameters<typeof GeoJsonLayer>[0]),
  ];
}

function layersOf(spec: OverlaySpec): Layer[] {
  switch (spec.kind) {
    case 'audit':
      return buildAuditLayers(spec);
    case 'drawn-site':
      return buildDrawnSiteLayers(spec);
    case 'choropleth':
      return buildChoroplethLayers(spec);
    case 'isochrones':
      return buildIsochroneLayers(spec);
    case 'graph-problems':
      return buildGraphProblemLayers(spec);
  }
}

export function buildOverlayLayers(overlays: Record<string, OverlaySpec>, memo: OverlayLayerMemo = new WeakMap()): Layer[] {
  return Object.keys(overlays)
    .sort()
    .flatMap((key) => {
      const spec = overlays[key];
      let layers = memo.get(spec);
      if (!layers) {
        layers = layersOf(spec);
        memo.set(spec, layers);
      }
      return layers;
    });
}
