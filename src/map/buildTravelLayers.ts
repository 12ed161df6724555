// The Travel tab's overlays → deck.gl layers (pure): isochrone bands (the ground of each band, its road
// pieces on top, the place outlined) and the road graph's problems as markers. The colour tables are the
// legends' too.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { GraphProblemsOverlaySpec, IsochroneOverlaySpec } from '../state/overlaySpecs.ts';

type Rgb = [number, number, number];

/** Band colours from the nearest (dark) to the farthest (light): a sequential blue–green ramp. */
const BAND_RAMP: Rgb[] = [[8, 64, 129], [43, 140, 190], [123, 204, 196], [204, 235, 197], [240, 249, 232]];

/** The colour of band i of n (the ramp in order, or sampled evenly when there are more bands than colours). */
export function bandColor(i: number, n: number): Rgb {
  const last = BAND_RAMP.length - 1;
  return BAND_RAMP[n <= BAND_RAMP.length ? Math.min(i, last) : Math.round((i * last) / (n - 1))];
}

export const hexOf = ([r, g, b]: Rgb) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export function buildIsochroneLayers(spec: IsochroneOverlaySpec): Layer[] {
  const n = spec.bandsMin.length;
  const colorOf = (bandMin: number) => bandColor(Math.max(0, spec.bandsMin.indexOf(bandMin)), n);
  return [
    new GeoJsonLayer({
      id: 'isochrone-ground',
      data: { type: 'FeatureCollection', features: spec.ground },
      pickable: false,
      stroked: false,
      filled: true,
      getFillColor: (f: { properties: { band_min: number } }) => [...colorOf(f.properties.band_min), 110],
    } as ConstructorParameters<typeof GeoJsonLayer>[0]),
    new GeoJsonLayer({
      id: 'isochrone-roads',
      data: { type: 'FeatureCollection', features: spec.roads },
      pickable: false,
      getLineColor: (f: { properties: { band_min: number } }) => [...colorOf(f.properties.band_min), 255],
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
    } as ConstructorParameters<typeof GeoJsonLayer>[0]),
    new GeoJsonLayer({
      id: 'isochrone-origin',
      data: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: spec.origin }] },
      pickable: false,
      filled: true,
      getFillColor: [220, 38, 38, 60],
      getLineColor: [220, 38, 38, 255],
      getLineWidth: 2.5,
      lineWidthUnits: 'pixels',
      pointType: 'circle',
      getPointRadius: 7,
      pointRadiusUnits: 'pixels',
    } as ConstructorParameters<typeof GeoJsonLayer>[0]),
  ];
}

/** Marker colours by problem kind. */
export const PROBLEM_COLORS: Record<GraphProblemsOverlaySpec['problems'][number]['kind'], Rgb> = {
  disconnected_part: [217, 95, 2],
  dangling_end: [117, 112, 179],
  crossing_without_node: [231, 41, 138],
};

export function buildGraphProblemLayers(spec: GraphProblemsOverlaySpec): Layer[] {
  return [
    new ScatterplotLayer({
      id: 'graph-problems',
      data: spec.problems.map((p, i) => ({ ...p, i })),
      pickable: false,
      stroked: true,
      filled: true,
      getPosition: (p: { lon: number; lat: number }) => [p.lon, p.lat],
      getFillColor: (p: { kind: keyof typeof PROBLEM_COLORS }) => [...PROBLEM_COLORS[p.kind], 200],
      getLineColor: [255, 255, 255, 255],
      getRadius: (p: { i: number }) => (p.i === spec.selected ? 11 : 6),
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      updateTriggers: { getRadius: spec.selected },
    }),
  ];
}
