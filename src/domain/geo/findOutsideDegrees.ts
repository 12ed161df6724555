// A file in metres (VN-2000, UTM) read as if it were longitude/latitude scores every parcel wrongly without any
// error: its first coordinate out of the degree range (|lon| > 180, |lat| > 90) gives it away.
import type { Feature, Geometry, Position } from 'geojson';

export interface OutsideDegrees {
  featureIndex: number;
  x: number;
  y: number;
}

function firstPosition(geometry: Geometry | null | undefined): Position | undefined {
  if (!geometry) return undefined;
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) {
      const p = firstPosition(g);
      if (p) return p;
    }
    return undefined;
  }
  let c: unknown = geometry.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && c.length >= 2 ? (c as Position) : undefined;
}

const outside = (x: number, y: number) => Math.abs(x) > 180 || Math.abs(y) > 90;

/** The first feature whose first position is not a longitude/latitude, or null. */
export function findOutsideDegreesInFeatures(features: readonly Feature[]): OutsideDegrees | null {
  for (let i = 0; i < features.length; i++) {
    const p = firstPosition(features[i]?.geometry);
    if (p && outside(Number(p[0]), Number(p[1]))) return { featureIndex: i, x: Number(p[0]), y: Number(p[1]) };
  }
  return null;
}

/** The first box (minX, minY, maxX, maxY per feature; NaN for none) reaching outside the degree range, or null. */
export function findOutsideDegreesInBoxes(bbox: Float64Array): OutsideDegrees | null {
  for (let i = 0; 4 * i < bbox.length; i++) {
    const [x0, y0, x1, y1] = [bbox[4 * i], bbox[4 * i + 1], bbox[4 * i + 2], bbox[4 * i + 3]];
    if (x0 !== x0) continue;
    if (outside(x0, y0) || outside(x1, y1)) return { featureIndex: i, x: outside(x0, y0) ? x0 : x1, y: outside(x0, y0) ? y0 : y1 };
  }
  return null;
}
