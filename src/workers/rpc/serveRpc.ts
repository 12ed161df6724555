// The worker side of the RPC layer: answers calls with a library's functions.
import { isUserError } from '../../domain/model/userError.ts';
import type { RpcContext, RpcEndpoint, RpcFailure, RpcLibrary, RpcReply, RpcRequest } from './rpcMessages.ts';

/** Serves `library` on `endpoint` (a worker's `self`, or a MessagePort in tests). Calls run concurrently. */
export function serveRpc(endpoint: RpcEndpoint, library: RpcLibrary): void {
  const running = new Map<number, AbortController>();
  const post = (reply: RpcReply, transfer: Transferable[] = []) => endpoint.postMessage(reply, transfer);

  async function call(id: number, method: string, input: unknown) {
    const controller = new AbortController();
    running.set(id, controller);
    const transfer: Transferable[] = [];
    const context: RpcContext<unknown> = {
      signal: controller.signal,
      progress: (value) => post({ rpc: 'progress', id, value }),
      transfer: (...list) => transfer.push(...list),
    };
    try {
      const fn = Object.hasOwn(library, method) ? library[method] : undefined;
      if (!fn) throw new Error(`unknown method "${method}"`);
      const value = await fn(input, context);
      if (controller.signal.aborted) post({ rpc: 'failure', id, failure: { kind: 'cancelled' } });
      else post({ rpc: 'result', id, value }, transfer);
    } catch (error) {
      post({ rpc: 'failure', id, failure: describeFailure(error, controller.signal.aborted) });
    } finally {
      running.delete(id);
    }
  }

  endpoint.addEventListener('message', (event) => {
    const request = event.data as RpcRequest;
    if (request.rpc === 'cancel') running.get(request.id)?.abort();
    else if (request.rpc === 'call') void call(request.id, request.method, request.input);
  });
}

function describeFailure(error: unknown, aborted: boolean): RpcFailure {
  if (aborted) return { kind: 'cancelled' };
  if (isUserError(error)) return { kind: 'user', text: { vi: error.messageVi, en: error.messageEn } };
  return { kind: 'bug', message: error instanceof Error ? error.message : String(error) };
}
