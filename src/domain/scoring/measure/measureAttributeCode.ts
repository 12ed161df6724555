// Measure `attribute`: a code per parcel (e.g. land use), its own or the main source polygon's.
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { CellGeometry } from './cellGeometry.ts';
import { loadCandidates } from './loadCandidates.ts';
import { edgesMeetingParcel, overlapAreaM2 } from './overlapAreaM2.ts';
import { insidePolygon } from './sourcePolygons.ts';

/**
 * Writes into `out` each cell parcel's code as an index into `categories` (a new code is appended, and
 * `index` maps codes to their place): the parcel's own attribute when it has one, else the code of the
 * source polygon covering most of it; NaN when neither.
 * `own`: the parcels' own attribute (by input number: `inputParcels[p]` for cell parcel p), when they have one.
 */
export function measureAttributeCode(
  g: CellGeometry, set: FeatureSet | null, out: Float64Array, own: (string | null)[] | undefined, inputParcels: Uint32Array, categories: string[], index: Map<string, number>,
) {
  const codeIndex = (code: string | null) => {
    if (code === null) return NaN;
    let i = index.get(code);
    if (i === undefined) {
      i = categories.length;
      categories.push(code);
      index.set(code, i);
    }
    return i;
  };
  const m = set && set.polygonCount > 0 ? loadCandidates(g, set, 0) : 0;
  const { ringStarts, parcelRingStarts, coords } = g.parcels;
  for (const p of g.cellParcels) {
    const code = own ? own[inputParcels[p]] : null;
    if (code !== null && code !== undefined) {
      out[p] = codeIndex(code);
      continue;
    }
    if (!set || !set.polygonIndex) {
      out[p] = NaN;
      continue;
    }
    const b = g.parcels.bbox;
    const polys = set.polygonIndex.search(b[4 * p], b[4 * p + 1], b[4 * p + 2], b[4 * p + 3]);
    const k = m > 0 ? edgesMeetingParcel(g, p, m) : 0;
    const v = ringStarts[parcelRingStarts[p]];
    let bestArea = 0;
    let bestPoly = -1;
    for (const gi of polys) {
      let crossed = false;
      for (let c = 0; c < k && !crossed; c++) crossed = set.segmentPolygon[g.scratch.id[c]] === gi;
      let area: number;
      if (!crossed) area = insidePolygon(set, gi, coords[2 * v], coords[2 * v + 1]) ? Infinity : 0;
      else area = overlapAreaM2(g, p, set, k, gi);
      if (area > bestArea) {
        bestArea = area;
        bestPoly = gi;
      }
    }
    out[p] = bestPoly >= 0 ? codeIndex(set.polygonCodes[bestPoly]) : NaN;
  }
}
