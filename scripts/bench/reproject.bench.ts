// Reprojection of 5,000,000 coordinates (≈ 500,000 polygons × 10 vertices, the issue-4 Shapefile size)
// WGS84 ↔ VN-2000 TM-3 108°: proj4js (the naive approach) vs our direct Krüger TM + Helmert path.
import { createCoordinateTransform } from '../../src/domain/projection/createCoordinateTransform.ts';
import { resolveCrs } from '../../src/domain/projection/resolveCrs.ts';
import { WGS84_CRS } from '../../src/domain/projection/wellKnownCrs.ts';

const N = 5_000_000;
const vn2000 = resolveCrs('EPSG:5898');

// Deterministic points over merged Quảng Ngãi (107.3–109.25 E, 13.9–15.6 N).
const lonLat = new Float64Array(2 * N);
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
for (let i = 0; i < N; i++) {
  lonLat[2 * i] = 107.3 + 1.95 * rand();
  lonLat[2 * i + 1] = 13.9 + 1.7 * rand();
}

/**
 * Wall time and this process's CPU time: the machine is shared (2 cores, other jobs), so the ratio
 * uses CPU time, which other processes disturb far less than wall time.
 */
function time(label: string, run: () => void): number {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  console.log(
    `${label.padEnd(32)} wall ${(ms / 1000).toFixed(2)} s, CPU ${(cpuMs / 1000).toFixed(2)} s  (${((N / cpuMs) * 1000 / 1e6).toFixed(2)} M coords per CPU-second)`,
  );
  return cpuMs;
}

const viaProj4 = new Float64Array(lonLat);
const viaFast = new Float64Array(lonLat);
const forwardProj4 = createCoordinateTransform(WGS84_CRS, vn2000, { engine: 'proj4' });
const forwardFast = createCoordinateTransform(WGS84_CRS, vn2000);
if (forwardFast.engine !== 'fast') throw new Error('fast path not taken');

console.log(`${N.toLocaleString('en')} coordinates, WGS84 ↔ ${vn2000.id}`);
const p4 = time('proj4js      WGS84 → VN-2000', () => forwardProj4.transformInPlace(viaProj4));
const fast = time('direct path  WGS84 → VN-2000', () => forwardFast.transformInPlace(viaFast));
let maxDiffM = 0;
for (let i = 0; i < 2 * N; i++) maxDiffM = Math.max(maxDiffM, Math.abs(viaProj4[i] - viaFast[i]));

const p4Back = time('proj4js      VN-2000 → WGS84', () => createCoordinateTransform(vn2000, WGS84_CRS, { engine: 'proj4' }).transformInPlace(viaProj4));
const fastBack = time('direct path  VN-2000 → WGS84', () => createCoordinateTransform(vn2000, WGS84_CRS).transformInPlace(viaFast));
let roundTripDeg = 0;
for (let i = 0; i < 2 * N; i++) roundTripDeg = Math.max(roundTripDeg, Math.abs(viaFast[i] - lonLat[i]));

console.log(`speed-up (CPU time) WGS84 → VN-2000: ×${(p4 / fast).toFixed(1)}; VN-2000 → WGS84: ×${(p4Back / fastBack).toFixed(1)}`);
console.log(`max |direct − proj4| after the forward step: ${(maxDiffM * 1000).toFixed(4)} mm`);
console.log(`max round-trip error (direct path): ${(roundTripDeg * 111_000 * 1000).toFixed(3)} mm`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
