import { describe, expect, it } from 'vitest';
import { classOfScore, computeQuantileBreaks, SCORE_CLASS_SHARES } from '../../../src/domain/scoring/computeQuantileBreaks.ts';

describe('computeQuantileBreaks: score classes that give the top of the ranking its own classes', () => {
  // 0, 1, …, 100: the quantile at share p is 100 p exactly.
  const uniform = Float64Array.from({ length: 101 }, (_, i) => i);

  it('puts the limits at the 30, 50, 70, 80 and 90 % quantiles, between the lowest and the highest score', () => {
    expect(SCORE_CLASS_SHARES).toEqual([0.3, 0.5, 0.7, 0.8, 0.9]);
    expect(computeQuantileBreaks(uniform)).toEqual([0, 30, 50, 70, 80, 90, 100]);
  });

  it('leaves excluded parcels (NaN) out and interpolates between scores', () => {
    const scores = Float64Array.from([NaN, 10, 20, NaN, 30, 40]);
    // Four scores: the median lies halfway between 20 and 30.
    expect(computeQuantileBreaks(scores, [0.5])).toEqual([10, 25, 40]);
  });

  it('merges equal limits when many parcels tie, and is empty with nothing scored', () => {
    const tied = Float64Array.from([50, 50, 50, 50, 50, 50, 50, 50, 60, 70]);
    const breaks = computeQuantileBreaks(tied);
    expect(breaks[0]).toBe(50);
    expect(breaks[breaks.length - 1]).toBe(70);
    expect(new Set(breaks).size).toBe(breaks.length);
    expect(breaks.length).toBeLessThan(7);
    expect(computeQuantileBreaks(Float64Array.from([NaN, NaN]))).toEqual([]);
    // One distinct score: one class.
    expect(computeQuantileBreaks(Float64Array.from([42, 42]))).toEqual([42, 42]);
  });

  it('puts each score in its class, the best 10 % in the last one; excluded is −1', () => {
    const breaks = computeQuantileBreaks(uniform);
    expect(classOfScore(0, breaks)).toBe(0);
    expect(classOfScore(29.9, breaks)).toBe(0);
    expect(classOfScore(30, breaks)).toBe(1);
    expect(classOfScore(89.9, breaks)).toBe(4);
    expect(classOfScore(90, breaks)).toBe(5);
    expect(classOfScore(100, breaks)).toBe(5);
    expect(classOfScore(NaN, breaks)).toBe(-1);
    const best = [...uniform].filter((s) => classOfScore(s, breaks) === 5);
    expect(best).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
  });
});
