// A cadastre keeps no feature objects: the few a panel shows (the clicked parcel, the ranking's top rows) are read
// from the file on demand in the import worker (readFlatGeobufFeature at the feature's byte offset) and kept here.
import { useEffect, useState } from 'react';
import type { Feature } from 'geojson';
import type { PackedLayerData } from '../state/packedLayerData.ts';
import { useServices } from './appServices.ts';
import { packedParcelFeature } from '../domain/geo/packedParcelFeature.ts';

const NONE = new Map<number, Feature>();

/**
 * The features read so far, per cadastre, shared by every panel (the clicked parcel is also a ranking row: read once).
 * A new Map each time features arrive, so a component's memo sees the change.
 */
const readSoFar = new WeakMap<PackedLayerData, Map<number, Feature>>();

/** Reads that failed (the import worker is restarted when an import is cancelled) are tried again this many times. */
const RETRIES = 3;

/** Features of `data` at these parcel indices, as they arrive (missing ones are still being read). */
export function useCadastreFeatures(data: PackedLayerData | null, indices: readonly number[]): Map<number, Feature> {
  const { importer } = useServices();
  const [attempt, setAttempt] = useState(0);
  // Re-render when features arrive (they are kept outside React state, shared between panels).
  const [, setArrived] = useState(0);
  const have = (data && readSoFar.get(data)) || NONE;
  const missing = data ? indices.filter((i) => i >= 0 && i < data.parcels.count && !have.has(i)) : [];
  const missingKey = missing.join(',');
  useEffect(() => {
    if (!data || missing.length === 0) return;
    let live = true;
    importer
      .readCadastreFeatures(data.file as File, data.info, missing.map((i) => data.featureOffsets[i]))
      .then((features) => {
        const next = new Map(readSoFar.get(data) ?? NONE);
        // The geometry from the arrays: in WGS84 (the file's own may be VN-2000), as the map and the engine see it.
        missing.forEach((i, k) => next.set(i, { ...features[k], geometry: packedParcelFeature(data.parcels, i)?.geometry ?? features[k].geometry }));
        readSoFar.set(data, next);
        if (live) setArrived((n) => n + 1);
      })
      .catch(() => {
        if (live && attempt < RETRIES) setAttempt((a) => a + 1);
      });
    return () => {
      live = false;
    };
    // `missingKey` carries `missing`; `attempt` re-reads after a failure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, missingKey, importer, attempt]);
  return have;
}

/** One feature of a cadastre (null while it is read, or when `data` is not a cadastre). */
export function useCadastreFeature(data: PackedLayerData | null, index: number): Feature | null {
  return useCadastreFeatures(data, data && index >= 0 ? [index] : []).get(index) ?? null;
}
