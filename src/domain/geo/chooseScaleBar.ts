// Scale bars of a round length (1, 2 or 5 × 10ⁿ m), for the map on screen, the presentation mode, the map
// sheets and the audit's compliance sheet: one rule, one label format (Vietnamese numbers: "1.000 km").
import type { Language } from '../../i18n/language.ts';
import { formatNumber } from '../../i18n/format.ts';

/** MapLibre's tiles are 512 px at zoom 0: the world is 512 · 2^zoom CSS px wide in Web Mercator. */
export const WEB_MERCATOR_WORLD_PX_AT_ZOOM_0 = 512;
const WGS84_A_M = 6_378_137;
const WGS84_E2 = 0.00669437999014;

/**
 * Ground metres per CSS pixel east–west at `latDeg` on a Web Mercator map at `zoom`: the arc of the parallel
 * on the WGS84 ellipsoid (N(φ)·cos φ per radian of longitude) that one pixel spans.
 */
export function metresPerPxAt(zoom: number, latDeg: number): number {
  const phi = (latDeg * Math.PI) / 180;
  const parallelRadiusM = (WGS84_A_M * Math.cos(phi)) / Math.sqrt(1 - WGS84_E2 * Math.sin(phi) ** 2);
  const radiansPerPx = (2 * Math.PI) / (WEB_MERCATOR_WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
  return parallelRadiusM * radiansPerPx;
}

export interface ScaleBar {
  /** The round ground distance the bar stands for. */
  lengthM: number;
  /** Its length on the map, in the unit `metresPerPx` was given in (px, or mm on a sheet). */
  lengthPx: number;
  /** "500 m", "2 km", "1.000 km" (Vietnamese) / "1,000 km" (English). */
  label: string;
}

/** A distance as a scale bar writes it: metres under 1 km, else kilometres, in the language's number format. */
export function formatScaleDistance(lengthM: number, language: Language = 'vi'): string {
  return lengthM >= 1000 ? `${formatNumber(lengthM / 1000, language)} km` : `${formatNumber(lengthM, language)} m`;
}

/** The longest round length (1, 2 or 5 × 10ⁿ m) no longer than `maxPx` on a map of `metresPerPx`. */
export function chooseScaleBar(metresPerPx: number, maxPx: number, language: Language = 'vi'): ScaleBar | null {
  if (!(metresPerPx > 0) || !(maxPx > 0) || !Number.isFinite(metresPerPx * maxPx)) return null;
  const maxM = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((k) => k * power <= maxM * (1 + 1e-9)) ?? 1;
  const lengthM = step * power;
  return { lengthM, lengthPx: lengthM / metresPerPx, label: formatScaleDistance(lengthM, language) };
}
