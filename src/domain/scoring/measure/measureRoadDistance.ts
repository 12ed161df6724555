// Measure `distance_to_nearest` along the roads (distanceMode road_m or travel_min): from the parcel's
// representative point to the nearest target, in the travel field's unit (metres or minutes). The
// field (network/buildTravelField.ts) holds one multi-source search from the targets, done once per run;
// here each parcel is only snapped to its nearest usable road and read off (network/travelCostFromPoint.ts).
import type { TravelField } from '../../network/buildTravelField.ts';
import { travelCostFromPoint } from '../../network/travelCostFromPoint.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { parcelRepresentativePoint } from './parcelRepresentativePoint.ts';

/** Writes each cell parcel's cost into `out`: Infinity when no target can be reached (or there is no road). */
export function measureRoadDistance(g: CellGeometry, field: TravelField | null, out: Float64Array) {
  if (!field) {
    for (const p of g.cellParcels) out[p] = Infinity;
    return;
  }
  const at = { lon: 0, lat: 0 };
  for (const p of g.cellParcels) {
    parcelRepresentativePoint(g, p, at);
    out[p] = travelCostFromPoint(field, at.lon, at.lat).cost;
  }
}
