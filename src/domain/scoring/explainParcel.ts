// One parcel's explanation: every criterion's raw value (with unit), 0–1 value, weight and
// contribution (score points), and every constraint it breaks. Used by the click popup, the
// side-by-side comparison and the CLI output.
import type { LocalText } from '../model/layerRoles.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import { applyTransform } from './applyTransform.ts';
import { EXCLUDED_INVALID_GEOMETRY, NOT_EXCLUDED, violatesConstraint, type CombineResult } from './combineScores.ts';
import type { Measures } from './measureParcels.ts';
import { measureKey, measureUnit, type Scenario } from './scenario.ts';

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
  /** Every constraint the parcel breaks (the first one is `excluded`). */
  brokenConstraints: ExclusionExplanation[];
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
    return { c, values: measures.values[key], cats: measures.categories[key], unit: measureUnit(c.measure) };
  });
  const constraintInputs = scenario.constraints
    .map((c, ci) => {
      const key = measureKey(c.measure);
      return { c, ci, values: measures.values[key], cats: measures.categories[key] };
    })
    .filter(({ c }) => c.enabled !== false);
  return (index) => {
    const criteria = criteriaInputs.map(({ c, values, cats, unit }, ci): CriterionExplanation => {
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
      };
    });
    const broken: ExclusionExplanation[] = [];
    if (combined.excludedBy[index] === EXCLUDED_INVALID_GEOMETRY) broken.push({ constraintId: 'invalid_geometry', reason: INVALID_GEOMETRY_REASON });
    let excluded: ExclusionExplanation | null = broken[0] ?? null;
    for (const { c, ci, values, cats } of constraintInputs) {
      const raw = values?.[index];
      if (raw !== undefined && violatesConstraint(c, raw, cats)) {
        const b: ExclusionExplanation = { constraintId: c.id, reason: c.reason, ...(c.reference ? { reference: c.reference } : {}) };
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
      criteria,
    };
  };
}
