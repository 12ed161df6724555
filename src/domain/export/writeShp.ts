// .shp and .shx for one shape type (ESRI Shapefile Technical Description, 1998). Polygon rings are
// written the way the format requires: outer rings clockwise, holes counter-clockwise, closed.
import type { Geometry, Position } from 'geojson';

export type ShpKind = 'point' | 'multipoint' | 'line' | 'polygon';
export const SHP_TYPE: Record<ShpKind, number> = { point: 1, multipoint: 8, line: 3, polygon: 5 };

/** Twice the signed area (shoelace); > 0 for counter-clockwise with y up. */
function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s;
}

function closed(ring: Position[]): Position[] {
  const a = ring[0],
    b = ring[ring.length - 1];
  return a && b && (a[0] !== b[0] || a[1] !== b[1]) ? [...ring, a] : ring;
}

/** Parts (as point lists) of a geometry for its kind; null for a null shape. */
export function shapeParts(g: Geometry | null, kind: ShpKind): Position[][] | null {
  if (!g) return null;
  switch (g.type) {
    case 'Point':
      return g.coordinates.length ? [[g.coordinates]] : null;
    case 'MultiPoint':
      return g.coordinates.length ? [g.coordinates] : null;
    case 'LineString':
      return g.coordinates.length ? [g.coordinates] : null;
    case 'MultiLineString':
      return g.coordinates.filter((l) => l.length).length ? g.coordinates.filter((l) => l.length) : null;
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const parts: Position[][] = [];
      for (const poly of polys)
        poly.forEach((ring, r) => {
          if (ring.length === 0) return;
          const c = closed(ring);
          const ccw = signedArea2(c) > 0;
          // Outer (r = 0) must be clockwise, holes counter-clockwise.
          parts.push((r === 0) === ccw ? [...c].reverse() : c);
        });
      return parts.length && kind === 'polygon' ? parts : null;
    }
    default:
      return null;
  }
}

export function writeShp(kind: ShpKind, shapes: (Position[][] | null)[]): { shp: Uint8Array; shx: Uint8Array } {
  const type = SHP_TYPE[kind];
  const contentBytes = shapes.map((parts) => {
    if (!parts) return 4;
    if (kind === 'point') return 20;
    const n = parts.reduce((s, p) => s + p.length, 0);
    if (kind === 'multipoint') return 40 + 16 * n;
    return 44 + 4 * parts.length + 16 * n;
  });
  const shpLength = 100 + contentBytes.reduce((s, c) => s + 8 + c, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * shapes.length);
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);

  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const parts of shapes)
    for (const part of parts ?? [])
      for (const p of part) {
        if (p[0] < minX) minX = p[0];
        if (p[0] > maxX) maxX = p[0];
        if (p[1] < minY) minY = p[1];
        if (p[1] > maxY) maxY = p[1];
      }
  if (minX === Infinity) minX = minY = maxX = maxY = 0;

  for (const [view, length] of [
    [sv, shpLength],
    [xv, shx.length],
  ] as const) {
    view.setInt32(0, 9994, false);
    view.setInt32(24, length / 2, false);
    view.setInt32(28, 1000, true);
    view.setInt32(32, type, true);
    view.setFloat64(36, minX, true);
    view.setFloat64(44, minY, true);
    view.setFloat64(52, maxX, true);
    view.setFloat64(60, maxY, true);
  }

  let at = 100;
  shapes.forEach((parts, i) => {
    const len = contentBytes[i];
    xv.setInt32(100 + 8 * i, at / 2, false);
    xv.setInt32(104 + 8 * i, len / 2, false);
    sv.setInt32(at, i + 1, false);
    sv.setInt32(at + 4, len / 2, false);
    let c = at + 8;
    if (!parts) {
      sv.setInt32(c, 0, true);
    } else if (kind === 'point') {
      sv.setInt32(c, type, true);
      sv.setFloat64(c + 4, parts[0][0][0], true);
      sv.setFloat64(c + 12, parts[0][0][1], true);
    } else {
      const pts = parts.flat();
      let bx0 = Infinity,
        by0 = Infinity,
        bx1 = -Infinity,
        by1 = -Infinity;
      for (const p of pts) {
        bx0 = Math.min(bx0, p[0]);
        by0 = Math.min(by0, p[1]);
        bx1 = Math.max(bx1, p[0]);
        by1 = Math.max(by1, p[1]);
      }
      sv.setInt32(c, type, true);
      sv.setFloat64(c + 4, bx0, true);
      sv.setFloat64(c + 12, by0, true);
      sv.setFloat64(c + 20, bx1, true);
      sv.setFloat64(c + 28, by1, true);
      c += 36;
      if (kind === 'multipoint') {
        sv.setInt32(c, pts.length, true);
        c += 4;
      } else {
        sv.setInt32(c, parts.length, true);
        sv.setInt32(c + 4, pts.length, true);
        c += 8;
        let start = 0;
        for (const part of parts) {
          sv.setInt32(c, start, true);
          c += 4;
          start += part.length;
        }
      }
      for (const p of pts) {
        sv.setFloat64(c, p[0], true);
        sv.setFloat64(c + 8, p[1], true);
        c += 16;
      }
    }
    at += 8 + len;
  });
  return { shp, shx };
}
