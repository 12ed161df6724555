// Everything a "distance along the roads to the nearest target" needs, built once per run: the edge costs
// for the mode, the targets snapped to the graph, and one multi-source search giving each node's cost to
// its nearest target. travelCostFromPoint.ts then answers for any point in microseconds.
import { computeEdgeCosts, minutesPerM, type CostUnit } from './computeEdgeCosts.ts';
import { findCostsToTargets, type TargetSeed } from './findCostsToTargets.ts';
import type { RoadGraph } from './roadGraph.ts';
import type { SpeedTable } from './roadSpeeds.ts';
import { snapToGraph } from './snapToGraph.ts';

export interface TravelField {
  graph: RoadGraph;
  unit: CostUnit;
  /** Per edge, in `unit` (Infinity = the mode may not use it). */
  costs: Float64Array;
  /** Per node: the least cost to reach a target. */
  nodeCost: Float64Array;
  /** Cost of one metre of access leg (off the road, at the access speed). */
  accessPerM: number;
  /** Targets snapped onto each edge (a point and a target on the same edge need no node between them). */
  seedsByEdge: Map<number, TargetSeed[]>;
  /** Whether an edge may be snapped to: open to the mode and not an expressway (no access from the side). */
  usable: (edge: number) => boolean;
}

/** `targets`: lon, lat pairs (points; the vertices of target lines and polygons). */
export function buildTravelField(graph: RoadGraph, targets: Float64Array | number[], speeds: SpeedTable, unit: CostUnit): TravelField {
  const costs = computeEdgeCosts(graph, speeds, unit);
  const accessPerM = unit === 'm' ? 1 : minutesPerM(speeds.access ?? 5);
  const expressway = graph.classes.indexOf('expressway');
  const usable = (e: number) => costs[e] < Infinity && graph.edgeClass[e] !== expressway;
  const seeds: TargetSeed[] = [];
  const seedsByEdge = new Map<number, TargetSeed[]>();
  for (let i = 0; i + 1 < targets.length; i += 2) {
    const snap = snapToGraph(graph, targets[i], targets[i + 1], usable);
    if (!snap) continue;
    const seed = { edge: snap.edge, t: snap.t, legCost: snap.distanceM * accessPerM };
    seeds.push(seed);
    const list = seedsByEdge.get(snap.edge);
    if (list) list.push(seed);
    else seedsByEdge.set(snap.edge, [seed]);
  }
  const nodeCost = findCostsToTargets(graph, costs, seeds);
  return { graph, unit, costs, nodeCost, accessPerM, seedsByEdge, usable };
}
