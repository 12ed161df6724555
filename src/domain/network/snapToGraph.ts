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
  const best: GraphSnap = { edge: -1, t: 0, distanceM: Infinity };
  snapToEdges(graph, lon, lat, first, best);
  const { kx, ky } = localScaleM(lat);
  const r = best.distanceM * 1.0001 + 1e-6;
  snapToEdges(graph, lon, lat, index.search(lon - r / kx, lat - r / ky, lon + r / kx, lat + r / ky, usable), best);
  return best;
}

/**
 * The nearest of `edges` to (lon, lat), written into `best` when nearer than it already is (no allocation:
 * the measure calls this for every parcel with its cell's candidate edges).
 */
export function snapToEdges(graph: RoadGraph, lon: number, lat: number, edges: ArrayLike<number>, best: GraphSnap, kx = localScaleM(lat).kx, ky = localScaleM(lat).ky) {
  const { edgeFrom, edgeTo, nodeLon, nodeLat } = graph;
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k];
    const a = edgeFrom[e], b = edgeTo[e];
    const ax = (nodeLon[a] - lon) * kx, ay = (nodeLat[a] - lat) * ky;
    const dx = (nodeLon[b] - lon) * kx - ax, dy = (nodeLat[b] - lat) * ky - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
    const ex = ax + t * dx, ey = ay + t * dy;
    const d = Math.sqrt(ex * ex + ey * ey);
    if (d < best.distanceM) {
      best.edge = e;
      best.t = t;
      best.distanceM = d;
    }
  }
}
