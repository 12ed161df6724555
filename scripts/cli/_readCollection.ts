// A GeoJSON FeatureCollection given on the command line, read as a stream (_readGeoJsonFile.ts), with a message
// that says what is wrong.
import type { FeatureCollection } from 'geojson';
import { readFeatureCollectionFile } from './_readGeoJsonFile.ts';

export function readCollection(path: string): FeatureCollection {
  return { type: 'FeatureCollection', features: readFeatureCollectionFile(path) };
}
