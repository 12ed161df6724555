// Measure `distance_to_nearest` along the roads (distanceMode road_m or travel_min): from the parcel's
// representative point to the nearest target, in the travel field's unit (metres or minutes). The
// field (network/buildTravelField.ts) holds one multi-source search from the targets, done once per run;
// here each parcel is only snapped to its nearest usable road (snapCellToRoads.ts) and read off.
import type { TravelField } from '../../network/buildTravelField.ts';
import { travelCostFromSnap } from '../../network/travelCostFromPoint.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { snapCellToRoads } from './snapCellToRoads.ts';

/** Writes each cell parcel's cost into `out`: Infinity when no target can be reached (or there is no road). */
export function measureRoadDistance(g: CellGeometry, field: TravelField | null, out: Float64Array) {
  if (!field || !snapCellToRoads(g, field, (p, snap) => (out[p] = travelCostFromSnap(field, snap)))) {
    for (const p of g.cellParcels) out[p] = Infinity;
  }
}
