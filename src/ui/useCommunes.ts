// The communes/wards of the project's admin_unit layers (the sample's 96 units, or the user's own
// boundaries imported with that role), read once per loaded layer: the list the zoom-to-commune search
// looks in, and the assigner that finds the commune of a feature whose data does not name one.
import { useMemo } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import type { CommuneRef } from '../domain/geo/assignCommune.ts';
import { assignCommuneOfCommunes } from '../domain/geo/assignCommuneOfCommunes.ts';
import { readCommunes } from '../domain/targets/readCommunes.ts';
import type { Commune } from '../domain/targets/types.ts';
import { useAppSelector } from './useAppState.ts';

export interface CommuneLayer {
  communes: Commune[];
  /** The commune a geometry lies in; null when no admin layer is loaded. */
  assign: ((geometry: Geometry | null | undefined) => CommuneRef | null) | null;
}

const NONE: CommuneLayer = { communes: [], assign: null };
const cache = new WeakMap<FeatureCollection, CommuneLayer>();

function readLayer(data: FeatureCollection): CommuneLayer {
  let read = cache.get(data);
  if (!read) {
    const communes = readCommunes(data);
    read = { communes, assign: assignCommuneOfCommunes(communes) };
    cache.set(data, read);
  }
  return read;
}

const combined = new WeakMap<FeatureCollection, { collections: FeatureCollection[]; value: CommuneLayer }>();

/** The same answer while the same collections are loaded (the panels memoise on it). */
function communeLayerOf(collections: FeatureCollection[]): CommuneLayer {
  if (collections.length === 0) return NONE;
  if (collections.length === 1) return readLayer(collections[0]);
  const hit = combined.get(collections[0]);
  if (hit && hit.collections.length === collections.length && hit.collections.every((c, i) => c === collections[i])) return hit.value;
  const read = collections.map(readLayer);
  const value: CommuneLayer = {
    communes: read.flatMap((r) => r.communes),
    // The first layer that places the geometry decides.
    assign: (geometry) => read.reduce<CommuneRef | null>((found, r) => found ?? r.assign?.(geometry) ?? null, null),
  };
  combined.set(collections[0], { collections, value });
  return value;
}

export function useCommunes(): CommuneLayer {
  const layers = useAppSelector((s) => s.history.workspace.project.layers);
  const layerData = useAppSelector((s) => s.layerData);
  const collections = useMemo(
    () =>
      layers.flatMap((layer) => {
        if (layer.role !== 'admin_unit') return [];
        const entry = layerData[layer.id];
        const data = layer.source.kind === 'inline' ? layer.source.data : entry?.status === 'ready' ? entry.data : null;
        return data ? [data] : [];
      }),
    [layers, layerData],
  );
  return useMemo(() => communeLayerOf(collections), [collections]);
}
