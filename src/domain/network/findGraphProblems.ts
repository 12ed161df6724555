// What a planner should check in a road graph before trusting travel figures: parts not connected to the
// main network, line ends that stop just short of another line, and lines that cross without a node
// (grade-separated by the rules of buildRoadGraph: an interchange may be missing).
import { localScaleM } from '../geo/localScaleM.ts';
import type { RoadGraph } from './roadGraph.ts';

export type GraphProblem =
  /** A connected part other than the largest: `edges` edges, `lengthM` of road; (lon, lat) is one of its nodes. */
  | { kind: 'disconnected_part'; lon: number; lat: number; edges: number; lengthM: number }
  /** A line end touching nothing, `gapM` from another line (within `nearM`). */
  | { kind: 'dangling_end'; lon: number; lat: number; gapM: number }
  /** Two lines crossing without a node because one is an expressway, bridge or tunnel. */
  | { kind: 'crossing_without_node'; lon: number; lat: number; why: 'expressway' | 'bridge' | 'tunnel'; featureA: number; featureB: number };

/** `nearM`: how far from another line a dangling end is worth reporting (default 25 m). */
export function findGraphProblems(graph: RoadGraph, nearM = 25): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const { nodeCount, edgeFrom, edgeTo, nodeEdgeStarts, nodeEdges } = graph;

  // Connected parts (ignoring direction).
  const part = new Int32Array(nodeCount).fill(-1);
  const parts: { node: number; edges: number; lengthM: number }[] = [];
  for (let start = 0; start < nodeCount; start++) {
    if (part[start] >= 0) continue;
    const id = parts.length;
    const info = { node: start, edges: 0, lengthM: 0 };
    parts.push(info);
    part[start] = id;
    const stack = [start];
    while (stack.length) {
      const n = stack.pop()!;
      for (let k = nodeEdgeStarts[n]; k < nodeEdgeStarts[n + 1]; k++) {
        const e = nodeEdges[k];
        if (edgeFrom[e] === n) {
          info.edges++;
          info.lengthM += graph.edgeLengthM[e];
        }
        const m = edgeFrom[e] === n ? edgeTo[e] : edgeFrom[e];
        if (part[m] < 0) {
          part[m] = id;
          stack.push(m);
        }
      }
    }
  }
  let main = 0;
  parts.forEach((p, i) => {
    if (p.lengthM > parts[main].lengthM) main = i;
  });
  parts.forEach((p, i) => {
    if (i !== main && p.edges > 0) problems.push({ kind: 'disconnected_part', lon: graph.nodeLon[p.node], lat: graph.nodeLat[p.node], edges: p.edges, lengthM: p.lengthM });
  });

  // Dangling ends near another line.
  for (let n = 0; n < nodeCount && graph.edgeIndex; n++) {
    if (nodeEdgeStarts[n + 1] - nodeEdgeStarts[n] !== 1) continue;
    const own = nodeEdges[nodeEdgeStarts[n]];
    const feature = graph.edgeFeature[own];
    const lon = graph.nodeLon[n], lat = graph.nodeLat[n];
    const { kx, ky } = localScaleM(lat);
    let gap = Infinity;
    for (const e of graph.edgeIndex.search(lon - nearM / kx, lat - nearM / ky, lon + nearM / kx, lat + nearM / ky)) {
      if (graph.edgeFeature[e] === feature) continue;
      const a = edgeFrom[e], b = edgeTo[e];
      const ax = (graph.nodeLon[a] - lon) * kx, ay = (graph.nodeLat[a] - lat) * ky;
      const dx = (graph.nodeLon[b] - lon) * kx - ax, dy = (graph.nodeLat[b] - lat) * ky - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      gap = Math.min(gap, Math.hypot(ax + t * dx, ay + t * dy));
    }
    if (gap > 0 && gap <= nearM) problems.push({ kind: 'dangling_end', lon, lat, gapM: gap });
  }

  for (const c of graph.separatedCrossings) problems.push({ kind: 'crossing_without_node', ...c });
  return problems;
}
