// Measure `jobs_within_reach`: the workers of the source features (industrial parks, each its own
// polygon) whose travel time along the roads from the parcel is at most `withinMin` minutes — a
// cumulative-opportunity measure. One travel field per park (one search each, once per run); each
// parcel is snapped once and read off every park's field.
import type { TravelField } from '../../network/buildTravelField.ts';
import { travelCostFromSnap } from '../../network/travelCostFromPoint.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { snapCellToRoads } from './snapCellToRoads.ts';

/** Each park's travel field and its workers. */
export interface JobsReach {
  fields: TravelField[];
  workers: number[];
}

export function measureJobsWithinReach(g: CellGeometry, reach: JobsReach | null, withinMin: number, out: Float64Array) {
  for (const p of g.cellParcels) out[p] = 0;
  if (!reach || reach.fields.length === 0) return;
  const { fields, workers } = reach;
  snapCellToRoads(g, fields[0], (p, snap) => {
    let sum = 0;
    for (let k = 0; k < fields.length; k++) if (travelCostFromSnap(fields[k], snap) <= withinMin) sum += workers[k];
    out[p] = sum;
  });
}
