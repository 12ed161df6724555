// The fast kernels of import validation give the answers of the plain formulas they replace (docs/performance/import.md):
// the small-ring crossing test (flat copy of the coordinates) and the zero-area test (taxicab bound before Math.hypot),
// on random rings — crossing and not, with holes, near-collinear — and on hand-made cases.
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon, Position } from 'geojson';
import { findRingCrossings } from '../../../src/domain/validate/findRingCrossings.ts';
import { validateFeatures } from '../../../src/domain/validate/validateFeatures.ts';

function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

const orient = (a: Position, b: Position, c: Position) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** The all-pairs test as first written: every pair of edges in (ring, index) order, neighbours skipped. */
function referenceCrossings(rings: Position[][]): { count: number; first: [number, number] | null } {
  let count = 0;
  let first: [number, number] | null = null;
  for (let r1 = 0; r1 < rings.length; r1++)
    for (let i = 0; i + 1 < rings[r1].length; i++)
      for (let r2 = r1; r2 < rings.length; r2++)
        for (let j = r2 === r1 ? i + 1 : 0; j + 1 < rings[r2].length; j++) {
          if (r1 === r2) {
            const d = Math.abs(i - j);
            if (d <= 1 || d === rings[r1].length - 2) continue;
          }
          const [a, b, c, d] = [rings[r1][i], rings[r1][i + 1], rings[r2][j], rings[r2][j + 1]];
          if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) {
            if (count === 0) {
              const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
              const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
              first = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
            }
            count++;
          }
        }
  return { count, first };
}

function randomRing(rand: () => number, cx: number, cy: number, radius: number, points: number, jumble: boolean): Position[] {
  const ring: Position[] = [];
  for (let k = 0; k < points; k++) {
    const a = jumble ? rand() * 2 * Math.PI : (k / points) * 2 * Math.PI;
    const r = radius * (0.5 + 0.5 * rand());
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push([...ring[0]]);
  return ring;
}

describe('findRingCrossings on small rings (flat all-pairs test)', () => {
  it('counts the same crossings and names the same first one as the plain all-pairs test, on 3,000 random polygons', () => {
    const rand = random(17);
    let withCrossings = 0;
    for (let n = 0; n < 3000; n++) {
      const points = 3 + Math.floor(rand() * 14);
      const rings = [randomRing(rand, 108.8, 15.1, 0.001, points, rand() < 0.4)];
      if (rand() < 0.4) rings.push(randomRing(rand, 108.8 + (rand() - 0.5) * 0.001, 15.1, 0.0004, 3 + Math.floor(rand() * 6), rand() < 0.3));
      const expected = referenceCrossings(rings);
      const first: { at: [number, number] | null } = { at: null };
      expect(findRingCrossings(rings, Infinity)).toBe(expected.count);
      expect(findRingCrossings(rings, 1, first)).toBe(Math.min(1, expected.count));
      expect(first.at).toEqual(expected.first);
      if (expected.count > 0) withCrossings++;
    }
    expect(withCrossings).toBeGreaterThan(500); // both kinds were tried
    expect(withCrossings).toBeLessThan(2800);
  });

  it('finds a bow-tie between the two polygons of growing size that share the scratch buffer', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const bowTie = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]];
    const big = randomRing(random(3), 0, 0, 1, 40, false); // 40 edges: still the all-pairs test
    expect(findRingCrossings([big])).toBe(0);
    expect(findRingCrossings([square])).toBe(0);
    const first: { at: [number, number] | null } = { at: null };
    expect(findRingCrossings([bowTie], 1, first)).toBe(1);
    expect(first.at).toEqual([0.5, 0.5]);
  });
});

describe('the zero-area warning (taxicab bound before the perimeter)', () => {
  /** The test as first written: |2 × area| ≤ 1e-9 × perimeter². */
  function referenceZeroArea(ring: Position[]): boolean {
    let area2 = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area2 += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
    let perimeter = 0;
    for (let i = 1; i < ring.length; i++) perimeter += Math.hypot(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
    return Math.abs(area2) <= 1e-9 * perimeter * perimeter;
  }

  it('warns for exactly the rings the plain formula calls zero-area, on thin, collinear and ordinary rings', () => {
    const rand = random(99);
    const features: Feature[] = [];
    const expected: boolean[] = [];
    for (let n = 0; n < 4000; n++) {
      // A triangle squashed towards a line by 10^-(0…12): around the 1e-9 threshold and on both sides of it.
      const squash = 10 ** -(rand() * 12);
      const a: Position = [108.8 + rand() * 0.01, 15.1 + rand() * 0.01];
      const b: Position = [108.8 + rand() * 0.01, 15.1 + rand() * 0.01];
      const t = rand();
      const c: Position = [a[0] + t * (b[0] - a[0]) - squash * (b[1] - a[1]), a[1] + t * (b[1] - a[1]) + squash * (b[0] - a[0])];
      const ring = [a, b, c, [...a]];
      const area2 = ring.reduce((s, p, i) => s + (ring[(i + ring.length - 1) % ring.length][0] - p[0]) * (ring[(i + ring.length - 1) % ring.length][1] + p[1]), 0);
      const ccw = area2 >= 0 ? ring : [...ring].reverse();
      features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ccw] } as Polygon });
      expected.push(referenceZeroArea(ccw));
    }
    const { notes } = validateFeatures(features);
    const warned = new Set(notes.filter((x) => x.code === 'polygon-zero-area').map((x) => x.featureIndex));
    expect(expected.map((_, i) => warned.has(i))).toEqual(expected);
    expect(warned.size).toBeGreaterThan(100);
    expect(warned.size).toBeLessThan(3900);
  });
});

