// Messages between the app and src/workers/scoring.worker.ts. Every request carries a requestId;
// every reply echoes it. Typed arrays in replies are transferred (not copied).
import type { Feature } from 'geojson';
import type { LocalText } from '../model/layerRoles.ts';
import type { ParcelExplanation } from './explainParcel.ts';
import type { ScoringLayer } from './measureContext.ts';
import type { SensitivityOptions, SensitivityResult } from './runSensitivity.ts';
import type { Scenario } from './scenario.ts';

export type ScoringRequest =
  /** New data: the layers (any role) and the candidate parcels. Clears measured values. */
  | { type: 'setData'; requestId: number; layers: ScoringLayer[]; parcels: Feature[] }
  /** Measure what the scenario needs that is not measured yet (with progress), then combine. */
  | { type: 'score'; requestId: number; scenario: Scenario }
  /** Weights / transforms / constraint thresholds changed: combine only (fails if a measure is missing). */
  | { type: 'combine'; requestId: number; scenario: Scenario }
  | { type: 'explain'; requestId: number; scenario: Scenario; index: number }
  /** A drawn or edited parcel: scored alone against the current run; `replaceIndex` also stores it. */
  | { type: 'scoreDrawn'; requestId: number; scenario: Scenario; feature: Feature; replaceIndex?: number }
  | { type: 'sensitivity'; requestId: number; scenario: Scenario; options: SensitivityOptions }
  /** Stops the running `score` request with this id (it replies `cancelled`). */
  | { type: 'cancel'; requestId: number };

export interface ScoresReply {
  type: 'scores';
  requestId: number;
  /** 0–100 per parcel, NaN when excluded. */
  scores: Float64Array;
  /** 1 = best, NaN when excluded. */
  ranks: Float64Array;
  /** Constraint index, −1 none, −2 invalid geometry (see combineScores.ts). */
  excludedBy: Int16Array;
  weights: number[];
  /** Parcels not scored for their geometry, with the reason. */
  invalid: { index: number; vi: string; en: string }[];
  /** Measures whose source layer/filter found no feature (a hint for the user). */
  emptySources: string[];
  measuredMs: number;
  combinedMs: number;
}

export type ScoringReply =
  | { type: 'ready'; requestId: number }
  | { type: 'progress'; requestId: number; done: number; total: number }
  | ScoresReply
  | { type: 'explanation'; requestId: number; explanation: ParcelExplanation }
  | { type: 'drawnScore'; requestId: number; explanation: ParcelExplanation; rankAmongExisting: number | null }
  | { type: 'sensitivity'; requestId: number; result: SensitivityResult }
  | { type: 'cancelled'; requestId: number }
  /** `userError` is guidance to show; otherwise a bug to report. */
  | { type: 'error'; requestId: number; userError?: LocalText; message: string };
