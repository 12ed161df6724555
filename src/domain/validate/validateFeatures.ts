// Validation and repair of imported features (already in WGS84). Each repair and rejection gets a note with the
// feature's index; rejected features are left out of the layer, never silently.
//
// Checks, in order: null/empty geometry (reject) · non-finite numbers (reject) · coordinates outside ±180/±90
// (reject) · duplicate consecutive points (remove) · unclosed rings (close) · rings/lines with too few points
// (reject the feature, or drop a degenerate hole) · winding (rewind to RFC 7946: outer CCW, holes CW) ·
// self-intersections (repair by a polygon union that splits the ring at its crossings, as buffer(0) does; when
// the union fails or returns nothing, or the polygon has more than REPAIR_VERTEX_LIMIT vertices, the feature is KEPT
// with a warning so the user can fix it in a GIS — a bow-tie parcel is still a parcel) · finally geojson-validation as a last gate (reject with its message).
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import gjv from 'geojson-validation';
import { union } from '@turf/turf';
import { importNote, type ImportNoteParams } from '../import/importNote.ts';
import type { ImportNote } from '../import/importTypes.ts';
import { findRingCrossings } from './findRingCrossings.ts';
import { rawBbox } from './detectSwappedLatLon.ts';

export interface ValidationResult {
  /** Accepted features (repaired where needed), in file order. */
  features: Feature[];
  /** Source index of each accepted feature (features[i] came from file feature sourceIndex[i]). */
  sourceIndex: number[];
  notes: ImportNote[];
}

type Ring = Position[];

type RejectCode = 'geometry-null' | 'geometry-empty' | 'geometry-invalid' | 'coordinates-out-of-range' | 'coordinates-not-finite' | 'ring-too-short';

/** Thrown inside the checks; validateFeature turns it into a 'rejected' note. */
class Reject<C extends RejectCode = RejectCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ImportNoteParams[C],
  ) {
    super(code);
  }
}

interface Ctx {
  index: number;
  notes: ImportNote[];
  duplicates: number;
  closed: number;
  rewound: number;
  droppedHoles: number;
  zeroArea: number;
  /** Extent of every position checked so far (the feature's bbox when its geometry comes out unchanged). */
  box: number[];
}

function checkPosition(p: unknown, ctx: Ctx): Position {
  if (!Array.isArray(p) || p.length < 2) throw new Reject('geometry-invalid', { problem: 'not-a-pair' });
  const [x, y] = p as number[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new Reject('coordinates-not-finite', { x: String(x), y: String(y) });
  }
  if (x < -180 || x > 180 || y < -90 || y > 90) {
    throw new Reject('coordinates-out-of-range', { x, y });
  }
  const box = ctx.box;
  if (x < box[0]) box[0] = x;
  if (x > box[2]) box[2] = x;
  if (y < box[1]) box[1] = y;
  if (y > box[3]) box[3] = y;
  return p as Position;
}

