// A drawing copy of a layer whose lines or rings are huge (issue 16: a 1,000,000-vertex polygon stalled the page for
// minutes while deck.gl triangulated it on the main thread). Every line or ring over `maxVertices` is thinned by taking
// evenly spaced vertices (first and last kept, rings stay closed), in one pass. Only the drawing uses the copy: the
// layer's data, its measurements and its exports stay exact. Features keep their order and their properties object,
// so a pick maps back to the same feature; a layer with nothing to thin is returned as it is (same object).
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Vertices a drawn line or ring may keep: a parcel has tens, a district boundary a few thousand. */
export const DISPLAY_MAX_VERTICES = 5_000;

function thin(line: Position[], maxVertices: number): Position[] {
  if (line.length <= maxVertices) return line;
  const step = (line.length - 1) / (maxVertices - 1);
  const out: Position[] = new Array(maxVertices);
  for (let k = 0; k < maxVertices - 1; k++) out[k] = line[Math.round(k * step)];
  out[maxVertices - 1] = line[line.length - 1];
  return out;
}

function isHuge(geometry: Geometry | null, maxVertices: number): boolean {
  if (!geometry) return false;
  switch (geometry.type) {
    case 'LineString':
      return geometry.coordinates.length > maxVertices;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.some((l) => l.length > maxVertices);
    case 'MultiPolygon':
      return geometry.coordinates.some((p) => p.some((r) => r.length > maxVertices));
    case 'GeometryCollection':
      return geometry.geometries.some((g) => isHuge(g, maxVertices));
    default:
      return false;
  }
}

function thinGeometry(geometry: Geometry, maxVertices: number): Geometry {
  switch (geometry.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: thin(geometry.coordinates, maxVertices) };
    case 'Polygon':
    case 'MultiLineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map((l) => thin(l, maxVertices)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => thin(r, maxVertices))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => thinGeometry(g, maxVertices)) };
    default:
      return geometry;
  }
}

/** The layer to draw: `data` itself when no line or ring has more than `maxVertices`, else a thinned copy. */
export function simplifyForDisplay(data: FeatureCollection, maxVertices = DISPLAY_MAX_VERTICES): FeatureCollection {
  if (!data.features.some((f) => isHuge(f.geometry, maxVertices))) return data;
  const features = data.features.map((f): Feature => (isHuge(f.geometry, maxVertices) ? { ...f, geometry: thinGeometry(f.geometry, maxVertices) } : f));
  return { ...data, features };
}
