// A "worker" for unit tests: the library served on the other end of a node:worker_threads MessageChannel,
// so a test goes through the same messages (structured clone, transfer, cancel) as a Web Worker.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { RpcWorker } from '../../../src/workers/rpc/createRpcClient.ts';
import type { RpcLibrary } from '../../../src/workers/rpc/rpcMessages.ts';
import { serveRpc } from '../../../src/workers/rpc/serveRpc.ts';

export interface ChannelWorkers {
  /** Pass to createRpcClient / a service: each call starts one more "worker". */
  create(): RpcWorker;
  /** The worker ends of the ports started so far (close one to kill that worker). */
  started: MessagePort[];
  /** Closes every port and forgets them (call in afterEach). */
  close(): void;
}

/** `library`: one shared by every worker, or a function making each worker its own (as each Web Worker has). */
export function channelWorkers(library: RpcLibrary | (() => RpcLibrary)): ChannelWorkers {
  const ports: MessagePort[] = [];
  const started: MessagePort[] = [];
  return {
    started,
    create() {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1, port2);
      serveRpc(port2 as unknown as RpcWorker, typeof library === 'function' ? library() : library);
      started.push(port2);
      return Object.assign(port1 as unknown as RpcWorker, { terminate: () => port1.close() });
    },
    close() {
      for (const p of ports.splice(0)) p.close();
      started.length = 0;
    },
  };
}
