// What the scoring worker exposes: the domain's scoring functions over one measure session per data
// set (src/domain/scoring/measureSession.ts decides what to measure and merges what was measured; the
// worker is the one place that holds the measured values). Measuring runs in slices of cells,
// yielding between slices so a cancel is heard and progress is sent.
import type { Feature } from 'geojson';
import { combineScores } from '../domain/scoring/combineScores.ts';
import { explainParcel, type ParcelExplanation } from '../domain/scoring/explainParcel.ts';
import type { ScoringLayer } from '../domain/scoring/measureContext.ts';
import { createMeasureJob } from '../domain/scoring/measureParcels.ts';
import { cadastreWithColumns } from '../domain/import/finishPackedCadastre.ts';
import { emptySources, indexScenario, measuredKeys, mergeMeasured, openMeasureSession, openPackedMeasureSession, parcelAttributeKeys, planMeasure, requireMeasured, requireSession, type MeasureSession } from '../domain/scoring/measureSession.ts';
import type { PackedParcels } from '../domain/scoring/packParcels.ts';
import { fromTransit, type ParcelsInTransit } from '../domain/scoring/parcelsInTransit.ts';
import { computeQuantileBreaks } from '../domain/scoring/computeQuantileBreaks.ts';
import { paintParcelVertices, type VertexPaint } from '../domain/geo/paintParcelVertices.ts';
import { rankScores } from '../domain/scoring/rankScores.ts';
import { countScored } from '../domain/scoring/countScored.ts';
import { TOP_RANKED_LIMIT, topRankedIndices } from '../domain/scoring/topRankedIndices.ts';
import { runSensitivity, type SensitivityOptions, type SensitivityResult } from '../domain/scoring/runSensitivity.ts';
import type { Scenario } from '../domain/scoring/scenario.ts';
import { scoreSingleParcel } from '../domain/scoring/scoreSingleParcel.ts';
import type { RpcContext } from './rpc/rpcMessages.ts';

export interface ScoresReply {
  /** 0–100 per parcel, NaN when excluded. */
  scores: Float64Array;
  /** 1 = best, NaN when excluded. */
  ranks: Float64Array;
  /** The map's class limits (computeQuantileBreaks): sorted here, so 2M scores never sort on the page's thread. */
  breaks: number[];
  /** The best parcels, best first (topRankedIndices(ranks, TOP_RANKED_LIMIT)): the cadastre's rows and the map's rank labels. */
  topRanked: number[];
  /** How many parcels are scored (countScored): the page records it for `excludedBy` (recordScoredCount). */
  scoredCount: number;
  /** A cadastre's colours per mesh vertex under these limits, when the request gave the palette (paintParcelVertices). */
  vertexColors?: Uint8Array;
  /** Constraint index, −1 none, −2 invalid geometry (see combineScores.ts). */
  excludedBy: Int16Array;
  /** First warning constraint broken (the parcel keeps its score), −1 none. */
  warnedBy: Int16Array;
  weights: number[];
  /** Parcels not scored for their geometry, with the reason. */
  invalid: PackedParcels['invalid'];
  /** Measures whose source layer/filter found no feature (a hint for the user). */
  emptySources: string[];
  /** Every measure key the worker now holds values for (for this data). */
  measuredKeys: string[];
  measuredMs: number;
  combinedMs: number;
}

/**
 * A cadastre for the worker: its parcels (moved here once, in transit form), or only its key when the worker
 * already holds them; its file name and columns (cadastreWithColumns).
 */
export interface PackedForWorker {
  key: number;
  parcels?: ParcelsInTransit;
  fileName: string;
  columns: string[];
}

