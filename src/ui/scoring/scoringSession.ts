// What the scoring tab knows between renders and tab switches: which measures the worker holds for
// the current data, the last scores and the run status. Decides per change whether the worker must
// measure (`score`, with progress) or only re-weigh (`combine`, instant).
import { useSyncExternalStore } from 'react';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ParcelExplanation } from '../../domain/scoring/explainParcel.ts';
import type { SensitivityOptions, SensitivityResult } from '../../domain/scoring/runSensitivity.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import type { ScoresReply, ScoringReply } from '../../domain/scoring/scoringWorkerProtocol.ts';
import type { Feature } from 'geojson';
import { sameDataKey, type ScoringInput } from './collectScoringInput.ts';
import { measureKeysOf } from './scenarioEdits.ts';
import { scoringClient } from './scoringClient.ts';
import { SCORING_TEXT } from './scoringText.ts';

export interface ScoringSession {
  dataKey: readonly unknown[] | null;
  /** The scenario and data the scores belong to (by identity). */
  scored: { reply: ScoresReply; scenario: Scenario; dataKey: readonly unknown[] } | null;
  status: 'idle' | 'running' | 'cancelled' | 'error';
  /** Measuring progress of the running `score` request (null for combine-only runs). */
  progress: { requestId: number; done: number; total: number } | null;
  runningId: number | null;
  error: LocalText | null;
  sensitivity: { result: SensitivityResult; scenario: Scenario; options: SensitivityOptions; dataKey: readonly unknown[] } | null;
  sensitivityRunning: boolean;
  /** Bumped on every change, for useSyncExternalStore. */
  version: number;
}

let session: ScoringSession = {
  dataKey: null, scored: null, status: 'idle', progress: null, runningId: null, error: null, sensitivity: null, sensitivityRunning: false, version: 0,
};
let measured = new Set<string>();
const listeners = new Set<() => void>();

function update(patch: Partial<ScoringSession>) {
  session = { ...session, ...patch, version: session.version + 1 };
  for (const l of listeners) l();
}

export function useScoringSession(): ScoringSession {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => session,
  );
}

export function errorText(reply: Extract<ScoringReply, { type: 'error' }>): LocalText {
  return reply.userError ?? { vi: `${SCORING_TEXT.programError.vi}: ${reply.message}`, en: `${SCORING_TEXT.programError.en}: ${reply.message}` };
}

/** Brings the scores up to date with the data and the scenario; cheap when they already are. */
export function ensureScored(input: ScoringInput, scenario: Scenario, force = false): void {
  const client = scoringClient();
  if (!sameDataKey(session.dataKey, input.dataKey)) {
    measured = new Set();
    update({ dataKey: input.dataKey, sensitivity: null });
    client.request({ type: 'setData', layers: input.layers, parcels: input.parcels }, { lane: 'data' });
  } else if (!force && session.scored && session.scored.scenario === scenario && sameDataKey(session.scored.dataKey, input.dataKey)) {
    // Data keys compare by their layers' data, not the array: a tab opened again builds a new one.
    return;
  } else if (!force && session.status === 'running' && runningScenario === scenario) {
    return;
  }
  const dataKey = input.dataKey;
  const keys = measureKeysOf(scenario);
  const combineOnly = keys.every((k) => measured.has(k));
  const handle = client.request(combineOnly ? { type: 'combine', scenario } : { type: 'score', scenario }, {
    lane: 'scores',
    onProgress: combineOnly
      ? undefined
      : (done, total) => {
          if (session.runningId === handle.requestId) update({ progress: { requestId: handle.requestId, done, total } });
        },
  });
  runningScenario = scenario;
  update({ status: 'running', runningId: handle.requestId, error: null, progress: session.runningId === handle.requestId ? session.progress : null });
  void handle.promise.then((reply) => {
    if (!reply) return;
    if (reply.type === 'scores') for (const k of keys) measured.add(k);
    // A newer request or new data made this answer stale.
    if (session.runningId !== handle.requestId || !sameDataKey(session.dataKey, dataKey)) return;
    runningScenario = null;
    if (reply.type === 'scores') update({ scored: { reply, scenario, dataKey }, status: 'idle', progress: null, runningId: null });
    else if (reply.type === 'cancelled') update({ status: 'cancelled', progress: null, runningId: null });
    else if (reply.type === 'error') update({ status: 'error', error: errorText(reply), progress: null, runningId: null });
  });
}
let runningScenario: Scenario | null = null;

export function cancelScoring(): void {
  if (session.runningId !== null) scoringClient().cancel(session.runningId);
}

/** One parcel's explanation under the scenario the current scores were computed with. */
export async function requestExplanation(scenario: Scenario, index: number, lane: string): Promise<ParcelExplanation | LocalText | null> {
  const reply = await scoringClient().request({ type: 'explain', scenario, index }, { lane }).promise;
  if (!reply) return null;
  if (reply.type === 'explanation') return reply.explanation;
  if (reply.type === 'error') return errorText(reply);
  return null;
}

export async function runSensitivityAnalysis(scenario: Scenario, options: SensitivityOptions): Promise<LocalText | null> {
  const dataKey = session.dataKey;
  if (!dataKey) return null;
  update({ sensitivityRunning: true });
  const reply = await scoringClient().request({ type: 'sensitivity', scenario, options }, { lane: 'sensitivity' }).promise;
  update({ sensitivityRunning: false });
  if (!reply) return null;
  if (reply.type === 'sensitivity') {
    update({ sensitivity: { result: reply.result, scenario, options, dataKey } });
    return null;
  }
  return reply.type === 'error' ? errorText(reply) : null;
}

/**
 * Scores one parcel that is not in the run (a drawn site, an edited shape) against the current run.
 * `lane`: newer requests of the same lane supersede queued ones, so each tool keeps its own.
 */
export async function scoreDrawnParcel(scenario: Scenario, feature: Feature, lane = 'drawn'): Promise<{ explanation: ParcelExplanation; rankAmongExisting: number | null } | LocalText | null> {
  const reply = await scoringClient().request({ type: 'scoreDrawn', scenario, feature }, { lane }).promise;
  if (!reply) return null;
  if (reply.type === 'drawnScore') return { explanation: reply.explanation, rankAmongExisting: reply.rankAmongExisting };
  if (reply.type === 'error') return errorText(reply);
  return null;
}
