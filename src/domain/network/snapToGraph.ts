// The nearest point on the nearest usable edge of a road graph to a point (lon, lat).
import { localScaleM } from '../geo/localScaleM.ts';
import type { RoadGraph } from './roadGraph.ts';

export interface GraphSnap {
  edge: number;
  /** Position along the edge: 0 at edgeFrom, 1 at edgeTo. */
  t: number;
  /** Straight distance from the point to the edge (m). */
  distanceM: number;
}

/**
 * Snaps to the nearest edge for which `usable(edge)` holds (null when none is). Exact: the nearest
 * edge box gives an upper bound, then every edge within it is measured.
 */
export function snapToGraph(graph: RoadGraph, lon: number, lat: number, usable: (edge: number) => boolean): GraphSnap | null {
  const index = graph.edgeIndex;
  if (!index) return null;
  const first = index.neighbors(lon, lat, 1, Infinity, usable);
  if (first.length === 0) return null;
  const { kx, ky } = localScaleM(lat);
  const best: GraphSnap = { edge: -1, t: 0, distanceM: Infinity };
  const measure = (e: number) => {
    const a = graph.edgeFrom[e], b = graph.edgeTo[e];
    const ax = (graph.nodeLon[a] - lon) * kx, ay = (graph.nodeLat[a] - lat) * ky;
    const dx = (graph.nodeLon[b] - lon) * kx - ax, dy = (graph.nodeLat[b] - lat) * ky - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
    const d = Math.hypot(ax + t * dx, ay + t * dy);
    if (d < best.distanceM) {
      best.edge = e;
      best.t = t;
      best.distanceM = d;
    }
  };
  measure(first[0]);
  const r = best.distanceM * 1.0001 + 1e-6;
  for (const e of index.search(lon - r / kx, lat - r / ky, lon + r / kx, lat + r / ky, usable)) measure(e);
  return best;
}
