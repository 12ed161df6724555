// A measure that has nothing to read — no source feature (a layer the project lacks, a filter that keeps
// nothing) — has one value for every parcel with usable geometry: the value its measure file writes in
// that case. Such a measure is then written once per run with one sequential fill (measureCell.ts)
// instead of per cell into each parcel's slot (a random write per parcel when parcels come in random
// order, ≈ 12 % of a 1M run over all measures).
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { MeasureSpec } from '../scenario.ts';

/** The value of every measurable parcel when the measure's source is empty, or undefined when it must be measured. */
export function valueWithoutSource(spec: MeasureSpec, set: FeatureSet | null, travel: unknown): number | undefined {
  // Along the roads, and jobs: their own rules (measureRoadDistance, measureJobs*).
  if (travel !== undefined) return undefined;
  switch (spec.kind) {
    case 'distance_to_nearest':
      return !set || set.segmentCount === 0 ? Infinity : undefined; // as measureNearestDistanceM
    case 'count_within_radius':
      return !set || !set.pointIndex ? 0 : undefined; // as countWithinRadius
    case 'inside_polygon':
    case 'overlap_share':
      return !set || set.polygonCount === 0 ? 0 : undefined; // as measureInsidePolygon, measureOverlapShare
    default:
      return undefined;
  }
}
