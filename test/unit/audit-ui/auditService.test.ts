// The app's audit service over the RPC layer (a MessageChannel standing in for the Web Worker): a report,
// a user error as guidance, and a worker that dies mid-run turned into an error run (never "running").
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditInput } from '../../../src/domain/reserved_land/types.ts';
import { uiTextBoth } from '../../../src/i18n/renderMessage.ts';
import { collectAuditInput } from '../../../src/ui/audit/collectAuditInput.ts';
import { createAuditService } from '../../../src/ui/audit/useAuditReport.ts';
import { auditLib } from '../../../src/workers/auditLib.ts';
import { channelWorkers } from '../rpc/_channelWorker.ts';
import { loadedSampleLayers, sampleProject } from './sampleAudit.ts';

const workers = channelWorkers(auditLib);
afterEach(() => workers.close());

function sampleInput(): AuditInput {
  const collected = collectAuditInput(sampleProject.layers, loadedSampleLayers());
  if (collected.status !== 'ready') throw new Error('sample not ready');
  return { ...collected.input, options: {} };
}

describe('audit service', () => {
  it('runs the audit in the worker', async () => {
    const run = await createAuditService(workers.create).run(sampleInput());
    expect(run.status).toBe('done');
    if (run.status === 'done') expect(run.report.projects).toHaveLength(7);
  });

  it('shows a user error as its own guidance', async () => {
    const run = await createAuditService(workers.create).run({ ...sampleInput(), options: { asOfDate: '31/02/x' } });
    expect(run).toEqual({ status: 'error', message: { vi: expect.stringContaining('Ngày đối chiếu "31/02/x"'), en: expect.stringContaining('As-of date') } });
  });

  it('ends a run whose worker dies with an error message, and runs again in a fresh worker', async () => {
    const service = createAuditService(() => {
      const worker = workers.create();
      // This worker dies as soon as it is asked anything.
      if (workers.started.length === 1) worker.postMessage = () => workers.started[0].close();
      return worker;
    });
    expect(await service.run(sampleInput())).toEqual({ status: 'error', message: uiTextBoth((t) => t.audit.workerStopped) });
    expect((await service.run(sampleInput())).status).toBe('done');
  });
});
