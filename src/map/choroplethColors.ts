// Colours of the Targets tab's commune/ward choropleth, one table the map and the legend both read: zero in a
// pale neutral, the positive classes along a sequential ColorBrewer ramp (d3-scale-chromatic; perceptually
// ordered, readable in print) — greens for dwellings, purples for places, orange-reds for the temporary
// houses still to replace (what is left is the problem).
import { interpolateGreens, interpolateOrRd, interpolatePurples } from 'd3-scale-chromatic';
import type { ChoroplethMeasure } from '../state/targetsView.ts';
import type { Rgba } from './scoreColors.ts';

export const CHOROPLETH_ZERO_COLOR = '#f1efe8';

const RAMPS: Record<ChoroplethMeasure, (t: number) => string> = {
  dwellings: interpolateGreens,
  places: interpolatePurples,
  temporary_remaining: interpolateOrRd,
};

/** `#rrggbb` from d3's `rgb(r, g, b)`. */
function hex(css: string): string {
  const [r, g, b] = (css.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The colour of each class: the zero class first, then `classCount − 1` positive classes, light to dark. */
export function choroplethColors(measure: ChoroplethMeasure, classCount: number): string[] {
  const positive = classCount - 1;
  const ramp = RAMPS[measure];
  return [CHOROPLETH_ZERO_COLOR, ...Array.from({ length: positive }, (_, i) => hex(ramp(positive === 1 ? 0.65 : 0.3 + (0.6 * i) / (positive - 1))))];
}

export function hexToRgba(color: string, alpha: number): Rgba {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