function dedupe(points: unknown, ctx: Ctx): Position[] {
  if (!Array.isArray(points)) throw new Reject('geometry-invalid', { problem: 'bad-coordinate-list' });
  // Check first and copy only when a duplicate is found: most features have none (and big imports are mostly this loop).
  let firstDuplicate = -1;
  for (let i = 0; i < points.length; i++) {
    const p = checkPosition(points[i], ctx);
    if (i > 0 && firstDuplicate < 0) {
      const last = points[i - 1] as Position;
      if (last[0] === p[0] && last[1] === p[1]) firstDuplicate = i;
    }
  }
  if (firstDuplicate < 0) return points as Position[];
  const out: Position[] = (points as Position[]).slice(0, firstDuplicate);
  for (let i = firstDuplicate; i < points.length; i++) {
    const p = points[i] as Position;
    const last = out[out.length - 1];
    if (last[0] === p[0] && last[1] === p[1]) {
      ctx.duplicates++;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Twice the signed area (> 0 counter-clockwise). */
function signedArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s;
}

/** True when a ring's area is nothing next to its perimeter (collinear points, up to rounding). */
function encloseNoArea(ring: Ring, area2: number): boolean {
  // Fast exit without Math.hypot (slow in V8; 0.26 s on 500,000 parcels): each edge is no longer than |dx| + |dy|, so
  // an area above 1e-9 × (Σ |dx| + |dy|)² is above 1e-9 × perimeter² too; the margin covers the rounding of both sums.
  let taxicab = 0;
  for (let i = 1; i < ring.length; i++) taxicab += Math.abs(ring[i][0] - ring[i - 1][0]) + Math.abs(ring[i][1] - ring[i - 1][1]);
  if (Math.abs(area2) > 1.000001e-9 * taxicab * taxicab) return false;
  let perimeter = 0;
  for (let i = 1; i < ring.length; i++) perimeter += Math.hypot(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
  return Math.abs(area2) <= 1e-9 * perimeter * perimeter;
}

function fixRing(raw: unknown, isOuter: boolean, ctx: Ctx): Ring | null {
  let ring = dedupe(raw, ctx);
  if (ring.length > 0) {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      ring = [...ring, [...first]]; // never modify the caller's arrays
      ctx.closed++;
    }
  }
  if (ring.length < 4) {
    if (isOuter) throw new Reject('ring-too-short', { outerPoints: Math.max(ring.length - 1, 0) });
    ctx.droppedHoles++;
    return null;
  }
  const area = signedArea2(ring);
  if (isOuter && encloseNoArea(ring, area)) ctx.zeroArea++;
  if ((isOuter && area < 0) || (!isOuter && area > 0)) {
    ring = [...ring].reverse();
    ctx.rewound++;
  }
  return ring;
}

function fixPolygon(raw: unknown, ctx: Ctx): Ring[] {
  if (!Array.isArray(raw) || raw.length === 0) throw new Reject('geometry-empty', { problem: 'no-rings' });
  const rings: Ring[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ring = fixRing(raw[i], i === 0, ctx);
    if (ring) rings.push(ring);
  }
  return rings;
}

function fixLine(raw: unknown, ctx: Ctx): Position[] {
  const line = dedupe(raw, ctx);
  if (line.length < 2) throw new Reject('geometry-invalid', { problem: 'line-too-short', points: line.length });
  return line;
}

function fixGeometry(g: Geometry | null | undefined, ctx: Ctx): Geometry {
  if (!g) throw new Reject('geometry-null', {});
  const c = (g as { coordinates?: unknown }).coordinates;
  const isEmptyArray = Array.isArray(c) && c.length === 0;
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: checkPosition(c, ctx) };
    case 'MultiPoint':
      if (isEmptyArray) break;
      return { type: 'MultiPoint', coordinates: (Array.isArray(c) ? c : []).map((p) => checkPosition(p, ctx)) };
    case 'LineString':
      if (isEmptyArray) break;
      return { type: 'LineString', coordinates: fixLine(c, ctx) };
    case 'MultiLineString':
      if (isEmptyArray) break;
      if (!Array.isArray(c)) throw new Reject('geometry-invalid', { problem: 'bad-line-coordinates' });
      return { type: 'MultiLineString', coordinates: c.map((l) => fixLine(l, ctx)) };
    case 'Polygon':
      if (isEmptyArray) break;
      return { type: 'Polygon', coordinates: fixPolygon(c, ctx) };
    case 'MultiPolygon':
      if (isEmptyArray) break;
      if (!Array.isArray(c)) throw new Reject('geometry-invalid', { problem: 'bad-polygon-coordinates' });
      return { type: 'MultiPolygon', coordinates: c.map((p) => fixPolygon(p, ctx)) };
    case 'GeometryCollection':
      if (!Array.isArray(g.geometries) || g.geometries.length === 0) break;
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => fixGeometry(x, ctx)) };
    default:
      throw new Reject('geometry-invalid', { problem: 'unknown-type', type: String((g as { type?: unknown }).type) });
  }
  throw new Reject('geometry-empty', { problem: 'no-coordinates' });
}

