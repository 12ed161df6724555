// What the travel worker exposes: isochrones from one place (bands drawn on the map, parcels and estimated
// population per band) and the road graph's problems — the domain's network functions, off the page's thread.
// The worker holds the road graph: `setNetwork` builds it once per change of the transport layers, and
// `setCountedPlaces` keeps what the bands count (communes, candidate parcels); a request then sends only its
// place and parameters (src/ui/travel/travelService.ts sends each piece again only when it changed).
import type { Feature } from 'geojson';
import { buildRoadGraph } from '../domain/network/buildRoadGraph.ts';
import { computeIsochronesOnGraph, type IsochroneParameters, type IsochroneResult } from '../domain/network/computeIsochrones.ts';
import { findGraphProblems, type GraphProblem } from '../domain/network/findGraphProblems.ts';
import type { RoadGraph } from '../domain/network/roadGraph.ts';
import type { RpcContext } from './rpc/rpcMessages.ts';

/** An isochrone request: the place and the parameters; the roads, communes and parcels are the worker's. */
export type IsochroneCall = Omit<IsochroneParameters, 'communes' | 'parcels'>;

/** The library with its own network (one per worker; a test makes as many as it likes). */
export function createTravelLib() {
  let network: { graph: RoadGraph; build: number } | null = null;
  let builds = 0;
  let places: { communes: Feature[]; parcels: Feature[] } = { communes: [], parcels: [] };
  const graph = (): RoadGraph => {
    // The client sends the network before any request (and again to a restarted worker): a bug if missing.
    if (!network) throw new Error('the travel worker has no road network (setNetwork first)');
    return network.graph;
  };

  return {
    /** The transport layers' features: the road graph is built here, once, for every request until the next. */
    setNetwork(input: { roads: Feature[] }): { build: number } {
      builds++;
      network = { graph: buildRoadGraph(input.roads), build: builds };
      return { build: builds };
    },
    /** What each band counts: communes (with `population`) and candidate parcels. */
    setCountedPlaces(input: { communes: Feature[]; parcels: Feature[] }): void {
      places = input;
    },
    /** `networkBuild`: which build of the road graph answered (the count of `setNetwork` calls so far). */
    computeIsochrones(request: IsochroneCall, context: RpcContext): IsochroneResult & { networkBuild: number } {
      const result = computeIsochronesOnGraph(graph(), { ...request, ...places });
      context.transfer(result.parcelMinutes.buffer);
      return { ...result, networkBuild: network!.build };
    },
    findRoadProblems(): GraphProblem[] {
      return findGraphProblems(graph());
    },
  };
}
export type TravelLib = ReturnType<typeof createTravelLib>;
