// One parcel's explanation: every criterion's raw value (with unit), 0–1 value, weight and
// contribution (score points), and every constraint it breaks. Used by the click popup, the
// side-by-side comparison and the CLI output.
import type { LocalText } from '../model/layerRoles.ts';
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

export const INVALID_GEOMETRY_REASON: LocalText = {
  vi: 'Hình học thửa đất không hợp lệ, không đo được',
  en: 'The parcel geometry is invalid and cannot be measured',
};

const finite = (x: number) => (Number.isFinite(x) ? x : null);

export function explainParcel(scenario: Scenario, measures: Measures, combined: CombineResult, index: number, ranks?: Float64Array): ParcelExplanation {
  const criteria = scenario.criteria.map((c, ci): CriterionExplanation => {
    const key = measureKey(c.measure);
    const rawNumber = measures.values[key]?.[index] ?? NaN;
    const cats = measures.categories[key];
    const code = cats && !Number.isNaN(rawNumber) ? cats[rawNumber] : null;
    const normalized = applyTransform(c.transform, rawNumber, code);
    const weight = combined.weights[ci];
    return {
      id: c.id,
      label: c.label,
      raw: cats ? code : finite(rawNumber),
      unit: measureUnit(c.measure),
      normalized: finite(normalized),
      weight,
      contribution: Number.isFinite(normalized) ? weight * normalized * 100 : null,
    };
  });
  const broken: ExclusionExplanation[] = [];
  if (combined.excludedBy[index] === EXCLUDED_INVALID_GEOMETRY) broken.push({ constraintId: 'invalid_geometry', reason: INVALID_GEOMETRY_REASON });
  for (const c of scenario.constraints) {
    if (c.enabled === false) continue;
    const key = measureKey(c.measure);
    const raw = measures.values[key]?.[index];
    if (raw !== undefined && violatesConstraint(c, raw, measures.categories[key])) {
      broken.push({ constraintId: c.id, reason: c.reason, ...(c.reference ? { reference: c.reference } : {}) });
    }
  }
  const excludedBy = combined.excludedBy[index];
  const excluded =
    excludedBy === NOT_EXCLUDED
      ? null
      : excludedBy === EXCLUDED_INVALID_GEOMETRY
        ? broken[0]
        : (broken.find((b) => b.constraintId === scenario.constraints[excludedBy].id) ?? null);
  const rank = ranks ? ranks[index] : NaN;
  return {
    index,
    score: finite(combined.scores[index]),
    rank: finite(rank),
    excluded,
    brokenConstraints: broken,
    criteria,
  };
}
