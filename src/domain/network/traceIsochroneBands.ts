// Isochrone bands of a travel field (built in minutes from one park, station or drawn site): the road
// pieces reachable within each limit (default 5 / 10 / 15 / 30 min), as GeoJSON lines carrying
// `band_min` (the smallest limit that contains them), to be drawn as coloured bands. An edge whose two
// ends fall in different bands is cut where the limit is crossed, so the bands meet on the road.
import type { Feature, LineString } from 'geojson';
import type { TravelField } from './buildTravelField.ts';
import { BACKWARD, FORWARD } from './roadGraph.ts';

export const DEFAULT_BANDS_MIN = [5, 10, 15, 30];

export function traceIsochroneBands(field: TravelField, bandsMin: number[] = DEFAULT_BANDS_MIN): Feature<LineString, { band_min: number }>[] {
  const { graph, costs, nodeCost } = field;
  const bands = [...bandsMin].sort((a, b) => a - b);
  const out: Feature<LineString, { band_min: number }>[] = [];
  const at = (a: number, b: number, f: number) => [graph.nodeLon[a] + f * (graph.nodeLon[b] - graph.nodeLon[a]), graph.nodeLat[a] + f * (graph.nodeLat[b] - graph.nodeLat[a])];
  for (let e = 0; e < graph.edgeCount; e++) {
    const c = costs[e];
    if (!(c < Infinity)) continue;
    const a = graph.edgeFrom[e], b = graph.edgeTo[e];
    const dir = graph.edgeDirection[e];
    const seeds = field.seedsByEdge.get(e) ?? [];
    // Cost to the source at fraction f along the edge: the best of leaving by either end (as allowed), or
    // going straight to a source point on this same edge.
    const toSource = (f: number) => {
      let best = Math.min(dir & BACKWARD ? f * c + nodeCost[a] : Infinity, dir & FORWARD ? (1 - f) * c + nodeCost[b] : Infinity);
      for (const s of seeds) {
        if (s.t >= f && dir & FORWARD) best = Math.min(best, (s.t - f) * c + s.legCost);
        if (s.t <= f && dir & BACKWARD) best = Math.min(best, (f - s.t) * c + s.legCost);
      }
      return best;
    };
    // The cost is the lowest of straight lines in f, so it crosses a limit only where one of them does: cut there.
    const cuts = [0, 1, ...seeds.map((s) => s.t)];
    for (const limit of bands) {
      cuts.push((limit - nodeCost[a]) / c, 1 - (limit - nodeCost[b]) / c);
      for (const s of seeds) cuts.push(s.t - (limit - s.legCost) / c, s.t + (limit - s.legCost) / c);
    }
    const fs = cuts.filter((f) => f >= 0 && f <= 1).sort((x, y) => x - y);
    let start = 0;
    let band = -2;
    for (let k = 1; k < fs.length; k++) {
      if (fs[k] <= fs[k - 1]) continue;
      const here = bandOf(bands, toSource((fs[k - 1] + fs[k]) / 2));
      if (here !== band) {
        if (band >= 0) out.push({ type: 'Feature', properties: { band_min: bands[band] }, geometry: { type: 'LineString', coordinates: [at(a, b, start), at(a, b, fs[k - 1])] } });
        start = fs[k - 1];
        band = here;
      }
    }
    if (band >= 0) out.push({ type: 'Feature', properties: { band_min: bands[band] }, geometry: { type: 'LineString', coordinates: [at(a, b, start), at(a, b, 1)] } });
  }
  return out;
}

/** The index of the smallest limit ≥ cost (-1 beyond the last). */
function bandOf(bands: number[], cost: number): number {
  for (let i = 0; i < bands.length; i++) if (cost <= bands[i]) return i;
  return -1;
}
