// The direct path for the systems NOXH Atlas meets every day: WGS84-ellipsoid longitude/latitude
// and transverse Mercator (VN-2000 TM-3, VN-2000 UTM, WGS84 UTM), with or without a 7-parameter
// shift. Per point: TM inverse (Krüger) → geocentric → Helmert → geodetic (Bowring) → TM forward,
// with no allocation. Anything outside that family returns null and proj4 does the work.
import { createHelmert, type Helmert } from './helmertPositionVector.ts';
import { createTransverseMercator, type TransverseMercator } from './krugerTransverseMercator.ts';

const WGS84_A = 6378137;
const WGS84_F = 1 / 298.257223563;
const DEG = Math.PI / 180;

interface SimpleCrs {
  tm?: TransverseMercator;
  /** undefined when the datum is WGS84 itself. */
  helmert?: Helmert;
  towgs84Key: string;
}

/** Reads the proj4 strings the fast path can handle exactly; null for everything else. */
export function parseSimpleProj4(def: string): SimpleCrs | null {
  if (!def.trim().startsWith('+')) return null;
  const params = new Map<string, string>();
  for (const token of def.trim().split(/\s+/)) {
    const m = /^\+([a-z_0-9]+)(?:=(.*))?$/i.exec(token);
    if (!m) return null;
    params.set(m[1].toLowerCase(), m[2] ?? '');
  }
  const allowed = new Set(['proj', 'lat_0', 'lon_0', 'k', 'k_0', 'x_0', 'y_0', 'ellps', 'datum', 'towgs84', 'units', 'no_defs', 'zone', 'type', 'wktext']);
  for (const key of params.keys()) if (!allowed.has(key)) return null;
  const ellps = params.get('ellps');
  const datum = params.get('datum');
  if (datum !== undefined && datum.toUpperCase() !== 'WGS84') return null;
  if (datum === undefined && (ellps === undefined || ellps.toUpperCase() !== 'WGS84')) return null;
  const units = params.get('units');
  if (units !== undefined && units !== 'm') return null;

  let helmert: Helmert | undefined;
  let towgs84Key = '0,0,0,0,0,0,0';
  const towgs84Text = params.get('towgs84');
  if (towgs84Text !== undefined && datum === undefined) {
    const values = towgs84Text.split(',').map(Number);
    if (!(values.length === 3 || values.length === 7) || values.some((v) => !Number.isFinite(v))) return null;
    if (values.some((v) => v !== 0)) {
      helmert = createHelmert(values.length === 3 ? [...values, 0, 0, 0, 0] : values);
      towgs84Key = values.join(',');
    }
  }

  const proj = params.get('proj');
  if (proj === 'longlat' || proj === 'latlong') return { helmert, towgs84Key };
  let lon0: number, k0: number, x0: number, y0: number;
  if (proj === 'tmerc') {
    if (Number(params.get('lat_0') ?? 0) !== 0) return null;
    lon0 = Number(params.get('lon_0') ?? 0);
    k0 = Number(params.get('k') ?? params.get('k_0') ?? 1);
    x0 = Number(params.get('x_0') ?? 0);
    y0 = Number(params.get('y_0') ?? 0);
  } else if (proj === 'utm') {
    const zone = Number(params.get('zone'));
    if (!Number.isInteger(zone) || zone < 1 || zone > 60) return null;
    lon0 = zone * 6 - 183;
    k0 = 0.9996;
    x0 = 500000;
    y0 = 0;
  } else return null;
  if (![lon0, k0, x0, y0].every(Number.isFinite)) return null;
  const tm = createTransverseMercator({ a: WGS84_A, f: WGS84_F, lon0Rad: lon0 * DEG, k0, falseEastingM: x0, falseNorthingM: y0 });
  return { tm, helmert, towgs84Key };
}

/** A function transforming interleaved x,y in place, or null when proj4 must be used. */
export function createFastTransform(
  fromDef: string,
  toDef: string,
): ((coords: Float64Array | number[], start?: number, end?: number) => number) | null {
  const from = parseSimpleProj4(fromDef);
  const to = parseSimpleProj4(toDef);
  if (!from || !to) return null;
  const shift = from.towgs84Key !== to.towgs84Key;
  const e2 = WGS84_F * (2 - WGS84_F);
  const b = WGS84_A * (1 - WGS84_F);
  const ep2 = e2 / (1 - e2);
  const geo = new Float64Array(2);
  const xyz = new Float64Array(3);

  return (coords, start = 0, end = coords.length) => {
    let failed = 0;
    for (let i = start; i + 1 < end; i += 2) {
      let lon: number, lat: number;
      if (from.tm) {
        from.tm.inverse(coords[i], coords[i + 1], geo);
        lon = geo[0];
        lat = geo[1];
      } else {
        lon = coords[i] * DEG;
        lat = coords[i + 1] * DEG;
        // Metres read as degrees must fail loudly, not wrap around the globe.
        if (!(Math.abs(coords[i + 1]) <= 90 && Math.abs(coords[i]) <= 540)) lat = NaN;
      }
      if (shift) {
        // Geodetic (h = 0, as proj4 does for 2D data) → geocentric.
        const sinLat = Math.sin(lat),
          cosLat = Math.cos(lat);
        const N = WGS84_A / Math.sqrt(1 - e2 * sinLat * sinLat);
        xyz[0] = N * cosLat * Math.cos(lon);
        xyz[1] = N * cosLat * Math.sin(lon);
        xyz[2] = N * (1 - e2) * sinLat;
        if (from.helmert) from.helmert.toWgs84(xyz);
        if (to.helmert) to.helmert.fromWgs84(xyz);
        // Geocentric → geodetic by Bowring's closed form: micrometre-exact for heights of a few km.
        const p = Math.sqrt(xyz[0] * xyz[0] + xyz[1] * xyz[1]); // Math.hypot is several times slower in V8
        const tu = (xyz[2] * WGS84_A) / (p * b);
        const cu = 1 / Math.sqrt(1 + tu * tu);
        const su = tu * cu;
        lat = Math.atan2(xyz[2] + ep2 * b * su * su * su, p - e2 * WGS84_A * cu * cu * cu);
        lon = Math.atan2(xyz[1], xyz[0]);
      }
      let x: number, y: number;
      if (to.tm) {
        to.tm.forward(lon, lat, geo);
        x = geo[0];
        y = geo[1];
      } else {
        x = lon / DEG;
        y = lat / DEG;
      }
      if (Number.isFinite(x) && Number.isFinite(y)) {
        coords[i] = x;
        coords[i + 1] = y;
      } else {
        coords[i] = NaN;
        coords[i + 1] = NaN;
        failed++;
      }
    }
    return failed;
  };
}
