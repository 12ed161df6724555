// Road-network distances (issue 15) on the scoring benchmark's synthetic province (400 random roads of
// 50 segments = 20,000 segments crossing at grade, 100 target points), parcels 100k and 1M:
// graph build, the one multi-source search, measuring every parcel (snap + read-off), one single-source
// search (the cost of an isochrone), and the straightforward way — a Dijkstra per parcel that stops at
// the first target — on a sample, with the ratio and the agreement of the values.
// Then the Travel tab's isochrones on the sample data (data/: its roads, 96 communes, 425 parcels) from one
// industrial park, bands 5/10/15/30 min by motorbike: graph, search, parcels, 250 m ground cells, population.
// Times are CPU time of this one thread. `BENCH_SIZES=100000` to limit the sizes.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { FeatureCollection } from 'geojson';
import { computeIsochrones } from '../../src/domain/network/computeIsochrones.ts';
import { buildRoadGraph } from '../../src/domain/network/buildRoadGraph.ts';
import { buildTravelField, type TravelField } from '../../src/domain/network/buildTravelField.ts';
import { findCostsToTargets, MinHeap } from '../../src/domain/network/findCostsToTargets.ts';
import { BACKWARD, FORWARD } from '../../src/domain/network/roadGraph.ts';
import { speedsFor } from '../../src/domain/network/roadSpeeds.ts';
import { snapToGraph } from '../../src/domain/network/snapToGraph.ts';
import { travelCostFromPoint } from '../../src/domain/network/travelCostFromPoint.ts';
import { createMeasureContext } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../src/domain/scoring/packParcels.ts';
import { measureKey, type MeasureSpec } from '../../src/domain/scoring/scenario.ts';
import { makeLayers, makeParcels } from './scoring.bench.ts';

