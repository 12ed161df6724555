// Runs the audit in a worker whenever its input layers or options change (by identity / value), and
// remembers the last result (in the app's audit service) so reopening the tab does not rerun it.
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { AuditInput, AuditOptions, AuditReport } from '../../domain/reserved_land/types.ts';
import type { AuditLib } from '../../workers/auditLib.ts';
import { createRpcClient, failureText, isCrash, type RpcWorker } from '../../workers/rpc/createRpcClient.ts';
import { useServices } from '../appServices.ts';
import { uiTextBoth } from '../../i18n/renderMessage.ts';
import { AUDIT_ROLES } from './collectAuditInput.ts';

export type AuditRun =
  | { status: 'idle' }
  | { status: 'running'; previous: AuditReport | null }
  | { status: 'done'; report: AuditReport }
  | { status: 'error'; message: LocalText };

type AuditInputs = (FeatureCollection | undefined)[];

/** The app's audit runner: its worker and the last finished run (inputs by identity, options key, result). */
export interface AuditService {
  lastRun: { inputs: AuditInputs; optionsKey: string; run: AuditRun } | null;
  /** Runs the audit; never rejects (a user error, a bug or a crashed worker is an `error` run). */
  run(input: AuditInput): Promise<AuditRun>;
}

export function createAuditService(createWorker: () => RpcWorker): AuditService {
  const client = createRpcClient<AuditLib>(createWorker, 'audit');
  return {
    lastRun: null,
    async run(input) {
      try {
        return { status: 'done', report: await client.call('auditReservedLand', input).result };
      } catch (error) {
        const crashed = isCrash(error);
        return { status: 'error', message: crashed ? uiTextBoth((t) => t.audit.workerStopped) : failureText(error, uiTextBoth((t) => t.audit.programError)) };
      }
    },
  };
}

const sameInputs = (a: AuditInputs, b: AuditInputs) => a.length === b.length && a.every((x, i) => x === b[i]);

export function useAuditReport(input: Omit<AuditInput, 'options'> | null, options: AuditOptions): AuditRun {
  const service = useServices().audit;
  // Always one entry per role, so the effect dependencies keep their length.
  const inputs = AUDIT_ROLES.map(({ key }) => input?.[key]);
  const optionsKey = JSON.stringify(options);
  // Bumped when the worker answers: the answer itself lives in `service.lastRun`.
  const [, setAnswers] = useState(0);
  const lastRun = service.lastRun;
  const fresh = lastRun !== null && lastRun.optionsKey === optionsKey && sameInputs(lastRun.inputs, inputs);

  useEffect(() => {
    if (!input || fresh) return;
    let cancelled = false;
    // A short pause so typing in a settings field runs one audit, not one per keystroke.
    const timer = window.setTimeout(() => {
      void service.run({ ...input, options }).then((run) => {
        if (cancelled) return;
        service.lastRun = { inputs, optionsKey, run };
        setAnswers((n) => n + 1);
      });
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // `inputs` and `optionsKey` carry the identity of everything the audit reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...inputs, optionsKey, fresh, service]);

  if (!input) return { status: 'idle' };
  if (fresh) return lastRun.run;
  return { status: 'running', previous: lastRun?.run.status === 'done' ? lastRun.run.report : null };
}
