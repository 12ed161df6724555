// Measure `jobs_gravity`: the workers of every industrial park (each its own polygon) weighted by how far
// it is in travel time along the roads — Σ workers × exp(−β · minutes), a negative-exponential gravity
// (accessibility) measure. Unlike jobs_within_reach there is no hard limit: a park 16 minutes away still
// counts, a little less than one 14 minutes away. A park that cannot be reached adds nothing.
// β (`decayPerMin`) sets the decay: at β = 0.1 a park 7 minutes away counts for half (ln 2 / β).
import { travelCostFromSnap } from '../../network/travelCostFromPoint.ts';
import type { CellGeometry } from './cellGeometry.ts';
import type { JobsReach } from './measureJobsWithinReach.ts';
import { snapCellToRoads } from './snapCellToRoads.ts';

/** The weight of a park `minutes` away: exp(−β · minutes), 0 when it cannot be reached. */
export function gravityWeight(minutes: number, decayPerMin: number): number {
  return Number.isFinite(minutes) ? Math.exp(-decayPerMin * minutes) : 0;
}

export function measureJobsGravity(g: CellGeometry, reach: JobsReach | null, decayPerMin: number, out: Float64Array) {
  for (const p of g.cellParcels) out[p] = 0;
  if (!reach || reach.fields.length === 0) return;
  const { fields, workers } = reach;
  snapCellToRoads(g, fields[0], (p, snap) => {
    let sum = 0;
    for (let k = 0; k < fields.length; k++) sum += workers[k] * gravityWeight(travelCostFromSnap(fields[k], snap), decayPerMin);
    out[p] = sum;
  });
}
