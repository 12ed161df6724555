// Measure `inside_polygon`: 1 when the parcel's representative point is inside a source polygon, else 0.
import { pointInFlatRings } from '../../geo/planarSegmentDistance.ts';
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { parcelRepresentativePoint } from './parcelRepresentativePoint.ts';
import { insidePolygonBox } from './sourcePolygons.ts';

/** Writes 1 or 0 per cell parcel into `out` (0 with no source polygon). */
export function measureInsidePolygon(g: CellGeometry, set: FeatureSet | null, out: Float64Array) {
  if (!set || set.polygonCount === 0) {
    for (const p of g.cellParcels) out[p] = 0;
    return;
  }
  // One R-tree search per cell: the polygons whose box meets the cell box hold every polygon whose
  // box holds a parcel's representative point (a vertex or the vertex centroid, so within the
  // parcel's box, within the cell box); each parcel tests those boxes as the search would.
  const [bx0, by0, bx1, by1] = g.cellBox;
  const polys = set.polygonIndex!.search(bx0, by0, bx1, by1);
  if (polys.length === 0) {
    for (const p of g.cellParcels) out[p] = 0;
    return;
  }
  const at = { lon: 0, lat: 0 };
  for (const p of g.cellParcels) {
    parcelRepresentativePoint(g, p, at);
    const { lon, lat } = at;
    let inside = 0;
    for (const gi of polys) {
      if (insidePolygonBox(set, gi, lon, lat) && pointInFlatRings(lon, lat, set.polygonCoords, set.ringStarts, set.polygonRingStarts[gi], set.polygonRingStarts[gi + 1])) {
        inside = 1;
        break;
      }
    }
    out[p] = inside;
  }
}
