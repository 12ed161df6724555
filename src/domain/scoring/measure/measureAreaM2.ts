// Measure `area`: the parcel's area (m²).
import { kxRatio, kyRatio } from '../../geo/localScaleDrift.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { parcelAreaM2 } from './parcelInCell.ts';

/** Writes each cell parcel's area (m²) into `out`. */
export function measureAreaM2(g: CellGeometry, out: Float64Array) {
  for (const p of g.cellParcels) out[p] = parcelAreaAtOwnLatitudeM2(g, p);
}

/**
 * The parcel's area with the scale factors of its own latitude, not the cell's: up to ~3e-5 closer
 * to the ellipsoidal area (1 m² on a 4 ha parcel, which a planner comparing with the attribute table sees).
 */
function parcelAreaAtOwnLatitudeM2(g: CellGeometry, p: number): number {
  const b = g.parcels.bbox;
  const { lat0, ky, drift } = g.frame;
  const y = ((b[4 * p + 1] + b[4 * p + 3]) / 2 - lat0) * ky;
  return parcelAreaM2(g, p) * kxRatio(drift, y) * kyRatio(drift, y);
}
