// The one-pass multi-source search against the straightforward way, on the sample's transport layer:
// for each probe point, a plain Dijkstra (array scan, no heap) forward from the probe's snapped
// position, then the best target reached (the same definition written independently).
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../src/domain/network/buildRoadGraph.ts';
import { buildTravelField, type TravelField } from '../../../src/domain/network/buildTravelField.ts';
import { BACKWARD, FORWARD } from '../../../src/domain/network/roadGraph.ts';
import { speedsFor } from '../../../src/domain/network/roadSpeeds.ts';
import { snapToGraph } from '../../../src/domain/network/snapToGraph.ts';
import { travelCostFromPoint } from '../../../src/domain/network/travelCostFromPoint.ts';

function bruteForce(field: TravelField, targets: number[], lon: number, lat: number): number {
  const { graph, costs, accessPerM, usable } = field;
  const from = snapToGraph(graph, lon, lat, usable);
  if (!from) return Infinity;
  const dist = new Array<number>(graph.nodeCount).fill(Infinity);
  const done = new Array<boolean>(graph.nodeCount).fill(false);
  const e0 = from.edge, c0 = costs[e0];
  if (graph.edgeDirection[e0] & FORWARD) dist[graph.edgeTo[e0]] = (1 - from.t) * c0;
  if (graph.edgeDirection[e0] & BACKWARD) dist[graph.edgeFrom[e0]] = Math.min(dist[graph.edgeFrom[e0]], from.t * c0);
  for (;;) {
    let u = -1;
    for (let n = 0; n < graph.nodeCount; n++) if (!done[n] && dist[n] < Infinity && (u < 0 || dist[n] < dist[u])) u = n;
    if (u < 0) break;
    done[u] = true;
    for (let e = 0; e < graph.edgeCount; e++) {
      if (!(costs[e] < Infinity)) continue;
      if (graph.edgeFrom[e] === u && graph.edgeDirection[e] & FORWARD) dist[graph.edgeTo[e]] = Math.min(dist[graph.edgeTo[e]], dist[u] + costs[e]);
      if (graph.edgeTo[e] === u && graph.edgeDirection[e] & BACKWARD) dist[graph.edgeFrom[e]] = Math.min(dist[graph.edgeFrom[e]], dist[u] + costs[e]);
    }
  }
  let best = Infinity;
  for (let i = 0; i < targets.length; i += 2) {
    const to = snapToGraph(graph, targets[i], targets[i + 1], usable);
    if (!to) continue;
    const e = to.edge, c = costs[e], leg = to.distanceM * accessPerM;
    if (graph.edgeDirection[e] & FORWARD) best = Math.min(best, dist[graph.edgeFrom[e]] + to.t * c + leg);
    if (graph.edgeDirection[e] & BACKWARD) best = Math.min(best, dist[graph.edgeTo[e]] + (1 - to.t) * c + leg);
    if (e === e0 && to.t >= from.t && graph.edgeDirection[e] & FORWARD) best = Math.min(best, (to.t - from.t) * c + leg);
    if (e === e0 && to.t <= from.t && graph.edgeDirection[e] & BACKWARD) best = Math.min(best, (from.t - to.t) * c + leg);
  }
  return from.distanceM * accessPerM + best;
}

describe('multi-source search = a Dijkstra per point (sample transport layer)', () => {
  const transport = JSON.parse(readFileSync('data/transport.geojson', 'utf8')) as FeatureCollection;
  const graph = buildRoadGraph(transport.features);
  // Targets: the sample's stations; probes: a fixed pseudo-random scatter over the network's extent.
  const targets = transport.features.filter((f) => f.properties?.class === 'station').flatMap((f) => (f.geometry as { coordinates: number[] }).coordinates);
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const lons = graph.nodeLon, lats = graph.nodeLat;
  const [x0, x1] = [Math.min(...lons), Math.max(...lons)], [y0, y1] = [Math.min(...lats), Math.max(...lats)];
  const probes = Array.from({ length: 40 }, () => [x0 + random() * (x1 - x0), y0 + random() * (y1 - y0)]);

  for (const [mode, unit] of [['motorbike', 'min'], ['car', 'min'], ['walk', 'm']] as const) {
    it(`${mode}, ${unit}`, () => {
      const field = buildTravelField(graph, targets, speedsFor(mode), unit);
      let reached = 0;
      for (const [lon, lat] of probes) {
        const fast = travelCostFromPoint(field, lon, lat).cost;
        const slow = bruteForce(field, targets, lon, lat);
        if (Number.isFinite(slow)) reached++;
        expect(fast === slow || Math.abs(fast - slow) < 1e-9 * Math.max(1, slow)).toBe(true);
      }
      expect(reached).toBeGreaterThan(10);
    });
  }
});
