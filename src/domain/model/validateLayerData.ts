// Checks a layer's data with geojson-validation before it reaches the map: a broken feature is reported
// with its featureIndex and the validator's reason, never silently drawn or dropped.
import type { Feature, FeatureCollection } from 'geojson';
import GJV from 'geojson-validation';
import { UserError } from './userError.ts';
import { msg } from '../../i18n/message.ts';

export interface InvalidFeature {
  featureIndex: number;
  reasons: string[];
}

export interface LayerValidation {
  valid: Feature[];
  invalid: InvalidFeature[];
}

export function validateLayerData(data: unknown, layerName: string): LayerValidation {
  const collection = data as Partial<FeatureCollection> | null;
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new UserError(msg('layer.not-collection', { layer: layerName }));
  }
  const valid: Feature[] = [];
  const invalid: InvalidFeature[] = [];
  collection.features.forEach((feature, index) => {
    const trace = GJV.valid(feature, true);
    const reasons = Array.isArray(trace) ? trace : trace ? [] : ['invalid feature'];
    if (reasons.length === 0 && feature.geometry !== null) valid.push(feature);
    else invalid.push({ featureIndex: index, reasons: reasons.length ? reasons : ['geometry is null'] });
  });
  return { valid, invalid };
}
