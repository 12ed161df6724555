// GeoJSON export: RFC 7946 (WGS84 lon/lat, no "crs" member), UTF-8 text.
// Coordinates are rounded: RFC 7946 §11.2 recommends limiting precision, since digits beyond what the
// survey measured only make files bigger and suggest an accuracy nobody has (108.79123456789012 → 108.7912346).
import type { FeatureCollection, Geometry } from 'geojson';

/**
 * Default decimals by coordinate unit. 7 decimals of a degree ≈ 1.1 cm of latitude (less of longitude),
 * far below any planning survey's error; 3 decimals of a metre = 1 mm, the precision of VN-2000 cadastral
 * coordinate lists.
 */
export const DEFAULT_COORDINATE_DECIMALS = { degree: 7, metre: 3 } as const;

export interface ExportGeoJsonOptions {
  /**
   * The unit of the coordinates: 'degree' (WGS84 lon/lat, RFC 7946 — the default) or 'metre' (a projected
   * system such as VN-2000 TM-3, which only the CLI writes, outside RFC 7946).
   */
  coordinateUnit?: 'degree' | 'metre';
  /** Decimal places kept in coordinates; default by unit (7 for degrees, 3 for metres). */
  coordinateDecimals?: number;
  /** Pretty-print with two-space indent. Default false (smaller files). */
  pretty?: boolean;
}

export function exportGeoJson(fc: FeatureCollection, options: ExportGeoJsonOptions = {}): string {
  const { coordinateUnit = 'degree', pretty } = options;
  const decimals = options.coordinateDecimals ?? DEFAULT_COORDINATE_DECIMALS[coordinateUnit];
  const round = (value: unknown): unknown => roundDeep(value, decimals);
  // Only geometry coordinates and bounding boxes are rounded: attributes are the user's data, kept as they are.
  const features = fc.features.map((f) => {
    const rounded = { ...f, geometry: f.geometry ? roundGeometry(f.geometry, round) : f.geometry };
    if (f.bbox) rounded.bbox = round(f.bbox) as typeof f.bbox;
    return rounded;
  });
  const out: FeatureCollection = { type: 'FeatureCollection', features };
  return JSON.stringify(out, undefined, pretty ? 2 : undefined);
}

function roundGeometry(geometry: Geometry, round: (value: unknown) => unknown): Geometry {
  const out: Geometry =
    geometry.type === 'GeometryCollection'
      ? { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g, round)) }
      : ({ ...geometry, coordinates: round(geometry.coordinates) } as Geometry);
  if (geometry.bbox) out.bbox = round(geometry.bbox) as typeof geometry.bbox;
  return out;
}

function roundDeep(value: unknown, decimals: number): unknown {
  // toFixed rounds the number's exact binary value (Math.round(v * 1e7) / 1e7 can round 108.80000004999999 up,
  // because the product is itself rounded to 1088000000.5); Number() drops the trailing zeros.
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toFixed(decimals)) : value;
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, decimals));
  return value;
}
