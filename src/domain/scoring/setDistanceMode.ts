// Switching a criterion between a straight / road distance (metres) and travel minutes: the measure gets the
// new mode, and the transform's thresholds are carried over to the new unit at the travel mode's typical
// door-to-door speed (so "full marks within 1 km" becomes "within 2.4 min" by motorbike), rounded for reading.
// The planner then adjusts them; nothing is converted between straight and road metres (same unit).
import type { TravelMode } from '../network/roadSpeeds.ts';
import type { Criterion, DistanceMode, Transform } from './scenario.ts';

/** Typical door-to-door speeds (km/h) used only to carry thresholds between metres and minutes. */
export const THRESHOLD_SPEED_KMH: Record<TravelMode, number> = { motorbike: 25, walk: 5, car: 35 };

function scaleTransform(t: Transform, factor: number, digits: number): Transform {
  const f = (x: number) => Math.round(x * factor * 10 ** digits) / 10 ** digits;
  switch (t.type) {
    case 'linear':
      return { ...t, from: f(t.from), to: f(t.to) };
    case 'stepped':
      return { ...t, classes: t.classes.map((c) => ({ ...c, upTo: f(c.upTo) })) };
    case 'target_band':
      return { ...t, min: f(t.min), max: f(t.max), sigma: f(t.sigma) };
    case 'categorical':
      return t;
  }
}

/** The criterion measured with `mode` (and `travelMode` for road distances), its thresholds in the new unit. */
export function setDistanceMode(c: Criterion, mode: DistanceMode, travelMode: TravelMode = c.measure.travelMode ?? 'motorbike'): Criterion {
  const wasMinutes = c.measure.distanceMode === 'travel_min';
  const isMinutes = mode === 'travel_min';
  const { distanceMode: _d, travelMode: _t, ...rest } = c.measure;
  const measure = mode === 'straight' ? rest : { ...rest, distanceMode: mode, travelMode };
  const metresPerMinute = (kmh: number) => (kmh * 1000) / 60;
  let transform = c.transform;
  if (!wasMinutes && isMinutes) transform = scaleTransform(c.transform, 1 / metresPerMinute(THRESHOLD_SPEED_KMH[travelMode]), 1);
  else if (wasMinutes && !isMinutes) transform = scaleTransform(c.transform, metresPerMinute(THRESHOLD_SPEED_KMH[c.measure.travelMode ?? 'motorbike']), -1);
  else if (wasMinutes && isMinutes && travelMode !== c.measure.travelMode) {
    transform = scaleTransform(c.transform, THRESHOLD_SPEED_KMH[c.measure.travelMode ?? 'motorbike'] / THRESHOLD_SPEED_KMH[travelMode], 1);
  }
  return { ...c, measure, transform };
}
