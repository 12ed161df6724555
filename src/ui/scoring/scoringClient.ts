// The scoring worker's calls in order. Requests run one at a time in the order sent (the worker's
// measure stage yields between slices, so a second request must not interleave with it); a request
// queued in a `lane` is skipped when a newer one of the same lane is queued behind it, so a fast
// slider drag runs only the latest. `cancel` bypasses the queue.
import type { RpcClient, RpcError } from '../../workers/rpc/createRpcClient.ts';
import type { RpcInput, RpcProgress, RpcResult } from '../../workers/rpc/rpcMessages.ts';
import type { ScoringLib } from '../../workers/scoringLib.ts';

type Method = keyof ScoringLib & string;

export interface RequestOptions<P> {
  /** Requests of the same lane supersede each other while queued. */
  lane: string;
  onProgress?: (value: P) => void;
  /** Buffers of the input moved to the worker (see RpcCallOptions). */
  transfer?: Transferable[];
}

export interface RequestHandle<T> {
  requestId: number;
  /** The result, or null when superseded before it ran; rejects with an RpcError (cancelled, user, bug, crash). */
  promise: Promise<T | null>;
  /** Stops the request if it is running (it rejects as cancelled). */
  cancel(): void;
}

export class ScoringClient {
  private nextId = 1;
  private chain: Promise<void> = Promise.resolve();
  private readonly queued = new Map<string, () => void>();
  private readonly rpc: RpcClient<ScoringLib>;

  constructor(rpc: RpcClient<ScoringLib>) {
    this.rpc = rpc;
  }

  request<M extends Method>(method: M, input: RpcInput<ScoringLib[M]>, options: RequestOptions<RpcProgress<ScoringLib[M]>>): RequestHandle<RpcResult<ScoringLib[M]>> {
    const requestId = this.nextId++;
    let skipped = false;
    let cancelRunning: (() => void) | null = null;
    const skip = () => {
      skipped = true;
    };
    this.queued.get(options.lane)?.();
    this.queued.set(options.lane, skip);
    let settle!: { resolve: (value: RpcResult<ScoringLib[M]> | null) => void; reject: (error: RpcError) => void };
    const promise = new Promise<RpcResult<ScoringLib[M]> | null>((resolve, reject) => (settle = { resolve, reject }));
    this.chain = this.chain.then(async () => {
      if (this.queued.get(options.lane) === skip) this.queued.delete(options.lane);
      if (skipped) {
        settle.resolve(null);
        return;
      }
      const call = this.rpc.call(method, input, { onProgress: options.onProgress, transfer: options.transfer });
      cancelRunning = call.cancel;
      await call.result.then(settle.resolve, settle.reject);
      cancelRunning = null;
    });
    return { requestId, promise, cancel: () => cancelRunning?.() };
  }
}
