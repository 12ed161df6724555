// Points of a transform's curve for the small SVG plot: sampled with the engine's own applyTransform,
// over a raw-value range chosen from the transform's parameters.
import { applyTransform } from '../../domain/scoring/applyTransform.ts';
import type { Transform } from '../../domain/scoring/scenario.ts';

export interface CurvePlot {
  kind: 'curve';
  xMin: number;
  xMax: number;
  points: [number, number][];
}

export interface BarPlot {
  kind: 'bars';
  bars: { code: string; value01: number }[];
}

/** Large "any value" upper bounds (1e9) are not plotted. */
const FINITE_LIMIT = 1e8;

export function transformDomain(t: Transform): [number, number] {
  let lo: number;
  let hi: number;
  switch (t.type) {
    case 'linear':
      lo = Math.min(t.from, t.to);
      hi = Math.max(t.from, t.to);
      break;
    case 'stepped': {
      const ups = t.classes.map((c) => c.upTo).filter((x) => Math.abs(x) < FINITE_LIMIT);
      lo = Math.min(0, ...ups);
      hi = ups.length ? Math.max(...ups) : 1;
      break;
    }
    case 'target_band':
      lo = t.min - 3 * t.sigma;
      hi = t.max + 3 * t.sigma;
      break;
    case 'categorical':
      return [0, 1];
  }
  const span = hi - lo || Math.max(1, Math.abs(hi));
  let xMin = lo - 0.25 * span;
  const xMax = hi + 0.25 * span;
  // Distances, counts, areas and shares are never negative.
  if (lo >= 0 && xMin < 0) xMin = 0;
  return [xMin, xMax];
}

export function plotTransform(t: Transform, samples = 120): CurvePlot | BarPlot {
  if (t.type === 'categorical') {
    return { kind: 'bars', bars: [...Object.entries(t.values).map(([code, value01]) => ({ code, value01 })), { code: '*', value01: t.otherValue01 }] };
  }
  const [xMin, xMax] = transformDomain(t);
  const points: [number, number][] = [];
  for (let i = 0; i <= samples; i++) {
    const x = xMin + ((xMax - xMin) * i) / samples;
    points.push([x, applyTransform(t, x)]);
  }
  return { kind: 'curve', xMin, xMax, points };
}

/** A sensible default when the user switches a criterion to another transform type. */
export function defaultTransform(type: Transform['type'], current: Transform): Transform {
  const [lo, hi] = current.type === 'categorical' ? [0, 1000] : transformDomain(current);
  const a = Math.max(0, Math.round(lo));
  const b = Math.max(a + 1, Math.round(hi));
  switch (type) {
    case 'linear':
      return { type, from: b, to: a };
    case 'stepped':
      return { type, classes: [{ upTo: Math.round((a + b) / 3), value01: 1 }, { upTo: Math.round((2 * (a + b)) / 3), value01: 0.5 }, { upTo: 1e9, value01: 0 }] };
    case 'target_band':
      return { type, min: Math.round(a + (b - a) / 3), max: Math.round(a + (2 * (b - a)) / 3), sigma: Math.max(1, Math.round((b - a) / 6)) };
    case 'categorical':
      return { type, values: { ODT: 1, ONT: 0.8 }, otherValue01: 0.3 };
  }
}
