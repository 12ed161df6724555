// The worker RPC layer over a real message port pair (node:worker_threads): requests matched by id,
// progress, cancel, a UserError kept apart from a bug, and a dead worker failing every pending call.
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/domain/model/userError.ts';
import { createRpcClient, failureText, isCancelled, RpcError, type RpcWorker } from '../../../src/workers/rpc/createRpcClient.ts';
import type { RpcContext } from '../../../src/workers/rpc/rpcMessages.ts';
import { channelWorkers } from './_channelWorker.ts';
import { msg } from '../../../src/i18n/message.ts';

/** A UserError's text as the envelope carries it: both languages, rendered from the catalogue. */
const AS_OF_INVALID = { vi: 'Ngày đối chiếu "31/02/2025" không hợp lệ (dùng dd/mm/yyyy).', en: 'As-of date "31/02/2025" is not a valid date (use dd/mm/yyyy).' };

const lib = {
  add: ({ a, b }: { a: number; b: number }) => a + b,
  async count(n: number, ctx: RpcContext<number>) {
    for (let i = 1; i <= n; i++) {
      await new Promise((r) => setTimeout(r, 1));
      if (ctx.signal.aborted) throw new Error('stopped');
      ctx.progress(i);
    }
    return 'counted';
  },
  bytes: (n: number, ctx: RpcContext) => {
    const a = new Float64Array(n).fill(1);
    ctx.transfer(a.buffer);
    return a;
  },
  wait: () => new Promise<never>(() => {}),
  badInput: () => {
    throw new UserError(msg('audit.as-of-invalid', { asOf: '31/02/2025' }));
  },
  bug: () => {
    throw new TypeError('x is undefined');
  },
};
type Lib = typeof lib;

let workers = channelWorkers(lib);
afterEach(() => workers.close());

/** A client whose "worker" is the library served on the other end of a MessageChannel. */
function connect() {
  workers = channelWorkers(lib);
  return { client: createRpcClient<Lib>(workers.create, 'test'), started: workers.started };
}

describe('worker RPC', () => {
  it('answers calls by id, in any order, with progress and transferred results', async () => {
    const { client } = connect();
    const progress: number[] = [];
    const slow = client.call('count', 3, { onProgress: (i) => progress.push(i) });
    const fast = client.call('add', { a: 2, b: 3 });
    expect(fast.id).not.toBe(slow.id);
    expect(await fast.result).toBe(5);
    expect(await slow.result).toBe('counted');
    expect(progress).toEqual([1, 2, 3]);
    const a = await client.call('bytes', 4).result;
    expect(a).toBeInstanceOf(Float64Array);
    expect([...a]).toEqual([1, 1, 1, 1]);
  });

  it('cancels a running call', async () => {
    const { client } = connect();
    const run = client.call('count', 1000, { onProgress: (i) => i === 2 && run.cancel() });
    const error = await run.result.catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(await client.call('add', { a: 1, b: 1 }).result).toBe(2);
  });

  it('with terminateOnCancel, Cancel stops a call that never checks for it, and the next call gets a fresh worker', async () => {
    workers = channelWorkers(lib);
    const client = createRpcClient<Lib>(workers.create, 'test', { terminateOnCancel: true });
    // `wait` never answers and never looks at its signal: asking it to stop would leave it running for ever.
    const stuck = client.call('wait', undefined);
    await client.call('add', { a: 1, b: 0 }).result; // the worker is up and has the stuck call
    stuck.cancel();
    expect(isCancelled(await stuck.result.catch((e: unknown) => e))).toBe(true);
    expect(await client.call('add', { a: 2, b: 2 }).result).toBe(4);
    expect(workers.started).toHaveLength(2);
  });

  it('keeps a user error (both languages) apart from a bug', async () => {
    const { client } = connect();
    const user = await client.call('badInput', undefined).result.catch((e: unknown) => e);
    expect(user).toBeInstanceOf(RpcError);
    expect((user as RpcError).failure).toEqual({ kind: 'user', text: AS_OF_INVALID });
    expect(failureText(user, { vi: 'Lỗi chương trình', en: 'Program error' })).toEqual(AS_OF_INVALID);
    const bug = await client.call('bug', undefined).result.catch((e: unknown) => e);
    expect((bug as RpcError).failure).toEqual({ kind: 'bug', message: 'x is undefined' });
    expect(failureText(bug, { vi: 'Lỗi chương trình', en: 'Program error' })).toEqual({ vi: 'Lỗi chương trình: x is undefined', en: 'Program error: x is undefined' });
    const unknown = await client.call('nope' as 'add', { a: 1, b: 1 }).result.catch((e: unknown) => e);
    expect((unknown as RpcError).failure).toEqual({ kind: 'bug', message: 'unknown method "nope"' });
  });

  it('fails every pending call when the worker dies, then starts a fresh one', async () => {
    const { client, started } = connect();
    const a = client.call('wait', undefined);
    const b = client.call('count', 1000);
    await client.call('add', { a: 0, b: 0 }).result;
    started[0].close();
    for (const call of [a, b]) {
      const error = await call.result.catch((e: unknown) => e);
      expect((error as RpcError).failure).toEqual({ kind: 'crash', message: 'the test worker stopped (closed)' });
    }
    expect(await client.call('add', { a: 4, b: 5 }).result).toBe(9);
    expect(started).toHaveLength(2);
  });

  it('fails pending calls on a worker error event', async () => {
    let worker: EventTarget & RpcWorker = null!;
    const client = createRpcClient<Lib>(() => {
      worker = Object.assign(new EventTarget(), { postMessage() {}, terminate() {} }) as unknown as EventTarget & RpcWorker;
      return worker;
    }, 'audit');
    const call = client.call('add', { a: 1, b: 2 });
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'Uncaught RangeError: out of memory' }));
    const error = await call.result.catch((e: unknown) => e);
    expect((error as RpcError).failure).toEqual({ kind: 'crash', message: 'the audit worker stopped (Uncaught RangeError: out of memory)' });
  });
});
