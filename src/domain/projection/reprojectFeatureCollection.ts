// Reprojects every geometry of a FeatureCollection (all GeoJSON geometry types, including
// GeometryCollection). Properties are kept; geometries are rebuilt, the input is not modified.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CrsDefinition } from './crsDefinition.ts';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import { createCoordinateTransform, type CoordinateTransform, type TransformOptions } from './createCoordinateTransform.ts';

/**
 * Returns a new FeatureCollection in `to`. Throws a UserError naming the first feature (its 0-based
 * featureIndex, shown from 1 as in the import report) whose coordinates cannot be transformed — usually a wrong `from`.
 */
export function reprojectFeatureCollection(
  fc: FeatureCollection,
  from: CrsDefinition,
  to: CrsDefinition,
  options?: TransformOptions,
): FeatureCollection {
  const transform = createCoordinateTransform(from, to, options);
  const features = fc.features.map((feature, index): Feature => {
    if (!feature.geometry) return { ...feature };
    const geometry = reprojectGeometry(feature.geometry, transform, index, from);
    return { ...feature, geometry };
  });
  const out: FeatureCollection = { ...fc, features };
  delete out.bbox; // the old bbox is in the old CRS
  return out;
}

function reprojectGeometry(geometry: Geometry, transform: CoordinateTransform, index: number, from: CrsDefinition): Geometry {
  switch (geometry.type) {
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => reprojectGeometry(g, transform, index, from)) };
    case 'Point':
      return { type: 'Point', coordinates: reprojectPositions([geometry.coordinates], transform, index, from)[0] };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: reprojectPositions(geometry.coordinates, transform, index, from) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((ring) => reprojectPositions(ring, transform, index, from)),
      } as Geometry;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((poly) => poly.map((ring) => reprojectPositions(ring, transform, index, from))),
      };
  }
}

function reprojectPositions(positions: Position[], transform: CoordinateTransform, index: number, from: CrsDefinition): Position[] {
  const flat = new Float64Array(positions.length * 2);
  for (let i = 0; i < positions.length; i++) {
    flat[2 * i] = positions[i][0];
    flat[2 * i + 1] = positions[i][1];
  }
  const failed = transform.transformInPlace(flat);
  if (failed > 0) {
    const bad = positions.find((_, i) => Number.isNaN(flat[2 * i]))!;
    throw new UserError(msg('crs.transform-failed', { featureIndex: index, x: bad[0], y: bad[1], crs: from.label }));
  }
  // Keep a third value (elevation) untouched: a datum shift of a few metres in height is not modelled.
  return positions.map((p, i) => (p.length > 2 ? [flat[2 * i], flat[2 * i + 1], ...p.slice(2)] : [flat[2 * i], flat[2 * i + 1]]));
}
