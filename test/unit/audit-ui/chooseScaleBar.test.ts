import { describe, expect, it } from 'vitest';
import { chooseScaleBar } from '../../../src/ui/audit/chooseScaleBar.ts';

describe('chooseScaleBar: the sheet map scale bar', () => {
  it('takes the longest round length (1, 2, 5 × 10ⁿ m) that fits', () => {
    expect(chooseScaleBar(2, 120)).toEqual({ lengthM: 200, lengthPx: 100, label: '200 m' });
    expect(chooseScaleBar(2, 99)).toEqual({ lengthM: 100, lengthPx: 50, label: '100 m' });
    expect(chooseScaleBar(20, 150)).toEqual({ lengthM: 2000, lengthPx: 100, label: '2 km' });
    expect(chooseScaleBar(0.5, 120)).toEqual({ lengthM: 50, lengthPx: 100, label: '50 m' });
  });
  it('gives nothing for a degenerate map', () => {
    expect(chooseScaleBar(0, 100)).toBeNull();
    expect(chooseScaleBar(Number.NaN, 100)).toBeNull();
  });
});
