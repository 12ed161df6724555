// What the travel worker exposes: isochrones from one place (bands drawn on the map, parcels and estimated
// population per band) and the road graph's problems — the domain's network functions, off the page's thread.
import type { Feature } from 'geojson';
import { buildRoadGraph } from '../domain/network/buildRoadGraph.ts';
import { computeIsochrones, type IsochroneRequest, type IsochroneResult } from '../domain/network/computeIsochrones.ts';
import { findGraphProblems, type GraphProblem } from '../domain/network/findGraphProblems.ts';
import type { RpcContext } from './rpc/rpcMessages.ts';

export const travelLib = {
  computeIsochrones(request: IsochroneRequest, context: RpcContext): IsochroneResult {
    const result = computeIsochrones(request);
    context.transfer(result.parcelMinutes.buffer);
    return result;
  },
  findRoadProblems(request: { roads: Feature[] }): GraphProblem[] {
    return findGraphProblems(buildRoadGraph(request.roads));
  },
};
export type TravelLib = typeof travelLib;
