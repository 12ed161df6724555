// packParcels hands each GeoJSON ring to the packer as it is (addPositions) instead of copying it into a flat
// array first (addRing): the packed parcels must be the same, value for value, on every kind of ring the
// packer's rules treat — closed and open rings, a closing point repeated, rings of 1–3 vertices, holes in either
// orientation, multipolygons, 3D positions, non-finite and text coordinates, no geometry at all.
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createParcelPacker } from '../../../src/domain/scoring/createParcelPacker.ts';
import { packParcels, type PackedParcels } from '../../../src/domain/scoring/packParcels.ts';
import { makeParcels } from '../../../scripts/bench/scoring.bench.ts';

/** The former path: every ring copied into a flat array of numbers, then addRing. */
function packByFlatCopy(features: Feature[], attributeKeys: string[] = []): PackedParcels {
  const packer = createParcelPacker(attributeKeys, { parcels: features.length, vertices: 0, rings: 0 });
  features.forEach((feature, p) => {
    packer.beginParcel(p);
    const g = feature.geometry;
    const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    for (const polygon of polygons) {
      polygon.forEach((ring, r) => {
        const xy = new Float64Array(2 * ring.length);
        ring.forEach((v, k) => {
          xy[2 * k] = Number(v[0]);
          xy[2 * k + 1] = Number(v[1]);
        });
        packer.addRing(xy, 0, ring.length, r === 0);
      });
    }
    packer.endParcel();
    for (const key of attributeKeys) {
      const v = feature.properties?.[key];
      packer.setAttribute(key, p, v === undefined || v === null ? null : String(v));
    }
  });
  return packer.finish();
}

const f = (geometry: Geometry | null, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties, geometry: geometry as Geometry });
const ccw = [[108.8, 15.1], [108.81, 15.1], [108.81, 15.11], [108.8, 15.11]];
const cw = [...ccw].reverse();
const closed = (ring: number[][]) => [...ring, ring[0]];
const inner = (ring: number[][]) => ring.map(([x, y]) => [108.805 + (x - 108.805) / 4, 15.105 + (y - 15.105) / 4]);

const RINGS: [string, Feature][] = [
  ['closed, counter-clockwise', f({ type: 'Polygon', coordinates: [closed(ccw)] }, { landuse_code: 'ODT' })],
  ['closed, clockwise (reversed)', f({ type: 'Polygon', coordinates: [closed(cw)] }, { landuse_code: 42 })],
  ['open (no closing point)', f({ type: 'Polygon', coordinates: [ccw] })],
  ['the closing point repeated', f({ type: 'Polygon', coordinates: [[...closed(ccw), ccw[0]]] })],
  ['every point repeated', f({ type: 'Polygon', coordinates: [closed(ccw).flatMap((v) => [v, v])] })],
  ['a triangle, closed', f({ type: 'Polygon', coordinates: [closed(ccw.slice(0, 3))] })],
  ['two distinct points, closed (dropped)', f({ type: 'Polygon', coordinates: [closed(ccw.slice(0, 2))] })],
  ['one point (dropped)', f({ type: 'Polygon', coordinates: [[ccw[0]]] })],
  ['an empty ring', f({ type: 'Polygon', coordinates: [[]] })],
  ['a hole given counter-clockwise', f({ type: 'Polygon', coordinates: [closed(ccw), closed(inner(ccw))] })],
  ['a hole given clockwise', f({ type: 'Polygon', coordinates: [closed(cw), closed(inner(cw))] })],
  ['a hole too small to keep', f({ type: 'Polygon', coordinates: [closed(ccw), [ccw[0], ccw[1], ccw[0]]] })],
  ['a multipolygon with a hole', f({ type: 'MultiPolygon', coordinates: [[closed(ccw), closed(inner(cw))], [closed(ccw.map(([x, y]) => [x + 0.02, y]))]] })],
  ['a multipolygon whose first part is degenerate', f({ type: 'MultiPolygon', coordinates: [[[ccw[0], ccw[0]]], [closed(cw)]] })],
  ['3D positions', f({ type: 'Polygon', coordinates: [closed(ccw.map(([x, y], i) => [x, y, 10 * i]))] })],
  ['a non-finite coordinate', f({ type: 'Polygon', coordinates: [closed([[NaN, 15.1], ...ccw.slice(1)])] })],
  ['text coordinates', f({ type: 'Polygon', coordinates: [closed(ccw.map(([x, y]) => [String(x), String(y)] as unknown as number[]))] })],
  ['closing point equal only as numbers', f({ type: 'Polygon', coordinates: [[...ccw.map(([x, y]) => [String(x), String(y)] as unknown as number[]), [108.8, 15.1]]] })],
  ['a point (not a polygon)', f({ type: 'Point', coordinates: [108.8, 15.1] })],
  ['no geometry', f(null)],
];

describe('packParcels reads rings where they are (no flat copy): the same packed parcels', () => {
  it.each(RINGS)('%s', (_name, feature) => {
    expect(packParcels([feature], ['landuse_code'])).toEqual(packByFlatCopy([feature], ['landuse_code']));
  });

  it('all of them in one run (parcel offsets, invalid parcels and attributes in order)', () => {
    const features = RINGS.map(([, feature]) => feature);
    const packed = packParcels(features, ['landuse_code']);
    expect(packed).toEqual(packByFlatCopy(features, ['landuse_code']));
    expect(packed.invalid.map((i) => i.featureIndex)).toEqual([6, 7, 8, 18, 19]);
  });

  it('the benchmark’s 20,000 synthetic parcels, on shared memory too', () => {
    const features = makeParcels(20000);
    const expected = packByFlatCopy(features);
    expect(packParcels(features)).toEqual(expected);
    const shared = packParcels(features, [], { shared: true });
    expect(shared.coords.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(shared.coords)).toEqual(Array.from(expected.coords));
  });
});
