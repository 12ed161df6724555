// Ellipsoidal (WGS84) area in m², the figure a land officer compares with cadastral records.
// GeographicLib's PolygonArea (Karney 2013) is exact to round-off on the ellipsoid; a spherical
// formula such as @turf/area is off by ~0.3–0.7 % at Quảng Ngãi's latitude, more than the
// 1 % / 50 m² declared-area tolerance can absorb on large parcels.
// Edges are taken as geodesics; for parcels (edges of metres to a few km) the difference from
// straight lon/lat edges used by polygon clipping is far below 0.01 m².
import geographiclib from 'geographiclib-geodesic';
import type { Feature, Geometry, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';

const { Geodesic } = geographiclib;

/** Unsigned area of one ring in m² (the ring may be open or closed, in any orientation). */
export function ringAreaM2(ring: Position[]): number {
  const n = ring.length > 1 && samePosition(ring[0], ring[ring.length - 1]) ? ring.length - 1 : ring.length;
  if (n < 3) return 0;
  const polygon = Geodesic.WGS84.Polygon(false);
  for (let i = 0; i < n; i++) polygon.AddPoint(ring[i][1], ring[i][0]);
  // sign=true gives a signed area (counter-clockwise positive); orientation is not trusted, so take |area|.
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

/** Area of a polygon's rings in m²: the outer ring minus its holes. */
function polygonAreaM2(rings: Position[][]): number {
  if (rings.length === 0) return 0;
  let area = ringAreaM2(rings[0]);
  for (let i = 1; i < rings.length; i++) area -= ringAreaM2(rings[i]);
  return Math.max(0, area);
}

/**
 * Geodesic area on the WGS84 ellipsoid in square metres of a Polygon, MultiPolygon,
 * GeometryCollection or Feature holding one. Lines and points have area 0; `null` geometry gives 0.
 * MultiPolygon parts are summed as given: union them first if they may overlap.
 */
export function geodesicAreaM2(input: Geometry | Feature | null | undefined): number {
  if (!input) return 0;
  const geometry: Geometry | null = input.type === 'Feature' ? input.geometry : input;
  if (!geometry) return 0;
  switch (geometry.type) {
    case 'Polygon':
      return polygonAreaM2((geometry as Polygon).coordinates);
    case 'MultiPolygon':
      return (geometry as MultiPolygon).coordinates.reduce((sum, rings) => sum + polygonAreaM2(rings), 0);
    case 'GeometryCollection':
      return (geometry as GeometryCollection).geometries.reduce((sum, g) => sum + geodesicAreaM2(g), 0);
    default:
      return 0;
  }
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
