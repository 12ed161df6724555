// The one commune a project is counted in: the one that contains its point, or holds most of its polygon
// (a polygon across two communes counts once, where most of its land is). null when it lies in none.
import type { Geometry, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { geodesicAreaM2 } from '../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../geo/intersectPolygons.ts';
import { isPolygonal } from '../geo/polygonalGeometry.ts';
import type { Commune } from './types.ts';

function containing(point: Position, communes: Commune[]): Commune | null {
  for (const c of communes) if (isPolygonal(c.geometry) && booleanPointInPolygon(point, c.geometry)) return c;
  return null;
}

export function findCommuneOf(geometry: Geometry | null, communes: Commune[]): Commune | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') return containing(geometry.coordinates, communes);
  if (geometry.type === 'MultiPoint') return geometry.coordinates.length ? containing(geometry.coordinates[0], communes) : null;
  if (!isPolygonal(geometry)) return null;
  let best: Commune | null = null;
  let bestM2 = 0;
  for (const c of communes) {
    if (!isPolygonal(c.geometry)) continue;
    const common = intersectPolygons(geometry, c.geometry);
    const m2 = common ? geodesicAreaM2(common) : 0;
    if (m2 > bestM2) {
      best = c;
      bestM2 = m2;
    }
  }
  return best;
}
