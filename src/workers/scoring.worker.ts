// The scoring engine in a Web Worker (see scoringLib.ts) over the RPC layer.
import type { RpcEndpoint } from './rpc/rpcMessages.ts';
import { serveRpc } from './rpc/serveRpc.ts';
import { createScoringLib } from './scoringLib.ts';

serveRpc(self as unknown as RpcEndpoint, createScoringLib());
