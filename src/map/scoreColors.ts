// Colour ramps of the score map: a sequential red → yellow → green ramp for 0–100 scores (ColorBrewer
// RdYlGn end points) and a white → purple ramp for the probability of staying in the top k.
export type Rgba = [number, number, number, number];

const SCORE_STOPS: [number, [number, number, number]][] = [
  [0, [215, 48, 39]],
  [50, [254, 224, 139]],
  [100, [26, 152, 80]],
];
const PROBABILITY_STOPS: [number, [number, number, number]][] = [
  [0, [242, 240, 247]],
  [50, [158, 154, 200]],
  [100, [84, 39, 143]],
];

function ramp(stops: [number, [number, number, number]][], value: number, alpha: number): Rgba {
  const v = Math.min(100, Math.max(0, value));
  for (let i = 1; i < stops.length; i++) {
    const [x1, c1] = stops[i];
    if (v <= x1) {
      const [x0, c0] = stops[i - 1];
      const t = (v - x0) / (x1 - x0);
      return [Math.round(c0[0] + t * (c1[0] - c0[0])), Math.round(c0[1] + t * (c1[1] - c0[1])), Math.round(c0[2] + t * (c1[2] - c0[2])), alpha];
    }
  }
  const last = stops[stops.length - 1][1];
  return [last[0], last[1], last[2], alpha];
}

export const EXCLUDED_FILL: Rgba = [150, 150, 150, 150];
export const EXCLUDED_HATCH: Rgba = [90, 90, 90, 230];

/** Fill of a parcel scored 0–100 (NaN: excluded → grey). */
export function scoreColor(score: number, alpha = 220): Rgba {
  return Number.isNaN(score) ? EXCLUDED_FILL : ramp(SCORE_STOPS, score, alpha);
}

/** Fill by P(top k) 0–1. */
export function probabilityColor(p01: number, alpha = 230): Rgba {
  return Number.isNaN(p01) ? EXCLUDED_FILL : ramp(PROBABILITY_STOPS, p01 * 100, alpha);
}

export const cssColor = ([r, g, b]: Rgba) => `rgb(${r}, ${g}, ${b})`;

/** CSS gradient stops of a ramp, for the legend. */
export function rampGradient(kind: 'score' | 'probability'): string {
  const f = kind === 'score' ? (v: number) => scoreColor(v) : (v: number) => probabilityColor(v / 100);
  return `linear-gradient(to right, ${[0, 25, 50, 75, 100].map((v) => `${cssColor(f(v))} ${v}%`).join(', ')})`;
}
