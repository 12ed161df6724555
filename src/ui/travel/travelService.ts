// The Travel tab's worker client (isochrones, the road graph's problems) and what it remembers between tab
// switches: the last isochrone shown and the problems found for the current roads. Created once per app.
import type { Feature } from 'geojson';
import type { IsochroneResult } from '../../domain/network/computeIsochrones.ts';
import type { GraphProblem } from '../../domain/network/findGraphProblems.ts';
import type { TravelMode } from '../../domain/network/roadSpeeds.ts';
import type { TravelLib } from '../../workers/travelLib.ts';
import { createRpcClient, type RpcClient, type RpcWorker } from '../../workers/rpc/createRpcClient.ts';

/** What the isochrones were computed for (the form as it was) and their result. */
export interface ShownIsochrones {
  originKey: string;
  mode: TravelMode;
  bandsText: string;
  result: IsochroneResult;
}

/** The problems of the roads they were found for (the same feature arrays). */
export interface FoundProblems {
  roads: Feature[][];
  problems: GraphProblem[];
}

export interface TravelService {
  client: RpcClient<TravelLib>;
  shown(): ShownIsochrones | null;
  setShown(shown: ShownIsochrones | null): void;
  problems(): FoundProblems | null;
  setProblems(found: FoundProblems): void;
}

export function createTravelService(createWorker: () => RpcWorker): TravelService {
  let shown: ShownIsochrones | null = null;
  let problems: FoundProblems | null = null;
  return {
    client: createRpcClient<TravelLib>(createWorker, 'travel'),
    shown: () => shown,
    setShown: (s) => {
      shown = s;
    },
    problems: () => problems,
    setProblems: (found) => {
      problems = found;
    },
  };
}

/** Whether problems were found for these very road collections. */
export function sameRoads(found: FoundProblems | null, roads: Feature[][]): found is FoundProblems {
  return !!found && found.roads.length === roads.length && found.roads.every((r, i) => r === roads[i]);
}