export interface MeasureProgress {
  done: number;
  total: number;
}

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The library with its own session (one per worker; a test makes as many as it likes). */
export function createScoringLib() {
  let session: MeasureSession | null = null;
  /** The last scores sent, for the rank of a drawn parcel among them. */
  let lastScores: Float64Array | null = null;
  /** The cadastre file the packed parcels came from (its name and columns), when they came packed. */
  let packedFrom: { fileName: string; columns: string[] } | null = null;
  /** The cadastre's parcels as they arrived, kept for the next data with the same cadastre (new source layers). */
  let heldCadastre: { key: number; parcels: PackedParcels } | null = null;

  const current = (): MeasureSession => requireSession(session);

  function scores(scenario: Scenario, measuredMs: number, context: RpcContext, paint?: VertexPaint): ScoresReply {
    const s = current();
    const t0 = performance.now();
    const combined = combineScores(scenario, requireMeasured(s, scenario));
    const ranks = rankScores(combined.scores);
    const breaks = computeQuantileBreaks(combined.scores);
    // The page's linear passes over the scores, made here with them.
    const topRanked = topRankedIndices(ranks, TOP_RANKED_LIMIT);
    const scoredCount = countScored(combined.excludedBy);
    lastScores = combined.scores.slice();
    const vertexColors = paint && s.packed ? paintParcelVertices(s.packed, combined.scores, breaks, paint) : undefined;
    context.transfer(combined.scores.buffer, ranks.buffer, combined.excludedBy.buffer, combined.warnedBy.buffer, ...(vertexColors ? [vertexColors.buffer] : []));
    return {
      ...(vertexColors ? { vertexColors } : {}),
      scores: combined.scores, ranks, breaks, topRanked, scoredCount, excludedBy: combined.excludedBy, warnedBy: combined.warnedBy, weights: combined.weights, invalid: s.packed?.invalid ?? [],
      emptySources: emptySources(s, scenario), measuredKeys: measuredKeys(s), measuredMs, combinedMs: performance.now() - t0,
    };
  }

  return {
    /** New data: the layers (any role) and the candidate parcels. Forgets everything measured. */
    setData(data: { layers: ScoringLayer[]; parcels: Feature[]; packed?: PackedForWorker }): void {
      const { packed } = data;
      if (packed?.parcels) heldCadastre = { key: packed.key, parcels: fromTransit(packed.parcels) };
      else if (packed && heldCadastre?.key !== packed.key) throw new Error(`the scoring worker does not hold cadastre ${packed.key}`);
      else if (!packed) heldCadastre = null;
      session = packed ? openPackedMeasureSession(data.layers, heldCadastre!.parcels) : openMeasureSession(data.layers, data.parcels);
      packedFrom = packed ? { fileName: packed.fileName, columns: packed.columns } : null;
      lastScores = null;
    },

    /** Measures what the scenario needs that is not measured yet (with progress), then combines. */
    async score(request: { scenario: Scenario; paint?: VertexPaint }, context: RpcContext<MeasureProgress>): Promise<ScoresReply> {
      const t0 = performance.now();
      let opened = current();
      // A cadastre cannot be packed again: the columns this scenario reads are added as nulls, or refused (unread).
      if (packedFrom && opened.packed && !opened.parcels) {
        const parcels = cadastreWithColumns(opened.packed, parcelAttributeKeys(request.scenario), packedFrom);
        if (parcels !== opened.packed) opened = session = { ...opened, packed: parcels };
      }
      const { session: planned, plan } = planMeasure(opened, request.scenario);
      session = planned;
      if (plan) {
        const job = createMeasureJob(plan.context, plan.parcels);
        // Slices of ~50 ms keep cancel and progress responsive.
        const slice = Math.max(1, Math.ceil(job.totalCells / 100));
        while (!job.step(slice)) {
          context.progress({ done: job.doneCells, total: job.totalCells });
          await yieldToMessages();
          if (context.signal.aborted) throw new Error('measuring cancelled');
        }
        context.progress({ done: job.totalCells, total: job.totalCells });
        if (session !== planned) throw new Error('the data changed while measuring');
        session = mergeMeasured(planned, plan, job.result);
      }
      return scores(request.scenario, performance.now() - t0, context, request.paint);
    },

    explain(request: { scenario: Scenario; index: number }): ParcelExplanation {
      const measures = requireMeasured(current(), request.scenario);
      const combined = combineScores(request.scenario, measures);
      return explainParcel(request.scenario, measures, combined, request.index, rankScores(combined.scores));
    },

    /** A drawn or edited parcel, measured alone with the indexes of the current data and ranked against the last scores. */
    scoreDrawn(request: { scenario: Scenario; feature: Feature }): { explanation: ParcelExplanation; rankAmongExisting: number | null } {
      session = indexScenario(current(), request.scenario);
      const single = scoreSingleParcel(session.context, request.scenario, request.feature, lastScores ?? undefined);
      return { explanation: single.explanation, rankAmongExisting: single.rankAmongExisting };
    },

    sensitivity(request: { scenario: Scenario; options: SensitivityOptions }, context: RpcContext): SensitivityResult {
      const result = runSensitivity(request.scenario, requireMeasured(current(), request.scenario), request.options);
      context.transfer(result.probabilityTopK.buffer, result.rankMin.buffer, result.rankMax.buffer, result.rankMedian.buffer);
      return result;
    },
  };
}
export type ScoringLib = ReturnType<typeof createScoringLib>;
