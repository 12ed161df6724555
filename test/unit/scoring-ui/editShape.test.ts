// The pure rules of "edit a parcel's shape": which shapes the map editor can take, which edited
// shapes can be saved (with a Vietnamese reason when not), and where the edited parcel ranks among
// the others. Shapes: test/fixtures/scoring-edit/edited-shapes.geojson (open it in QGIS).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { editablePolygonOf, problemWithEditedShape, rankAmongOthers, sameShape } from '../../../src/ui/scoring/checkEditableShape.ts';

const shapes = JSON.parse(readFileSync('test/fixtures/scoring-edit/edited-shapes.geojson', 'utf8')) as FeatureCollection;
const shape = (name: string) => shapes.features.find((f) => f.properties?.case === name)!.geometry;

describe('editable shapes', () => {
  it('takes a one-ring polygon as it is', () => {
    expect(editablePolygonOf(shape('square'))).toEqual(shape('square'));
  });

  it('refuses holes and multi-part parcels with a reason in Vietnamese and English', () => {
    const hole = editablePolygonOf(shape('with-hole'));
    expect('vi' in hole && hole.vi).toContain('1 lỗ bên trong');
    const parts = editablePolygonOf(shape('two-parts'));
    expect('vi' in parts && parts.vi).toContain('2 phần rời nhau');
    expect('en' in parts && parts.en).toContain('2 separate parts');
    const point = editablePolygonOf({ type: 'Point', coordinates: [108.8, 15.1] });
    expect('vi' in point && point.vi).toContain('không phải là vùng');
  });

  it('edits a one-part MultiPolygon as a Polygon, without repeated vertices, rounded to 9 decimals', () => {
    const p = editablePolygonOf(shape('one-part-repeated')) as Polygon;
    expect(p.type).toBe('Polygon');
    expect(p.coordinates[0]).toEqual([
      [108.8, 15.1],
      [108.8005, 15.1],
      [108.8005, 15.1005],
      [108.8, 15.1],
    ]);
  });
});

describe('saving an edited shape', () => {
  it('accepts a valid square', () => {
    expect(problemWithEditedShape(shape('square') as Polygon)).toBeNull();
  });

  it('refuses a self-crossing boundary with a clear Vietnamese message', () => {
    const problem = problemWithEditedShape(shape('bow-tie') as Polygon);
    expect(problem?.vi).toContain('ranh thửa tự cắt nhau');
    expect(problem?.en).toContain('crosses itself');
  });

  it('refuses fewer than 3 vertices and a zero-area sliver', () => {
    const two: Polygon = { type: 'Polygon', coordinates: [[[108.8, 15.1], [108.801, 15.1], [108.8, 15.1]]] };
    expect(problemWithEditedShape(two)?.vi).toBe('Ranh thửa cần ít nhất 3 đỉnh.');
    expect(problemWithEditedShape(shape('sliver') as Polygon)?.vi).toContain('Diện tích thửa gần bằng 0');
  });

  it('tells an unchanged shape from a moved vertex', () => {
    const square = shape('square') as Polygon;
    const moved: Polygon = { type: 'Polygon', coordinates: [square.coordinates[0].map((p, i) => (i === 2 ? [p[0] + 0.0001, p[1]] : p))] };
    expect(sameShape(square, structuredClone(square))).toBe(true);
    expect(sameShape(square, moved)).toBe(false);
  });
});

describe('rank of the edited parcel among the others', () => {
  // Parcel 1 is edited: its own old score (70) does not count against it.
  const scores = Float64Array.from([80, 70, 60, NaN, 50]);
  it('leaves the parcel’s own old score out', () => {
    expect(rankAmongOthers(scores, 1, 65)).toEqual({ rank: 2, outOf: 4 });
    expect(rankAmongOthers(scores, 1, 90)).toEqual({ rank: 1, outOf: 4 });
    expect(rankAmongOthers(scores, 1, 10)).toEqual({ rank: 4, outOf: 4 });
  });
  it('has no rank when the edit makes the parcel excluded', () => {
    expect(rankAmongOthers(scores, 1, NaN)).toEqual({ rank: null, outOf: 3 });
  });
  it('counts a formerly excluded parcel in once scored', () => {
    expect(rankAmongOthers(scores, 3, 55)).toEqual({ rank: 4, outOf: 5 });
  });
});
