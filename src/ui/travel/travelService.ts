// The Travel tab's worker client (isochrones, the road graph's problems) and what it remembers between tab
// switches: the last isochrone shown and the problems found for the current roads. Created once per app.
// The worker holds the road graph: the roads go to it once per change of the transport layers (`setNetwork`),
// the communes and parcels once per change of theirs; a request sends only its place and parameters.
import type { Feature } from 'geojson';
import type { IsochroneResult } from '../../domain/network/computeIsochrones.ts';
import type { GraphProblem } from '../../domain/network/findGraphProblems.ts';
import type { TravelMode } from '../../domain/network/roadSpeeds.ts';
import type { IsochroneCall, TravelLib } from '../../workers/travelLib.ts';
import { createRpcClient, isCrash, type RpcWorker } from '../../workers/rpc/createRpcClient.ts';

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

/** The features the Travel tab works on: each transport layer's roads, the communes and the candidate parcels. */
export interface TravelData {
  roads: Feature[][];
  communes: Feature[];
  parcels: Feature[];
}

export interface TravelService {
  /** Isochrones to the request's place over `data` (its pieces go to the worker only when they changed). */
  computeIsochrones(data: TravelData, request: IsochroneCall): Promise<IsochroneResult>;
  /** The road graph's problems for these roads. */
  findRoadProblems(roads: Feature[][]): Promise<GraphProblem[]>;
  shown(): ShownIsochrones | null;
  setShown(shown: ShownIsochrones | null): void;
  problems(): FoundProblems | null;
  setProblems(found: FoundProblems): void;
}

export function createTravelService(createWorker: () => RpcWorker): TravelService {
  const client = createRpcClient<TravelLib>(createWorker, 'travel');
  let shown: ShownIsochrones | null = null;
  let problems: FoundProblems | null = null;
  // What the worker holds (by identity). A failed call forgets it: after a crash the next worker holds nothing.
  let sentRoads: Feature[][] | null = null;
  let sentPlaces: { communes: Feature[]; parcels: Feature[] } | null = null;
  const forget = (error: unknown) => {
    if (isCrash(error)) sentRoads = sentPlaces = null;
  };

  /** Sends the roads when they are not the ones the worker holds; calls after it on the worker use them. */
  function sendNetwork(roads: Feature[][]) {
    if (sentRoads && sameArrays(sentRoads, roads)) return;
    sentRoads = roads;
    client.call('setNetwork', { roads: roads.flat() }).result.catch((error: unknown) => {
      // A network that could not be built is sent again with the next request (which fails with its reason now).
      if (sentRoads === roads) sentRoads = null;
      forget(error);
    });
  }

  async function settle<T>(promise: Promise<T>): Promise<T> {
    try {
      return await promise;
    } catch (error) {
      forget(error);
      throw error;
    }
  }

  return {
    computeIsochrones(data, request) {
      sendNetwork(data.roads);
      if (!sentPlaces || sentPlaces.communes !== data.communes || sentPlaces.parcels !== data.parcels) {
        const places = { communes: data.communes, parcels: data.parcels };
        sentPlaces = places;
        client.call('setCountedPlaces', places).result.catch((error: unknown) => {
          if (sentPlaces === places) sentPlaces = null;
          forget(error);
        });
      }
      return settle(client.call('computeIsochrones', request).result);
    },
    findRoadProblems(roads) {
      sendNetwork(roads);
      return settle(client.call('findRoadProblems', undefined).result);
    },
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

/** The same collections (by identity), e.g. the roads of each transport layer. */
function sameArrays(a: Feature[][], b: Feature[][]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/** Whether problems were found for these very road collections. */
export function sameRoads(found: FoundProblems | null, roads: Feature[][]): found is FoundProblems {
  return !!found && sameArrays(found.roads, roads);
}