function polygonsOf(g: Polygon | MultiPolygon): Ring[][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * The most vertices a self-crossing polygon may have for the automatic repair. The union that repairs it grows faster
 * than the vertex count (docs/PERFORMANCE.md: 10,000 vertices 1–6 s, 100,000 6–43 s, 1,000,000 about 210 s);
 * a larger one is kept with a warning that names this limit, never a page that stops answering.
 */
export const REPAIR_VERTEX_LIMIT = 10_000;

function repairSelfIntersections(g: Geometry, ctx: Ctx): Geometry {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return g;
  const polygons = polygonsOf(g);
  const first: { at: [number, number] | null } = { at: null };
  let crossed = false;
  for (let i = 0; i < polygons.length && !crossed; i++) crossed = findRingCrossings(polygons[i], 1, first) > 0;
  if (!crossed) return g;
  const near = first.at;
  let vertices = 0;
  for (const polygon of polygons) for (const ring of polygon) vertices += ring.length;
  if (vertices > REPAIR_VERTEX_LIMIT) {
    ctx.notes.push(importNote('warning', 'self-intersection-kept', { near, vertices, limit: REPAIR_VERTEX_LIMIT }, ctx.index));
    return g;
  }
  const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: g };
  let repaired: Geometry | null = null;
  try {
    // Union of the polygon with itself rebuilds it from its crossing edges (bow-tie → two triangles).
    repaired = union({ type: 'FeatureCollection', features: [feature, feature] })?.geometry ?? null;
  } catch {
    repaired = null;
  }
  if (repaired && (repaired.type === 'Polygon' || repaired.type === 'MultiPolygon') && polygonsOf(repaired).length > 0) {
    const parts = repaired.type === 'MultiPolygon' ? repaired.coordinates.length : 1;
    ctx.notes.push(importNote('repaired', 'self-intersection-repaired', { near, parts }, ctx.index));
    return repaired;
  }
  ctx.notes.push(importNote('warning', 'self-intersection-kept', { near }, ctx.index));
  return g;
}

export interface ValidateOptions {
  /** The structure was built by our own reader (Shapefile): geojson-validation's final gate is skipped. */
  trustedStructure?: boolean;
  /**
   * [minX, minY, maxX, maxY] to extend with an accepted feature's positions — the layer's bbox without a second
   * walk over every position (rawBbox of the accepted features gives the same numbers).
   */
  bbox?: number[];
}

function extendBbox(box: number[], by: readonly number[] | null): void {
  if (!by) return;
  if (by[0] < box[0]) box[0] = by[0];
  if (by[1] < box[1]) box[1] = by[1];
  if (by[2] > box[2]) box[2] = by[2];
  if (by[3] > box[3]) box[3] = by[3];
}

/**
 * The fast path for a one-ring polygon our own reader built (numbers in arrays, nothing to check about the structure):
 * true when the full path below would return the feature unchanged with no note — every position finite and in
 * range, no repeated point, closed, counter-clockwise, not flat, no crossing — decided with the same arithmetic in
 * one pass (signed area in the same order, the same taxicab bound) and the same crossing test. Anything else, or any
 * doubt (a ring the taxicab bound cannot call non-flat), goes the full way. Extends `bbox` only when true.
 */
function isCleanSimplePolygon(g: Geometry | null, bbox: number[] | undefined): boolean {
  if (!g || g.type !== 'Polygon' || g.coordinates.length !== 1) return false;
  const ring = g.coordinates[0];
  const n = ring.length;
  if (n < 4) return false;
  const first = ring[0];
  const last = ring[n - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) return false;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  // signedArea2's terms in its order: (last, first), then (i - 1, i) for i = 1 … n - 1.
  let area2 = (last[0] - first[0]) * (last[1] + first[1]);
  let taxicab = 0;
  let px = NaN, py = NaN;
  for (let i = 0; i < n; i++) {
    const x = ring[i][0], y = ring[i][1];
    if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) return false; // also NaN
    if (i > 0) {
      if (x === px && y === py) return false;
      area2 += (px - x) * (py + y);
      taxicab += Math.abs(x - px) + Math.abs(y - py);
    }
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    px = x;
    py = y;
  }
  if (area2 < 0 || !(Math.abs(area2) > 1.000001e-9 * taxicab * taxicab)) return false;
  if (findRingCrossings(g.coordinates, 1) > 0) return false;
  if (bbox) extendBbox(bbox, [minX, minY, maxX, maxY]);
  return true;
}

