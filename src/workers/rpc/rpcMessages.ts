// The one message protocol between the app and its Web Workers (see serveRpc.ts and createRpcClient.ts).
// A worker exposes a library of functions `(input, context) => result`; the client is typed from it
// (`createRpcClient<typeof lib>`), so requests, progress and results cannot drift apart.
import type { LocalText } from '../../domain/model/layerRoles.ts';

/** What a worker function receives besides its input. */
export interface RpcContext<Progress = never> {
  /** Aborted when the caller cancels; a function that stops early throws (any error: the caller sees `cancelled`). */
  signal: AbortSignal;
  /** Sends a progress event (or a partial result) to the caller. */
  progress(value: Progress): void;
  /** Buffers of the result to transfer rather than copy. */
  transfer(...list: Transferable[]): void;
}

// `any` input: a library's functions differ in their input types (function parameters are contravariant).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RpcFunction = (input: any, context: RpcContext<any>) => unknown;
export type RpcLibrary = Record<string, RpcFunction>;

export type RpcInput<F> = F extends (input: infer I, ...rest: never[]) => unknown ? I : never;
export type RpcResult<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;
export type RpcProgress<F> = F extends (input: never, context: RpcContext<infer P>) => unknown ? P : never;

/**
 * Why a call failed — the one error envelope:
 * `user` a problem the user can fix (a UserError: guidance in Vietnamese and English);
 * `bug` anything else thrown by the worker; `crash` the worker itself failed or stopped;
 * `cancelled` the caller cancelled it.
 */
export type RpcFailure =
  | { kind: 'user'; text: LocalText }
  | { kind: 'bug'; message: string }
  | { kind: 'crash'; message: string }
  | { kind: 'cancelled' };

export type RpcRequest =
  | { rpc: 'call'; id: number; method: string; input: unknown }
  | { rpc: 'cancel'; id: number };

export type RpcReply =
  | { rpc: 'progress'; id: number; value: unknown }
  | { rpc: 'result'; id: number; value: unknown }
  | { rpc: 'failure'; id: number; failure: RpcFailure };

/** What both ends need of a Worker, a worker's global scope or a MessagePort. */
export interface RpcEndpoint {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: string, listener: (event: { data?: unknown; message?: string }) => void): void;
}
