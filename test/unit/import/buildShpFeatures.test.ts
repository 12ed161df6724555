// buildShpFeatures turns the .shp's rings into RFC 7946 polygons. Most parcels are one ring and take a short path;
// this checks it gives the polygons the general rule gives (clockwise outer ring reversed; a lone counter-clockwise
// ring kept as an outer ring with a note; a flat ring counted as outer), on random single- and multi-ring records.
import { describe, expect, it } from 'vitest';
import { buildShpFeatures } from '../../../src/domain/import/buildShpFeatures.ts';
import { readShp } from '../../../src/domain/import/readShp.ts';
import type { ImportNote } from '../../../src/domain/import/importTypes.ts';
import { writeShp, type Ring, type ShpShape } from '../../../scripts/testdata/writeTestShapefile.ts';

function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

const area2 = (ring: Ring) => ring.reduce((s, p, i) => s + (ring[(i + ring.length - 1) % ring.length][0] - p[0]) * (ring[(i + ring.length - 1) % ring.length][1] + p[1]), 0);

function ring(rand: () => number, cx: number, cy: number, r: number, clockwise: boolean): Ring {
  const n = 3 + Math.floor(rand() * 8);
  const pts: Ring = [];
  for (let k = 0; k < n; k++) {
    const a = ((clockwise ? -k : k) / n) * 2 * Math.PI;
    pts.push([cx + r * (0.7 + 0.3 * rand()) * Math.cos(a), cy + r * (0.7 + 0.3 * rand()) * Math.sin(a)]);
  }
  return [...pts, pts[0]];
}

describe('buildShpFeatures', () => {
  it('builds single-ring parcels as the general rule does, on 2,000 random records of both windings, flat rings and holes', () => {
    const rand = random(23);
    const shapes: ShpShape[] = [];
    const expected: { rings: Ring[]; note: boolean }[] = [];
    for (let i = 0; i < 2000; i++) {
      const x = 570000 + rand() * 1000, y = 1660000 + rand() * 1000;
      const kind = rand();
      if (kind < 0.6) {
        const r = ring(rand, x, y, 20, true); // a parcel as written: clockwise
        shapes.push({ kind: 'polygon', rings: [r] });
        expected.push({ rings: [[...r].reverse()], note: false });
      } else if (kind < 0.75) {
        const r = ring(rand, x, y, 20, false); // counter-clockwise: an orphan hole, kept as written
        shapes.push({ kind: 'polygon', rings: [r] });
        expected.push({ rings: [r], note: true });
      } else if (kind < 0.85) {
        const r: Ring = [[x, y], [x + 10, y + 10], [x + 20, y + 20], [x, y]]; // no area: an outer ring
        expect(area2(r)).toBe(0);
        shapes.push({ kind: 'polygon', rings: [r] });
        expected.push({ rings: [[...r].reverse()], note: false });
      } else {
        const outer = ring(rand, x, y, 20, true);
        const hole = ring(rand, x, y, 5, false);
        shapes.push({ kind: 'polygon', rings: [outer, hole] });
        expected.push({ rings: [[...outer].reverse(), [...hole].reverse()], note: false });
      }
    }
    const notes: ImportNote[] = [];
    const features = buildShpFeatures(readShp(writeShp('polygon', shapes).shp), undefined, notes);
    expect(features.map((f) => f.geometry)).toEqual(expected.map((e) => ({ type: 'Polygon', coordinates: e.rings })));
    expect(notes.map((n) => n.featureIndex)).toEqual(expected.flatMap((e, i) => (e.note ? [i] : [])));
    expect(notes.every((n) => n.code === 'ring-rewound')).toBe(true);
  });
});
