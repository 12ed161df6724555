// Geometry helpers for the sample-data generator: local metre offsets, rectangles, smoothing and
// the final clean-up every written polygon goes through (6-decimal rounding, closed CCW rings).
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Random } from './random.ts';

export type LonLat = [number, number];
export type Area = Polygon | MultiPolygon;

const M_PER_DEG_LAT = 110_600;
const mPerDegLon = (lat: number): number => 111_320 * Math.cos((lat * Math.PI) / 180);

/** Moves a point by dxM east and dyM north (local flat approximation, fine for a few km). */
export function offsetM([lon, lat]: LonLat, dxM: number, dyM: number): LonLat {
  return [lon + dxM / mPerDegLon(lat), lat + dyM / M_PER_DEG_LAT];
}

/** Approximate distance in metres between two nearby points. */
export function distanceM(a: Position, b: Position): number {
  const dx = (b[0] - a[0]) * mPerDegLon((a[1] + b[1]) / 2);
  const dy = (b[1] - a[1]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * A quadrilateral (or pentagon with one cut corner) centred on `center`, `widthM` × `heightM`,
 * rotated by `rotationDeg` (counter-clockwise), each corner moved by up to `jitter01` of the side.
 */
export function blockPolygon(
  center: LonLat,
  widthM: number,
  heightM: number,
  rotationDeg = 0,
  rng?: Random,
  jitter01 = 0,
  cutCorner = false,
): Polygon {
  const hw = widthM / 2;
  const hh = heightM / 2;
  let corners: [number, number][] = [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ];
  if (rng && jitter01 > 0) {
    corners = corners.map(([x, y]) => [
      x + rng.range(-jitter01, jitter01) * widthM,
      y + rng.range(-jitter01, jitter01) * heightM,
    ]);
  }
  if (cutCorner && rng) {
    // Replace one corner with two points on its adjacent sides: a pentagon.
    const i = rng.int(0, 3);
    const prev = corners[(i + 3) % 4];
    const here = corners[i];
    const nextC = corners[(i + 1) % 4];
    const f = rng.range(0.2, 0.4);
    const a: [number, number] = [here[0] + (prev[0] - here[0]) * f, here[1] + (prev[1] - here[1]) * f];
    const b: [number, number] = [here[0] + (nextC[0] - here[0]) * f, here[1] + (nextC[1] - here[1]) * f];
    corners = [...corners.slice(0, i), a, b, ...corners.slice(i + 1)];
  }
  const rad = (rotationDeg * Math.PI) / 180;
  const ring = corners.map(([x, y]) =>
    offsetM(center, x * Math.cos(rad) - y * Math.sin(rad), x * Math.sin(rad) + y * Math.cos(rad)),
  );
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

/** A closed polygon from a hand-written vertex list (the first vertex is not repeated). */
export function polygonFrom(vertices: LonLat[]): Polygon {
  return { type: 'Polygon', coordinates: [[...vertices, vertices[0]]] };
}

/** Chaikin corner cutting: smoother lines with twice the vertices per pass; keeps the end points. */
export function smoothLine(points: LonLat[], passes = 1): LonLat[] {
  let line = points;
  for (let p = 0; p < passes; p++) {
    const out: LonLat[] = [line[0]];
    for (let i = 0; i < line.length - 1; i++) {
      const [a, b] = [line[i], line[i + 1]];
      out.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]]);
      out.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    out.push(line[line.length - 1]);
    line = out;
  }
  return line;
}

export function lineFrom(points: LonLat[]): LineString {
  return { type: 'LineString', coordinates: points.map(([x, y]) => [round6(x), round6(y)]) };
}

function cleanRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [round6(x), round6(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

/** Rounds to 6 decimals, drops repeated points and degenerate rings, winds outer rings CCW (RFC 7946). */
export function cleanArea(area: Area): Area | null {
  const polys = (area.type === 'Polygon' ? [area.coordinates] : area.coordinates)
    .map((rings) => rings.map(cleanRing).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  if (polys.length === 0) return null;
  const geometry: Area = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
  return turf.rewind(geometry, { mutate: true }) as Area;
}

export function areaM2(geometry: Area): number {
  return turf.area(geometry);
}

const asFeature = (g: Area): Feature<Area> => turf.feature(g);

/** a ∩ b, or null when they do not meet. */
export function intersectAreas(a: Area, b: Area): Area | null {
  const result = turf.intersect(turf.featureCollection([asFeature(a), asFeature(b)]));
  return result ? result.geometry : null;
}

/** a − b, or null when nothing is left. */
export function subtractArea(a: Area, b: Area): Area | null {
  const result = turf.difference(turf.featureCollection([asFeature(a), asFeature(b)]));
  return result ? result.geometry : null;
}

export function unionAreas(areas: Area[]): Area | null {
  if (areas.length === 0) return null;
  if (areas.length === 1) return areas[0];
  const result = turf.union(turf.featureCollection(areas.map(asFeature)));
  return result ? result.geometry : null;
}

/** Splits a MultiPolygon into its polygons. */
export function splitArea(area: Area): Polygon[] {
  return area.type === 'Polygon' ? [area] : area.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

export function containsPoint(area: Area, point: LonLat): boolean {
  return turf.booleanPointInPolygon(point, area);
}

/** Distance in metres from a point to a polyline. */
export function distanceToLineM(point: LonLat, line: LonLat[]): number {
  return turf.pointToLineDistance(point, turf.lineString(line), { units: 'meters' });
}
