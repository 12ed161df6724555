// The score map (a `scores` overlay spec → deck.gl layers): each candidate layer drawn again, coloured by
// score (or by P(top k)), excluded parcels grey with a diagonal hatch. Layer ids start with the candidate
// layer's id, so a click selects the same parcel as the base layer. Geometry is the layer's own
// FeatureCollection (same identity), shown even when the candidate layer itself is hidden (the panel has its
// own switch), and colours go through `updateTriggers`: a weight change re-colours, never re-tessellates.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { area, centroid } from '@turf/turf';
import { FillStyleExtension } from '@deck.gl/extensions';
import type { Feature, FeatureCollection } from 'geojson';
import type { ScoreOverlaySpec } from '../state/overlaySpecs.ts';
import { EXCLUDED_HATCH, EXCLUDED_FILL, probabilityColor, scoreColor } from './scoreColors.ts';

/** Excluded features per layer, rebuilt only when the set of excluded parcels changes. */
const excludedCache = new WeakMap<FeatureCollection, { key: string; fc: FeatureCollection }>();

function excludedFeatures(data: FeatureCollection, offset: number, excludedBy: Int16Array): FeatureCollection {
  const indices: number[] = [];
  for (let i = 0; i < data.features.length; i++) if (excludedBy[offset + i] !== -1) indices.push(i);
  const key = indices.join(',');
  const cached = excludedCache.get(data);
  if (cached?.key === key) return cached.fc;
  const fc: FeatureCollection = { type: 'FeatureCollection', features: indices.map((i) => data.features[i]) };
  excludedCache.set(data, { key, fc });
  return fc;
}

interface ParcelDot {
  position: [number, number];
  radiusM: number;
}

/**
 * One dot per parcel with the area of a slightly smaller circle: at province zoom parcels are 1–3 px and
 * their colour is unreadable, so the dot keeps a minimum size on screen; zoomed in, it hides under the parcel.
 */
const dotCache = new WeakMap<FeatureCollection, ParcelDot[]>();
function parcelDots(data: FeatureCollection): ParcelDot[] {
  let dots = dotCache.get(data);
  if (!dots) {
    dots = data.features.map((f) => ({
      position: centroid(f).geometry.coordinates as [number, number],
      radiusM: 0.85 * Math.sqrt(area(f) / Math.PI),
    }));
    dotCache.set(data, dots);
  }
  return dots;
}

const hatch = new FillStyleExtension({ pattern: true, proceduralPattern: true });

export function buildScoreLayers(spec: ScoreOverlaySpec): Layer[] {
  const layers: Layer[] = [];
  const color = spec.mode === 'score' ? scoreColor : probabilityColor;
  for (const layer of spec.candidateLayers) {
    const offset = spec.offsets[layer.id];
    if (offset === undefined) continue;
    const { values } = spec;
    layers.push(
      new ScatterplotLayer<ParcelDot>({
        id: `${layer.id}:score-dots`,
        data: parcelDots(layer.data),
        pickable: true,
        getPosition: (d) => d.position,
        getRadius: (d) => d.radiusM,
        radiusUnits: 'meters',
        radiusMinPixels: 3.5,
        // Zoomed in, the parcel itself shows the colour; the dot shrinks to a small centre mark.
        radiusMaxPixels: 4,
        stroked: false,
        getFillColor: (_d: ParcelDot, { index }: { index: number }) => color(values[offset + index]),
        updateTriggers: { getFillColor: [spec.version, spec.mode] },
      }),
    );
    layers.push(
      new GeoJsonLayer({
        id: `${layer.id}:score`,
        data: layer.data,
        pickable: true,
        filled: true,
        stroked: true,
        getFillColor: (_f: Feature, { index }: { index: number }) => color(values[offset + index]),
        getLineColor: [55, 65, 81, 220],
        getLineWidth: 1,
        lineWidthUnits: 'pixels',
        autoHighlight: true,
        highlightColor: [0, 229, 255, 140],
        updateTriggers: { getFillColor: [spec.version, spec.mode] },
      } as ConstructorParameters<typeof GeoJsonLayer>[0]),
    );
    const excluded = excludedFeatures(layer.data, offset, spec.excludedBy);
    if (excluded.features.length > 0) {
      layers.push(
        new GeoJsonLayer({
          id: `${layer.id}:score-excluded`,
          data: excluded,
          pickable: false,
          filled: true,
          stroked: false,
          getFillColor: EXCLUDED_HATCH,
          extensions: [hatch],
          fillPatternMapping: { hatch: { type: 'hatch', angle: 45, strokeWidth: 1.5, gap: 4 } },
          fillPatternSizeUnits: 'pixels',
          getFillPattern: () => 'hatch',
          getFillPatternScale: 1,
          getFillPatternBackgroundColor: EXCLUDED_FILL,
        } as ConstructorParameters<typeof GeoJsonLayer>[0]),
      );
    }
  }
  return layers;
}
