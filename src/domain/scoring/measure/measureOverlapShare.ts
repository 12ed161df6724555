// Measure `overlap_share`: the share of the parcel covered by source polygons (e.g. flood zones).
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { loadCandidates } from './loadCandidates.ts';
import { edgesMeetingParcel, overlapAreaM2 } from './overlapAreaM2.ts';
import { parcelAreaM2 } from './parcelInCell.ts';
import { insideAnyPolygon, insidePolygon, insidePolygonBox } from './sourcePolygons.ts';

/**
 * Writes into `out` the share (0…1) of each cell parcel's area covered by the source polygons (their
 * union); 0 with no source polygon.
 */
export function measureOverlapShare(g: CellGeometry, set: FeatureSet | null, out: Float64Array) {
  if (!set || set.polygonCount === 0) {
    for (const p of g.cellParcels) out[p] = 0;
    return;
  }
  const m = loadCandidates(g, set, 0);
  if (m === 0) {
    // No source boundary crosses the cell box: the whole box is on one side of every polygon.
    const inside = insideAnyPolygon(set, g.frame.lon0, g.frame.lat0, -1) ? 1 : 0;
    for (const p of g.cellParcels) out[p] = inside;
    return;
  }
  const { ringStarts, parcelRingStarts, coords } = g.parcels;
  // The polygons whose box meets the cell: every polygon whose box holds a point of the cell
  // (what insideAnyPolygon would search for per parcel).
  const polys = set.polygonIndex!.search(g.cellBox[0], g.cellBox[1], g.cellBox[2], g.cellBox[3]);
  for (const p of g.cellParcels) {
    const k = edgesMeetingParcel(g, p, m);
    if (k === 0) {
      const v = ringStarts[parcelRingStarts[p]];
      const lon = coords[2 * v], lat = coords[2 * v + 1];
      let inside = 0;
      for (const gi of polys) {
        if (insidePolygonBox(set, gi, lon, lat) && insidePolygon(set, gi, lon, lat)) {
          inside = 1;
          break;
        }
      }
      out[p] = inside;
      continue;
    }
    const area = parcelAreaM2(g, p);
    const share = area > 0 ? overlapAreaM2(g, p, set, k, -1) / area : 0;
    // Round-off where edges touch must not read as "overlaps" (a constraint may test share > 0).
    out[p] = share < 1e-9 ? 0 : share > 1 - 1e-9 ? 1 : share;
  }
}
