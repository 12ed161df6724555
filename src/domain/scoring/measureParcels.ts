// The measure stage: per parcel raw values (metres, counts, shares, codes, m²) into typed arrays.
// Expensive, so it runs once per data change; weights never come here.
//
// Parcels are grouped into grid cells of ~24 parcels (measure/buildCellGrid.ts); each cell is measured
// as a whole (measure/measureCell.ts): per cell and measure the few source features that can matter are
// found with the R-tree and converted once into the cell's local metric frame (WGS84 scale factors at
// the cell's latitude), and each parcel loops over that short list. One file per measure in measure/:
// measureNearestDistanceM, countWithinRadius, measureInsidePolygon, measureOverlapShare,
// measureAttributeCode, measureAreaM2, and along the roads measureRoadDistance, measureJobsWithinReach. This file runs the cells: all at once, in steps, or shared
// between threads through a counter.
import type { MeasureContext } from './measureContext.ts';
import type { PackedParcels } from './packParcels.ts';
import { buildCellGrid } from './measure/buildCellGrid.ts';
import { completeRun, createMeasureRun, measureCell } from './measure/measureCell.ts';
import { renumberCategories } from './renumberCategories.ts';

export interface Measures {
  count: number;
  /** Raw value per parcel, by measure key (NaN when the parcel's geometry is unusable). */
  values: Record<string, Float64Array>;
  /** For `attribute` measures: value = index into this list (NaN when no code). */
  categories: Record<string, string[]>;
  /** Parcels whose geometry could not be measured (see PackedParcels.invalid for the reason). */
  invalid: number[];
}

export interface MeasureJob {
  totalCells: number;
  doneCells: number;
  /** Measures up to `maxCells` more cells; returns true when all are done. */
  step(maxCells: number): boolean;
  result: Measures;
}

/** For splitting one measuring run over threads (see scripts/cli/_measureInThreads.ts). */
export interface MeasureJobOptions {
  /**
   * Write into these arrays (e.g. on SharedArrayBuffers) instead of new ones: the job writes every
   * parcel's slot (NaN for unusable geometry). Leave attribute measures out unless `categories` is
   * given: their values index the job's own code list.
   */
  values?: Record<string, Float64Array>;
  /**
   * Cells are handed out in blocks through this shared counter (`claim[0]` = the next cell to
   * measure, in the grid's order), so a thread that finishes early takes more blocks. Each thread
   * runs its own job over the same parcels with the same counter: same grid, same values as one run.
   * `claim[1]` starts at the number of jobs sharing the counter: the last job to finish its cells
   * writes the measures that are written whole (completeRun) into the shared `values`, which must
   * then hold every measure (the attribute ones only with `categories`).
   */
  claim?: Int32Array;
  /**
   * Attribute measures index into these code lists (by measure key; the same lists for every job sharing
   * `claim`, holding every code the measure can meet) and write into `values` like the other measures;
   * the caller puts each list in the order of first use (renumberCategories) once every job is done.
   */
  categories?: Record<string, string[]>;
}

/** Cells per claimed block (threads sharing a counter): large enough that neighbours share hints. */
const CLAIM_BLOCK = 64;

/** Measures every parcel (synchronously). For progress and cancel, use `createMeasureJob`. */
export function measureParcels(ctx: MeasureContext, parcels: PackedParcels): Measures {
  const job = createMeasureJob(ctx, parcels);
  job.step(Infinity);
  return job.result;
}

/** A resumable measuring run over every parcel. */
export function createMeasureJob(ctx: MeasureContext, parcels: PackedParcels, options: MeasureJobOptions = {}): MeasureJob {
  const n = parcels.count;
  const keys = [...ctx.specs.keys()];
  const values: Record<string, Float64Array> = {};
  const categories: Record<string, string[]> = {};
  for (const key of keys) {
    // Every parcel's slot gets written (a value, or NaN below for unusable geometry), except, with
    // `claim`, the cells other jobs take: their slots in this job's own arrays must read "none".
    values[key] = options.values?.[key] ?? (options.claim ? new Float64Array(n).fill(NaN) : new Float64Array(n));
    if (ctx.specs.get(key)!.kind === 'attribute') categories[key] = [...(options.categories?.[key] ?? [])];
  }
  const grid = buildCellGrid(parcels);
  // No usable geometry: in no cell, so NaN is written here.
  for (const p of grid.unplaced) for (const key of keys) values[key][p] = NaN;
  const { nonEmpty } = grid;
  const run = createMeasureRun(ctx, parcels, grid, values, categories);
  let finished = false;

  const job: MeasureJob = {
    totalCells: nonEmpty.length,
    doneCells: 0,
    result: { count: n, values, categories, invalid: parcels.invalid.map((x) => x.featureIndex) },
    step(maxCells: number): boolean {
      const claim = options.claim;
      if (claim) {
        // Shared blocks: this job's share is whatever it claims until the grid is done;
        // doneCells counts the cells claimed by all jobs.
        for (let measured = 0; measured < maxCells; ) {
          const first = Atomics.add(claim, 0, CLAIM_BLOCK);
          if (first >= nonEmpty.length) {
            job.doneCells = nonEmpty.length;
            // Atomics order the other jobs' cell writes before their count-down, so the last one sees them all.
            if (!finished && Atomics.sub(claim, 1, 1) === 1) completeRun(run);
            finish();
            return true;
          }
          const last = Math.min(nonEmpty.length, first + CLAIM_BLOCK);
          for (let k = first; k < last; k++) measureCell(run, nonEmpty[k]);
          measured += last - first;
          job.doneCells = Math.min(nonEmpty.length, last);
        }
        return false;
      }
      const start = job.doneCells;
      const end = Math.min(nonEmpty.length, job.doneCells + maxCells);
      for (let k = start; k < end; k++) measureCell(run, nonEmpty[k]);
      job.doneCells = end;
      if (end >= nonEmpty.length && !finished) {
        completeRun(run);
        finish();
      }
      return end >= nonEmpty.length;
    },
  };

  function finish() {
    if (finished) return;
    finished = true;
    if (options.categories) return;
    for (const key of Object.keys(categories)) categories[key] = renumberCategories(values[key], categories[key]);
  }
  return job;
}
