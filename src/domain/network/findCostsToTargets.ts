// One multi-source shortest-path pass (Dijkstra on the reversed graph): for every node, the least cost of
// going from it to any target. Targets sit on edges (snapped), so each seeds its edge's two nodes.
import { BACKWARD, FORWARD, type RoadGraph } from './roadGraph.ts';

/** A target on the graph: on `edge` at `t` (0 = edgeFrom), reached after `legCost` more (its access leg). */
export interface TargetSeed {
  edge: number;
  t: number;
  legCost: number;
}

/** Cost from each node to the nearest target (Infinity where none can be reached). `costs` per edge, Infinity = closed. */
export function findCostsToTargets(graph: RoadGraph, costs: Float64Array, seeds: TargetSeed[]): Float64Array {
  const best = new Float64Array(graph.nodeCount).fill(Infinity);
  const heap = new MinHeap();
  const offer = (node: number, cost: number) => {
    if (cost < best[node]) {
      best[node] = cost;
      heap.push(node, cost);
    }
  };
  for (const { edge, t, legCost } of seeds) {
    const c = costs[edge];
    if (!(c < Infinity)) continue;
    // Node `from` reaches the target by travelling forward along the edge, node `to` by travelling back.
    if (graph.edgeDirection[edge] & FORWARD) offer(graph.edgeFrom[edge], legCost + t * c);
    if (graph.edgeDirection[edge] & BACKWARD) offer(graph.edgeTo[edge], legCost + (1 - t) * c);
  }
  const { nodeEdgeStarts, nodeEdges, edgeFrom, edgeTo, edgeDirection } = graph;
  while (heap.size > 0) {
    const cost = heap.topCost();
    const node = heap.pop();
    if (cost > best[node]) continue;
    for (let k = nodeEdgeStarts[node]; k < nodeEdgeStarts[node + 1]; k++) {
      const e = nodeEdges[k];
      const c = costs[e];
      if (!(c < Infinity)) continue;
      // Reversed: an edge from → node travelled forward lets `from` reach node.
      if (edgeTo[e] === node && edgeDirection[e] & FORWARD) offer(edgeFrom[e], cost + c);
      if (edgeFrom[e] === node && edgeDirection[e] & BACKWARD) offer(edgeTo[e], cost + c);
    }
  }
  return best;
}

/** A binary heap of (node, cost), smallest cost on top; stale entries are skipped by the caller. */
export class MinHeap {
  private nodes: number[] = [];
  private costs: number[] = [];
  get size() {
    return this.nodes.length;
  }
  topCost() {
    return this.costs[0];
  }
  push(node: number, cost: number) {
    const { nodes, costs } = this;
    let i = nodes.length;
    nodes.push(node);
    costs.push(cost);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (costs[p] <= cost) break;
      nodes[i] = nodes[p];
      costs[i] = costs[p];
      i = p;
    }
    nodes[i] = node;
    costs[i] = cost;
  }
  pop(): number {
    const { nodes, costs } = this;
    const top = nodes[0];
    const lastNode = nodes.pop()!, lastCost = costs.pop()!;
    const n = nodes.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && costs[c + 1] < costs[c]) c++;
        if (costs[c] >= lastCost) break;
        nodes[i] = nodes[c];
        costs[i] = costs[c];
        i = c;
      }
      nodes[i] = lastNode;
      costs[i] = lastCost;
    }
    return top;
  }
}