describe('the layer bbox gathered during validation', () => {
  it('equals the bbox of the accepted features walked afterwards, on every import fixture (repairs, rejections, points, lines)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { importFiles } = await import('../../../src/domain/import/importFiles.ts');
    const { rawBbox } = await import('../../../src/domain/validate/detectSwappedLatLon.ts');
    const root = 'test/fixtures/import';
    let layers = 0;
    for (const entry of readdirSync(root)) {
      const path = `${root}/${entry}`;
      const names = statSync(path).isDirectory() ? readdirSync(path).map((n) => `${path}/${n}`) : [path];
      const files = names.filter((n) => !n.endsWith('.md') && !n.endsWith('.ts') && !n.endsWith('.expected.geojson')).map((n) => ({ name: n.split('/').pop()!, bytes: new Uint8Array(readFileSync(n)) }));
      const result = await importFiles(files, { crs: entry.includes('noprj') || entry.includes('metres') ? 'vn2000:108' : undefined });
      for (const layer of result.layers) {
        if (layer.features.length === 0) continue;
        expect(layer.bbox, `${entry} ${layer.name}`).toEqual(rawBbox(layer.features));
        layers++;
      }
    }
    expect(layers).toBeGreaterThanOrEqual(12);
  });
});

describe('the one-pass check of a one-ring polygon from our own reader (trustedStructure)', () => {
  it('returns what the full validation returns — same feature, notes and bbox — on 2,000 random rings of every kind', async () => {
    const { validateFeature } = await import('../../../src/domain/validate/validateFeatures.ts');
    const rand = random(31);
    let fast = 0;
    for (let n = 0; n < 2000; n++) {
      const ring = randomRing(rand, 108.8, 15.1, 10 ** -(2 + rand() * 4), 3 + Math.floor(rand() * 10), rand() < 0.08);
      const kind = rand();
      if (kind < 0.05) ring.splice(2, 0, [...ring[2]]); // a repeated point
      else if (kind < 0.1) ring.pop(); // not closed
      else if (kind < 0.15) ring.reverse(); // clockwise
      else if (kind < 0.2) ring[1] = [ring[1][0] + 200, ring[1][1]]; // out of range
      else if (kind < 0.22) ring[1] = [NaN, ring[1][1]];
      else if (kind < 0.27) for (const p of ring) p[1] = 15.1 + (p[0] - 108.8) * 0.5 + (rand() < 0.5 ? 1e-14 : 0); // (nearly) flat
      else if (kind < 0.3) ring.splice(0, ring.length - 2); // too short
      // Counter-clockwise as RFC 7946 wants, unless the case is about winding.
      const area2 = ring.reduce((s, p, i) => s + (ring[(i + ring.length - 1) % ring.length][0] - p[0]) * (ring[(i + ring.length - 1) % ring.length][1] + p[1]), 0);
      if (kind >= 0.3 && area2 < 0) ring.reverse();
      const feature: Feature = { type: 'Feature', properties: { n }, geometry: { type: 'Polygon', coordinates: [ring] } };
      const copy = structuredClone(feature);
      const trustedNotes: unknown[] = [];
      const fullNotes: unknown[] = [];
      const trustedBox = [Infinity, Infinity, -Infinity, -Infinity];
      const fullBox = [Infinity, Infinity, -Infinity, -Infinity];
      const trusted = validateFeature(feature, n, trustedNotes as never, { trustedStructure: true, bbox: trustedBox });
      const full = validateFeature(copy, n, fullNotes as never, { bbox: fullBox });
      expect(trustedNotes).toEqual(fullNotes);
      expect(trusted === feature).toBe(full === copy);
      expect(trusted).toEqual(full);
      expect(trustedBox).toEqual(fullBox);
      if (trusted === feature) fast++;
    }
    expect(fast).toBeGreaterThan(800); // most random rings are clean: the fast path was taken
    expect(fast).toBeLessThan(1800); // and the others were tried
  });
});
