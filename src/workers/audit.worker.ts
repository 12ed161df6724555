// The reserved-land audit in a Web Worker (~0.5–1 s on the sample: off the main thread).
import { auditLib } from './auditLib.ts';
import type { RpcEndpoint } from './rpc/rpcMessages.ts';
import { serveRpc } from './rpc/serveRpc.ts';

serveRpc(self as unknown as RpcEndpoint, auditLib);
