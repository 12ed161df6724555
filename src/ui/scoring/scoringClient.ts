// The app's one scoring Web Worker and its request/reply plumbing. Requests run one at a time in the
// order sent (the worker's measure stage yields between slices, so a second request must not
// interleave with it); a request queued in a `lane` is skipped when a newer one of the same lane is
// queued behind it, so a fast slider drag runs only the latest combine. `cancel` bypasses the queue.
import type { ScoringReply, ScoringRequest } from '../../domain/scoring/scoringWorkerProtocol.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ScoringRequestBody = DistributiveOmit<Exclude<ScoringRequest, { type: 'cancel' }>, 'requestId'>;

export interface RequestOptions {
  /** Requests of the same lane supersede each other while queued. */
  lane: string;
  onProgress?: (done: number, total: number) => void;
}

export interface RequestHandle {
  requestId: number;
  /** The final reply (scores, explanation, cancelled, error …), or null when superseded before it ran. */
  promise: Promise<ScoringReply | null>;
}

interface Pending {
  onProgress?: (done: number, total: number) => void;
  finish(reply: ScoringReply): void;
}

export class ScoringClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private chain: Promise<void> = Promise.resolve();
  private readonly queued = new Map<string, () => void>();
  private readonly pending = new Map<number, Pending>();
  private readonly createWorker: () => Worker;

  constructor(createWorker: () => Worker) {
    this.createWorker = createWorker;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = this.createWorker();
    w.onmessage = (event: MessageEvent<ScoringReply>) => {
      const reply = event.data;
      const p = this.pending.get(reply.requestId);
      if (!p) return;
      if (reply.type === 'progress') {
        p.onProgress?.(reply.done, reply.total);
        return;
      }
      this.pending.delete(reply.requestId);
      p.finish(reply);
    };
    w.onerror = (event) => {
      // A crashed worker: fail what is pending and start a fresh worker next time.
      event.preventDefault();
      const message = event.message || 'scoring worker failed';
      for (const [requestId, p] of this.pending) p.finish({ type: 'error', requestId, message });
      this.pending.clear();
      w.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }

  request(body: ScoringRequestBody, options: RequestOptions): RequestHandle {
    const requestId = this.nextId++;
    let skipped = false;
    const skip = () => {
      skipped = true;
    };
    this.queued.get(options.lane)?.();
    this.queued.set(options.lane, skip);
    let resolve!: (reply: ScoringReply | null) => void;
    const promise = new Promise<ScoringReply | null>((r) => (resolve = r));
    this.chain = this.chain.then(() => {
      if (this.queued.get(options.lane) === skip) this.queued.delete(options.lane);
      if (skipped) {
        resolve(null);
        return;
      }
      return new Promise<void>((done) => {
        this.pending.set(requestId, {
          onProgress: options.onProgress,
          finish: (reply) => {
            resolve(reply);
            done();
          },
        });
        this.ensureWorker().postMessage({ ...body, requestId } as ScoringRequest);
      });
    });
    return { requestId, promise };
  }

  /** Stops a running `score` request (it answers `cancelled`). */
  cancel(requestId: number): void {
    if (this.pending.has(requestId)) this.worker?.postMessage({ type: 'cancel', requestId } satisfies ScoringRequest);
  }
}

let shared: ScoringClient | null = null;

/** The app-wide client (one worker, kept across tab switches so measured values are reused). */
export function scoringClient(): ScoringClient {
  shared ??= new ScoringClient(() => new Worker(new URL('../../workers/scoring.worker.ts', import.meta.url), { type: 'module' }));
  return shared;
}
