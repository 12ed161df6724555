// The score layer (a `ScoreLayerSpec` → deck.gl layers): each candidate layer drawn again, coloured by score class
// (or by P(top k)), excluded parcels grey with a diagonal hatch, the compared sites outlined and lettered A–D, the
// best N parcels labelled "#1", "#2", … Fill layer ids start with the candidate layer's id, so a click selects the
// same parcel as the base layer. Geometry is the layer's own FeatureCollection (same identity), and colours go
// through `updateTriggers`: a weight change re-colours, never re-tessellates. Hidden, every layer keeps its buffers.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { area, centroid } from '@turf/turf';
import { CollisionFilterExtension, FillStyleExtension } from '@deck.gl/extensions';
import type { Feature, FeatureCollection } from 'geojson';
import type { ScoreLayerSpec } from '../state/overlaySpecs.ts';
import { COMPARE_INK, EXCLUDED_HATCH, EXCLUDED_FILL, probabilityColor, scoreClassColor, type Rgba } from './scoreColors.ts';
import { classOfScore } from '../domain/scoring/computeQuantileBreaks.ts';
import { countScored } from '../domain/scoring/countScored.ts';
import { topRankedOf } from '../domain/scoring/topRankedIndices.ts';
import { LABEL_FONT } from './buildDeckLayers.ts';
import type { Language } from '../i18n/language.ts';
import { uiText } from '../i18n/renderMessage.ts';
import { formatNumber } from '../i18n/format.ts';
import { INVALID_GEOMETRY_REASON } from '../domain/scoring/explainParcel.ts';
import { packedParcelFeature } from '../domain/geo/packedParcelFeature.ts';

/** Letters of the compared sites, in the order they were ticked (the comparison table uses the same). */
export const COMPARE_LETTERS = ['A', 'B', 'C', 'D'] as const;

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

/** The parcel with index `index` across the candidate layers: its feature and centre. */
function parcelAt(spec: ScoreLayerSpec, index: number): { feature: Feature; position: [number, number] } | null {
  if (spec.packedLayer) {
    const { parcels } = spec.packedLayer;
    const feature = packedParcelFeature(parcels, index);
    const b = 4 * index;
    return feature ? { feature, position: [(parcels.bbox[b] + parcels.bbox[b + 2]) / 2, (parcels.bbox[b + 1] + parcels.bbox[b + 3]) / 2] } : null;
  }
  for (const layer of spec.candidateLayers) {
    const offset = spec.offsets[layer.id];
    if (offset === undefined || index < offset || index >= offset + layer.data.features.length) continue;
    return { feature: layer.data.features[index - offset], position: parcelDots(layer.data)[index - offset].position };
  }
  return null;
}

export interface RankLabel {
  position: [number, number];
  text: string;
  rank: number;
}

/** "#1" … "#N" at the best N parcels' centres, best first. */
export function rankLabels(spec: ScoreLayerSpec): RankLabel[] {
  let labels = rankCache.get(spec);
  if (!labels) {
    labels = findRankLabels(spec);
    rankCache.set(spec, labels);
  }
  return labels;
}
const rankCache = new WeakMap<ScoreLayerSpec, RankLabel[]>();

function findRankLabels(spec: ScoreLayerSpec): RankLabel[] {
  const n = Math.max(0, Math.floor(spec.topN));
  // The worker's list of the best parcels when it is long enough (no pass over 2M ranks on the page).
  return topRankedOf(spec.ranks, n, spec.topRanked).flatMap((index) => {
    const at = parcelAt(spec, index);
    const rank = spec.ranks[index];
    return at ? [{ position: at.position, text: `#${rank}`, rank }] : [];
  });
}

export interface CompareMark {
  feature: Feature;
  position: [number, number];
  letter: string;
}

