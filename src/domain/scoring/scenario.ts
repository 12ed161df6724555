// The scoring model a planner edits, saved as JSON inside the project document (a "scenario").
// Everything here is plain data: no functions, no typed arrays, so it round-trips through JSON.
import type { LayerRole, LocalText } from '../model/layerRoles.ts';

/**
 * What is measured for each parcel (the expensive stage, once per data change):
 * - `distance_to_nearest`: metres from the parcel boundary to the nearest source feature
 *   (line, point, or polygon edge); 0 when they touch, cross, or one contains the other.
 * - `count_within_radius`: number of source point features within `radiusM` of the parcel boundary
 *   (points inside the parcel count).
 * - `inside_polygon`: 1 when the parcel's representative point (its vertex centroid, or the first
 *   vertex when that falls outside) lies inside a source polygon, else 0.
 * - `overlap_share`: share 0–1 of the parcel's area covered by the union of the source polygons.
 * - `attribute`: a categorical code: the parcel's own property `property` when set, otherwise the
 *   code of the source polygon (e.g. land_use_plan) overlapping the parcel most.
 * - `area`: the parcel's area in m².
 */
export type MeasureKind = 'distance_to_nearest' | 'count_within_radius' | 'inside_polygon' | 'overlap_share' | 'attribute' | 'area';

export type FilterOp = 'in' | 'not_in' | 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte';

/** Keeps only the source features whose property passes, e.g. `{ property: 'class', op: 'in', values: ['national'] }`. */
export interface AttributeFilter {
  property: string;
  op: FilterOp;
  values: (string | number)[];
}

/** Where a measure's features come from: every layer of a role, or one layer by id. */
export interface MeasureSource {
  role?: LayerRole;
  layerId?: string;
  filter?: AttributeFilter;
}

export interface MeasureSpec {
  kind: MeasureKind;
  source?: MeasureSource;
  /** For `count_within_radius`. */
  radiusM?: number;
  /** For `attribute`: the property read on the parcel, then on the source polygons. Default `landuse_code`. */
  property?: string;
}

/** Maps a raw value to 0–1 (1 = most suitable). */
export type Transform =
  /** 0 at `from`, 1 at `to`, linear between, clamped; `from` > `to` gives a falling curve. */
  | { type: 'linear'; from: number; to: number }
  /** Classes: the value of the first class whose `upTo` is ≥ the raw value (the last class catches the rest). */
  | { type: 'stepped'; classes: { upTo: number; value01: number }[] }
  /** 1 inside [min, max], falling as a Gaussian with `sigma` outside. */
  | { type: 'target_band'; min: number; max: number; sigma: number }
  /** Code → 0–1; codes not listed get `otherValue01`. */
  | { type: 'categorical'; values: Record<string, number>; otherValue01: number };

export interface Criterion {
  id: string;
  label: LocalText;
  measure: MeasureSpec;
  transform: Transform;
  /** Relative weight (within its group when `group` is set); normalised at combine time. */
  weight: number;
  group?: string;
}

export interface CriterionGroup {
  id: string;
  label: LocalText;
  weight: number;
}

export type ConstraintTest =
  | { op: 'lt' | 'lte' | 'gt' | 'gte'; value: number }
  | { op: 'in'; values: string[] };

/** Excludes a parcel whose measured value passes `test`, e.g. flood share > 0, code in [LUC, RPH]. */
export interface Constraint {
  id: string;
  measure: MeasureSpec;
  test: ConstraintTest;
  reason: LocalText;
  /** The legal or planning reference, e.g. "QCVN 01:2021/BXD". */
  reference?: string;
  /** Off constraints are kept in the scenario but do not exclude. */
  enabled?: boolean;
}

export interface Scenario {
  id: string;
  label: LocalText;
  description?: LocalText;
  criteria: Criterion[];
  groups?: CriterionGroup[];
  constraints: Constraint[];
}

/** The unit of a measure's raw value, for explanations. */
export function measureUnit(spec: MeasureSpec): 'm' | 'count' | 'share01' | 'code' | 'm2' {
  switch (spec.kind) {
    case 'distance_to_nearest':
      return 'm';
    case 'count_within_radius':
      return 'count';
    case 'inside_polygon':
    case 'overlap_share':
      return 'share01';
    case 'attribute':
      return 'code';
    case 'area':
      return 'm2';
  }
}

/** A stable key: two criteria or constraints with the same key share one measured array. */
export function measureKey(spec: MeasureSpec): string {
  const s = spec.source ?? {};
  const f = s.filter ? `${s.filter.property}:${s.filter.op}:${s.filter.values.map(String).join(',')}` : '';
  return [spec.kind, s.role ?? '', s.layerId ?? '', f, spec.radiusM ?? '', spec.property ?? ''].join('|');
}
