// The polygon helpers the audit relies on: union counts overlaps once, difference returns the slice
// outside, intersection the common part; distance from a parcel to a road in metres.
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import CheapRuler from 'cheap-ruler';
import { geodesicAreaM2 } from '../../../src/domain/geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../../src/domain/geo/intersectPolygons.ts';
import { polygonToLineDistanceM } from '../../../src/domain/geo/polygonToLineDistanceM.ts';
import { subtractPolygons } from '../../../src/domain/geo/subtractPolygons.ts';
import { unionPolygons } from '../../../src/domain/geo/unionPolygons.ts';

const ruler = new CheapRuler(15.12, 'meters');
const at = (x: number, y: number): [number, number] => [108.8 + x / ruler.kx, 15.12 + y / ruler.ky];
const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]],
});

describe('polygon set operations', () => {
  it('union of two overlapping 100 × 50 m parcels is 150 × 50 m (overlap counted once)', () => {
    const u = unionPolygons([rect(0, 0, 100, 50), rect(50, 0, 150, 50)]);
    expect(geodesicAreaM2(u)).toBeCloseTo(geodesicAreaM2(rect(0, 0, 150, 50)), 1);
    expect(unionPolygons([])).toBeNull();
  });

  it('difference gives the slice outside; intersection the part inside; disjoint gives null', () => {
    const parcel = rect(80, 0, 120, 50);
    const boundary = rect(0, 0, 100, 100);
    expect(geodesicAreaM2(subtractPolygons(parcel, [boundary]))).toBeCloseTo(geodesicAreaM2(rect(100, 0, 120, 50)), 1);
    expect(geodesicAreaM2(intersectPolygons(parcel, boundary))).toBeCloseTo(geodesicAreaM2(rect(80, 0, 100, 50)), 1);
    expect(intersectPolygons(rect(0, 0, 10, 10), rect(20, 0, 30, 10))).toBeNull();
    expect(subtractPolygons(rect(0, 0, 10, 10), [rect(-5, -5, 15, 15)])).toBeNull();
  });
});

describe('polygonToLineDistanceM', () => {
  const parcel = rect(0, 0, 100, 50);
  const line = (y: number, x0 = -50, x1 = 150): LineString => ({ type: 'LineString', coordinates: [at(x0, y), at(x1, y)] });

  it('measures the gap to a parallel road in metres', () => {
    expect(polygonToLineDistanceM(parcel, line(-30))).toBeCloseTo(30, 1);
    expect(polygonToLineDistanceM(parcel, line(125))).toBeCloseTo(75, 1);
  });

  it('is 0 when the road touches, crosses or lies inside the parcel', () => {
    expect(polygonToLineDistanceM(parcel, line(0))).toBe(0);
    expect(polygonToLineDistanceM(parcel, line(25))).toBe(0);
    expect(polygonToLineDistanceM(parcel, line(25, 20, 80))).toBe(0);
  });

  it('measures to a road end beyond the corner (diagonal 30–40–50 m)', () => {
    expect(polygonToLineDistanceM(parcel, { type: 'LineString', coordinates: [at(130, 90), at(200, 200)] })).toBeCloseTo(50, 0);
  });
});
