// One GeoJSON holding every layer of a case (each feature tagged with `layer`, as in the fixtures a
// land officer opens in QGIS) → the audit's separate layers.
import type { Feature, FeatureCollection } from 'geojson';
import { msg } from '../../i18n/message.ts';
import { UserError } from '../model/userError.ts';
import type { AuditInput } from './types.ts';

const LAYER_KEYS: Record<string, keyof Omit<AuditInput, 'options'>> = {
  commercial_project: 'projects',
  reserved_land: 'reserved',
  urban_area: 'urbanAreas',
  land_use_plan: 'landUse',
  road: 'roads',
  transport: 'roads',
  hazard: 'hazards',
  housing_project: 'housingProjects',
  facility: 'facilities',
};

/** True when at least one feature carries a `layer` property naming an audit layer. */
export function hasLayerTags(fc: FeatureCollection): boolean {
  return fc.features.some((f) => typeof f.properties?.layer === 'string' && f.properties.layer in LAYER_KEYS);
}

/**
 * Splits a combined collection by each feature's `layer` property. Layers absent from the file stay
 * undefined (so the checks report the missing layer). Throws a UserError for an unknown layer name.
 */
export function splitAuditLayers(fc: FeatureCollection): Omit<AuditInput, 'options'> {
  const groups: Partial<Record<keyof Omit<AuditInput, 'options'>, Feature[]>> = {};
  fc.features.forEach((f, i) => {
    const layer = f.properties?.layer;
    const key = typeof layer === 'string' ? LAYER_KEYS[layer] : undefined;
    if (!key) {
      throw new UserError(msg('audit.layer-tag-invalid', { featureIndex: i, layer: JSON.stringify(layer), layers: Object.keys(LAYER_KEYS) }));
    }
    (groups[key] ??= []).push(f);
  });
  const collection = (features: Feature[] | undefined): FeatureCollection | undefined =>
    features ? { type: 'FeatureCollection', features } : undefined;
  return {
    projects: collection(groups.projects) ?? { type: 'FeatureCollection', features: [] },
    reserved: collection(groups.reserved) ?? { type: 'FeatureCollection', features: [] },
    urbanAreas: collection(groups.urbanAreas),
    landUse: collection(groups.landUse),
    roads: collection(groups.roads),
    hazards: collection(groups.hazards),
    housingProjects: collection(groups.housingProjects),
    facilities: collection(groups.facilities),
  };
}
