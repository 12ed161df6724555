// GeoJSON export: RFC 7946 (WGS84 lon/lat, no "crs" member), UTF-8 text.
import type { FeatureCollection } from 'geojson';

export interface ExportGeoJsonOptions {
  /** Decimal places kept in coordinates; 7 ≈ 1 cm in degrees. Default: full precision. */
  coordinateDecimals?: number;
  /** Pretty-print with two-space indent. Default false (smaller files). */
  pretty?: boolean;
}

export function exportGeoJson(fc: FeatureCollection, options: ExportGeoJsonOptions = {}): string {
  const { coordinateDecimals, pretty } = options;
  const factor = coordinateDecimals === undefined ? 0 : 10 ** coordinateDecimals;
  const out: FeatureCollection = { type: 'FeatureCollection', features: fc.features };
  return JSON.stringify(
    out,
    (key, value: unknown) => {
      if (factor && key === 'coordinates') return roundDeep(value, factor);
      return value;
    },
    pretty ? 2 : undefined,
  );
}

function roundDeep(value: unknown, factor: number): unknown {
  if (typeof value === 'number') return Math.round(value * factor) / factor;
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, factor));
  return value;
}
