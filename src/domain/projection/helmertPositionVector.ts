// The 7-parameter (Helmert) datum shift in PROJ's position-vector convention, on geocentric
// Cartesian coordinates, with the same small-angle forms proj4js uses so both paths agree.
const SEC_TO_RAD = Math.PI / (180 * 3600);

export interface Helmert {
  /** Source datum → WGS84, in place on out = [X, Y, Z] (m). */
  toWgs84(out: Float64Array): void;
  /** WGS84 → source datum, in place. */
  fromWgs84(out: Float64Array): void;
}

/** `towgs84` = [tx, ty, tz (m), rx, ry, rz (arc-seconds), ds (ppm)] as in a proj4 +towgs84. */
export function createHelmert(towgs84: readonly number[]): Helmert {
  const [tx, ty, tz] = towgs84;
  const rx = (towgs84[3] ?? 0) * SEC_TO_RAD;
  const ry = (towgs84[4] ?? 0) * SEC_TO_RAD;
  const rz = (towgs84[5] ?? 0) * SEC_TO_RAD;
  const m = 1 + (towgs84[6] ?? 0) / 1e6;
  return {
    toWgs84(p) {
      const x = p[0],
        y = p[1],
        z = p[2];
      p[0] = m * (x - rz * y + ry * z) + tx;
      p[1] = m * (rz * x + y - rx * z) + ty;
      p[2] = m * (-ry * x + rx * y + z) + tz;
    },
    fromWgs84(p) {
      const x = (p[0] - tx) / m,
        y = (p[1] - ty) / m,
        z = (p[2] - tz) / m;
      p[0] = x + rz * y - ry * z;
      p[1] = -rz * x + y + rx * z;
      p[2] = ry * x - rx * y + z;
    },
  };
}
