// The Travel tab's worker client with the real travel library behind a MessageChannel (the Web Worker's
// messages, in Node): the roads go to the worker once per road network, a request sends only its place and
// parameters, new roads build the graph again, and after a worker crash the next request sends them again.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../src/domain/network/buildRoadGraph.ts';
import { computeIsochrones } from '../../../src/domain/network/computeIsochrones.ts';
import { findGraphProblems } from '../../../src/domain/network/findGraphProblems.ts';
import { createTravelService, type TravelData } from '../../../src/ui/travel/travelService.ts';
import { RpcError } from '../../../src/workers/rpc/createRpcClient.ts';
import type { RpcFunction, RpcLibrary } from '../../../src/workers/rpc/rpcMessages.ts';
import { createTravelLib } from '../../../src/workers/travelLib.ts';
import { channelWorkers } from '../rpc/_channelWorker.ts';

const read = (name: string) => (JSON.parse(readFileSync(`data/${name}`, 'utf8')) as FeatureCollection).features;
const roads = read('transport.geojson');
const data: TravelData = { roads: [roads], communes: read('admin_units.geojson'), parcels: read('candidate_sites.geojson') };
const park = read('industrial_zones.geojson').find((f) => f.properties?.name === 'KCN Quảng Phú')!;
const request = { origin: park.geometry, mode: 'motorbike' as const, bandsMin: [5, 10, 15, 30], cellM: 500 };

/** Every call a worker received: the method and the keys of its input (the real library answers it). */
const received: { method: string; keys: string[] }[] = [];
function recordingLib(): RpcLibrary {
  const lib = createTravelLib() as unknown as RpcLibrary;
  return Object.fromEntries(
    Object.entries(lib).map(([method, f]) => [method, (input: unknown, context: Parameters<RpcFunction>[1]) => {
      received.push({ method, keys: input && typeof input === 'object' ? Object.keys(input) : [] });
      return f(input, context);
    }]),
  );
}
const workers = channelWorkers(recordingLib);
afterEach(() => {
  workers.close();
  received.length = 0;
});
const calls = (method: string) => received.filter((r) => r.method === method);

describe('travel service: the road network stays in the worker', () => {
  it('sends the roads once for two isochrone requests and the problems; the requests carry only the place and parameters', async () => {
    const travel = createTravelService(workers.create);
    const first = await travel.computeIsochrones(data, request);
    const second = await travel.computeIsochrones(data, { ...request, mode: 'walk' });
    const problems = await travel.findRoadProblems(data.roads);
    expect(calls('setNetwork')).toHaveLength(1);
    expect(calls('setCountedPlaces')).toHaveLength(1);
    expect(calls('computeIsochrones').map((c) => c.keys.sort())).toEqual([['bandsMin', 'cellM', 'mode', 'origin'], ['bandsMin', 'cellM', 'mode', 'origin']]);
    // The worker's graph answers as the domain does from the roads themselves, built once for all three.
    const expected = computeIsochrones({ ...request, roads, communes: data.communes, parcels: data.parcels });
    expect(first.bands).toEqual(expected.bands);
    expect(Array.from(first.parcelMinutes)).toEqual(Array.from(expected.parcelMinutes));
    expect(second.bands.map((b) => b.parcels)).not.toEqual(first.bands.map((b) => b.parcels));
    expect((first as { networkBuild?: number }).networkBuild).toBe(1);
    expect((second as { networkBuild?: number }).networkBuild).toBe(1);
    expect(problems).toEqual(findGraphProblems(buildRoadGraph(roads)));
  });

  it('builds the network again when the roads change (a layer edited, added or removed), and only then', async () => {
    const travel = createTravelService(workers.create);
    await travel.computeIsochrones(data, request);
    // A road far from the rest: one more disconnected part.
    const extra: Feature = { type: 'Feature', properties: { class: 'tertiary' }, geometry: { type: 'LineString', coordinates: [[108.5, 14.7], [108.51, 14.7]] } };
    const edited = [roads, [extra]];
    const before = findGraphProblems(buildRoadGraph(roads)).filter((p) => p.kind === 'disconnected_part').length;
    const after = await travel.findRoadProblems(edited);
    expect(after.filter((p) => p.kind === 'disconnected_part').length).toBe(before + 1);
    const again = await travel.computeIsochrones({ ...data, roads: edited }, request);
    expect((again as { networkBuild?: number }).networkBuild).toBe(2);
    expect(calls('setNetwork')).toHaveLength(2);
    // The same collections in a new outer array (a re-render): not sent again.
    await travel.computeIsochrones({ ...data, roads: [...edited] }, request);
    expect(calls('setNetwork')).toHaveLength(2);
  });

  it('sends the roads again to the worker started after a crash', async () => {
    const travel = createTravelService(workers.create);
    await travel.computeIsochrones(data, request);
    workers.started[0].close();
    const failed = await travel.computeIsochrones(data, request).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(RpcError);
    expect((failed as RpcError).failure.kind).toBe('crash');
    const result = await travel.computeIsochrones(data, request);
    expect(result.reached).toBe(true);
    expect(calls('setNetwork')).toHaveLength(2);
  });

  it('a worker without a network says so (a bug, never a silent empty answer)', () => {
    const lib = createTravelLib();
    expect(() => lib.findRoadProblems()).toThrow(/no road network/);
  });
});
