import { describe, expect, it } from 'vitest';
import { classifyChoropleth } from '../../../src/domain/targets/classifyChoropleth.ts';

describe('classifyChoropleth', () => {
  it('keeps zero apart and splits the positive counts at their quantiles', () => {
    const values = [0, 0, 0, 100, 200, 300, 400, 500, 600, 700, 800];
    const { classes, classIndex } = classifyChoropleth(values, 4);
    expect(classes).toEqual([
      { min: 0, max: 0, count: 3 },
      { min: 100, max: 200, count: 2 },
      { min: 201, max: 400, count: 2 },
      { min: 401, max: 600, count: 2 },
      { min: 601, max: 800, count: 2 },
    ]);
    expect(classIndex).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('merges classes with the same top (few distinct values) and counts every value once', () => {
    const values = [0, 1200, 1200, 1200, 50];
    const { classes, classIndex } = classifyChoropleth(values, 4);
    expect(classes.map((c) => [c.min, c.max])).toEqual([[0, 0], [50, 50], [51, 1200]]);
    expect(classes.reduce((n, c) => n + c.count, 0)).toBe(values.length);
    expect(classIndex).toEqual([0, 2, 2, 2, 1]);
  });

  it('has only the zero class when nothing is counted', () => {
    expect(classifyChoropleth([0, 0]).classes).toEqual([{ min: 0, max: 0, count: 2 }]);
  });
});
