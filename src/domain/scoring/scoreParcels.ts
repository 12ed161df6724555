// One call for the CLI and tests: measure + combine + rank, and the scored GeoJSON output.
import type { Feature, FeatureCollection } from 'geojson';
import { combineScores, EXCLUDED_INVALID_GEOMETRY, NOT_EXCLUDED, type CombineResult } from './combineScores.ts';
import { INVALID_GEOMETRY_REASON, parcelExplainer, type ParcelExplanation } from './explainParcel.ts';
import type { MeasureContext, ScoringLayer } from './measureContext.ts';
import { measureParcels, type Measures } from './measureParcels.ts';
import { openMeasureSession, openPackedMeasureSession, planMeasure } from './measureSession.ts';
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

/** Scores parcels given as features, or already packed with the attributes the scenario reads (`parcelAttributeKeys`). */
export function scoreParcels(parcelFeatures: Feature[] | PackedParcels, layers: ScoringLayer[], scenario: Scenario): ScoringRun {
  const { context, parcels } = prepareScoring(parcelFeatures, layers, scenario);
  return completeScoring(scenario, context, parcels, measureParcels(context, parcels));
}

/**
 * The indexes and packed parcels of a run, for callers that measure elsewhere (worker threads). Parcels given
 * packed (a FlatGeobuf / GeoParquet / streamed GeoJSON reader) are used as they are (`pack` does not apply).
 */
export function prepareScoring(parcelFeatures: Feature[] | PackedParcels, layers: ScoringLayer[], scenario: Scenario, pack: PackOptions = {}): { context: MeasureContext; parcels: PackedParcels } {
  // A fresh measure session decides what to measure and how to pack, as the worker's does for new data.
  const opened = Array.isArray(parcelFeatures) ? openMeasureSession(layers, parcelFeatures) : openPackedMeasureSession(layers, parcelFeatures);
  const { session, plan } = planMeasure(opened, scenario, pack);
  return plan ?? { context: session.context, parcels: session.packed! };
}

/** Combine and rank measured parcels into a run (with the exclusions and warnings when already computed, e.g. by measuring threads). */
export function completeScoring(
  scenario: Scenario, context: MeasureContext, parcels: PackedParcels, measures: Measures, prepared?: { exclusions: Int16Array; warnings: Int16Array },
): ScoringRun {
  const combined = combineScores(scenario, measures, prepared?.exclusions, prepared?.warnings);
  return { context, parcels, measures, combined, ranks: rankScores(combined.scores) };
}

const round = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * The scored parcels as GeoJSON: input properties kept, plus `score` (0–100, null when excluded),
 * `rank`, `excluded` (the reason, or null), `warnings` (only when the parcel breaks a warning constraint:
 * [{ id, reason, reference }]; it keeps its score and rank) and `criteria` { id: { raw, unit, normalized, weight, contribution } }.
 */
export function scoredFeatureCollection(parcelFeatures: Feature[], scenario: Scenario, run: ScoringRun): FeatureCollection {
  const scored = scoredFeatureMaker(scenario, run, { explain: true });
  return { type: 'FeatureCollection', features: parcelFeatures.map(scored) };
}

/**
 * One scored parcel at a time (a writer streams them; nothing holds every output feature): input properties
 * kept, plus `score`, `rank`, `excluded` (the reason in Vietnamese / English, or null), `excluded_by` (the
 * constraint id), `warnings` when it breaks a warning constraint, and with `explain` the `criteria` of
 * scoredFeatureCollection.
 */
export function scoredFeatureMaker(scenario: Scenario, run: ScoringRun, options: { explain: boolean }): (f: Feature, i: number) => Feature {
  const explain = parcelExplainer(scenario, run.measures, run.combined, run.ranks);
  const { scores, excludedBy, warnedBy } = run.combined;
  // The reason's text once per constraint, not once per parcel (a million parcels are written one by one).
  const reasons = new Map<number, { id: string; text: string } | null>();
  const reasonOf = (why: number) => {
    let reason = reasons.get(why);
    if (reason === undefined) {
      const r = why === EXCLUDED_INVALID_GEOMETRY ? { id: 'invalid_geometry', text: INVALID_GEOMETRY_REASON } : why >= 0 ? { id: scenario.constraints[why].id, text: scenario.constraints[why].reason } : null;
      reason = r ? { id: r.id, text: `${r.text.vi} / ${r.text.en}` } : null;
      reasons.set(why, reason);
    }
    return reason;
  };
  return (f, i) => {
    let properties: Record<string, unknown>;
    if (options.explain) {
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
      properties = {
        ...(f.properties ?? {}),
        score: round(e.score, 2),
        rank: e.rank,
        excluded: e.excluded ? `${e.excluded.reason.vi} / ${e.excluded.reason.en}` : null,
        excluded_by: e.excluded?.constraintId ?? null,
        ...warningsOf(e),
        criteria,
      };
    } else {
      const reason = reasonOf(excludedBy[i]);
      properties = {
        ...(f.properties ?? {}),
        score: Number.isFinite(scores[i]) ? round(scores[i], 2) : null,
        rank: Number.isFinite(run.ranks[i]) ? run.ranks[i] : null,
        excluded: reason?.text ?? null,
        excluded_by: reason?.id ?? null,
        // Only warned parcels (few) are explained, for the list of every warning they break.
        ...(warnedBy[i] !== NOT_EXCLUDED ? warningsOf(explain(i)) : {}),
      };
    }
    return { type: 'Feature', ...(f.id !== undefined ? { id: f.id } : {}), properties, geometry: f.geometry };
  };
}

/** A parcel's warnings as output properties: [{ id, reason, reference }], none when it has none. */
function warningsOf(e: ParcelExplanation): { warnings?: { id: string; reason: string; reference?: string }[] } {
  if (!e.warnings.length) return {};
  return { warnings: e.warnings.map((w) => ({ id: w.constraintId, reason: `${w.reason.vi} / ${w.reason.en}`, ...(w.reference ? { reference: w.reference } : {}) })) };
}
