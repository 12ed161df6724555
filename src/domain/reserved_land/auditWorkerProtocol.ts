// Messages between the audit panel and its worker (the audit takes ~0.5–1 s on the sample: off the main thread).
import type { LocalText } from '../model/layerRoles.ts';
import type { AuditInput, AuditReport } from './types.ts';

export interface AuditRequest {
  requestId: number;
  input: AuditInput;
}

export type AuditReply =
  | { requestId: number; ok: true; report: AuditReport }
  /** `userError` for problems the user can fix (bad date, bad layer); otherwise a bug, with its message. */
  | { requestId: number; ok: false; userError: LocalText | null; message: string };
