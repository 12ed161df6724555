// Gathers the audit's input layers from the project by role (sample and imported layers alike,
// visible or not): several layers of one role are read as one collection.
import type { FeatureCollection } from 'geojson';
import type { LayerRole, LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import type { AuditInput } from '../../domain/reserved_land/types.ts';
import type { LayerData } from '../../state/store.ts';

export type AuditLayerKey = keyof Omit<AuditInput, 'options'>;

/** Which role feeds which audit input (transport lines are the roads). */
export const AUDIT_ROLES: { role: LayerRole; key: AuditLayerKey; required: boolean }[] = [
  { role: 'commercial_project', key: 'projects', required: true },
  { role: 'reserved_land', key: 'reserved', required: true },
  { role: 'urban_area', key: 'urbanAreas', required: false },
  { role: 'land_use_plan', key: 'landUse', required: false },
  { role: 'transport', key: 'roads', required: false },
  { role: 'hazard', key: 'hazards', required: false },
  { role: 'housing_project', key: 'housingProjects', required: false },
  { role: 'facility', key: 'facilities', required: false },
];

export type CollectedAuditInput =
  | { status: 'loading' }
  | { status: 'missing'; roles: LayerRole[] }
  | {
      status: 'ready';
      input: Omit<AuditInput, 'options'>;
      /** The layers read, for the "layers used" list and the illustrative-data line of the sheet. */
      layers: ProjectLayer[];
      /** Titles of the layers whose metadata flag them as illustrative (empty when all data is official). */
      illustrativeLayers: LocalText[];
    };

export function collectAuditInput(layers: ProjectLayer[], layerData: Record<string, LayerData>): CollectedAuditInput {
  const input: Partial<Record<AuditLayerKey, FeatureCollection>> = {};
  const used: ProjectLayer[] = [];
  const missing: LayerRole[] = [];
  let loading = false;
  for (const { role, key, required } of AUDIT_ROLES) {
    const ofRole = layers.filter((l) => l.role === role);
    const collections: FeatureCollection[] = [];
    for (const layer of ofRole) {
      const data = layerData[layer.id];
      if (!data || data.status === 'loading') loading = true;
      else if (data.status === 'ready') {
        collections.push(data.data);
        used.push(layer);
      }
    }
    if (collections.length === 1) input[key] = collections[0];
    else if (collections.length > 1) input[key] = { type: 'FeatureCollection', features: collections.flatMap((c) => c.features) };
    else if (required && !ofRole.length) missing.push(role);
  }
  if (loading) return { status: 'loading' };
  if (missing.length) return { status: 'missing', roles: missing };
  if (!input.projects || !input.reserved) return { status: 'missing', roles: [...(!input.projects ? ['commercial_project' as const] : []), ...(!input.reserved ? ['reserved_land' as const] : [])] };
  const illustrativeLayers = used.filter((l) => l.metadata.illustrative).map((l) => l.title);
  return { status: 'ready', input: input as Omit<AuditInput, 'options'>, layers: used, illustrativeLayers };
}
