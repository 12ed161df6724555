import { describe, expect, it } from 'vitest';
import { parseUrlState, serialiseUrlState, type UrlState } from '../../../src/state/urlState.ts';

describe('URL state', () => {
  it('round-trips view, layers, language and basemap', () => {
    const state: UrlState = {
      center: [108.81172, 15.12388],
      zoom: 11.5,
      visibleLayers: ['industrial_zones', 'transport'],
      language: 'en',
      basemap: 'osm',
    };
    const hash = serialiseUrlState(state);
    expect(hash).toBe('#map=11.50/15.12388/108.81172&layers=industrial_zones,transport&lang=en&basemap=osm');
    expect(parseUrlState(hash)).toEqual(state);
  });

  it('keeps an empty layer list distinct from "no layer list"', () => {
    expect(parseUrlState('#layers=').visibleLayers).toEqual([]);
    expect(parseUrlState('#lang=vi').visibleLayers).toBeUndefined();
  });

  it('ignores malformed or out-of-range values instead of breaking the app', () => {
    expect(parseUrlState('#map=abc/1/2&lang=fr&basemap=google')).toEqual({});
    expect(parseUrlState('#map=9/95/108')).toEqual({});
    expect(parseUrlState('')).toEqual({});
  });
});
