// State → deck.gl layers: the heavy parcel layer and the map labels. Pure: layers are cheap descriptors;
// deck.gl keeps GPU buffers as long as `id` and `data` keep their identity, so a visibility toggle only
// flips `visible`.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import { CollisionFilterExtension } from '@deck.gl/extensions';
import type { FeatureCollection } from 'geojson';
import type { LayerRole } from '../domain/model/layerRoles.ts';
import type { LabelPoint } from './buildLabelPoints.ts';
import type { ScoreLayerSpec } from '../state/overlaySpecs.ts';
import { buildScoreLayers, scoreFillOf } from './buildScoreLayers.ts';
import type { ParcelMesh } from '../domain/geo/buildParcelMesh.ts';
import { buildPackedParcelLayers } from './buildPackedParcelLayers.ts';
import { EXCLUDED_MARKED } from './hatchMarkedFill.ts';
import { meshVertexColors } from './meshVertexColors.ts';

export interface DeckLayerInput {
  id: string;
  role: LayerRole;
  visible: boolean;
  data: FeatureCollection | undefined;
  labels: LabelPoint[];
  /** A derived layer (the score layer): what it is drawn from; its `data` is undefined. */
  score?: ScoreLayerSpec;
  /** A cadastre read into typed arrays (its `data` is undefined): drawn from its mesh with binary attributes. */
  packed?: ParcelMesh;
}

/** Roles deck.gl draws (MapLibre draws the rest). */
export const DECK_ROLES: LayerRole[] = ['candidate_site'];

/** The bundled Noto Sans (src/ui/fonts.css). deck.gl draws the glyph atlas once, with whatever font the canvas
 * has then: the app loads these faces (`LABEL_FONT_FACES`) before the first label layer exists (main.tsx). */
export const LABEL_FONT = '"Noto Sans", sans-serif';

type Rgba = [number, number, number, number];

/** Label look per role; `minZoom` keeps small features' names off the province-wide view. */
const LABEL_STYLE: Partial<Record<LayerRole, { size: number; color: Rgba; weight: number | string; minZoom: number }>> = {
  admin_unit: { size: 12, color: [110, 110, 110, 255], weight: 400, minZoom: 9 },
  urban_area: { size: 13, color: [150, 40, 20, 255], weight: 600, minZoom: 10 },
  industrial_zone: { size: 13, color: [74, 20, 140, 255], weight: 700, minZoom: 0 },
  transport: { size: 11, color: [20, 20, 20, 255], weight: 400, minZoom: 10.5 },
  housing_project: { size: 12, color: [0, 90, 40, 255], weight: 700, minZoom: 11 },
  commercial_project: { size: 11, color: [140, 20, 30, 255], weight: 600, minZoom: 12 },
};

/** Every label face as a CSS font shorthand, for `document.fonts.load`. */
export const LABEL_FONT_FACES: string[] = [...new Set(Object.values(LABEL_STYLE).map((style) => style.weight))].map(
  (weight) => `${weight} 16px ${LABEL_FONT}`,
);

const collision = new CollisionFilterExtension();

/** A cadastre's per-vertex score colours, made again only when the scores, classes, colouring or mesh change. */
const colorsCache = new WeakMap<ParcelMesh, { scores: Float64Array; breaks: number[]; probability: unknown; colors: Uint8Array }>();
function cadastreColors(mesh: ParcelMesh, spec: ScoreLayerSpec): Uint8Array {
  const cached = colorsCache.get(mesh);
  const probability = spec.probability?.values ?? null;
  if (cached && cached.scores === spec.scores && cached.breaks === spec.breaks && cached.probability === probability) return cached.colors;
  // Painted by the scoring worker (score classes): nothing to do here. P(top k) colours are made here.
  const painted = spec.packedLayer?.vertexColors;
  if (!probability && painted?.length === 4 * mesh.vertexParcels.length) return painted;
  const { fill } = scoreFillOf(spec);
  // Excluded parcels marked: the GPU hatches them (hatchMarkedFill.ts), as the feature path's hatch layer does.
  const colors = meshVertexColors(mesh, (i) => (spec.excludedBy[i] !== -1 ? EXCLUDED_MARKED : fill(i)));
  colorsCache.set(mesh, { scores: spec.scores, breaks: spec.breaks, probability, colors });
  return colors;
}

/** `zoom` is the map zoom, rounded by the caller so panning does not rebuild layers. */
export function buildDeckLayers(inputs: DeckLayerInput[], zoom: number): Layer[] {
  const layers: Layer[] = [];
  // A cadastre scored and shown: its own fill layer takes the score colours (no second 2M-parcel layer).
  const cadastreScores = new Map(inputs.filter((i) => i.score?.packedLayer && i.visible).map((i) => [i.score!.packedLayer!.id, i.score!]));
  for (const input of inputs) {
    // The score layer is drawn in its place in the layer order, so it can be moved above or below the parcels.
    if (input.score) {
      layers.push(...buildScoreLayers(input.score, input.visible));
      continue;
    }
    if (input.packed) {
      const scored = cadastreScores.get(input.id);
      const fill = scored ? cadastreColors(input.packed, scored) : ([255, 255, 255, 110] as [number, number, number, number]);
      layers.push(...buildPackedParcelLayers(input.packed, { id: input.id, suffix: 'parcels', visible: input.visible, fill, line: [82, 82, 82, 230], zoom }));
      continue;
    }
    if (input.role === 'candidate_site' && input.data) {
      layers.push(
        new GeoJsonLayer({
          id: `${input.id}:parcels`,
          data: input.data,
          visible: input.visible,
          pickable: true,
          filled: true,
          stroked: true,
          getFillColor: [255, 255, 255, 110],
          getLineColor: [82, 82, 82, 230],
          lineWidthUnits: 'pixels',
          getLineWidth: 1,
          autoHighlight: true,
          highlightColor: [0, 229, 255, 120],
        }),
      );
    }
  }
  // Labels go on top of every other layer, in one collision group so they never overlap each other.
  for (const input of inputs) {
    const style = LABEL_STYLE[input.role];
    if (!style || input.labels.length === 0) continue;
    layers.push(
      new TextLayer<LabelPoint>({
        id: `${input.id}:labels`,
        data: input.labels,
        visible: input.visible && zoom >= style.minZoom,
        getPosition: (d: LabelPoint) => d.position as [number, number],
        getText: (d: LabelPoint) => d.text,
        getSize: style.size,
        getColor: style.color,
        fontFamily: LABEL_FONT,
        fontWeight: style.weight,
        // 'auto' builds the glyph atlas from the label text, so Vietnamese diacritics render offline.
        characterSet: 'auto',
        fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 8 },
        outlineWidth: 3,
        outlineColor: [255, 255, 255, 235],
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
        extensions: [collision],
        collisionGroup: 'labels',
        getCollisionPriority: (d: LabelPoint) => d.priority,
        collisionTestProps: { sizeScale: 1.6 },
        parameters: { depthTest: false } as never,
      } as never),
    );
  }
  return layers;
}
