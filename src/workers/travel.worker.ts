// The travel (road network) functions in a Web Worker (see travelLib.ts) over the RPC layer.
import type { RpcEndpoint } from './rpc/rpcMessages.ts';
import { serveRpc } from './rpc/serveRpc.ts';
import { createTravelLib } from './travelLib.ts';

serveRpc(self as unknown as RpcEndpoint, createTravelLib());
