// A feature's commune: the one its data names, else the one it lies in (imported features), else none.
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assignCommune } from '../../../src/domain/geo/assignCommune.ts';
import { communeOfFeature } from '../../../src/domain/geo/communeOfFeature.ts';

const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 15], [x + 1, 15], [x + 1, 16], [x, 16], [x, 15]]] });
const assign = assignCommune([
  { code: '99001', name: 'Xã Tây', geometry: square(108) },
  { code: '99002', name: 'Xã Đông', geometry: square(109) },
]);
const at = (lon: number, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, 15.5] } });

describe('communeOfFeature', () => {
  it('keeps the commune the data names, even where the geometry says otherwise', () => {
    expect(communeOfFeature(at(108.5, { commune_code: '21181', commune_name: 'Thọ Phong' }), assign)).toEqual({ code: '21181', name: 'Thọ Phong' });
    expect(communeOfFeature(at(108.5, { commune_name: 'Thọ Phong' }), assign)).toEqual({ code: '', name: 'Thọ Phong' });
  });

  it('computes it from the admin layer for a feature without one', () => {
    expect(communeOfFeature(at(109.5, { commune_name: '' }), assign)).toEqual({ code: '99002', name: 'Xã Đông' });
    expect(communeOfFeature(at(111), assign)).toBeNull();
    expect(communeOfFeature(at(109.5), null)).toBeNull();
  });
});
