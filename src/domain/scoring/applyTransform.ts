// Transforms: raw measured value → 0–1 suitability (1 = best). Each has a scalar form (for one
// parcel's explanation and the curve plot) and an array form (the combine loop, no per-element switch).
import type { Transform } from './scenario.ts';

/** 0–1 value of one raw value; `code` is the category label for categorical transforms. */
export function applyTransform(t: Transform, raw: number, code?: string | null): number {
  switch (t.type) {
    case 'linear': {
      if (Number.isNaN(raw)) return NaN;
      if (t.from === t.to) return raw >= t.to ? 1 : 0;
      const x = (raw - t.from) / (t.to - t.from);
      return x <= 0 ? 0 : x >= 1 ? 1 : x;
    }
    case 'stepped': {
      if (Number.isNaN(raw) || t.classes.length === 0) return NaN;
      for (const c of t.classes) if (raw <= c.upTo) return c.value01;
      return t.classes[t.classes.length - 1].value01;
    }
    case 'target_band': {
      if (Number.isNaN(raw)) return NaN;
      if (raw >= t.min && raw <= t.max) return 1;
      const d = raw < t.min ? t.min - raw : raw - t.max;
      return t.sigma > 0 ? Math.exp(-(d * d) / (2 * t.sigma * t.sigma)) : 0;
    }
    case 'categorical': {
      if (code === undefined || code === null) return t.otherValue01;
      const v = t.values[code];
      return typeof v === 'number' ? v : t.otherValue01;
    }
  }
}

/**
 * Adds weight × transform(raw) to `acc` for every parcel. `categories` maps a categorical raw value
 * (an index) to its code.
 */
export function accumulateTransformed(
  t: Transform, raw: Float64Array, weight: number, acc: Float64Array, categories?: string[],
): void {
  const n = raw.length;
  switch (t.type) {
    case 'linear': {
      if (t.from === t.to) {
        for (let i = 0; i < n; i++) acc[i] += raw[i] >= t.to ? weight : 0;
        return;
      }
      const scale = 1 / (t.to - t.from);
      const from = t.from;
      for (let i = 0; i < n; i++) {
        const x = (raw[i] - from) * scale;
        acc[i] += weight * (x <= 0 ? 0 : x >= 1 ? 1 : x);
      }
      return;
    }
    case 'categorical': {
      const lut = new Float64Array((categories?.length ?? 0) + 1);
      categories?.forEach((c, i) => (lut[i] = applyTransform(t, NaN, c)));
      const other = t.otherValue01;
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        acc[i] += weight * (v === v ? lut[v] : other);
      }
      return;
    }
    case 'stepped': {
      const ups = Float64Array.from(t.classes.map((c) => c.upTo));
      const vals = Float64Array.from(t.classes.map((c) => c.value01));
      const last = vals.length - 1;
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        let k = 0;
        while (k < last && !(v <= ups[k])) k++;
        acc[i] += weight * (v === v ? vals[k] : NaN);
      }
      return;
    }
    case 'target_band': {
      const { min, max, sigma } = t;
      const inv = sigma > 0 ? 1 / (2 * sigma * sigma) : Infinity;
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        const d = v < min ? min - v : v > max ? v - max : 0;
        acc[i] += weight * (d === 0 ? 1 : inv === Infinity ? 0 : Math.exp(-d * d * inv));
      }
      return;
    }
  }
}
