// Switching a criterion on the industrial parks between "distance to the nearest" and the jobs it reaches:
// the workers of the parks reachable within T minutes (jobs_within_reach, cumulative) or every park's
// workers weighted by exp(−β · minutes) (jobs_gravity). The parks are read as their own polygons — the
// economic zones (kind KKT: towns, farmland and sea inside) are left out — and planned parks count with
// their planned workers (the `workers` property; the explanation and the editor say so). The transform
// becomes "more is better" up to `fullMarksWorkers`; back to a distance, a falling straight-line transform.
import type { TravelMode } from '../network/roadSpeeds.ts';
import type { LocalText } from '../model/layerRoles.ts';
import type { Criterion, MeasureSource } from './scenario.ts';

export type ParkMeasureChoice = 'distance' | 'jobs_within_reach' | 'jobs_gravity';
export const PARK_MEASURE_CHOICES: ParkMeasureChoice[] = ['distance', 'jobs_within_reach', 'jobs_gravity'];

/** The industrial parks and clusters, each its own polygon (not the economic zones). */
export const PARKS_SOURCE: MeasureSource = { role: 'industrial_zone', filter: { property: 'kind', op: 'not_in', values: ['KKT'] } };

export const DEFAULT_WITHIN_MIN = 20;
/** β = 0.1 per minute: a park 7 minutes away counts for half (ln 2 / 0.1 ≈ 6.9 min). */
export const DEFAULT_DECAY_PER_MIN = 0.1;
/** Full marks at this many workers within reach (the sample's largest park, VSIP, plans 18,000). */
export const DEFAULT_FULL_MARKS_WORKERS = 20_000;
/** Full marks at this distance or less, none beyond the second figure (m), when switching back to a distance. */
const DISTANCE_TRANSFORM = { type: 'linear' as const, from: 10_000, to: 500 };

/** The criterion's name follows what it measures (a scenario's labels are its data, in both languages). */
export const PARK_MEASURE_LABELS: Record<ParkMeasureChoice, LocalText> = {
  distance: { vi: 'Khoảng cách đến KCN/CCN', en: 'Distance to an industrial zone' },
  jobs_within_reach: { vi: 'Việc làm trong tầm với (KCN/CCN)', en: 'Jobs within reach (industrial parks)' },
  jobs_gravity: { vi: 'Việc làm theo mô hình trọng lực (KCN/CCN)', en: 'Jobs by gravity (industrial parks)' },
};

export function parkMeasureChoice(c: Criterion): ParkMeasureChoice {
  return c.measure.kind === 'jobs_within_reach' || c.measure.kind === 'jobs_gravity' ? c.measure.kind : 'distance';
}

export function setJobsMeasure(c: Criterion, choice: ParkMeasureChoice, travelMode: TravelMode = c.measure.travelMode ?? 'motorbike'): Criterion {
  if (choice === parkMeasureChoice(c)) return c;
  const label = PARK_MEASURE_LABELS[choice];
  if (choice === 'distance') return { ...c, label, measure: { kind: 'distance_to_nearest', source: c.measure.source ?? PARKS_SOURCE }, transform: DISTANCE_TRANSFORM };
  const transform = { type: 'linear' as const, from: 0, to: DEFAULT_FULL_MARKS_WORKERS };
  const common = { source: PARKS_SOURCE, travelMode, property: 'workers' };
  return choice === 'jobs_within_reach'
    ? { ...c, label, measure: { kind: 'jobs_within_reach', ...common, withinMin: DEFAULT_WITHIN_MIN }, transform }
    : { ...c, label, measure: { kind: 'jobs_gravity', ...common, decayPerMin: DEFAULT_DECAY_PER_MIN }, transform };
}
