// The nearest school, health station and market to the reserve (Housing Law Art. 83(4) asks for social
// infrastructure and closeness to where beneficiaries live and work): information for the officer, no verdict.
// Facilities are points (a polygon counts by its first vertex); the kinds of each group are rule data.
import type { FeatureCollection, Position } from 'geojson';
import { polygonToLineDistanceM } from '../geo/polygonToLineDistanceM.ts';
import type { PolygonalGeometry } from '../geo/polygonalGeometry.ts';
import { readString } from './readProperties.ts';
import type { NearbyFacility, ReservedLandRules } from './rules.ts';

export interface NearestFacility {
  group: NearbyFacility;
  name: string;
  kind: string;
  distanceM: number;
}

export function findNearestFacilities(reserve: PolygonalGeometry, facilities: FeatureCollection, rules: ReservedLandRules): NearestFacility[] {
  const best = new Map<NearbyFacility, NearestFacility>();
  const groups = Object.entries(rules.nearbyFacilityKinds) as [NearbyFacility, string[]][];
  facilities.features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const kind = readString(props, 'kind');
    const group = groups.find(([, kinds]) => kind && kinds.includes(kind))?.[0];
    const point = group ? firstPosition(f.geometry) : null;
    if (!group || !point || !kind) return;
    // A point as a zero-length line: the polygon-to-line distance (0 inside the reserve).
    const distanceM = polygonToLineDistanceM(reserve, { type: 'LineString', coordinates: [point, point] });
    const current = best.get(group);
    if (!current || distanceM < current.distanceM) best.set(group, { group, name: readString(props, 'name') ?? `#${i + 1}`, kind, distanceM });
  });
  return groups.map(([group]) => best.get(group)).filter((x): x is NearestFacility => !!x);
}

function firstPosition(geometry: FeatureCollection['features'][number]['geometry']): Position | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates[0] ?? null;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates[0]?.[0] ?? null;
    case 'MultiPolygon':
      return geometry.coordinates[0]?.[0]?.[0] ?? null;
    default:
      return null;
  }
}
