// How many parcels a run scored (not excluded): the "rank n / N" of a hover, the legend's excluded count and the
// panel's counts read it for the same array, so it is counted once per result (a hover over 2M parcels must not loop).
import { NOT_EXCLUDED } from './combineScores.ts';

const counted = new WeakMap<Int16Array, number>();

export function countScored(excludedBy: Int16Array): number {
  let n = counted.get(excludedBy);
  if (n === undefined) {
    n = 0;
    for (let i = 0; i < excludedBy.length; i++) if (excludedBy[i] === NOT_EXCLUDED) n++;
    counted.set(excludedBy, n);
  }
  return n;
}

/** The count the scoring worker made with the scores (countScored there): the page's later calls read it, not 2M entries. */
export function recordScoredCount(excludedBy: Int16Array, scored: number): void {
  counted.set(excludedBy, scored);
}
