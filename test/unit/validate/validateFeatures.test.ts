import { describe, expect, it } from 'vitest';
import type { Feature, Geometry, Polygon } from 'geojson';
import { validateFeatures } from '../../../src/domain/validate/validateFeatures.ts';
import { findRingCrossings } from '../../../src/domain/validate/findRingCrossings.ts';
import { detectSwappedLatLon } from '../../../src/domain/validate/detectSwappedLatLon.ts';
import { noteText } from '../renderText.ts';

const feat = (geometry: Geometry | null): Feature => ({ type: 'Feature', properties: {}, geometry: geometry as Geometry });

describe('validateFeatures', () => {
  it('leaves valid RFC 7946 features untouched, with no notes', () => {
    const poly: Polygon = { type: 'Polygon', coordinates: [[[108.8, 15.1], [108.81, 15.1], [108.81, 15.11], [108.8, 15.11], [108.8, 15.1]]] };
    const r = validateFeatures([feat(poly)]);
    expect(r.notes).toEqual([]);
    expect(r.features[0].geometry).toEqual(poly);
  });

  it('rewinds holes to clockwise and outer rings to counter-clockwise', () => {
    const outerCw = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]];
    const holeCcw = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]];
    // Wrong on both counts: outer clockwise, hole counter-clockwise.
    const r = validateFeatures([feat({ type: 'Polygon', coordinates: [outerCw, holeCcw] })]);
    const [outer, hole] = (r.features[0].geometry as Polygon).coordinates;
    expect(outer).toEqual([...outerCw].reverse());
    expect(hole).toEqual([...holeCcw].reverse());
    expect(r.notes[0]).toMatchObject({ code: 'ring-rewound', level: 'repaired', featureIndex: 0 });
    expect(noteText(r.notes[0], 'en')).toContain('rewound 2 ring(s)');
  });

  it('rejects non-finite coordinates and unknown geometry types', () => {
    const r = validateFeatures([feat({ type: 'Point', coordinates: [NaN, 15] }), feat({ type: 'Circle', coordinates: [1, 2] } as unknown as Geometry)]);
    expect(r.features).toHaveLength(0);
    expect(r.notes.map((n) => [n.code, n.featureIndex])).toEqual([['coordinates-not-finite', 0], ['geometry-invalid', 1]]);
  });

  it('drops a degenerate hole but keeps the polygon', () => {
    const r = validateFeatures([feat({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [3, 3], [2, 2]]] })]);
    expect((r.features[0].geometry as Polygon).coordinates).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ code: 'ring-too-short', level: 'repaired' });
  });
});

describe('findRingCrossings', () => {
  it('finds the crossing of a bow-tie and none in a square or a polygon with a hole', () => {
    expect(findRingCrossings([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]])).toBe(1);
    expect(findRingCrossings([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]])).toBe(0);
    expect(findRingCrossings([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]]])).toBe(0);
  });

  it('finds a hole crossing its outer ring, and works on large rings (sweep path)', () => {
    expect(findRingCrossings([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[8, 8], [12, 8], [12, 9], [8, 9], [8, 8]]])).toBeGreaterThan(0);
    const circle = Array.from({ length: 200 }, (_, i) => [Math.cos((i / 200) * 2 * Math.PI), Math.sin((i / 200) * 2 * Math.PI)]);
    circle.push(circle[0]);
    expect(findRingCrossings([circle])).toBe(0);
    const twisted = circle.map((p, i) => (i === 50 ? [p[0], -p[1] - 2] : p));
    expect(findRingCrossings([twisted])).toBeGreaterThan(0);
  });
});

describe('detectSwappedLatLon', () => {
  it('is true only when every point is in Vietnam as [lat, lon]', () => {
    expect(detectSwappedLatLon([feat({ type: 'Point', coordinates: [15.1, 108.8] })])).toBe(true);
    expect(detectSwappedLatLon([feat({ type: 'Point', coordinates: [108.8, 15.1] })])).toBe(false);
    expect(detectSwappedLatLon([feat({ type: 'Point', coordinates: [15.1, 108.8] }), feat({ type: 'Point', coordinates: [108.8, 15.1] })])).toBe(false);
  });
});

describe('a zero-area polygon (issue 16)', () => {
  it('is kept with a warning; a thin but real sliver is not', () => {
    const polygon = (ring: number[][]): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
    const flat = validateFeatures([polygon([[108.8, 15.1], [108.81, 15.11], [108.82, 15.12], [108.8, 15.1]])]);
    expect(flat.features).toHaveLength(1);
    const note = flat.notes.find((n) => n.code === 'polygon-zero-area');
    expect(note).toMatchObject({ level: 'warning', params: { rings: 1 }, featureIndex: 0 });
    expect(noteText(note, 'vi')).toContain('diện tích bằng 0');
    const sliver = validateFeatures([polygon([[108.8, 15.1], [108.81, 15.1], [108.81, 15.10001], [108.8, 15.1]])]);
    expect(sliver.notes.some((n) => n.code === 'polygon-zero-area')).toBe(false);
  });
});
