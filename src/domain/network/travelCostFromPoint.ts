// The cost (metres or minutes, as the field was built) from a point to its nearest target along the roads:
// the access leg to the nearest usable edge, along the edge to one of its nodes (or straight to a target
// on the same edge), then the node's cost to its nearest target. Infinity when no target can be reached.
import type { TravelField } from './buildTravelField.ts';
import { BACKWARD, FORWARD } from './roadGraph.ts';
import { snapToGraph, type GraphSnap } from './snapToGraph.ts';

export interface PointTravelCost {
  cost: number;
  /** The straight access leg from the point to the road (m); Infinity when there is no usable road. */
  accessM: number;
}

export function travelCostFromPoint(field: TravelField, lon: number, lat: number): PointTravelCost {
  const snap = snapToGraph(field.graph, lon, lat, field.usable);
  return snap ? { cost: travelCostFromSnap(field, snap), accessM: snap.distanceM } : { cost: Infinity, accessM: Infinity };
}

/** The same from a point already snapped to the graph (with the field's `usable` edges). */
export function travelCostFromSnap(field: TravelField, snap: GraphSnap): number {
  const { graph, costs, nodeCost } = field;
  const { edge, t } = snap;
  const c = costs[edge];
  const dir = graph.edgeDirection[edge];
  let along = Infinity;
  if (dir & FORWARD) along = Math.min(along, (1 - t) * c + nodeCost[graph.edgeTo[edge]]);
  if (dir & BACKWARD) along = Math.min(along, t * c + nodeCost[graph.edgeFrom[edge]]);
  const seeds = field.seedsByEdge.get(edge);
  if (seeds) {
    for (const s of seeds) {
      if (s.t >= t && dir & FORWARD) along = Math.min(along, (s.t - t) * c + s.legCost);
      if (s.t <= t && dir & BACKWARD) along = Math.min(along, (t - s.t) * c + s.legCost);
    }
  }
  return snap.distanceM * field.accessPerM + along;
}
