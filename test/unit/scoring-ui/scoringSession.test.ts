// The app's scoring session with the real scoring library behind a MessageChannel (the Web Worker's
// messages, in Node): measures once with progress, re-weighs without measuring, explains and scores a
// drawn parcel, keeps two apps apart, and turns a worker crash into an error that a retry recovers from.
import { afterEach, describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import { measureKey, type Scenario } from '../../../src/domain/scoring/scenario.ts';
import { computeQuantileBreaks } from '../../../src/domain/scoring/computeQuantileBreaks.ts';
import { scoreParcels } from '../../../src/domain/scoring/scoreParcels.ts';
import { collectScoringInput, type ScoringInput } from '../../../src/ui/scoring/collectScoringInput.ts';
import { createScoringSession, type ScoringSession, type ScoringSessionService } from '../../../src/ui/scoring/scoringSession.ts';
import { createScoringLib } from '../../../src/workers/scoringLib.ts';
import { loadedSampleLayers, sampleProject } from '../audit-ui/sampleAudit.ts';
import { channelWorkers } from '../rpc/_channelWorker.ts';

const input = collectScoringInput(sampleProject.layers, loadedSampleLayers()) as ScoringInput;
const scenario = presetScenario('worker_housing')!;
const reweighed: Scenario = { ...scenario, criteria: scenario.criteria.map((c, i) => ({ ...c, weight: c.weight + i })) };

// Each "worker" started has its own library (and so its own measured values), as each Web Worker has.
const workers = channelWorkers(createScoringLib);
afterEach(() => workers.close());

function start(): { scoring: ScoringSessionService; seen: ScoringSession[] } {
  const scoring = createScoringSession(workers.create);
  const seen: ScoringSession[] = [];
  scoring.subscribe(() => seen.push(scoring.getSnapshot()));
  return { scoring, seen };
}

function settled(scoring: ScoringSessionService): Promise<ScoringSession> {
  return new Promise((resolve) => {
    const check = () => {
      const s = scoring.getSnapshot();
      if (s.status !== 'running') {
        stop();
        resolve(s);
      }
    };
    const stop = scoring.subscribe(check);
  });
}

describe('scoring session (worker over a message channel)', () => {
  it('measures once with progress, then only re-combines; explains and scores a drawn parcel', async () => {
    const { scoring, seen } = start();
    scoring.ensureScored(input, scenario);
    const done = await settled(scoring);
    expect(done.status).toBe('idle');
    expect(seen.some((s) => s.progress !== null && s.progress.done === s.progress.total)).toBe(true);
    expect(done.scored!.reply.scores).toEqual(scoreParcels(input.parcels, input.layers, scenario).combined.scores);
    // The map's class limits come with the scores (sorted in the worker, not on the page's thread).
    expect(done.scored!.reply.breaks).toEqual(computeQuantileBreaks(done.scored!.reply.scores));
    // The worker says what it holds.
    const keys = [...new Set([...scenario.criteria, ...scenario.constraints, ...scenario.constraints.flatMap((c) => c.unless ?? [])].map((c) => measureKey(c.measure)))].sort();
    expect([...done.scored!.reply.measuredKeys].sort()).toEqual(keys);

    seen.length = 0;
    scoring.ensureScored(input, reweighed);
    const again = await settled(scoring);
    expect(seen.every((s) => s.progress === null)).toBe(true);
    expect(again.scored!.scenario).toBe(reweighed);
    expect(again.scored!.reply.scores).toEqual(scoreParcels(input.parcels, input.layers, reweighed).combined.scores);

    const explanation = await scoring.requestExplanation(reweighed, 0, 'explain');
    expect(explanation && 'criteria' in explanation && explanation.criteria.length).toBe(reweighed.criteria.length);
    const drawn = await scoring.scoreDrawnParcel(reweighed, input.parcels[0]);
    expect(drawn && 'explanation' in drawn && drawn.explanation.score).toBeCloseTo(again.scored!.reply.scores[0], 9);

    // A second app has its own session and worker.
    const other = start().scoring;
    expect(other.getSnapshot().status).toBe('idle');
    expect(other.getSnapshot().scored).toBeNull();
  });

  it('reports a crashed worker as an error (never "running") and scores again on retry', async () => {
    const { scoring } = start();
    scoring.ensureScored(input, scenario);
    const stop = scoring.subscribe(() => {
      if (scoring.getSnapshot().progress) {
        stop();
        workers.started[0].close();
      }
    });
    const failed = await settled(scoring);
    expect(failed.status).toBe('error');
    expect(failed.error!.vi).toBe('Lỗi chương trình: the scoring worker stopped (closed)');
    expect(failed.dataKey).toBeNull();

    scoring.ensureScored(input, scenario, true);
    const retried = await settled(scoring);
    expect(retried.status).toBe('idle');
    expect(retried.scored!.reply.scores.length).toBe(input.parcels.length);
  });
});