/** The compared sites with their letters, A first. */
export function compareMarks(spec: ScoreLayerSpec): CompareMark[] {
  let marks = markCache.get(spec);
  if (!marks) {
    marks = findCompareMarks(spec);
    markCache.set(spec, marks);
  }
  return marks;
}
const markCache = new WeakMap<ScoreLayerSpec, CompareMark[]>();

function findCompareMarks(spec: ScoreLayerSpec): CompareMark[] {
  return spec.compare.slice(0, COMPARE_LETTERS.length).flatMap((index, k) => {
    const at = parcelAt(spec, index);
    return at ? [{ ...at, letter: COMPARE_LETTERS[k] }] : [];
  });
}

const outlineCache = new WeakMap<CompareMark[], Feature[]>();
function compareFeatures(marks: CompareMark[]): Feature[] {
  let features = outlineCache.get(marks);
  if (!features) {
    features = marks.map((m) => m.feature);
    outlineCache.set(marks, features);
  }
  return features;
}

/**
 * The hover text of a parcel of the score layer (plain text, shown as text): its name, score and rank, or why it
 * is excluded. Null when the parcel is not one of the score layer's.
 */
export function scoreTooltipText(spec: ScoreLayerSpec, candidateLayerId: string, featureIndex: number, language: Language): string | null {
  const offset = spec.offsets[candidateLayerId];
  if (offset === undefined || featureIndex < 0) return null;
  const i = offset + featureIndex;
  if (i >= spec.scores.length) return null;
  const t = uiText(language).scoreLayer;
  const name = spec.names[i] ?? '';
  const by = spec.excludedBy[i];
  if (by !== -1) {
    const reason = by === -2 ? INVALID_GEOMETRY_REASON : spec.constraintReasons[by];
    return `${name}\n${t.excluded}${reason ? `: ${reason[language]}` : ''}`;
  }
  const scored = countScored(spec.excludedBy);
  return `${name}\n${t.score}: ${formatNumber(spec.scores[i], language, 1)} · ${t.rank}: ${formatNumber(spec.ranks[i], language)} / ${formatNumber(scored, language)}`;
}

const hatch = new FillStyleExtension({ pattern: true, proceduralPattern: true });
const collision = new CollisionFilterExtension();

const RANK_TEXT: Rgba = [17, 24, 39, 255];
const HALO: Rgba = [255, 255, 255, 245];


/**
 * Each parcel's fill (score class or P(top k)) by parcel index, and what changes when the colours change: only
 * what `fill` reads, by identity (a new scoring result brings new arrays; the breaks are made once per scores).
 * The compared sites, the rank labels and the selection are drawn by other layers, so changing them keeps
 * deck.gl's colour buffers: a compare tick must not recolour 2M parcels.
 */
export function scoreFillOf(spec: ScoreLayerSpec): { fill: (index: number) => Rgba; trigger: unknown[] } {
  const { scores, breaks, probability } = spec;
  // One colour per class, made once: viridis from d3 is a string per call, too slow for 2M parcels.
  const palette = Array.from({ length: Math.max(0, breaks.length - 1) }, (_, k) => scoreClassColor(k, breaks.length - 1));
  const fill = probability
    ? (i: number) => probabilityColor(probability.values[i])
    : (i: number) => {
        const k = classOfScore(scores[i], breaks);
        return k < 0 ? EXCLUDED_FILL : palette[k];
      };
  return { fill, trigger: probability ? ['probability', probability.values] : ['score', scores, breaks] };
}

/**
 * A cadastre's score colours are not a layer of their own: the cadastre's one fill layer takes them
 * (buildDeckLayers), so 2M parcels are tessellated and uploaded once; here only its rank labels and compared sites.
 */
