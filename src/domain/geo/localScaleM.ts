// Metres per degree of longitude (kx) and latitude (ky) at a latitude, on the WGS84 ellipsoid.
// These are cheap-ruler's scale factors (the ellipsoid's radii of curvature): multiplying a small
// lon/lat difference by them gives metres within 0.1 % of the geodesic distance for distances up
// to ~100 km at Quảng Ngãi's latitude when taken at the pair's mid-latitude (checked against
// GeographicLib in test/unit/scoring/localMetric.test.ts).

const WGS84_A_M = 6378137;
const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const RAD = Math.PI / 180;
const M_PER_RAD = WGS84_A_M * RAD;

export interface LocalScale {
  /** Metres per degree of longitude. */
  kx: number;
  /** Metres per degree of latitude. */
  ky: number;
}

export function localScaleM(latDeg: number): LocalScale {
  const cos = Math.cos(latDeg * RAD);
  const w2 = 1 / (1 - E2 * (1 - cos * cos));
  const w = Math.sqrt(w2);
  return { kx: M_PER_RAD * w * cos, ky: M_PER_RAD * w * w2 * (1 - E2) };
}