/**
 * Validates and repairs one feature. Returns the (possibly repaired) feature, or null when it is rejected;
 * either way the notes about it are appended to `notes` with `index` (its position in the source file).
 */
export function validateFeature(feature: Feature | null, index: number, notes: ImportNote[], options: ValidateOptions = {}): Feature | null {
  if (feature === null) return null; // rejected by the reader, which wrote the note
  if (options.trustedStructure && isCleanSimplePolygon(feature.geometry, options.bbox)) return feature;
  const ctx: Ctx = { index, notes, duplicates: 0, closed: 0, rewound: 0, droppedHoles: 0, zeroArea: 0, box: [Infinity, Infinity, -Infinity, -Infinity] };
  try {
    let geometry = fixGeometry(feature.geometry, ctx);
    if (ctx.duplicates) notes.push(importNote('repaired', 'duplicate-points-removed', { points: ctx.duplicates }, index));
    if (ctx.closed) notes.push(importNote('repaired', 'ring-closed', { rings: ctx.closed }, index));
    if (ctx.droppedHoles) notes.push(importNote('repaired', 'ring-too-short', { droppedHoles: ctx.droppedHoles }, index));
    if (ctx.rewound) notes.push(importNote('repaired', 'ring-rewound', { rings: ctx.rewound }, index));
    if (ctx.zeroArea) notes.push(importNote('warning', 'polygon-zero-area', { rings: ctx.zeroArea }, index));
    geometry = repairSelfIntersections(geometry, ctx);
    // geojson-validation as the last gate, for geometries whose JSON structure came from the file. Shapefile
    // geometries are built by our reader (types and nesting known), so the gate is skipped for them (trustedStructure).
    const problems = options.trustedStructure ? [] : gjv.isGeometryObject(geometry, true);
    if (problems.length > 0) throw new Reject('geometry-invalid', { problem: 'structure', details: problems });
    const unchanged = sameGeometry(geometry, feature.geometry);
    if (options.bbox) extendBbox(options.bbox, unchanged ? ctx.box : rawBbox([{ type: 'Feature', properties: null, geometry }]));
    return unchanged ? feature : { ...feature, geometry };
  } catch (error) {
    if (!(error instanceof Reject)) throw error;
    notes.push(importNote('rejected', error.code, error.params as never, index));
    return null;
  }
}

/** True when fixGeometry changed nothing (it rebuilds the outer objects but reuses unchanged arrays). */
function sameGeometry(a: Geometry, b: Geometry | null): boolean {
  if (!b || a.type !== b.type) return false;
  if (a.type === 'GeometryCollection') return false;
  const ca = a.coordinates as unknown[];
  const cb = (b as typeof a).coordinates as unknown[];
  if (ca === cb) return true;
  if (a.type === 'Point' || ca.length !== cb.length) return ca === cb;
  return sameArrays(ca, cb);
}

/** Same nested arrays down to the position arrays, compared by identity (no closure: hot path). */
function sameArrays(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || typeof x[0] === 'number') return false;
  for (let i = 0; i < x.length; i++) if (!sameArrays(x[i], y[i])) return false;
  return true;
}

/** Validates a whole list (index = position in the list); see validateFeature. */
export function validateFeatures(features: (Feature | null)[]): ValidationResult {
  const out: Feature[] = [];
  const sourceIndex: number[] = [];
  const notes: ImportNote[] = [];
  features.forEach((f, i) => {
    const ok = validateFeature(f, i, notes);
    if (ok) {
      out.push(ok);
      sourceIndex.push(i);
    }
  });
  return { features: out, sourceIndex, notes };
}
