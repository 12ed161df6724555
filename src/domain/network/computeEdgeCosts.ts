// What crossing each edge costs for one travel mode: metres (road distance) or minutes (travel time).
// Infinity where the mode may not go (its speed for the class is 0, e.g. a motorbike on an expressway).
import type { RoadGraph } from './roadGraph.ts';
import type { SpeedTable } from './roadSpeeds.ts';

export type CostUnit = 'm' | 'min';

/** Minutes per metre at a speed in km/h (Infinity at 0). */
export function minutesPerM(kmh: number): number {
  return kmh > 0 ? 60 / (kmh * 1000) : Infinity;
}

export function computeEdgeCosts(graph: RoadGraph, speeds: SpeedTable, unit: CostUnit): Float64Array {
  const perClass = graph.classes.map((c) => {
    const kmh = speeds[c] ?? speeds.other ?? 0;
    if (!(kmh > 0)) return Infinity;
    return unit === 'm' ? 1 : minutesPerM(kmh);
  });
  const costs = new Float64Array(graph.edgeCount);
  for (let e = 0; e < graph.edgeCount; e++) costs[e] = graph.edgeLengthM[e] * perClass[graph.edgeClass[e]];
  return costs;
}
