// Files from spreadsheets and some GPS tools write [lat, lon]. In Vietnam that is easy to see: latitudes are
// 8–23.5 and longitudes 102–110, so the two ranges never overlap.
import type { Feature, Geometry, Position } from 'geojson';

const VIETNAM_LON: [number, number] = [102, 110];
const VIETNAM_LAT: [number, number] = [8, 23.5];

function eachPosition(g: Geometry | null, fn: (p: Position) => void): void {
  if (!g) return;
  if (g.type === 'GeometryCollection') {
    for (const x of g.geometries ?? []) eachPosition(x, fn);
    return;
  }
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') fn(c as Position);
    else for (const x of c) walk(x);
  };
  walk((g as { coordinates?: unknown }).coordinates);
}

const within = (v: number, [a, b]: [number, number]) => v >= a && v <= b;

/**
 * True when every position lies in Vietnam only if read as [lat, lon] (and none reads as [lon, lat]).
 * A mixed file is not swapped: its out-of-range points are rejected one by one instead.
 */
export function detectSwappedLatLon(features: (Feature | null)[]): boolean {
  let swapped = 0;
  let other = 0;
  for (const f of features) {
    eachPosition(f?.geometry ?? null, (p) => {
      if (within(p[0], VIETNAM_LAT) && within(p[1], VIETNAM_LON)) swapped++;
      else other++;
    });
    if (other > 0) return false;
  }
  return swapped > 0;
}

/** Swaps the first two values of every position, in place. */
export function swapLatLonInPlace(features: (Feature | null)[]): void {
  for (const f of features) {
    eachPosition(f?.geometry ?? null, (p) => {
      const x = p[0];
      p[0] = p[1];
      p[1] = x;
    });
  }
}

/** [minX, minY, maxX, maxY] of every position, or null when there is none or a value is not a number. */
export function rawBbox(features: (Feature | null)[]): [number, number, number, number] | null {
  // Plain loops by geometry type, no closure or recursion a position: this runs over millions of them.
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const g = f?.geometry;
    if (g) extendBox(box, g);
  }
  return box[0] <= box[2] ? [box[0], box[1], box[2], box[3]] : null;
}

function extendLine(box: number[], line: unknown): void {
  if (!Array.isArray(line)) return;
  for (let i = 0; i < line.length; i++) {
    const p = line[i] as unknown;
    if (!Array.isArray(p)) continue;
    const x = p[0];
    const y = p[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < box[0]) box[0] = x;
    if (x > box[2]) box[2] = x;
    if (y < box[1]) box[1] = y;
    if (y > box[3]) box[3] = y;
  }
}

function extendBox(box: number[], g: Geometry): void {
  const c = (g as { coordinates?: unknown }).coordinates as unknown[] | undefined;
  switch (g.type) {
    case 'Point':
      extendLine(box, [c]);
      return;
    case 'MultiPoint':
    case 'LineString':
      extendLine(box, c);
      return;
    case 'MultiLineString':
    case 'Polygon':
      if (Array.isArray(c)) for (let i = 0; i < c.length; i++) extendLine(box, c[i]);
      return;
    case 'MultiPolygon':
      if (Array.isArray(c)) for (let i = 0; i < c.length; i++) if (Array.isArray(c[i])) for (const ring of c[i] as unknown[]) extendLine(box, ring);
      return;
    case 'GeometryCollection':
      for (const x of g.geometries ?? []) extendBox(box, x);
  }
}

export { eachPosition };
