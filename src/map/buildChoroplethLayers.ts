// The commune/ward choropleth (a `choropleth` overlay spec) as deck.gl layers: the communes filled by class,
// half transparent so the projects and roads stay readable, thin white borders, and the commune picked in
// the table outlined. Not pickable: a click on the map still selects the project under it.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import type { ChoroplethOverlaySpec } from '../state/overlaySpecs.ts';
import { hexToRgba } from './choroplethColors.ts';
import type { Rgba } from './scoreColors.ts';

export const CHOROPLETH_FILL_ALPHA = 125;
export const CHOROPLETH_HIGHLIGHT: Rgba = [0, 229, 255, 255];

export function buildChoroplethLayers(spec: ChoroplethOverlaySpec): Layer[] {
  const fills = spec.colors.map((c) => hexToRgba(c, CHOROPLETH_FILL_ALPHA));
  const layers: Layer[] = [
    new GeoJsonLayer({
      id: 'targets-choropleth:fill',
      data: spec.communes,
      pickable: false,
      filled: true,
      stroked: true,
      getFillColor: (_: Feature, info: { index: number }) => fills[spec.classIndex[info.index]] ?? fills[0],
      getLineColor: [255, 255, 255, 220],
      getLineWidth: 1,
      lineWidthUnits: 'pixels',
      updateTriggers: { getFillColor: spec.version },
    } as ConstructorParameters<typeof GeoJsonLayer>[0]),
  ];
  const picked = spec.communes.features[spec.highlight];
  if (picked) {
    layers.push(
      new GeoJsonLayer({
        id: 'targets-choropleth:highlight',
        data: { type: 'FeatureCollection', features: [picked] },
        pickable: false,
        filled: false,
        stroked: true,
        getLineColor: CHOROPLETH_HIGHLIGHT,
        getLineWidth: 3.5,
        lineWidthUnits: 'pixels',
      } as ConstructorParameters<typeof GeoJsonLayer>[0]),
    );
  }
  return layers;
}
