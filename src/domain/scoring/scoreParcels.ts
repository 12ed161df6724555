// One call for the CLI and tests: measure + combine + rank, and the scored GeoJSON output.
import type { Feature, FeatureCollection } from 'geojson';
import { combineScores, type CombineResult } from './combineScores.ts';
import { parcelExplainer, type ParcelExplanation } from './explainParcel.ts';
import type { MeasureContext, ScoringLayer } from './measureContext.ts';
import { measureParcels, type Measures } from './measureParcels.ts';
import { openMeasureSession, planMeasure } from './measureSession.ts';
import type { PackedParcels, PackOptions } from './packParcels.ts';
import { rankScores } from './rankScores.ts';
import type { Scenario } from './scenario.ts';

export interface ScoringRun {
  context: MeasureContext;
  parcels: PackedParcels;
  measures: Measures;
  combined: CombineResult;
  ranks: Float64Array;
}

export function scoreParcels(parcelFeatures: Feature[], layers: ScoringLayer[], scenario: Scenario): ScoringRun {
  const { context, parcels } = prepareScoring(parcelFeatures, layers, scenario);
  return completeScoring(scenario, context, parcels, measureParcels(context, parcels));
}

/** The indexes and packed parcels of a run, for callers that measure elsewhere (worker threads). */
export function prepareScoring(parcelFeatures: Feature[], layers: ScoringLayer[], scenario: Scenario, pack: PackOptions = {}): { context: MeasureContext; parcels: PackedParcels } {
  // A fresh measure session decides what to measure and how to pack, as the worker's does for new data.
  const { session, plan } = planMeasure(openMeasureSession(layers, parcelFeatures), scenario, pack);
  return plan ?? { context: session.context, parcels: session.packed! };
}

/** Combine and rank measured parcels into a run. */
export function completeScoring(scenario: Scenario, context: MeasureContext, parcels: PackedParcels, measures: Measures): ScoringRun {
  const combined = combineScores(scenario, measures);
  return { context, parcels, measures, combined, ranks: rankScores(combined.scores) };
}

const round = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * The scored parcels as GeoJSON: input properties kept, plus `score` (0–100, null when excluded),
 * `rank`, `excluded` (the reason, or null), `warnings` (only when the parcel breaks a warning constraint:
 * [{ id, reason, reference }]; it keeps its score and rank) and `criteria` { id: { raw, unit, normalized, weight, contribution } }.
 */
export function scoredFeatureCollection(parcelFeatures: Feature[], scenario: Scenario, run: ScoringRun): FeatureCollection {
  const explain = parcelExplainer(scenario, run.measures, run.combined, run.ranks);
  const features = parcelFeatures.map((f, i): Feature => {
    const e: ParcelExplanation = explain(i);
    const criteria: Record<string, unknown> = {};
    for (const c of e.criteria) {
      criteria[c.id] = {
        raw: typeof c.raw === 'number' ? round(c.raw, 3) : c.raw,
        unit: c.unit,
        normalized: round(c.normalized, 4),
        weight: round(c.weight, 4),
        contribution: round(c.contribution, 3),
      };
    }
    return {
      type: 'Feature',
      ...(f.id !== undefined ? { id: f.id } : {}),
      properties: {
        ...(f.properties ?? {}),
        score: round(e.score, 2),
        rank: e.rank,
        excluded: e.excluded ? `${e.excluded.reason.vi} / ${e.excluded.reason.en}` : null,
        excluded_by: e.excluded?.constraintId ?? null,
        ...(e.warnings.length ? { warnings: e.warnings.map((w) => ({ id: w.constraintId, reason: `${w.reason.vi} / ${w.reason.en}`, ...(w.reference ? { reference: w.reference } : {}) })) } : {}),
        criteria,
      },
      geometry: f.geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}
