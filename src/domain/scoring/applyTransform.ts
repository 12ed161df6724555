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
 * out[i − from] = transform(raw[i]) for i in [from, to): one tight typed loop per transform type,
 * parameters hoisted, lookup tables built once (no per-element switch or closure).
 */
/** `out` may be a Float32Array (the combine cache), which rounds each 0–1 value to float32. */
export function transformInto(t: Transform, raw: Float64Array, categories: string[] | undefined, out: Float64Array | Float32Array, from = 0, to = raw.length): void {
  switch (t.type) {
    case 'linear': {
      if (t.from === t.to) {
        const at = t.to;
        for (let i = from; i < to; i++) out[i - from] = raw[i] >= at ? 1 : 0;
        return;
      }
      const scale = 1 / (t.to - t.from);
      const start = t.from;
      for (let i = from; i < to; i++) {
        const x = (raw[i] - start) * scale;
        // min/max instead of branches (random data mispredicts); NaN stays NaN as before.
        out[i - from] = Math.min(1, Math.max(0, x));
      }
      return;
    }
    case 'categorical': {
      const lut = new Float64Array((categories?.length ?? 0) + 1);
      categories?.forEach((c, i) => (lut[i] = applyTransform(t, NaN, c)));
      const other = t.otherValue01;
      for (let i = from; i < to; i++) {
        const v = raw[i];
        out[i - from] = v === v ? lut[v] : other;
      }
      return;
    }
    case 'stepped': {
      const ups = Float64Array.from(t.classes.map((c) => c.upTo));
      const vals = Float64Array.from(t.classes.map((c) => c.value01));
      const last = vals.length - 1;
      for (let i = from; i < to; i++) {
        const v = raw[i];
        let k = 0;
        while (k < last && !(v <= ups[k])) k++;
        out[i - from] = v === v ? vals[k] : NaN;
      }
      return;
    }
    case 'target_band': {
      const { min, max, sigma } = t;
      const inv = sigma > 0 ? 1 / (2 * sigma * sigma) : Infinity;
      for (let i = from; i < to; i++) {
        const v = raw[i];
        const d = v < min ? min - v : v > max ? v - max : 0;
        out[i - from] = d === 0 ? 1 : inv === Infinity ? 0 : Math.exp(-d * d * inv);
      }
      return;
    }
  }
}
