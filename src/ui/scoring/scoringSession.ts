// What the scoring tab knows between renders and tab switches: the data the worker holds, the last
// scores and the run status. One per app (src/ui/appServices.ts). What is measured is the worker's
// own business: a `score` request measures only what the scenario still needs (with progress), so a
// weight change only re-combines.
import { useSyncExternalStore } from 'react';
import type { Feature } from 'geojson';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ParcelExplanation } from '../../domain/scoring/explainParcel.ts';
import type { SensitivityOptions, SensitivityResult } from '../../domain/scoring/runSensitivity.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import { DEFAULT_TOP_N } from '../../domain/model/scoreResultLayer.ts';
import { createRpcClient, failureText, isCancelled, isCrash, type RpcWorker } from '../../workers/rpc/createRpcClient.ts';
import type { PackedForWorker, ScoresReply, ScoringLib } from '../../workers/scoringLib.ts';
import type { PackedLayerData } from '../../state/packedLayerData.ts';
import { measurePhase } from '../../state/measurePhase.ts';
import { toTransit, transitBuffers } from '../../domain/scoring/parcelsInTransit.ts';
import type { VertexPaint } from '../../domain/geo/paintParcelVertices.ts';
import { scoreClassColor } from '../../map/scoreColors.ts';
import { EXCLUDED_MARKED } from '../../map/hatchMarkedFill.ts';
import { useServices } from '../appServices.ts';
import { sameDataKey, type ScoringInput } from './collectScoringInput.ts';
import { ScoringClient, type RequestHandle } from './scoringClient.ts';
import { uiTextBoth } from '../../i18n/renderMessage.ts';
import { recordScoredCount } from '../../domain/scoring/countScored.ts';
import { createIdentityNumbers } from '../../state/createIdentityNumbers.ts';

export type { ScoresReply };

/** The score map's colours for 0–6 classes and the excluded parcels' hatch mark. */
const CADASTRE_PAINT: VertexPaint = {
  palettes: Array.from({ length: 7 }, (_, n) => Array.from({ length: n }, (_, k) => scoreClassColor(k, n))),
  excluded: EXCLUDED_MARKED,
};

export interface ScoringSession {
  /** The data the worker holds (null: none, e.g. after the worker crashed). */
  dataKey: readonly unknown[] | null;
  /** The scenario and data the scores belong to (by identity). */
  scored: { reply: ScoresReply; scenario: Scenario; dataKey: readonly unknown[] } | null;
  status: 'idle' | 'running' | 'cancelled' | 'error';
  /** Measuring progress of the running request (null while nothing is measured). */
  progress: { requestId: number; done: number; total: number } | null;
  runningId: number | null;
  error: LocalText | null;
  sensitivity: { result: SensitivityResult; scenario: Scenario; options: SensitivityOptions; dataKey: readonly unknown[] } | null;
  sensitivityRunning: boolean;
  /** Parcel indices of the sites ticked for comparison, in the order of their letters A, B, C, D. */
  compare: number[];
  /** How many of the best parcels the score layer labels with their rank. */
  topN: number;
  /** Colour the score layer by P(top k) (when a sensitivity run is current) instead of the score class. */
  colourBy: 'score' | 'probability';
}

export interface ScoringSessionService {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ScoringSession;
  /** Brings the scores up to date with the data and the scenario; cheap when they already are. */
  ensureScored(input: ScoringInput, scenario: Scenario, force?: boolean): void;
  cancelScoring(): void;
  /** One parcel's explanation under the scenario the current scores were computed with. */
  requestExplanation(scenario: Scenario, index: number, lane: string): Promise<ParcelExplanation | LocalText | null>;
  runSensitivityAnalysis(scenario: Scenario, options: SensitivityOptions): Promise<LocalText | null>;
  /**
   * Scores one parcel that is not in the run (a drawn site, an edited shape) against the current run.
   * `lane`: newer requests of the same lane supersede queued ones, so each tool keeps its own.
   */
  scoreDrawnParcel(scenario: Scenario, feature: Feature, lane?: string): Promise<{ explanation: ParcelExplanation; rankAmongExisting: number | null } | LocalText | null>;
  /** The map and table choices that outlive the scoring tab (compared sites, rank labels, colouring). */
  setChoices(choices: Partial<Pick<ScoringSession, 'compare' | 'topN' | 'colourBy'>>): void;
}

const errorText = (error: unknown): LocalText => failureText(error, uiTextBoth((t) => t.scoring.programError));

