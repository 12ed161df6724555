// Reprojecting a Shapefile's point table part by part (a closed ring's last point copied from its first) gives the
// same numbers, to the last bit, as transforming every point; and the Krüger inverse with its sine-only latitude series
// gives the numbers of the general series it replaced. docs/performance/import.md.
import { describe, expect, it } from 'vitest';
import { reprojectCoordinatesInPlace } from '../../../src/domain/projection/reprojectCoordinatesInPlace.ts';
import { reprojectPartsInPlace } from '../../../src/domain/projection/reprojectPartsInPlace.ts';
import { createTransverseMercator } from '../../../src/domain/projection/krugerTransverseMercator.ts';
import { createVn2000Tm3Crs } from '../../../src/domain/projection/vn2000Zones.ts';
import { WGS84_CRS, crsFromEpsg } from '../../../src/domain/projection/wellKnownCrs.ts';

function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

/** Parts of 1–12 points around Quảng Ngãi in VN-2000 TM-3 108°; most closed (last = first), some open, some empty. */
function randomTable(rand: () => number, parts: number): { xy: Float64Array; partStarts: Int32Array } {
  const xy: number[] = [];
  const starts: number[] = [];
  for (let p = 0; p < parts; p++) {
    starts.push(xy.length / 2);
    const n = rand() < 0.05 ? 0 : 1 + Math.floor(rand() * 12);
    const x0 = 560000 + rand() * 60000;
    const y0 = 1640000 + rand() * 60000;
    for (let k = 0; k < n; k++) xy.push(x0 + rand() * 50, y0 + rand() * 50);
    if (n >= 3 && rand() < 0.8) xy.push(xy[starts[p] * 2], xy[starts[p] * 2 + 1]);
  }
  starts.push(xy.length / 2);
  return { xy: new Float64Array(xy), partStarts: new Int32Array(starts) };
}

const bits = (a: Float64Array) => Array.from(new BigUint64Array(a.buffer.slice(0)), String);

describe('reprojectPartsInPlace', () => {
  it('writes the same bits as reprojecting every point, on 5,000 random parts (closed rings, lines, single points)', () => {
    const { xy, partStarts } = randomTable(random(5), 5000);
    const whole = xy.slice();
    expect(reprojectCoordinatesInPlace(whole, createVn2000Tm3Crs(108), WGS84_CRS)).toBe(0);
    expect(reprojectPartsInPlace(xy, partStarts, createVn2000Tm3Crs(108), WGS84_CRS)).toBe(0);
    expect(bits(xy)).toEqual(bits(whole));
  });

  it('counts a failed closing point like the first, keeps −0 apart from 0, and transforms a damaged part table whole', () => {
    // Degrees in a geographic system: a latitude beyond 90° cannot be transformed (NaN, counted).
    const from = crsFromEpsg(4756)!; // VN-2000 geographic: a datum shift, so every point is computed
    const xy = new Float64Array([0, 95, 1, 1, 2, 2, 0, 95, /* part 2: */ -0, 10, 1, 10, 1, 11, 0, 10]);
    const whole = xy.slice();
    const failedWhole = reprojectCoordinatesInPlace(whole, from, WGS84_CRS);
    expect(reprojectPartsInPlace(xy, new Int32Array([0, 4, 8]), from, WGS84_CRS)).toBe(failedWhole);
    expect(failedWhole).toBe(2);
    expect(bits(xy)).toEqual(bits(whole));
    // Overlapping parts (a damaged record): every point still moved exactly once.
    const damaged = new Float64Array([108.8, 15.1, 108.9, 15.2, 108.7, 15.0, 108.8, 15.1]);
    const expected = damaged.slice();
    reprojectCoordinatesInPlace(expected, from, WGS84_CRS);
    reprojectPartsInPlace(damaged, new Int32Array([0, 3, 1, 4]), from, WGS84_CRS);
    expect(bits(damaged)).toEqual(bits(expected));
  });
});

describe('Krüger inverse', () => {
  it('gives the bits of the inverse as first written (general two-sum series for the latitude, y = 0)', () => {
    const params = { a: 6378137, f: 1 / 298.257223563, lon0Rad: (108 * Math.PI) / 180, k0: 0.9999, falseEastingM: 500000, falseNorthingM: 0 };
    const tm = createTransverseMercator(params);
    // The reference: Karney 2011 eq. 35–36 as the module had it before the sine-only series.
    const n = params.f / (2 - params.f);
    const [n2, n3, n4, n5, n6] = [n * n, n * n * n, n * n * n * n, n * n * n * n * n, n * n * n * n * n * n];
    const kA = params.k0 * (params.a / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
    const beta = [
      n / 2 - (2 * n2) / 3 + (37 * n3) / 96 - n4 / 360 - (81 * n5) / 512 + (96199 * n6) / 604800,
      n2 / 48 + n3 / 15 - (437 * n4) / 1440 + (46 * n5) / 105 - (1118711 * n6) / 3870720,
      (17 * n3) / 480 - (37 * n4) / 840 - (209 * n5) / 4480 + (5569 * n6) / 90720,
      (4397 * n4) / 161280 - (11 * n5) / 504 - (830251 * n6) / 7257600,
      (4583 * n5) / 161280 - (108847 * n6) / 3991680,
      (20648693 * n6) / 638668800,
    ];
    const delta = [
      2 * n - (2 * n2) / 3 - 2 * n3 + (116 * n4) / 45 + (26 * n5) / 45 - (2854 * n6) / 675,
      (7 * n2) / 3 - (8 * n3) / 5 - (227 * n4) / 45 + (2704 * n5) / 315 + (2323 * n6) / 945,
      (56 * n3) / 15 - (136 * n4) / 35 - (1262 * n5) / 105 + (73814 * n6) / 2835,
      (4279 * n4) / 630 - (332 * n5) / 35 - (399572 * n6) / 14175,
      (4174 * n5) / 315 - (144838 * n6) / 6237,
      (601676 * n6) / 22275,
    ];
    const series = (c: number[], x: number, y: number): [number, number] => {
      const s2 = Math.sin(2 * x), c2 = Math.cos(2 * x), ex = Math.exp(2 * y);
      const sh2 = (ex - 1 / ex) / 2, ch2 = (ex + 1 / ex) / 2;
      let s = s2, cc = c2, sh = sh2, ch = ch2, sumA = 0, sumB = 0;
      for (let j = 0; j < 6; j++) {
        sumA += c[j] * s * ch;
        sumB += c[j] * cc * sh;
        const sNext = s * c2 + cc * s2;
        cc = cc * c2 - s * s2;
        s = sNext;
        const shNext = sh * ch2 + ch * sh2;
        ch = ch * ch2 + sh * sh2;
        sh = shNext;
      }
      return [sumA, sumB];
    };
    const referenceInverse = (e: number, north: number): [number, number] => {
      const xi = (north - params.falseNorthingM) / kA;
      const eta = (e - params.falseEastingM) / kA;
      const [sA, sB] = series(beta, xi, eta);
      const xiP = xi - sA;
      const etaP = eta - sB;
      const chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
      return [params.lon0Rad + Math.atan2(Math.sinh(etaP), Math.cos(xiP)), chi + series(delta, chi, 0)[0]];
    };
    const rand = random(11);
    const out = new Float64Array(2);
    for (let k = 0; k < 20000; k++) {
      const e = 300000 + rand() * 400000;
      const north = 900000 + rand() * 1800000;
      tm.inverse(e, north, out);
      expect([out[0], out[1]]).toEqual(referenceInverse(e, north));
    }
  });
});