/** CPU milliseconds (user + system) of a one-thread step: the machine is shared, wall time is not the work. */
const time = <T>(f: () => T): [T, number] => {
  const t0 = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(t0);
  return [r, (d.user + d.system) / 1000];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The straightforward way: from the parcel's snapped point, a Dijkstra forward until the first target's edge is settled. */
function dijkstraPerParcel(field: TravelField, targetsByEdge: Map<number, { t: number; legCost: number }[]>, lon: number, lat: number): number {
  const { graph, costs } = field;
  const from = snapToGraph(graph, lon, lat, field.usable);
  if (!from) return Infinity;
  const dist = new Map<number, number>();
  const heap = new MinHeap();
  const offer = (n: number, c: number) => {
    if (c < (dist.get(n) ?? Infinity)) {
      dist.set(n, c);
      heap.push(n, c);
    }
  };
  const e0 = from.edge;
  if (graph.edgeDirection[e0] & FORWARD) offer(graph.edgeTo[e0], (1 - from.t) * costs[e0]);
  if (graph.edgeDirection[e0] & BACKWARD) offer(graph.edgeFrom[e0], from.t * costs[e0]);
  let best = Infinity;
  for (const s of targetsByEdge.get(e0) ?? []) best = Math.min(best, Math.abs(s.t - from.t) * costs[e0] + s.legCost);
  while (heap.size > 0) {
    const c = heap.topCost();
    const n = heap.pop();
    if (c >= best) break;
    if (c > (dist.get(n) ?? Infinity)) continue;
    for (let k = graph.nodeEdgeStarts[n]; k < graph.nodeEdgeStarts[n + 1]; k++) {
      const e = graph.nodeEdges[k];
      if (!(costs[e] < Infinity)) continue;
      const fwd = graph.edgeFrom[e] === n && graph.edgeDirection[e] & FORWARD;
      const back = graph.edgeTo[e] === n && graph.edgeDirection[e] & BACKWARD;
      for (const s of targetsByEdge.get(e) ?? []) {
        if (fwd) best = Math.min(best, c + s.t * costs[e] + s.legCost);
        if (back) best = Math.min(best, c + (1 - s.t) * costs[e] + s.legCost);
      }
      if (fwd) offer(graph.edgeTo[e], c + costs[e]);
      if (back) offer(graph.edgeFrom[e], c + costs[e]);
    }
  }
  return from.distanceM * field.accessPerM + best;
}

function main() {
  console.log(`${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const layers = makeLayers();
  const transport = layers.find((l) => l.role === 'transport')!;
  const targets = transport.features.filter((f) => f.properties?.class === 'station').slice(0, 100);
  const targetLayer = { id: 'targets', role: 'facility' as const, features: targets };
  const targetXY = targets.flatMap((f) => (f.geometry as { coordinates: number[] }).coordinates);
  const builds: number[] = [];
  let graph = buildRoadGraph(transport.features);
  for (let i = 0; i < 3; i++) builds.push(time(() => (graph = buildRoadGraph(transport.features)))[1]);
  const segments = transport.features.reduce((n, f) => n + (f.geometry.type === 'LineString' ? f.geometry.coordinates.length - 1 : 0), 0);
  console.log(`graph: ${segments} road segments → ${graph.nodeCount} nodes, ${graph.edgeCount} edges; build median ${median(builds).toFixed(0)} ms`);
  const speeds = speedsFor('motorbike');
  const fields: number[] = [];
  let field = buildTravelField(graph, targetXY, speeds, 'min');
  for (let i = 0; i < 5; i++) fields.push(time(() => (field = buildTravelField(graph, targetXY, speeds, 'min')))[1]);
  console.log(`travel field (${targets.length} targets snapped + one multi-source search): median ${median(fields).toFixed(1)} ms`);
  const single: number[] = [];
  for (let i = 0; i < 5; i++) single.push(time(() => findCostsToTargets(graph, field.costs, [{ edge: i * 97, t: 0.5, legCost: 0 }]))[1]);
  console.log(`one single-source search over the whole graph (an isochrone's work): median ${median(single).toFixed(1)} ms`);

  const read = (name: string) => JSON.parse(readFileSync(`data/${name}`, 'utf8')) as FeatureCollection;
  const sample = { roads: read('transport.geojson').features, communes: read('admin_units.geojson').features, parcels: read('candidate_sites.geojson').features };
  for (const name of ['KCN Quảng Phú', 'KCN VSIP Quảng Ngãi']) {
    const park = read('industrial_zones.geojson').features.find((f) => f.properties?.name === name)!;
    const isoRuns: number[] = [];
    let cells = 0;
    for (let i = 0; i < 5; i++) {
      const [r, ms] = time(() => computeIsochrones({ ...sample, origin: park.geometry, mode: 'motorbike' }));
      isoRuns.push(ms);
      cells = r.ground.length;
    }
    console.log(`isochrones to ${name} (sample data, motorbike, 5/10/15/30 min, 250 m cells → ${cells} rectangles): median ${median(isoRuns).toFixed(0)} ms (runs ${isoRuns.map((x) => x.toFixed(0)).join(', ')})`);
  }

  const spec: MeasureSpec = { kind: 'distance_to_nearest', source: { role: 'facility' }, distanceMode: 'travel_min', travelMode: 'motorbike' };
  for (const n of (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number)) {
    const parcels = makeParcels(n);
    const packed = packParcels(parcels);
    const runs: number[] = [];
    const contexts: number[] = [];
    let values: ArrayLike<number> = [];
    for (let i = 0; i < 3; i++) {
      const [ctx, ctxMs] = time(() => createMeasureContext([transport, targetLayer], [spec]));
      const [m, ms] = time(() => measureParcels(ctx, packed));
      values = m.values[measureKey(spec)];
      contexts.push(ctxMs);
      runs.push(ms);
    }
    const reached = Array.from(values).filter(Number.isFinite).length;
    console.log(`${n.toLocaleString('en')} parcels, travel minutes by motorbike, 1 thread: context (graph + search, once per data change) median ${median(contexts).toFixed(0)} ms; measure median ${median(runs).toFixed(0)} ms (runs ${runs.map((x) => x.toFixed(0)).join(', ')}); ${reached} reachable`);
    if (n > 100_000) continue;
    // The straightforward way on a sample, from the same representative points the measure uses.
    const byEdge = field.seedsByEdge;
    const sample = parcels.slice(0, 300);
    const points = sample.map((f) => {
      const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0].slice(0, -1);
      return [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    });
    const [naive, naiveMs] = time(() => points.map(([lon, lat]) => dijkstraPerParcel(field, byEdge, lon, lat)));
    const ours = points.map(([lon, lat]) => travelCostFromPoint(field, lon, lat).cost);
    const worst = Math.max(...naive.map((v, i) => (v === ours[i] ? 0 : Math.abs(v - ours[i]))));
    const perParcelNaive = naiveMs / sample.length;
    const perParcelOurs = median(runs) / n;
    console.log(`a Dijkstra per parcel (stops at the first target): ${perParcelNaive.toFixed(2)} ms a parcel → ${((perParcelNaive * n) / 1000).toFixed(1)} s for ${n.toLocaleString('en')}; ours ${(perParcelOurs * 1000).toFixed(1)} µs a parcel: ${(perParcelNaive / perParcelOurs).toFixed(0)}×; largest difference ${worst.toExponential(1)} min`);
  }
}

main();