export function createScoringSession(createWorker: () => RpcWorker): ScoringSessionService {
  const client = new ScoringClient(createRpcClient<ScoringLib>(createWorker, 'scoring'));
  let session: ScoringSession = {
    dataKey: null, scored: null, status: 'idle', progress: null, runningId: null, error: null, sensitivity: null, sensitivityRunning: false,
    compare: [], topN: DEFAULT_TOP_N, colourBy: 'score',
  };
  let running: { handle: RequestHandle<ScoresReply>; scenario: Scenario } | null = null;
  const listeners = new Set<() => void>();

  function update(patch: Partial<ScoringSession>) {
    // A new object on every change: useSyncExternalStore re-renders on a new snapshot.
    session = { ...session, ...patch };
    for (const l of listeners) l();
  }

  /** A request failed: after a crash the next worker holds no data, so it is sent again next time. */
  function failed(error: unknown): LocalText {
    if (isCrash(error)) crashed();
    return errorText(error);
  }

  /** A number naming a cadastre's loaded arrays (a file opened again is a new one). */
  const cadastreKey = createIdentityNumbers<PackedLayerData>();
  /** The cadastre the worker holds (its key), kept across sends: 2M parcels are moved there once. */
  let workerCadastre: number | null = null;
  function crashed() {
    workerCadastre = null;
    update({ dataKey: null });
  }

  /**
   * What to send of a cadastre: its key alone when the worker holds it; else the copy the import worker made,
   * moved (the page's thread copies nothing); else — only after the worker crashed — a copy made here.
   */
  function packedForWorker(data: PackedLayerData): { message: PackedForWorker; transfer: ArrayBuffer[] } {
    const key = cadastreKey(data);
    const fileName = data.file.name;
    const columns = data.info.columns.map((c) => c.name);
    if (workerCadastre === key) return { message: { key, fileName, columns }, transfer: [] };
    workerCadastre = key;
    const transit = data.scoringCopy.transit ?? measurePhase('copy the cadastre for the scoring worker', () => toTransit(data.parcels, true));
    data.scoringCopy.transit = null;
    return { message: { key, fileName, columns, parcels: transit }, transfer: transitBuffers(transit) };
  }

  /** The answer of a one-off request, or the text of its failure (null when superseded or cancelled). */
  async function settle<T>(promise: Promise<T | null>): Promise<T | LocalText | null> {
    try {
      return await promise;
    } catch (error) {
      return isCancelled(error) ? null : failed(error);
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => session,

    ensureScored(input, scenario, force = false) {
      if (!sameDataKey(session.dataKey, input.dataKey)) {
        update({ dataKey: input.dataKey, sensitivity: null });
        // A failure (a crash) also fails the score request queued behind it, which reports it.
        const packed = input.packed ? packedForWorker(input.packed.data) : null;
        // A request that moves arrays has a lane of its own: it is never skipped (the arrays would be lost).
        const lane = packed?.transfer.length ? `data-${packed.message.key}` : 'data';
        client.request('setData', { layers: input.layers, parcels: input.parcels, ...(packed ? { packed: packed.message } : {}) }, { lane, transfer: packed?.transfer }).promise.catch(failed);
      } else if (!force && session.scored && session.scored.scenario === scenario && sameDataKey(session.scored.dataKey, input.dataKey)) {
        // Data keys compare by their layers' data, not the array: a tab opened again builds a new one.
        return;
      } else if (!force && session.status === 'running' && running?.scenario === scenario) {
        return;
      }
      const dataKey = input.dataKey;
      // A cadastre's colours are painted in the worker with the map's palette (at 2M parcels, 14M vertices).
      const handle = client.request('score', { scenario, ...(input.packed ? { paint: CADASTRE_PAINT } : {}) }, {
        lane: 'scores',
        onProgress: ({ done, total }) => {
          if (session.runningId === handle.requestId) update({ progress: { requestId: handle.requestId, done, total } });
        },
      });
      running = { handle, scenario };
      update({ status: 'running', runningId: handle.requestId, error: null, progress: null });
      // A newer request or new data makes an answer stale.
      const current = () => session.runningId === handle.requestId && sameDataKey(session.dataKey, dataKey);
      handle.promise.then(
        (reply) => {
          if (!reply || !current()) return;
          running = null;
          recordScoredCount(reply.excludedBy, reply.scoredCount);
          update({ scored: { reply, scenario, dataKey }, status: 'idle', progress: null, runningId: null });
        },
        (error: unknown) => {
          if (isCrash(error)) crashed();
          if (session.runningId !== handle.requestId) return;
          running = null;
          if (isCancelled(error)) update({ status: 'cancelled', progress: null, runningId: null });
          else update({ status: 'error', error: errorText(error), progress: null, runningId: null });
        },
      );
    },

    cancelScoring() {
      running?.handle.cancel();
    },

    requestExplanation: (scenario, index, lane) => settle(client.request('explain', { scenario, index }, { lane }).promise),

    async runSensitivityAnalysis(scenario, options) {
      const dataKey = session.dataKey;
      if (!dataKey) return null;
      update({ sensitivityRunning: true });
      const result = await settle(client.request('sensitivity', { scenario, options }, { lane: 'sensitivity' }).promise);
      update({ sensitivityRunning: false });
      if (!result || !('probabilityTopK' in result)) return result;
      update({ sensitivity: { result, scenario, options, dataKey } });
      return null;
    },

    scoreDrawnParcel: (scenario, feature, lane = 'drawn') => settle(client.request('scoreDrawn', { scenario, feature }, { lane }).promise),

    setChoices(choices) {
      update(choices);
    },
  };
}

/** The app's scoring session, re-rendering on every change. */
export function useScoringSession(): ScoringSession {
  const scoring = useServices().scoring;
  return useSyncExternalStore(scoring.subscribe, scoring.getSnapshot);
}
