// One parcel's explanation: every criterion's raw value (with unit), 0–1 value, weight and
// contribution (score points), every constraint it breaks and every warning. Used by the click popup, the
// side-by-side comparison and the CLI output.
import { msg, type Message } from '../../i18n/message.ts';
import type { LocalText } from '../model/layerRoles.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import { applyTransform } from './applyTransform.ts';
import { EXCLUDED_INVALID_GEOMETRY, NOT_EXCLUDED, isExempt, violatesConstraint, type CombineResult } from './combineScores.ts';
import type { Measures } from './measureParcels.ts';
import { isNetworkDistance, isWarning, measureKey, measureUnit, straightDistance, type Scenario } from './scenario.ts';

export interface CriterionExplanation {
  id: string;
  label: LocalText;
  /** Raw value (null when not measurable; +Infinity distances — no source feature — also give null). */
  raw: number | string | null;
  unit: ReturnType<typeof measureUnit>;
  /** 0–1 after the transform. */
  normalized: number | null;
  /** Effective weight 0–1. */
  weight: number;
  /** Score points this criterion adds (weight × normalized × 100). */
  contribution: number | null;
  /** A distance along the roads: the straight distance too, and why the parcel is unreachable when it is. */
  network?: Message<'scoring.network.note'>;
}

export interface ExclusionExplanation {
  constraintId: string;
  reason: LocalText;
  reference?: string;
}

export interface ParcelExplanation {
  index: number;
  score: number | null;
  rank: number | null;
  excluded: ExclusionExplanation | null;
  /** Every exclusion constraint the parcel breaks (the first one is `excluded`). */
  brokenConstraints: ExclusionExplanation[];
  /** Every warning constraint the parcel breaks (it keeps its score and rank). */
  warnings: ExclusionExplanation[];
  criteria: CriterionExplanation[];
}

/** The reason shown for a parcel left out for its geometry (a constraint reason is LocalText, filled here). */
export const INVALID_GEOMETRY_REASON: LocalText = renderBoth(msg('scoring.invalid-geometry'));

const finite = (x: number) => (Number.isFinite(x) ? x : null);

export function explainParcel(scenario: Scenario, measures: Measures, combined: CombineResult, index: number, ranks?: Float64Array): ParcelExplanation {
  return parcelExplainer(scenario, measures, combined, ranks)(index);
}

/**
 * explainParcel for many parcels of one run (the CLI writes every parcel's): the measure keys and
 * units are looked up once, not per parcel.
 */
export function parcelExplainer(scenario: Scenario, measures: Measures, combined: CombineResult, ranks?: Float64Array): (index: number) => ParcelExplanation {
  const criteriaInputs = scenario.criteria.map((c) => {
    const key = measureKey(c.measure);
    const straight = isNetworkDistance(c.measure) ? measures.values[measureKey(straightDistance(c.measure))] : undefined;
    return { c, values: measures.values[key], cats: measures.categories[key], unit: measureUnit(c.measure), straight };
  });
  const constraintInputs = scenario.constraints
    .map((c, ci) => {
      const key = measureKey(c.measure);
      return { c, ci, values: measures.values[key], cats: measures.categories[key] };
    })
    .filter(({ c }) => c.enabled !== false);
  return (index) => {
    const criteria = criteriaInputs.map(({ c, values, cats, unit, straight }, ci): CriterionExplanation => {
      const rawNumber = values?.[index] ?? NaN;
      const code = cats && !Number.isNaN(rawNumber) ? cats[rawNumber] : null;
      const normalized = applyTransform(c.transform, rawNumber, code);
      const weight = combined.weights[ci];
      return {
        id: c.id,
        label: c.label,
        raw: cats ? code : finite(rawNumber),
        unit,
        normalized: finite(normalized),
        weight,
        contribution: Number.isFinite(normalized) ? weight * normalized * 100 : null,
        ...(straight ? { network: networkNote(c.measure, straight[index] ?? NaN, rawNumber) } : {}),
      };
    });
    const broken: ExclusionExplanation[] = [];
    if (combined.excludedBy[index] === EXCLUDED_INVALID_GEOMETRY) broken.push({ constraintId: 'invalid_geometry', reason: INVALID_GEOMETRY_REASON });
    let excluded: ExclusionExplanation | null = broken[0] ?? null;
    const warnings: ExclusionExplanation[] = [];
    for (const { c, ci, values, cats } of constraintInputs) {
      const raw = values?.[index];
      if (raw !== undefined && violatesConstraint(c, raw, cats) && !isExempt(c, measures, index)) {
        const b: ExclusionExplanation = { constraintId: c.id, reason: c.reason, ...(c.reference ? { reference: c.reference } : {}) };
        if (isWarning(c)) {
          warnings.push(b);
          continue;
        }
        broken.push(b);
        if (combined.excludedBy[index] === ci) excluded = b;
      }
    }
    if (combined.excludedBy[index] === NOT_EXCLUDED) excluded = null;
    const rank = ranks ? ranks[index] : NaN;
    return {
      index,
      score: finite(combined.scores[index]),
      rank: finite(rank),
      excluded,
      brokenConstraints: broken,
      warnings,
      criteria,
    };
  };
}

/** The straight figure next to a road one; unreachable when a target exists (finite straight distance) but no road leads there. */
function networkNote(spec: Scenario['criteria'][number]['measure'], straightM: number, network: number): Message<'scoring.network.note'> {
  return msg('scoring.network.note', {
    straightM: finite(straightM),
    unreachable: Number.isFinite(straightM) && network === Infinity,
    distanceMode: spec.distanceMode === 'travel_min' ? 'travel_min' : 'road_m',
    travelMode: spec.travelMode ?? 'motorbike',
  });
}
