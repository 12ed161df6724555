// The scoring client: one request at a time, progress routed, a queued request superseded by a newer
// one of its lane, and cancel sent straight away. The "worker" is a library served over a MessageChannel
// whose answers the test releases one by one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import { ScoringClient } from '../../../src/ui/scoring/scoringClient.ts';
import { createRpcClient, isCancelled, RpcError } from '../../../src/workers/rpc/createRpcClient.ts';
import type { RpcContext } from '../../../src/workers/rpc/rpcMessages.ts';
import type { MeasureProgress, ScoringLib } from '../../../src/workers/scoringLib.ts';
import { channelWorkers } from '../rpc/_channelWorker.ts';

const scenario = presetScenario('worker_housing')!;

/** A stand-in scoring library: records each call; `release()` answers the oldest open one. */
function heldLibrary() {
  const calls: string[] = [];
  const open: { resolve: () => void; context: RpcContext<MeasureProgress> }[] = [];
  const hold = (name: string, context: RpcContext<MeasureProgress>) =>
    new Promise<void>((resolve, reject) => {
      calls.push(name);
      open.push({ resolve, context });
      context.signal.addEventListener('abort', () => reject(new Error('stopped')));
    });
  const lib = {
    setData: (_: unknown, c: RpcContext<MeasureProgress>) => hold('setData', c),
    score: async (_: unknown, c: RpcContext<MeasureProgress>) => {
      await hold('score', c);
      return 'scores';
    },
    explain: (_: unknown, c: RpcContext<MeasureProgress>) => hold('explain', c),
  };
  return { lib, calls, open };
}

const tick = () => new Promise((r) => setTimeout(r, 5));
/** Waits until the messages have gone through the channel (a fixed tick was too short on a loaded machine). */
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 2 });
let workers = channelWorkers({});
afterEach(() => workers.close());

function connect() {
  const held = heldLibrary();
  workers = channelWorkers(held.lib);
  // The stand-in answers only what the client is tested for; its types are the real library's.
  return { client: new ScoringClient(createRpcClient<ScoringLib>(workers.create, 'scoring')), ...held };
}

describe('ScoringClient', () => {
  it('sends only the newest of requests queued together in one lane', async () => {
    const { client, calls, open } = connect();
    const a = client.request('score', { scenario }, { lane: 'scores' });
    const d = client.request('setData', { layers: [], parcels: [] }, { lane: 'data' });
    const b = client.request('score', { scenario }, { lane: 'scores' });
    await until(() => expect(calls).toEqual(['setData']));
    expect(await a.promise).toBeNull();
    open.shift()!.resolve();
    expect(await d.promise).toBeUndefined();
    await until(() => expect(calls).toEqual(['setData', 'score']));
    open.shift()!.resolve();
    expect(await b.promise).toBe('scores');
  });

  it('runs requests one at a time, routes progress, cancels the running one and skips a superseded one', async () => {
    const { client, calls, open } = connect();
    const progress: number[] = [];
    const a = client.request('score', { scenario }, { lane: 'scores', onProgress: (p) => progress.push(p.done) });
    await until(() => expect(calls).toEqual(['score']));
    const b = client.request('score', { scenario }, { lane: 'scores' });
    const c = client.request('explain', { scenario, index: 0 }, { lane: 'explain' });
    await tick();
    expect(calls).toEqual(['score']);
    open[0].context.progress({ done: 5, total: 10 });
    await until(() => expect(progress).toEqual([5]));
    a.cancel();
    expect(isCancelled(await a.promise.catch((e: unknown) => e))).toBe(true);
    await until(() => expect(calls).toEqual(['score', 'score']));
    open[1].resolve();
    expect(await b.promise).toBe('scores');
    await until(() => expect(calls).toEqual(['score', 'score', 'explain']));
    workers.started[0].close();
    expect(((await c.promise.catch((e: unknown) => e)) as RpcError).failure.kind).toBe('crash');
  });
});
