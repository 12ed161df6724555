// The worker client: one request at a time, replies matched by id, progress routed, a queued request
// superseded by a newer one of its lane, and cancel sent straight away.
import { describe, expect, it } from 'vitest';
import type { ScoringReply, ScoringRequest } from '../../../src/domain/scoring/scoringWorkerProtocol.ts';
import { ScoringClient } from '../../../src/ui/scoring/scoringClient.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';

class FakeWorker {
  sent: ScoringRequest[] = [];
  onmessage: ((e: MessageEvent<ScoringReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: ScoringRequest) {
    this.sent.push(m);
  }
  reply(r: ScoringReply) {
    this.onmessage?.({ data: r } as MessageEvent<ScoringReply>);
  }
  terminate() {}
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const scenario = presetScenario('worker_housing')!;

describe('ScoringClient', () => {
  it('sends only the newest of requests queued together in one lane', async () => {
    const w = new FakeWorker();
    const client = new ScoringClient(() => w as unknown as Worker);
    const a = client.request({ type: 'combine', scenario }, { lane: 'scores' });
    const d = client.request({ type: 'setData', layers: [], parcels: [] }, { lane: 'data' });
    const b = client.request({ type: 'combine', scenario }, { lane: 'scores' });
    await tick();
    expect(await a.promise).toBeNull();
    expect(w.sent.map((m) => m.type)).toEqual(['setData']);
    w.reply({ type: 'ready', requestId: d.requestId });
    await tick();
    expect(w.sent.map((m) => m.requestId)).toEqual([d.requestId, b.requestId]);
  });

  it('runs requests one at a time and skips a queued request superseded in its lane', async () => {
    const w = new FakeWorker();
    const client = new ScoringClient(() => w as unknown as Worker);
    const progress: number[] = [];
    const a = client.request({ type: 'score', scenario }, { lane: 'scores', onProgress: (d) => progress.push(d) });
    await tick();
    const b = client.request({ type: 'combine', scenario }, { lane: 'scores' });
    const c = client.request({ type: 'combine', scenario }, { lane: 'scores' });
    await tick();
    expect(w.sent.map((m) => m.type)).toEqual(['score']);
    w.reply({ type: 'progress', requestId: a.requestId, done: 5, total: 10 });
    expect(progress).toEqual([5]);
    client.cancel(a.requestId);
    expect(w.sent[1]).toEqual({ type: 'cancel', requestId: a.requestId });
    w.reply({ type: 'cancelled', requestId: a.requestId });
    expect((await a.promise)?.type).toBe('cancelled');
    expect(await b.promise).toBeNull();
    await tick();
    expect(w.sent.map((m) => m.type)).toEqual(['score', 'cancel', 'combine']);
    expect(w.sent[2].requestId).toBe(c.requestId);
    w.reply({ type: 'error', requestId: c.requestId, message: 'boom' });
    expect(await c.promise).toMatchObject({ type: 'error', message: 'boom' });
  });
});
