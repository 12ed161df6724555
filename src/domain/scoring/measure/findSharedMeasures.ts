// Measures of one run that would compute the same values: same kind, same parameters, and source
// filters that select the same geometry (e.g. the preset's criterion "distance to an industrial zone"
// and its constraint "distance to a KCN/CCN" when every industrial zone is a KCN or a CCN). Such a
// measure is measured once and its values copied (measureCell.ts), the same numbers bit for bit.
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { MeasureSpec } from '../scenario.ts';

/** What a measure needs to be shared: its spec, its source set, and whether it goes along the roads. */
export interface ShareableMeasure {
  spec: MeasureSpec;
  set: FeatureSet | null;
  /** Along the roads (a travel field) or jobs: never shared here. */
  travel: unknown;
}

/** For each measure, the index of an earlier measure with the same values, or −1. */
export function findSharedMeasures(measures: ShareableMeasure[]): Int32Array {
  const sameAs = new Int32Array(measures.length).fill(-1);
  for (let k = 0; k < measures.length; k++) {
    const a = measures[k];
    if (!shareableKind(a)) continue;
    for (let j = 0; j < k; j++) {
      const b = measures[j];
      if (sameAs[j] >= 0 || !shareableKind(b) || a.spec.kind !== b.spec.kind) continue;
      if (a.spec.kind === 'count_within_radius' && (a.spec.radiusM ?? 500) !== (b.spec.radiusM ?? 500)) continue;
      if (sameGeometry(a.set, b.set)) {
        sameAs[k] = j;
        break;
      }
    }
  }
  return sameAs;
}

function shareableKind(m: ShareableMeasure): boolean {
  const kind = m.spec.kind;
  if (m.travel !== undefined) return false;
  return kind === 'distance_to_nearest' || kind === 'count_within_radius' || kind === 'inside_polygon' || kind === 'overlap_share';
}

/** Same segments, points and polygons, in the same order (then the indexes built from them are the same too). */
function sameGeometry(a: FeatureSet | null, b: FeatureSet | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.segmentCount === b.segmentCount && a.polygonCount === b.polygonCount &&
    sameNumbers(a.segments, b.segments) && sameNumbers(a.points, b.points) && sameNumbers(a.polygonCoords, b.polygonCoords) &&
    sameNumbers(a.ringStarts, b.ringStarts) && sameNumbers(a.polygonRingStarts, b.polygonRingStarts) &&
    sameNumbers(a.segmentPolygon, b.segmentPolygon) && sameNumbers(a.chunkStarts, b.chunkStarts)
  );
}

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(a[i] !== a[i] && b[i] !== b[i])) return false;
  return true;
}
