// Colours of the score map. Scores are drawn in quantile classes (src/domain/scoring/computeQuantileBreaks.ts)
// coloured from viridis (d3-scale-chromatic): perceptually uniform, readable by colour-blind viewers and in
// greyscale, its brightest yellow for the best class, so the top of the ranking stands out. The probability of
// staying in the top k keeps a white → purple ramp. Excluded parcels are a neutral grey with a hatch.
import { interpolateViridis } from 'd3-scale-chromatic';
import { classOfScore } from '../domain/scoring/computeQuantileBreaks.ts';

export type Rgba = [number, number, number, number];

/** The viridis stretch used: its darkest purple is left out so labels and outlines stay readable on every class. */
const VIRIDIS_FROM = 0.12;

/** Colour of class `index` of `count` classes (0 = lowest). */
export function scoreClassColor(index: number, count: number, alpha = 225): Rgba {
  const t = count <= 1 ? 1 : VIRIDIS_FROM + ((1 - VIRIDIS_FROM) * index) / (count - 1);
  // d3's ramps give "#rrggbb".
  const hex = interpolateViridis(t);
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), alpha];
}

export const EXCLUDED_FILL: Rgba = [150, 150, 150, 150];
export const EXCLUDED_HATCH: Rgba = [90, 90, 90, 230];

/** Fill of a parcel's score under the class limits `breaks` (NaN: excluded → grey). */
export function scoreColor(score: number, breaks: readonly number[], alpha = 225): Rgba {
  const index = classOfScore(score, breaks);
  return index < 0 ? EXCLUDED_FILL : scoreClassColor(index, breaks.length - 1, alpha);
}

const PROBABILITY_STOPS: [number, [number, number, number]][] = [
  [0, [242, 240, 247]],
  [50, [158, 154, 200]],
  [100, [84, 39, 143]],
];

/** Fill by P(top k) 0–1. */
export function probabilityColor(p01: number, alpha = 230): Rgba {
  if (Number.isNaN(p01)) return EXCLUDED_FILL;
  const v = Math.min(100, Math.max(0, p01 * 100));
  for (let i = 1; i < PROBABILITY_STOPS.length; i++) {
    const [x1, c1] = PROBABILITY_STOPS[i];
    if (v <= x1) {
      const [x0, c0] = PROBABILITY_STOPS[i - 1];
      const t = (v - x0) / (x1 - x0);
      return [Math.round(c0[0] + t * (c1[0] - c0[0])), Math.round(c0[1] + t * (c1[1] - c0[1])), Math.round(c0[2] + t * (c1[2] - c0[2])), alpha];
    }
  }
  return [...PROBABILITY_STOPS[PROBABILITY_STOPS.length - 1][1], alpha];
}

export const cssColor = ([r, g, b]: Rgba) => `rgb(${r}, ${g}, ${b})`;

/** CSS gradient of the probability ramp, for the legend. */
export function probabilityGradient(): string {
  return `linear-gradient(to right, ${[0, 25, 50, 75, 100].map((v) => `${cssColor(probabilityColor(v / 100))} ${v}%`).join(', ')})`;
}

/** Outline and letter badge of the sites being compared. */
export const COMPARE_INK: Rgba = [200, 16, 46, 255];
