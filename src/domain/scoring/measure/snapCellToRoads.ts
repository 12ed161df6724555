// Snapping a cell's parcels to their nearest usable road, for the measures along the roads.
//
// The candidate roads are found once per cell: every parcel point lies within the cell's half-diagonal of
// the cell centre, so its nearest road is within (centre's nearest road + half-diagonal) — the edges whose
// boxes meet the cell box grown by that much. Each parcel then scans that short list (exact).
import type { TravelField } from '../../network/buildTravelField.ts';
import { snapToEdges, snapToGraph, type GraphSnap } from '../../network/snapToGraph.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { parcelRepresentativePoint } from './parcelRepresentativePoint.ts';

/**
 * Calls `visit(p, snap)` for each cell parcel with its representative point snapped to the field's usable
 * roads (the same `snap` object, reused); returns false without visiting when there is no usable road.
 */
export function snapCellToRoads(g: CellGeometry, field: TravelField, visit: (p: number, snap: GraphSnap) => void): boolean {
  const centre = snapToGraph(field.graph, g.frame.lon0, g.frame.lat0, field.usable);
  if (!centre) return false;
  const { lon0, lat0, kx, ky, drift } = g.frame;
  const [bx0, by0, bx1, by1] = g.cellBox;
  const hx = Math.max(bx1 - lon0, lon0 - bx0) * kx, hy = Math.max(by1 - lat0, lat0 - by0) * ky;
  // Grown a little for the scale's change across the cell (the frame's kx, ky are the centre's).
  const r = (centre.distanceM + Math.sqrt(hx * hx + hy * hy)) * 1.01 + 1;
  const candidates = field.graph.edgeIndex!.search(bx0 - r / kx, by0 - r / ky, bx1 + r / kx, by1 + r / ky, field.usable);
  const at = { lon: 0, lat: 0 };
  const snap: GraphSnap = { edge: -1, t: 0, distanceM: Infinity };
  for (const p of g.cellParcels) {
    parcelRepresentativePoint(g, p, at);
    snap.distanceM = Infinity;
    // The scale at the parcel's own latitude (as snapToGraph takes it), from the frame's drift fit.
    const y = (at.lat - lat0) * ky;
    snapToEdges(field.graph, at.lon, at.lat, candidates, snap, kx * (1 + y * (drift.x1 + y * drift.x2)), ky * (1 + y * (drift.y1 + y * drift.y2)));
    visit(p, snap);
  }
  return true;
}
