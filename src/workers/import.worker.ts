// Web Worker exposing importFiles (see importLib.ts) over the RPC layer.
import { importLib } from './importLib.ts';
import type { RpcEndpoint } from './rpc/rpcMessages.ts';
import { serveRpc } from './rpc/serveRpc.ts';

serveRpc(self as unknown as RpcEndpoint, importLib);
