// Checks a layer's data with geojson-validation before it reaches the map: a broken feature is reported
// with its index and the validator's reason, never silently drawn or dropped.
import type { Feature, FeatureCollection } from 'geojson';
import GJV from 'geojson-validation';
import { UserError } from './userError.ts';

export interface InvalidFeature {
  index: number;
  reasons: string[];
}

export interface LayerValidation {
  valid: Feature[];
  invalid: InvalidFeature[];
}

export function validateLayerData(data: unknown, layerName: string): LayerValidation {
  const collection = data as Partial<FeatureCollection> | null;
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new UserError(
      `Lớp "${layerName}" không phải là GeoJSON FeatureCollection.`,
      `Layer "${layerName}" is not a GeoJSON FeatureCollection.`,
    );
  }
  const valid: Feature[] = [];
  const invalid: InvalidFeature[] = [];
  collection.features.forEach((feature, index) => {
    const trace = GJV.valid(feature, true);
    const reasons = Array.isArray(trace) ? trace : trace ? [] : ['invalid feature'];
    if (reasons.length === 0 && feature.geometry !== null) valid.push(feature);
    else invalid.push({ index, reasons: reasons.length ? reasons : ['geometry is null'] });
  });
  return { valid, invalid };
}
