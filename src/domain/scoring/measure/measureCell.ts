// One grid cell, every measure: the cell's parcels are gathered into the cell's metric frame once, then
// each measure writes its values for them, and the values go to the parcels' slots in the run's arrays.
//
// A new measure: add its kind to MeasureKind (../scenario.ts), write it as measure/<verb>.ts taking the
// CellGeometry and the cell's output array (the existing measures show the pattern, with a fixture test
// in test/unit/scoring/measures.test.ts), and add its case to the switch below.
import { localScaleDrift } from '../../geo/localScaleDrift.ts';
import { localScaleM } from '../../geo/localScaleM.ts';
import type { TravelField } from '../../network/buildTravelField.ts';
import type { FeatureSet } from '../buildFeatureSet.ts';
import type { MeasureContext } from '../measureContext.ts';
import type { PackedParcels } from '../packParcels.ts';
import type { MeasureSpec } from '../scenario.ts';
import type { CellGrid } from './buildCellGrid.ts';
import type { Box, CellGeometry, Frame, NearestEdge } from './cellGeometry.ts';
import { CellParcels } from './cellParcels.ts';
import { CellScratch } from './cellScratch.ts';
import { countWithinRadius } from './countWithinRadius.ts';
import { measureAreaM2 } from './measureAreaM2.ts';
import { measureAttributeCode } from './measureAttributeCode.ts';
import { measureInsidePolygon } from './measureInsidePolygon.ts';
import { measureNearestDistanceM, newHint, type DistanceHint } from './measureNearestDistanceM.ts';
import { measureOverlapShare } from './measureOverlapShare.ts';
import { measureJobsGravity } from './measureJobsGravity.ts';
import { measureJobsWithinReach, type JobsReach } from './measureJobsWithinReach.ts';
import { measureRoadDistance } from './measureRoadDistance.ts';
import { findSharedMeasures } from './findSharedMeasures.ts';
import { valueWithoutSource } from './valueWithoutSource.ts';

/** One measure of a run, looked up once per run rather than by key in every cell. */
interface RunMeasure {
  spec: MeasureSpec;
  set: FeatureSet | null;
  /** Along the roads: distance_to_nearest's travel field (undefined for a straight distance), jobs_within_reach's parks. */
  travel: TravelField | JobsReach | null | undefined;
  /** The run's values, by input parcel number. */
  out: Float64Array;
  /** The current cell's values, by cell parcel number, until they are written to `out`. */
  cellOut: Float64Array;
  /** distance_to_nearest: the previous cell's winners. */
  hint: DistanceHint;
  /** attribute: the parcels' own codes (by input number), the run's code list and its index. */
  own: (string | null)[] | undefined;
  categories: string[];
  categoryIndex: Map<string, number>;
  /** An earlier measure of the run with the same values (findSharedMeasures), or −1: copied whole by completeRun. */
  sameAs: number;
  /** The value of every measurable parcel when the measure has no source (valueWithoutSource): filled by completeRun. */
  constant: number | undefined;
}

/** The state of one measuring run, passed down to every cell (nothing is kept at module level). */
export interface MeasureRun {
  parcels: PackedParcels;
  grid: CellGrid;
  measures: RunMeasure[];
  /** The measures measured cell by cell (not shared with an earlier one, not without source). */
  perCell: RunMeasure[];
  cell: CellParcels;
  scratch: CellScratch;
  nearestEdge: NearestEdge;
}

/**
 * A run over `parcels` writing into `values` (by measure key); attribute measures append their codes
 * to `categories[key]` (which must exist for them).
 */