export function buildScoreLayers(spec: ScoreLayerSpec, visible = true): Layer[] {
  const layers: Layer[] = [];
  const { fill: colorAt, trigger } = scoreFillOf(spec);
  for (const layer of spec.candidateLayers) {
    const offset = spec.offsets[layer.id];
    if (offset === undefined) continue;
    layers.push(
      new ScatterplotLayer<ParcelDot>({
        id: `${layer.id}:score-dots`,
        data: parcelDots(layer.data),
        visible,
        pickable: true,
        getPosition: (d) => d.position,
        getRadius: (d) => d.radiusM,
        radiusUnits: 'meters',
        radiusMinPixels: 3.5,
        // Zoomed in, the parcel itself shows the colour; the dot shrinks to a small centre mark.
        radiusMaxPixels: 4,
        stroked: false,
        getFillColor: (_d: ParcelDot, { index }: { index: number }) => colorAt(offset + index),
        updateTriggers: { getFillColor: trigger },
      }),
    );
    layers.push(
      new GeoJsonLayer({
        id: `${layer.id}:score`,
        data: layer.data,
        visible,
        pickable: true,
        filled: true,
        stroked: true,
        getFillColor: (_f: Feature, { index }: { index: number }) => colorAt(offset + index),
        getLineColor: [55, 65, 81, 220],
        getLineWidth: 1,
        lineWidthUnits: 'pixels',
        autoHighlight: true,
        highlightColor: [0, 229, 255, 140],
        updateTriggers: { getFillColor: trigger },
      } as ConstructorParameters<typeof GeoJsonLayer>[0]),
    );
    const excluded = excludedFeatures(layer.data, offset, spec.excludedBy);
    if (excluded.features.length > 0) {
      layers.push(
        new GeoJsonLayer({
          id: `${layer.id}:score-excluded`,
          data: excluded,
          visible,
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

  const marks = compareMarks(spec);
  if (marks.length > 0) {
    // A white casing under a red outline: visible on every class colour and on the hatch.
    for (const [suffix, color, width] of [['casing', HALO, 6], ['outline', COMPARE_INK, 3]] as const) {
      layers.push(
        new GeoJsonLayer({
          id: `score-compare:${suffix}`,
          data: compareFeatures(marks),
          visible,
          pickable: false,
          filled: false,
          stroked: true,
          getLineColor: color,
          getLineWidth: width,
          lineWidthUnits: 'pixels',
          lineWidthMinPixels: width,
        } as ConstructorParameters<typeof GeoJsonLayer>[0]),
      );
    }
  }

  const ranks = rankLabels(spec);
  if (ranks.length > 0) {
    layers.push(
      new TextLayer<RankLabel>({
        id: 'score-ranks:labels',
        data: ranks,
        visible,
        pickable: false,
        getPosition: (d: RankLabel) => d.position,
        getText: (d: RankLabel) => d.text,
        getSize: 15,
        getColor: RANK_TEXT,
        fontFamily: LABEL_FONT,
        fontWeight: 700,
        characterSet: 'auto',
        fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 8 },
        outlineWidth: 4,
        outlineColor: HALO,
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
        // Overlapping labels: the better rank stays (#1 is never hidden by another rank label).
        extensions: [collision],
        collisionGroup: 'score-ranks',
        getCollisionPriority: (d: RankLabel) => -d.rank,
        collisionTestProps: { sizeScale: 1.3 },
        parameters: { depthTest: false } as never,
      } as never),
    );
  }
  if (marks.length > 0) {
    layers.push(
      new TextLayer<CompareMark>({
        id: 'score-compare:labels',
        data: marks,
        visible,
        pickable: false,
        getPosition: (d: CompareMark) => d.position,
        getText: (d: CompareMark) => d.letter,
        getSize: 17,
        getColor: [255, 255, 255, 255],
        fontFamily: LABEL_FONT,
        fontWeight: 700,
        characterSet: 'auto',
        background: true,
        getBackgroundColor: COMPARE_INK,
        backgroundPadding: [5, 2],
        getBorderColor: HALO,
        getBorderWidth: 2,
        // Above the parcel's centre, so a rank label at the same parcel stays readable.
        getPixelOffset: [0, -22],
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
        parameters: { depthTest: false } as never,
      } as never),
    );
  }
  return layers;
}
