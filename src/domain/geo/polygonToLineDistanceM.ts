// Shortest distance in metres between an areal feature (a parcel) and a line (a road):
// 0 when the line touches, crosses or lies inside the polygon.
// Uses cheap-ruler's local ellipsoidal scale factors: within 0.1 % of the geodesic distance
// for distances under ~100 km, far tighter than any road-access rule needs.
import CheapRuler from 'cheap-ruler';
import type { LineString, MultiLineString, Position } from 'geojson';
import { polygonalBbox } from './intersectPolygons.ts';
import type { PolygonalGeometry } from './polygonalGeometry.ts';

type Pt = [number, number];

/** Distance in metres from the polygon (including its interior) to the nearest point of the line. */
export function polygonToLineDistanceM(polygon: PolygonalGeometry, line: LineString | MultiLineString): number {
  const box = polygonalBbox(polygon);
  const ruler = new CheapRuler((box[1] + box[3]) / 2, 'meters');
  const rings = polygon.type === 'Polygon' ? polygon.coordinates : polygon.coordinates.flat();
  const lines = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
  const polygons = polygon.type === 'Polygon' ? [polygon.coordinates] : polygon.coordinates;

  let best = Infinity;
  for (const path of lines) {
    if (path.length === 0) continue;
    // A road vertex inside the parcel: distance 0.
    if (path.some((p) => polygons.some((rs) => pointInRings(p, rs)))) return 0;
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = pt(ring[i]);
        const b = pt(ring[i + 1]);
        for (let j = 0; j + 1 < path.length; j++) {
          const c = pt(path[j]);
          const d = pt(path[j + 1]);
          if (segmentsIntersect(a, b, c, d)) return 0;
          best = Math.min(
            best,
            ruler.pointToSegmentDistance(a, c, d),
            ruler.pointToSegmentDistance(b, c, d),
            ruler.pointToSegmentDistance(c, a, b),
            ruler.pointToSegmentDistance(d, a, b),
          );
        }
        if (path.length === 1) best = Math.min(best, ruler.pointToSegmentDistance(pt(path[0]), a, b));
      }
    }
  }
  return best;
}

function pt(p: Position): Pt {
  return [p[0], p[1]];
}

/** Even-odd test against the outer ring and holes of one polygon. */
function pointInRings(p: Position, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function orient(a: Pt, b: Pt, c: Pt): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function segmentsIntersect(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 <= 0 && o3 * o4 <= 0 && !(o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0 && !collinearOverlap(a, b, c, d));
}

function collinearOverlap(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const within = (p: Pt, q: Pt, r: Pt) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return within(a, b, c) || within(a, b, d) || within(c, d, a) || within(c, d, b);
}
