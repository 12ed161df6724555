// The reserved-land audit in a Web Worker: the same domain function the CLI and the tests call.
import { isUserError } from '../domain/model/userError.ts';
import { auditReservedLand } from '../domain/reserved_land/auditReservedLand.ts';
import type { AuditReply, AuditRequest } from '../domain/reserved_land/auditWorkerProtocol.ts';

const scope = self as unknown as Worker;

scope.onmessage = (event: MessageEvent<AuditRequest>) => {
  const { requestId, input } = event.data;
  let reply: AuditReply;
  try {
    reply = { requestId, ok: true, report: auditReservedLand(input) };
  } catch (error) {
    reply = isUserError(error)
      ? { requestId, ok: false, userError: { vi: error.messageVi, en: error.messageEn }, message: error.message }
      : { requestId, ok: false, userError: null, message: String(error instanceof Error ? error.stack ?? error.message : error) };
  }
  scope.postMessage(reply);
};
