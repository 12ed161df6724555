// The registry as the Targets tab reads it: every project of the project's `housing_project` layers (sample
// and imported alike, with where each lives, for the edit commands), and the communes/wards of its
// `admin_unit` layers (communes, wards and the special zone; none while the layer has only
// districts). Pure: layers + loaded data in, rows out.
import type { Feature, FeatureCollection } from 'geojson';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { readCommunes } from '../../domain/targets/readCommunes.ts';
import type { Commune } from '../../domain/targets/types.ts';
import type { LayerData } from '../../state/store.ts';


export interface RegistryRow {
  layerId: string;
  featureIndex: number;
  feature: Feature;
}

export interface CollectedRegistry {
  loading: boolean;
  rows: RegistryRow[];
  /** The layer new projects go to (the first housing_project layer), or null: a registry layer is created. */
  targetLayer: ProjectLayer | null;
  /** The loaded features of each housing_project layer, for the commands on a sample layer. */
  loaded: Record<string, FeatureCollection>;
  communes: Commune[];
}

export function collectRegistry(layers: ProjectLayer[], layerData: Record<string, LayerData>): CollectedRegistry {
  const rows: RegistryRow[] = [];
  const loaded: Record<string, FeatureCollection> = {};
  const communeFeatures: Feature[] = [];
  let loading = false;
  for (const layer of layers) {
    if (layer.role !== 'housing_project' && layer.role !== 'admin_unit') continue;
    const entry = layerData[layer.id];
    const data = layer.source.kind === 'inline' ? layer.source.data : entry?.status === 'ready' ? entry.data : null;
    if (!data) {
      if (!entry || entry.status === 'loading') loading = true;
      continue;
    }
    if (layer.role === 'admin_unit') {
      // readCommunes keeps the commune-level units.
      communeFeatures.push(...data.features);
      continue;
    }
    loaded[layer.id] = data;
    data.features.forEach((feature, featureIndex) => rows.push({ layerId: layer.id, featureIndex, feature }));
  }
  return {
    loading,
    rows,
    targetLayer: layers.find((l) => l.role === 'housing_project') ?? null,
    loaded,
    communes: readCommunes({ type: 'FeatureCollection', features: communeFeatures }),
  };
}
