// Reprojects every geometry of a FeatureCollection (all GeoJSON geometry types, including
// GeometryCollection). Properties are kept; geometries are rebuilt, the input is not modified.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CrsDefinition } from './crsDefinition.ts';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import { createCoordinateTransform, type CoordinateTransform, type TransformOptions } from './createCoordinateTransform.ts';

/** A feature left out because a coordinate is not a number (a string, null, a missing pair): the file's fault, not the system's. */
export interface RejectedCoordinate {
  featureIndex: number;
  x: string;
  y: string;
}

/** Thrown inside the walk when a position is not two numbers. */
class NotANumber extends Error {
  constructor(readonly x: string, readonly y: string) {
    super('coordinate is not a number');
  }
}

/**
 * Returns a new FeatureCollection in `to`. Throws a UserError naming the first feature (its 0-based
 * featureIndex, shown from 1 as in the import report) whose coordinates cannot be transformed — usually a wrong `from`.
 * A feature whose coordinates are not numbers at all (strings, null, a malformed list) is left out and listed in
 * `rejected` when given (the others go on), else it is a UserError too.
 */
export function reprojectFeatureCollection(
  fc: FeatureCollection,
  from: CrsDefinition,
  to: CrsDefinition,
  options?: TransformOptions,
  rejected?: RejectedCoordinate[],
): FeatureCollection {
  const transform = createCoordinateTransform(from, to, options);
  const features: Feature[] = [];
  fc.features.forEach((feature, index) => {
    if (!feature?.geometry) {
      features.push({ ...feature });
      return;
    }
    try {
      features.push({ ...feature, geometry: reprojectGeometry(feature.geometry, transform, index, from) });
    } catch (error) {
      if (!(error instanceof NotANumber)) throw error;
      if (!rejected) throw new UserError(msg('crs.coordinate-not-number', { featureIndex: index, x: error.x, y: error.y }));
      rejected.push({ featureIndex: index, x: error.x, y: error.y });
    }
  });
  const out: FeatureCollection = { ...fc, features };
  delete out.bbox; // the old bbox is in the old CRS
  return out;
}

/** Arrays all the way down, as the type says, or NotANumber. */
function list<T>(value: T[]): T[] {
  if (!Array.isArray(value)) throw new NotANumber(String(value), '');
  return value;
}

function reprojectGeometry(geometry: Geometry, transform: CoordinateTransform, index: number, from: CrsDefinition): Geometry {
  switch (geometry.type) {
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: list(geometry.geometries).map((g) => reprojectGeometry(g, transform, index, from)) };
    case 'Point':
      return { type: 'Point', coordinates: reprojectPositions([geometry.coordinates], transform, index, from)[0] };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: reprojectPositions(geometry.coordinates, transform, index, from) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: list(geometry.coordinates).map((ring) => reprojectPositions(ring, transform, index, from)),
      } as Geometry;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: list(geometry.coordinates).map((poly) => list(poly).map((ring) => reprojectPositions(ring, transform, index, from))),
      };
    default:
      throw new NotANumber(String((geometry as { type?: unknown }).type), '');
  }
}

function reprojectPositions(positions: Position[], transform: CoordinateTransform, index: number, from: CrsDefinition): Position[] {
  const flat = new Float64Array(list(positions).length * 2);
  for (let i = 0; i < positions.length; i++) {
    const p: unknown = positions[i];
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') {
      throw new NotANumber(Array.isArray(p) ? String(p[0]) : String(p), Array.isArray(p) ? String(p[1]) : '');
    }
    flat[2 * i] = p[0];
    flat[2 * i + 1] = p[1];
  }
  const failed = transform.transformInPlace(flat);
  if (failed > 0) {
    const bad = positions.find((_, i) => Number.isNaN(flat[2 * i]))!;
    throw new UserError(msg('crs.transform-failed', { featureIndex: index, x: bad[0], y: bad[1], crs: from.label }));
  }
  // Keep a third value (elevation) untouched: a datum shift of a few metres in height is not modelled.
  return positions.map((p, i) => (p.length > 2 ? [flat[2 * i], flat[2 * i + 1], ...p.slice(2)] : [flat[2 * i], flat[2 * i + 1]]));
}
