// The app side of the RPC layer: calls a worker's library by name, typed from the library itself.
// The worker starts on the first call. When it fails (`error`, `messageerror`) or its port closes,
// every pending call is rejected with a `crash` and the next call starts a fresh worker, so no
// caller ever waits for an answer that cannot come. With `terminateOnCancel`, Cancel does not ask the worker to stop
// at its next check (a long repair or parse may never reach one): it terminates the worker, so the work really stops
// and the next call starts on a fresh one (issue 16).
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { RpcEndpoint, RpcFailure, RpcInput, RpcLibrary, RpcProgress, RpcReply, RpcRequest, RpcResult } from './rpcMessages.ts';

/** A failed call; `failure` says why (user, bug, crash, cancelled). */
export class RpcError extends Error {
  readonly failure: RpcFailure;
  constructor(failure: RpcFailure) {
    super(failure.kind === 'user' ? failure.text.en : failure.kind === 'cancelled' ? 'cancelled' : failure.message);
    this.name = 'RpcError';
    this.failure = failure;
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof RpcError && error.failure.kind === 'cancelled';
}

/** The worker died (the next call starts a new one, holding none of the data sent before). */
export function isCrash(error: unknown): boolean {
  return error instanceof RpcError && error.failure.kind === 'crash';
}

/**
 * What to show for a failed call: a user error's own guidance; a bug or a crash after the caller's
 * `programError` prefix ("Lỗi chương trình: …"), with the message for the report.
 */
export function failureText(error: unknown, programError: LocalText): LocalText {
  if (error instanceof RpcError && error.failure.kind === 'user') return error.failure.text;
  const message = error instanceof Error ? error.message : String(error);
  return { vi: `${programError.vi}: ${message}`, en: `${programError.en}: ${message}` };
}

/** A worker (or any endpoint) the client can start and, after a crash, stop. */
export type RpcWorker = RpcEndpoint & { terminate?(): void };

export interface RpcCall<T> {
  id: number;
  /** The result; rejects with an RpcError. */
  result: Promise<T>;
  /**
   * Stops this call (it rejects with `cancelled`); nothing once it has settled. The worker is asked to stop, or, with
   * `terminateOnCancel`, terminated at once.
   */
  cancel(): void;
}

export interface RpcCallOptions<P> {
  onProgress?: (value: P) => void;
  /** Buffers of the input to move to the worker instead of copying (the caller loses them). */
  transfer?: Transferable[];
}

export interface RpcClient<Lib extends RpcLibrary> {
  /** Calls `method` in the worker (started if need be). The input is copied, except the buffers in `transfer`. */
  call<M extends keyof Lib & string>(method: M, input: RpcInput<Lib[M]>, options?: RpcCallOptions<RpcProgress<Lib[M]>>): RpcCall<RpcResult<Lib[M]>>;
}

interface Pending {
  onProgress?: (value: never) => void;
  resolve(value: unknown): void;
  reject(error: RpcError): void;
}

export interface RpcClientOptions {
  /**
   * Cancel terminates the worker (when it can be terminated) instead of asking it to stop: for workers whose calls
   * are long and one at a time (import). Other calls still running on it fail as a crash.
   */
  terminateOnCancel?: boolean;
}

/**
 * Names main-thread work in the performance timeline (`noxh:<what>`): sending a call (its input is cloned then) and
 * reading a reply (deserialized then). The cadastre benchmark lists long tasks by these names.
 */
function mark(what: string, start: number): void {
  if (typeof performance.measure === 'function') performance.measure(`noxh:${what}`, { start, end: performance.now() });
}

/** `name` names the worker in crash messages ("the scoring worker stopped (…)"). */
export function createRpcClient<Lib extends RpcLibrary>(createWorker: () => RpcWorker, name: string, clientOptions: RpcClientOptions = {}): RpcClient<Lib> {
  let worker: RpcWorker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function crash(from: RpcWorker, reason: string) {
    if (worker !== from) return;
    worker = null;
    from.terminate?.();
    const error = new RpcError({ kind: 'crash', message: `the ${name} worker stopped (${reason})` });
    const failed = [...pending.values()];
    pending.clear();
    for (const p of failed) p.reject(error);
  }

  function ensureWorker(): RpcWorker {
    if (worker) return worker;
    const w = createWorker();
    worker = w;
    w.addEventListener('message', (event) => {
      const start = performance.now();
      // Reading `data` deserializes the message (Chromium does it lazily): its cost shows as `noxh:reply <name>`.
      const reply = event.data as RpcReply;
      if (reply.rpc !== 'progress') mark(`reply ${name}`, start);
      const p = pending.get(reply.id);
      if (!p || worker !== w) return;
      if (reply.rpc === 'progress') {
        p.onProgress?.(reply.value as never);
        return;
      }
      pending.delete(reply.id);
      if (reply.rpc === 'result') p.resolve(reply.value);
      else p.reject(new RpcError(reply.failure));
    });
    w.addEventListener('error', (event) => {
      (event as { preventDefault?: () => void }).preventDefault?.();
      crash(w, event.message || 'error');
    });
    w.addEventListener('messageerror', () => crash(w, 'a message could not be read'));
    w.addEventListener('close', () => crash(w, 'closed'));
    return w;
  }

  return {
    call(method, input, options = {}) {
      const id = nextId++;
      const w = ensureWorker();
      const result = new Promise<never>((resolve, reject) => {
        pending.set(id, { onProgress: options.onProgress as Pending['onProgress'], resolve: resolve as (v: unknown) => void, reject });
      });
      try {
        const start = performance.now();
        w.postMessage({ rpc: 'call', id, method, input } satisfies RpcRequest, options.transfer ?? []);
        mark(`post ${String(method)}`, start);
      } catch (error) {
        // An input that cannot be sent (not cloneable) is a bug of the caller.
        pending.get(id)?.reject(new RpcError({ kind: 'bug', message: error instanceof Error ? error.message : String(error) }));
        pending.delete(id);
      }
      return {
        id,
        result,
        cancel: () => {
          const p = pending.get(id);
          if (!p || worker !== w) return;
          if (clientOptions.terminateOnCancel && w.terminate) {
            pending.delete(id);
            crash(w, 'terminated to cancel another call');
            p.reject(new RpcError({ kind: 'cancelled' }));
            return;
          }
          w.postMessage({ rpc: 'cancel', id } satisfies RpcRequest, []);
        },
      };
    },
  };
}
