// Extents of the layers already loaded, for the import's "does not overlap anything" warning.
import type { FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';
import type { AppState } from '../../state/store.ts';

type Bbox = [number, number, number, number];
const cache = new WeakMap<FeatureCollection, Bbox | null>();

export function loadedLayerBboxes(state: AppState): Bbox[] {
  const out: Bbox[] = [];
  for (const layer of state.history.workspace.project.layers) {
    const data = state.layerData[layer.id];
    if (data?.status !== 'ready') continue;
    let box = cache.get(data.data);
    if (box === undefined) {
      const b = data.data.features.length ? bbox(data.data) : null;
      box = b && b.every(Number.isFinite) ? [b[0], b[1], b[2], b[3]] : null;
      cache.set(data.data, box);
    }
    if (box) out.push(box);
  }
  return out;
}

/** The union of several extents, or null. */
export function unionBbox(boxes: (Bbox | null)[]): Bbox | null {
  let out: Bbox | null = null;
  for (const b of boxes) {
    if (!b) continue;
    out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : [...b];
  }
  return out;
}
