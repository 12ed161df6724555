// Which commune/ward a feature belongs to: since 1 July 2025 the commune (xã, phường, đặc khu) is the
// only unit below the province, so every parcel, project and facility is reported by exactly one.
// Rule: a point (or a line's midpoint) belongs to the commune containing it; a polygon to the commune
// holding the largest part of its area. A point on a shared border, or a polygon split exactly in two,
// goes to the commune with the smallest code, so the answer never depends on the input order.
// A polygon whose box no commune border enters lies wholly inside (or outside) each commune: its largest overlap is
// its whole area in the first commune (by code) holding it, found by one point-in-polygon test — no clipping. Only a
// polygon a border may cross is clipped (the top 100 rows of a cadastre: 0.26–0.6 s of clipping → a few ms).
import { along, bboxClip, booleanPointInPolygon, length } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import { geodesicAreaM2 } from './geodesicAreaM2.ts';
import { intersectPolygons, polygonalBbox } from './intersectPolygons.ts';
import type { PolygonalGeometry } from './polygonalGeometry.ts';

export interface CommuneUnit {
  /** National 5-digit code, e.g. "21025". */
  code: string;
  name: string;
  geometry: PolygonalGeometry;
}

export interface CommuneRef {
  code: string;
  name: string;
}

/** Areas equal to this share of the larger one count as a tie (decided by the smaller code). */
const TIE_SHARE = 1e-9;

/** The part of a polygon inside a box, without the degenerate rings clipping leaves on the box edge. */
function clipToBox(g: PolygonalGeometry, box: [number, number, number, number]): PolygonalGeometry | null {
  const clipped = bboxClip(g, box).geometry as PolygonalGeometry;
  const polygons = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
    .map((rings) => rings.filter((ring) => new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3))
    .filter((rings) => rings.length > 0);
  if (polygons.length === 0) return null;
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Indexes the communes once (a Flatbush over their boxes) and returns the assigner: the commune of a
 * geometry, or null when it lies outside every commune.
 */
export function assignCommune(communes: CommuneUnit[]): (geometry: Geometry | null | undefined) => CommuneRef | null {
  const units = [...communes].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const boxes = units.map((u) => polygonalBbox(u.geometry));
  const index = new Flatbush(Math.max(1, units.length));
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  if (units.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  const ref = (i: number): CommuneRef => ({ code: units[i].code, name: units[i].name });
  // Candidates in code order (index i is the position in `units`, sorted by code).
  const candidates = (box: number[]): number[] => index.search(box[0], box[1], box[2], box[3]).filter((i) => i < units.length).sort((a, b) => a - b);

  const ofPoint = (p: Position): CommuneRef | null => {
    for (const i of candidates([p[0], p[1], p[0], p[1]])) {
      if (booleanPointInPolygon(p, units[i].geometry)) return ref(i);
    }
    return null;
  };

  /** Whether an edge of commune i (any ring) has a box meeting `box`: a linear scan, cheaper than indexing 170k edges for 100 rows. */
  const borderMeets = (i: number, box: number[]): boolean => {
    const g = units[i].geometry;
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      for (const ring of rings) {
        for (let k = 1; k < ring.length; k++) {
          const [ax, ay] = ring[k - 1];
          const [bx, by] = ring[k];
          if (Math.max(ax, bx) >= box[0] && Math.min(ax, bx) <= box[2] && Math.max(ay, by) >= box[1] && Math.min(ay, by) <= box[3]) return true;
        }
      }
    }
    return false;
  };
  /**
   * The answer without clipping when no commune edge's box meets the polygon's box (then the box, and the polygon,
   * lies wholly inside or wholly outside each commune, and its centre is on no border): the first commune by code
   * holding the box's centre, as the clipping would find (equal whole areas: the smaller code). `undefined`: clip.
   */
  const ofAreaInside = (g: PolygonalGeometry, box: number[], found: number[]): CommuneRef | null | undefined => {
    if (found.some((i) => borderMeets(i, box))) return undefined;
    // Zero area (a degenerate ring): no overlap, as the clipping says.
    if (!(geodesicAreaM2(g) > 0)) return undefined;
    const centre: Position = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    for (const i of found) if (booleanPointInPolygon(centre, units[i].geometry)) return ref(i);
    return null;
  };

  const ofArea = (g: PolygonalGeometry): CommuneRef | null => {
    const box = polygonalBbox(g);
    const found = candidates(box);
    if (found.length === 0) return null;
    const inside = ofAreaInside(g, box, found);
    if (inside !== undefined) return inside;
    let best = -1;
    let bestArea = 0;
    for (const i of found) {
      // Clip the commune to the feature's box first: communes have thousands of vertices, parcels a few.
      const local = clipToBox(units[i].geometry, box);
      const common = local ? intersectPolygons(g, local) : null;
      const area = common ? geodesicAreaM2(common) : 0;
      if (area > bestArea * (1 + TIE_SHARE)) {
        best = i;
        bestArea = area;
      }
    }
    return best >= 0 && bestArea > 0 ? ref(best) : null;
  };

  return (geometry) => {
    if (!geometry) return null;
    switch (geometry.type) {
      case 'Point':
        return ofPoint(geometry.coordinates);
      case 'MultiPoint':
        return geometry.coordinates.length ? ofPoint(geometry.coordinates[0]) : null;
      case 'LineString':
      case 'MultiLineString': {
        const line = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates[0];
        if (!line || line.length === 0) return null;
        if (line.length === 1) return ofPoint(line[0]);
        const feature = { type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: line } };
        return ofPoint(along(feature, length(feature) / 2).geometry.coordinates);
      }
      case 'Polygon':
      case 'MultiPolygon':
        return ofArea(geometry);
      default:
        return null;
    }
  };
}
