// Runs the audit in a worker whenever its input layers or options change (by identity / value), and
// remembers the last result so reopening the tab does not rerun it.
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { AuditInput, AuditOptions, AuditReport } from '../../domain/reserved_land/types.ts';
import type { AuditReply } from '../../domain/reserved_land/auditWorkerProtocol.ts';
import { AUDIT_ROLES } from './collectAuditInput.ts';

export type AuditRun =
  | { status: 'idle' }
  | { status: 'running'; previous: AuditReport | null }
  | { status: 'done'; report: AuditReport }
  | { status: 'error'; message: LocalText };

let worker: Worker | null = null;
let nextRequestId = 1;
/** The last finished run: its inputs (by identity), options key and result. */
let lastRun: { inputs: (FeatureCollection | undefined)[]; optionsKey: string; run: AuditRun } | null = null;

function auditWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/audit.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

const sameInputs = (a: (FeatureCollection | undefined)[], b: (FeatureCollection | undefined)[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function useAuditReport(input: Omit<AuditInput, 'options'> | null, options: AuditOptions): AuditRun {
  // Always one entry per role, so the effect dependencies keep their length.
  const inputs = AUDIT_ROLES.map(({ key }) => input?.[key]);
  const optionsKey = JSON.stringify(options);
  // Bumped when the worker answers: the answer itself lives in `lastRun`.
  const [, setAnswers] = useState(0);
  const fresh = lastRun !== null && lastRun.optionsKey === optionsKey && sameInputs(lastRun.inputs, inputs);

  useEffect(() => {
    if (!input || fresh) return;
    let cancelled = false;
    // A short pause so typing in a settings field runs one audit, not one per keystroke.
    const timer = window.setTimeout(() => {
      const requestId = nextRequestId++;
      const w = auditWorker();
      const onMessage = (event: MessageEvent<AuditReply>) => {
        const reply = event.data;
        if (reply.requestId !== requestId) return;
        w.removeEventListener('message', onMessage);
        if (cancelled) return;
        const result: AuditRun = reply.ok
          ? { status: 'done', report: reply.report }
          : { status: 'error', message: reply.userError ?? { vi: `Lỗi chương trình: ${reply.message}`, en: `Program error: ${reply.message}` } };
        lastRun = { inputs, optionsKey, run: result };
        setAnswers((n) => n + 1);
      };
      w.addEventListener('message', onMessage);
      w.postMessage({ requestId, input: { ...input, options } });
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // `inputs` and `optionsKey` carry the identity of everything the audit reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...inputs, optionsKey, fresh]);

  if (!input) return { status: 'idle' };
  if (fresh) return lastRun!.run;
  return { status: 'running', previous: lastRun?.run.status === 'done' ? lastRun.run.report : null };
}
