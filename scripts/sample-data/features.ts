// Feature and FeatureCollection builders with a fixed key order, so the written JSON is stable.
import type { Feature, Geometry } from 'geojson';
import type { LayerMetadata } from '../../src/domain/model/projectDocument.ts';
import { type Area, cleanArea } from './geometry.ts';

export type Properties = Record<string, string | number | null>;

export interface SampleFeatureCollection {
  type: 'FeatureCollection';
  name: string;
  metadata: LayerMetadata;
  features: Feature<Geometry, Properties>[];
}

export function makeFeature(properties: Properties, geometry: Geometry): Feature<Geometry, Properties> {
  const clean = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? cleanArea(geometry as Area) : geometry;
  if (!clean) throw new Error(`feature ${String(properties.id)} has an empty geometry`);
  return { type: 'Feature', properties, geometry: clean };
}

export function makeCollection(name: string, metadata: LayerMetadata, features: Feature<Geometry, Properties>[]): SampleFeatureCollection {
  return { type: 'FeatureCollection', name, metadata, features };
}