export function createMeasureRun(
  ctx: MeasureContext, parcels: PackedParcels, grid: CellGrid, values: Record<string, Float64Array>, categories: Record<string, string[]>,
): MeasureRun {
  const measures = [...ctx.specs].map(([key, spec]): RunMeasure => ({
    spec,
    set: ctx.sets.get(key) ?? null,
    travel: ctx.travel?.get(key),
    out: values[key],
    cellOut: new Float64Array(64),
    hint: newHint(),
    own: spec.kind === 'attribute' ? parcels.attributes[spec.property ?? 'landuse_code'] : undefined,
    categories: categories[key] ?? [],
    categoryIndex: new Map((categories[key] ?? []).map((code, i) => [code, i])),
    sameAs: -1,
    constant: valueWithoutSource(spec, ctx.sets.get(key) ?? null, ctx.travel?.get(key)),
  }));
  const sameAs = findSharedMeasures(measures);
  measures.forEach((m, k) => (m.sameAs = sameAs[k]));
  // Measured per cell: the others are written whole once the cells are done (completeRun).
  const perCell = measures.filter((m) => m.sameAs < 0 && m.constant === undefined);
  return { parcels, grid, measures, perCell, cell: new CellParcels(), scratch: new CellScratch(), nearestEdge: { j: 0, i: 0 } };
}

/**
 * Writes the measures that are not measured per cell, once every cell of the run is measured: a measure
 * without source is filled with its value (NaN stays for the parcels in no cell), a measure with the
 * same values as an earlier one is copied from it — sequential writes, where per cell each parcel's
 * slot was a random write.
 */
export function completeRun(run: MeasureRun) {
  const { measures, grid } = run;
  for (const m of measures) {
    if (m.constant !== undefined) {
      m.out.fill(m.constant);
      for (const p of grid.unplaced) m.out[p] = NaN;
    } else if (m.sameAs >= 0) {
      m.out.set(measures[m.sameAs].out);
    }
  }
}

/** Measures the parcels of grid cell `c` and writes their values to their slots. */
export function measureCell(run: MeasureRun, c: number) {
  const { grid, cell, perCell: measures } = run;
  const inputParcels = grid.order.subarray(grid.cellStarts[c], grid.cellStarts[c + 1]);
  const { bx0, by0, bx1, by1 } = cell.gather(run.parcels, inputParcels);
  const lat0 = (by0 + by1) / 2;
  const scale = localScaleM(lat0);
  const frame: Frame = { lon0: (bx0 + bx1) / 2, lat0, kx: scale.kx, ky: scale.ky, drift: localScaleDrift(lat0, scale) };
  cell.toFrame(frame);
  const cellParcels = cell.numbers;
  for (const k of measures) if (k.cellOut.length < cellParcels.length) k.cellOut = new Float64Array(2 * cellParcels.length);
  const cellBox: Box = [bx0, by0, bx1, by1];
  const g: CellGeometry = {
    parcels: cell, local: cell.local, frame, cellBox, cellParcels, scratch: run.scratch, nearestEdge: run.nearestEdge, cellIndex: c, cellRow: Math.floor(c / grid.nx),
  };
  for (let k = 0; k < measures.length; k++) {
    const { spec, set, cellOut: out } = measures[k];
    switch (spec.kind) {
      case 'area':
        measureAreaM2(g, out);
        break;
      case 'distance_to_nearest': {
        const travel = measures[k].travel;
        if (travel !== undefined) measureRoadDistance(g, travel as TravelField | null, out);
        else measureNearestDistanceM(g, set, out, measures[k].hint);
        break;
      }
      case 'count_within_radius':
        countWithinRadius(g, set, spec.radiusM ?? 500, out);
        break;
      case 'inside_polygon':
        measureInsidePolygon(g, set, out);
        break;
      case 'overlap_share':
        measureOverlapShare(g, set, out);
        break;
      case 'jobs_within_reach':
        measureJobsWithinReach(g, (measures[k].travel ?? null) as JobsReach | null, spec.withinMin ?? 15, out);
        break;
      case 'jobs_gravity':
        measureJobsGravity(g, (measures[k].travel ?? null) as JobsReach | null, spec.decayPerMin ?? 0.1, out);
        break;
      case 'attribute': {
        const m = measures[k];
        measureAttributeCode(g, set, out, m.own, inputParcels, m.categories, m.categoryIndex);
        break;
      }
    }
  }
  for (const k of measures) {
    const { out, cellOut } = k;
    for (let i = 0; i < inputParcels.length; i++) out[inputParcels[i]] = cellOut[i];
  }
}
