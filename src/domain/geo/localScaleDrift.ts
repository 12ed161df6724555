// How the metres-per-degree scale factors change north and south of a local frame's origin, as
// quadratics in the frame's own y (metres north of the origin): kx(lat0 + y / ky0) / kx0 ≈
// 1 + y · (x1 + y · x2), and likewise for ky. Measuring re-scales a distance found in a cell's frame
// to the pair's own mid-latitude with these (a few multiplications) instead of a cosine and a square
// root per parcel. Fitted through the exact factors at y = −H, 0, +H: at Vietnam's latitudes
// (8–24°) within 3e-9 of localScaleM for |y| ≤ 20 km and 1e-6 at 150 km (test/unit/scoring/
// localMetric.test.ts); further from the equator the error grows (4e-6 at 60°, 150 km), still far
// inside the 0.1 % the measure stage allows.
import { localScaleM, type LocalScale } from './localScaleM.ts';

export interface LocalScaleDrift {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const FIT_HALF_SPAN_M = 20000;

/** `at0`: localScaleM(lat0Deg), when the caller has it already. */
export function localScaleDrift(lat0Deg: number, at0: LocalScale = localScaleM(lat0Deg)): LocalScaleDrift {
  const north = localScaleM(lat0Deg + FIT_HALF_SPAN_M / at0.ky);
  const south = localScaleM(lat0Deg - FIT_HALF_SPAN_M / at0.ky);
  const h = FIT_HALF_SPAN_M;
  const fit = (n: number, s: number) => ({ a1: (n - s) / (2 * h), a2: (n + s - 2) / (2 * h * h) });
  const x = fit(north.kx / at0.kx, south.kx / at0.kx);
  const y = fit(north.ky / at0.ky, south.ky / at0.ky);
  return { x1: x.a1, x2: x.a2, y1: y.a1, y2: y.a2 };
}

/** kx at `yM` metres north of the frame's origin, relative to the origin's kx. */
export function kxRatio(drift: LocalScaleDrift, yM: number): number {
  return 1 + yM * (drift.x1 + yM * drift.x2);
}

/** ky at `yM` metres north of the frame's origin, relative to the origin's ky. */
export function kyRatio(drift: LocalScaleDrift, yM: number): number {
  return 1 + yM * (drift.y1 + yM * drift.y2);
}
