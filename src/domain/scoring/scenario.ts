// The scoring model a planner edits, saved as JSON inside the project document (a "scenario").
// Everything here is plain data: no functions, no typed arrays, so it round-trips through JSON.
import type { LayerRole, LocalText } from '../model/layerRoles.ts';
import type { TravelMode } from '../network/roadSpeeds.ts';

/**
 * What is measured for each parcel (the expensive stage, once per data change):
 * - `distance_to_nearest`: metres from the parcel boundary to the nearest source feature
 *   (line, point, or polygon edge); 0 when they touch, cross, or one contains the other. With a
 *   `distanceMode` other than straight: along the roads of the transport layers from the parcel's
 *   representative point (see DistanceMode), Infinity when no source feature can be reached.
 * - `count_within_radius`: number of source point features within `radiusM` of the parcel boundary
 *   (points inside the parcel count).
 * - `inside_polygon`: 1 when the parcel's representative point (its vertex centroid, or the first
 *   vertex when that falls outside) lies inside a source polygon, else 0.
 * - `overlap_share`: share 0–1 of the parcel's area covered by the union of the source polygons.
 * - `attribute`: a categorical code: the parcel's own property `property` when set, otherwise the
 *   code of the source polygon (e.g. land_use_plan) overlapping the parcel most.
 * - `area`: the parcel's area in m².
 * - `jobs_within_reach`: the sum of property `property` (default `workers`) of the source features (e.g.
 *   industrial parks, each its own polygon) reachable along the roads within `withinMin` minutes by
 *   `travelMode` from the parcel's representative point (a cumulative-opportunity measure).
 * - `jobs_gravity`: the same workers weighted by travel time, Σ workers × exp(−`decayPerMin` × minutes)
 *   (a gravity measure with a negative-exponential decay; unreachable parks add nothing).
 */
export type MeasureKind = 'distance_to_nearest' | 'count_within_radius' | 'inside_polygon' | 'overlap_share' | 'attribute' | 'area' | 'jobs_within_reach' | 'jobs_gravity';

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

/**
 * How a `distance_to_nearest` is measured: a straight line from the parcel boundary (the default), or
 * along the roads from the parcel's representative point to the nearest target point (a point feature,
 * or a vertex of a target line or polygon) — `road_m` metres, `travel_min` minutes at the mode's speeds.
 * Both walk the snap legs (parcel → nearest usable road, road → target) at the mode's access speed.
 */
export type DistanceMode = 'straight' | 'road_m' | 'travel_min';
export const DISTANCE_MODES: DistanceMode[] = ['straight', 'road_m', 'travel_min'];

export interface MeasureSpec {
  kind: MeasureKind;
  /** For `distance_to_nearest`: straight (default), road metres or travel minutes. */
  distanceMode?: DistanceMode;
  /** For road metres and travel minutes: whose roads and speeds (default motorbike). */
  travelMode?: TravelMode;
  /** km/h by road class (and `access`, `other`) laid over the mode's defaults (network/roadSpeeds.ts). */
  speedsKmh?: Record<string, number>;
  source?: MeasureSource;
  /** For `count_within_radius`. */
  radiusM?: number;
  /** For `jobs_within_reach`: the travel time limit (minutes). */
  withinMin?: number;
  /** For `jobs_gravity`: β, the decay per minute of exp(−β · minutes). */
  decayPerMin?: number;
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

/**
 * What a broken constraint does: `exclude` leaves the parcel out (no score, no rank); `warning` keeps
 * its score and rank and shows the reason beside it (e.g. rice land: needs conversion approval).
 */
export type ConstraintSeverity = 'exclude' | 'warning';
export const CONSTRAINT_SEVERITIES: ConstraintSeverity[] = ['exclude', 'warning'];

/** One measured condition, e.g. the parcel's land-use code is TMD. */
export interface ConstraintCondition {
  measure: MeasureSpec;
  test: ConstraintTest;
}

/** Flags a parcel whose measured value passes `test`, e.g. flood share > 0, code in [RPH, RDD]. */
export interface Constraint {
  id: string;
  measure: MeasureSpec;
  test: ConstraintTest;
  reason: LocalText;
  /** The legal or planning reference, e.g. "QCVN 01:2021/BXD". */
  reference?: string;
  /** Off constraints are kept in the scenario but do not exclude. */
  enabled?: boolean;
  /** Absent (old scenario files) = `exclude`. */
  severity?: ConstraintSeverity;
  /**
   * The exception: a parcel for which every condition holds is not flagged (e.g. service land — code
   * TMD — inside an industrial park, for worker dormitories).
   */
  unless?: ConstraintCondition[];
}

/** Whether a constraint only warns (keeps the parcel's score and rank). */
export const isWarning = (c: Constraint): boolean => c.severity === 'warning';

export interface Scenario {
  id: string;
  label: LocalText;
  description?: LocalText;
  criteria: Criterion[];
  groups?: CriterionGroup[];
  constraints: Constraint[];
}

/** The unit of a measure's raw value, for explanations. */
export function measureUnit(spec: MeasureSpec): 'm' | 'min' | 'count' | 'persons' | 'share01' | 'code' | 'm2' {
  switch (spec.kind) {
    case 'distance_to_nearest':
      return spec.distanceMode === 'travel_min' ? 'min' : 'm';
    case 'count_within_radius':
      return 'count';
    case 'inside_polygon':
    case 'overlap_share':
      return 'share01';
    case 'attribute':
      return 'code';
    case 'area':
      return 'm2';
    case 'jobs_within_reach':
    case 'jobs_gravity':
      return 'persons';
  }
}

/** A stable key: two criteria or constraints with the same key share one measured array. */
export function measureKey(spec: MeasureSpec): string {
  const s = spec.source ?? {};
  const f = s.filter ? `${s.filter.property}:${s.filter.op}:${s.filter.values.map(String).join(',')}` : '';
  const key = [spec.kind, s.role ?? '', s.layerId ?? '', f, spec.radiusM ?? '', spec.property ?? ''].join('|');
  if (!isNetworkDistance(spec) && !isJobsMeasure(spec)) return key;
  const speeds = Object.entries(spec.speedsKmh ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, v]) => `${c}=${v}`).join(',');
  const limit = spec.kind === 'jobs_gravity' ? `b${spec.decayPerMin}` : (spec.distanceMode ?? spec.withinMin);
  return [key, limit, spec.travelMode ?? 'motorbike', speeds].join('|');
}

/** Whether a measure counts the workers of the parks along the roads (within a limit, or by gravity). */
export function isJobsMeasure(spec: MeasureSpec): boolean {
  return spec.kind === 'jobs_within_reach' || spec.kind === 'jobs_gravity';
}

/** Whether a measure goes along the roads (a distance whose mode is road metres or travel minutes). */
export function isNetworkDistance(spec: MeasureSpec): boolean {
  return spec.kind === 'distance_to_nearest' && (spec.distanceMode === 'road_m' || spec.distanceMode === 'travel_min');
}

/** The same distance as a straight line (shown next to a network figure in a parcel's explanation). */
export function straightDistance(spec: MeasureSpec): MeasureSpec {
  const { distanceMode: _mode, travelMode: _travel, speedsKmh: _speeds, ...straight } = spec;
  return straight;
}
