// Which features the scoring engine gets: the candidate parcels (every `candidate_site` layer, in
// layer order) and every other loaded layer as a source. `refs` maps a parcel index back to its
// layer and feature, so a map click and a table row point at the same parcel.
import type { Feature, FeatureCollection } from 'geojson';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import type { ScoringLayer } from '../../domain/scoring/measureContext.ts';
import { geodesicAreaM2 } from '../../domain/geo/geodesicAreaM2.ts';
import { nameParcel } from '../../domain/scoring/nameParcel.ts';
import type { LayerData } from '../../state/store.ts';
import { isDerivedLayer } from '../../domain/model/scoreResultLayer.ts';
import type { PackedLayerData } from '../../state/packedLayerData.ts';

export interface ParcelRef {
  layerId: string;
  featureIndex: number;
}

export interface ParcelInfo {
  id: string;
  name: string;
  areaM2: number;
}

export interface ScoringInput {
  status: 'ready';
  parcels: Feature[];
  refs: ParcelRef[];
  info: ParcelInfo[];
  /** Parcel index of the first feature of each candidate layer. */
  offsets: Record<string, number>;
  candidateLayers: { id: string; data: FeatureCollection; visible: boolean }[];
  layers: ScoringLayer[];
  /** Identity of the data: a new value means setData. */
  dataKey: unknown[];
  /**
   * A cadastre (a candidate layer read into typed arrays) is the candidate set: its parcels are measured from the
   * arrays, parcel index = feature index; `parcels`, `refs`, `info` and `candidateLayers` are then empty (no
   * per-parcel object for 2M parcels: the ranking reads its top rows from the file). `ignored`: other candidate
   * layers left out.
   */
  packed?: { layerId: string; data: PackedLayerData; ignored: number };
}

export type ScoringInputState = ScoringInput | { status: 'loading' } | { status: 'noParcels' };

export function parcelInfoOf(feature: Feature, fallbackId: string): ParcelInfo {
  const p = feature.properties ?? {};
  const area = typeof p.area_m2 === 'number' && Number.isFinite(p.area_m2) && p.area_m2 > 0 ? p.area_m2 : geodesicAreaM2(feature);
  return { ...nameParcel(feature, fallbackId), areaM2: area };
}

const infoCache = new WeakMap<FeatureCollection, ParcelInfo[]>();

export function collectScoringInput(allLayers: ProjectLayer[], layerData: Record<string, LayerData>): ScoringInputState {
  // The score layer is the engine's output, never its input.
  const projectLayers = allLayers.some(isDerivedLayer) ? allLayers.filter((l) => !isDerivedLayer(l)) : allLayers;
  if (projectLayers.some((l) => layerData[l.id]?.status === 'loading' || layerData[l.id] === undefined)) return { status: 'loading' };
  const ready = (l: ProjectLayer) => {
    const d = layerData[l.id];
    return d?.status === 'ready' ? d.data : undefined;
  };
  const candidates = projectLayers.filter((l) => l.role === 'candidate_site' && ready(l));
  const cadastre = projectLayers.find((l) => l.role === 'candidate_site' && layerData[l.id]?.status === 'packed');
  if (cadastre) {
    const data = layerData[cadastre.id] as PackedLayerData;
    const sources = projectLayers.filter((l) => l.role !== 'candidate_site' && ready(l));
    return {
      status: 'ready',
      parcels: [],
      refs: [],
      info: [],
      offsets: { [cadastre.id]: 0 },
      candidateLayers: [],
      layers: sources.map((l) => ({ id: l.id, role: l.role, features: ready(l)!.features })),
      dataKey: [data, ...sources.map(ready)],
      packed: { layerId: cadastre.id, data, ignored: projectLayers.filter((l) => l.role === 'candidate_site' && l !== cadastre && (ready(l) || layerData[l.id]?.status === 'packed')).length },
    };
  }
  if (candidates.length === 0) return { status: 'noParcels' };
  const parcels: Feature[] = [];
  const refs: ParcelRef[] = [];
  const info: ParcelInfo[] = [];
  const offsets: Record<string, number> = {};
  for (const layer of candidates) {
    const data = ready(layer)!;
    offsets[layer.id] = parcels.length;
    let layerInfo = infoCache.get(data);
    if (!layerInfo) {
      layerInfo = data.features.map((f, i) => parcelInfoOf(f, `${layer.id}#${i + 1}`));
      infoCache.set(data, layerInfo);
    }
    data.features.forEach((f, i) => {
      parcels.push(f);
      refs.push({ layerId: layer.id, featureIndex: i });
      info.push(layerInfo[i]);
    });
  }
  const sources = projectLayers.filter((l) => l.role !== 'candidate_site' && ready(l));
  return {
    status: 'ready',
    parcels,
    refs,
    info,
    offsets,
    candidateLayers: candidates.map((l) => ({ id: l.id, data: ready(l)!, visible: l.visible })),
    layers: sources.map((l) => ({ id: l.id, role: l.role, features: ready(l)!.features })),
    dataKey: [...candidates, ...sources].map(ready),
  };
}

export const sameDataKey = (a: readonly unknown[] | null, b: readonly unknown[]) => a !== null && a.length === b.length && a.every((x, i) => x === b[i]);
