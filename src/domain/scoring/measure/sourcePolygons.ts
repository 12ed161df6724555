// Point in a measure's source polygons (lon/lat, through the polygon index of its FeatureSet).
import { pointInFlatRings } from '../../geo/planarSegmentDistance.ts';
import type { FeatureSet } from '../buildFeatureSet.ts';

/** Whether (lon, lat) is inside any source polygon other than `except` (-1: none excepted). */
export function insideAnyPolygon(set: FeatureSet, lon: number, lat: number, except: number): boolean {
  if (!set.polygonIndex) return false;
  const ids = set.polygonIndex.search(lon, lat, lon, lat);
  for (const gi of ids) {
    if (gi === except) continue;
    if (pointInFlatRings(lon, lat, set.polygonCoords, set.ringStarts, set.polygonRingStarts[gi], set.polygonRingStarts[gi + 1])) return true;
  }
  return false;
}

/** Whether (lon, lat) is inside any source polygon numbered below `before`. */
export function insideAnyPolygonBefore(set: FeatureSet, lon: number, lat: number, before: number): boolean {
  if (!set.polygonIndex) return false;
  const ids = set.polygonIndex.search(lon, lat, lon, lat);
  for (const gi of ids) {
    if (gi >= before) continue;
    if (pointInFlatRings(lon, lat, set.polygonCoords, set.ringStarts, set.polygonRingStarts[gi], set.polygonRingStarts[gi + 1])) return true;
  }
  return false;
}

/** Whether (lon, lat) is inside source polygon gi. */
export function insidePolygon(set: FeatureSet, gi: number, lon: number, lat: number): boolean {
  return pointInFlatRings(lon, lat, set.polygonCoords, set.ringStarts, set.polygonRingStarts[gi], set.polygonRingStarts[gi + 1]);
}

/** Bbox test before the ring walk (the polygon index holds each polygon's bbox). */
export function insidePolygonBox(set: FeatureSet, gi: number, lon: number, lat: number): boolean {
  const b = set.polygonBoxes;
  return lon >= b[4 * gi] && lon <= b[4 * gi + 2] && lat >= b[4 * gi + 1] && lat <= b[4 * gi + 3];
}
