// Scoring benchmark on synthetic province-scale data (Quảng Ngãi-sized extent):
// 20,000 road segments, 30 industrial-zone polygons of ~300 vertices, 2,000 facilities,
// 50 flood polygons; parcels 100k and 1M. Times measure + combine, combine alone, ranking,
// and the naive Turf approach (every feature per parcel) on a sample, with the speed ratio and
// the agreement of the distances (naive nearest pair re-measured with GeographicLib).
// `BENCH_SIZES=100000` to limit the sizes; `BENCH_THREADS=0` to skip worker threads.
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import geographiclib from 'geographiclib-geodesic';
import { nearestPointOnLine, lineString, point, polygonToLine } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import { combineScores } from '../../src/domain/scoring/combineScores.ts';
import { createMeasureContext, scenarioMeasures, type ScoringLayer } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../src/domain/scoring/measureParcels.ts';
import { packParcels, type PackedParcels } from '../../src/domain/scoring/packParcels.ts';
import { presetScenario } from '../../src/domain/scoring/presets.ts';
import { rankScores } from '../../src/domain/scoring/rankScores.ts';
import { mulberry32 } from '../../src/domain/scoring/runSensitivity.ts';
import { measureKey, type Scenario } from '../../src/domain/scoring/scenario.ts';
import { createMeasurePool, type MeasurePool } from '../cli/_measureInThreads.ts';

const random = mulberry32(2024);
const LON0 = 107.6, LON1 = 109.0, LAT0 = 14.1, LAT1 = 15.5;
const rl = () => LON0 + random() * (LON1 - LON0);
const rt = () => LAT0 + random() * (LAT1 - LAT0);

function blob(cx: number, cy: number, radiusM: number, vertices: number, props: Record<string, unknown>): Feature<Polygon> {
  const ring: [number, number][] = [];
  const kx = 107500, ky = 110650;
  for (let i = 0; i < vertices; i++) {
    const a = (i / vertices) * 2 * Math.PI;
    const r = radiusM * (0.75 + 0.25 * Math.sin(5 * a) * random() + 0.1 * random());
    ring.push([cx + (r * Math.cos(a)) / kx, cy + (r * Math.sin(a)) / ky]);
  }
  ring.push(ring[0]);
  return { type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export function makeLayers(): ScoringLayer[] {
  const roads: Feature[] = [];
  const classes = ['national', 'provincial', 'urban_main', 'local', 'local', 'local'];
  for (let r = 0; r < 400; r++) {
    let x = rl(), y = rt();
    const heading = random() * 2 * Math.PI;
    const coords: [number, number][] = [[x, y]];
    for (let s = 0; s < 50; s++) {
      const h = heading + (random() - 0.5) * 0.8;
      x += (Math.cos(h) * 400) / 107500;
      y += (Math.sin(h) * 400) / 110650;
      coords.push([x, y]);
    }
    roads.push({ type: 'Feature', properties: { class: classes[r % classes.length] }, geometry: { type: 'LineString', coordinates: coords } });
  }
  for (let i = 0; i < 300; i++) roads.push({ type: 'Feature', properties: { class: i % 3 ? 'bus_stop' : 'station' }, geometry: { type: 'Point', coordinates: [rl(), rt()] } });
  const iz = Array.from({ length: 30 }, (_, i) => blob(rl(), rt(), 1000 + random() * 2500, 250 + Math.floor(random() * 150), { kind: 'KCN', name: `IZ ${i}` }));
  const kinds = ['kindergarten', 'primary', 'secondary', 'health_station', 'market', 'park'];
  const facilities: Feature[] = Array.from({ length: 2000 }, (_, i) => ({ type: 'Feature', properties: { kind: kinds[i % kinds.length] }, geometry: { type: 'Point', coordinates: [rl(), rt()] } }));
  const floods = Array.from({ length: 50 }, (_, i) => blob(rl(), rt(), 2000 + random() * 6000, 120, { kind: 'flood', severity: ['low', 'medium', 'high'][i % 3] }));
  return [
    { id: 'transport', role: 'transport', features: roads },
    { id: 'iz', role: 'industrial_zone', features: iz },
    { id: 'facility', role: 'facility', features: facilities },
    { id: 'hazard', role: 'hazard', features: floods },
  ];
}

/** n parcels numbered from `firstId` (calls in a row continue one random sequence: 2 × 500k = 1 × 1M). */
export function makeParcels(n: number, firstId = 0): Feature[] {
  const out: Feature[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = rl(), y = rt();
    const w = (40 + random() * 110) / 107500, h = (40 + random() * 110) / 110650;
    out[i] = { type: 'Feature', properties: { id: `P${firstId + i}` }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] } };
  }
  return out;
}

const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => `${x.toFixed(0)} ms`;

async function main() {
  const layers = makeLayers();
  const segs = layers[0].features.reduce((s, f) => s + (f.geometry.type === 'LineString' ? (f.geometry as LineString).coordinates.length - 1 : 0), 0);
  console.log(`Synthetic data: ${segs} road segments, 30 IZ polygons (250–400 vertices), 2,000 facilities, 50 flood polygons (120 vertices)`);
  const scenario = presetScenario('worker_housing')!;
  console.log(`Scenario worker_housing: ${scenario.criteria.length} criteria, ${scenario.constraints.length} constraints, ${new Set(scenarioMeasures(scenario).map(measureKey)).size} distinct measures`);
  const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
  const threads = process.env.BENCH_THREADS === '0' ? 0 : Math.min(cpus().length, 4);
  // Workers start once per process (the CLI and app keep theirs), so their start is not part of a run.
  let pool: MeasurePool | null = null;
  if (threads > 1) {
    const t0 = performance.now();
    pool = await createMeasurePool(threads);
    console.log(`${threads} measuring worker threads started once: ${fmt(ms(t0))}`);
  }

  for (const n of sizes) {
    const features = makeParcels(n);
    // Warm-up on a small slice so the JIT has compiled the hot loops. The threads take blocks of
    // cells from a shared counter, so one of them may take most of a small run: two runs of 20,000
    // parcels give both enough cells.
    {
      const ctx = createMeasureContext(layers, scenarioMeasures(scenario));
      combineScores(scenario, measureParcels(ctx, packParcels(features.slice(0, 5000), ['landuse_code'])));
      for (let k = 0; pool && k < 2; k++) {
        const measured = await pool.measure(ctx, packParcels(features.slice(0, 20000), ['landuse_code']));
        await pool.prepareCombine(scenario, measured);
      }
    }
    let t0 = performance.now();
    const cpu00 = process.cpuUsage();
    const ctx = createMeasureContext(layers, scenarioMeasures(scenario));
    const tIndex = ms(t0);
    t0 = performance.now();
    // On shared memory when threads will measure them too (nothing to copy then), as the CLI does.
    const parcels = packParcels(features, ['landuse_code'], { shared: pool !== null });
    const tPack = ms(t0);
    const cpuPack = process.cpuUsage(cpu00).user / 1000;
    // The engine works on the packed arrays only; drop the GeoJSON objects (kept by the app for
    // drawing, not by the scoring worker) so the garbage collector does not scan 1M features.
    const sample = features.slice(0, 40);
    features.length = 0;
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const measures = measureParcels(ctx, parcels);
    const tMeasure = ms(t0);
    const cpuMeasure = process.cpuUsage(cpu0).user / 1000;
    t0 = performance.now();
    let combined = combineScores(scenario, measures);
    const tCombineFirst = ms(t0);
    const cpuAll = process.cpuUsage(cpu00).user / 1000;
    const single = tIndex + tPack + tMeasure + tCombineFirst;
    console.log(`\n${n.toLocaleString('en-US')} parcels, 1 thread: index ${fmt(tIndex)} + pack ${fmt(tPack)} + measure ${fmt(tMeasure)} + combine ${fmt(tCombineFirst)} = ${fmt(single)} wall; CPU: index + pack ${fmt(cpuPack)}, measure ${fmt(cpuMeasure)}, all ${fmt(cpuAll)} (load average ${loadavg()[0].toFixed(1)})`);
    if (pool) {
      const run = await inThreads(pool, layers, scenario, parcels);
      const combinedParallel = run.combined;
      const total = tPack + run.indexMs + run.measureMs + run.combineMs;
      // Same numbers as the single-threaded run.
      let maxDiff = 0;
      let differentExclusion = 0;
      for (let i = 0; i < n; i++) {
        const a = combinedParallel.scores[i], b = combined.scores[i];
        if (Number.isNaN(a) !== Number.isNaN(b)) differentExclusion++;
        else if (!Number.isNaN(a)) maxDiff = Math.max(maxDiff, Math.abs(a - b));
      }
      console.log(`${n.toLocaleString('en-US')} parcels, ${threads} worker threads: pack ${fmt(tPack)} + index ${fmt(run.indexMs)} + measure in threads ${fmt(run.measureMs)} + combine ${fmt(run.combineMs)} = ${fmt(total)} wall (load average ${loadavg()[0].toFixed(1)}; vs 1 thread: max score difference ${maxDiff.toExponential(1)}, ${differentExclusion} parcels excluded differently)`);
    }
    // Steady state: an app session or a scripted batch scores again and again (new data, new scenario
    // measures) in the same process, with the JIT warm. Pack is counted as in the first run.
    {
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const oneThread: number[] = [];
      const inThreadsMs: number[] = [];
      const parts = { index: [] as number[], measure: [] as number[], combine: [] as number[] };
      for (let k = 0; k < 5; k++) {
        t0 = performance.now();
        const c = createMeasureContext(layers, scenarioMeasures(scenario));
        combineScores(scenario, measureParcels(c, parcels));
        oneThread.push(tPack + ms(t0));
        if (pool) {
          const run = await inThreads(pool, layers, scenario, parcels);
          inThreadsMs.push(tPack + run.indexMs + run.measureMs + run.combineMs);
          parts.index.push(run.indexMs);
          parts.measure.push(run.measureMs);
          parts.combine.push(run.combineMs);
        }
      }
      const both = (xs: number[]) => `median ${fmt(median(xs))} (min ${fmt(Math.min(...xs))})`;
      // The serial parts of the two-thread runs (pack on the main thread, counted once as above).
      const split = pool ? ` = pack ${fmt(tPack)} + index ${fmt(median(parts.index))} + measure in threads ${fmt(median(parts.measure))} + combine ${fmt(median(parts.combine))} (medians)` : '';
      console.log(`${n.toLocaleString('en-US')} parcels, steady state (5 more runs, index + pack + measure + combine): 1 thread ${both(oneThread)}${pool ? `, ${threads} worker threads ${both(inThreadsMs)}${split}` : ''} (load average ${loadavg()[0].toFixed(1)})`);
    }
    // Combine alone (a weight change): excluded and warned parcels are known, weights move.
    const exclusions = combined.excludedBy;
    const warnings = combined.warnedBy;
    const times: number[] = [];
    const cpuC0 = process.cpuUsage();
    for (let k = 0; k < 7; k++) {
      const moved = { ...scenario, criteria: scenario.criteria.map((c, i) => (i === k % scenario.criteria.length ? { ...c, weight: c.weight * 1.5 } : c)) };
      t0 = performance.now();
      combined = combineScores(moved, measures, exclusions, warnings);
      times.push(ms(t0));
    }
    const cpuCombine = process.cpuUsage(cpuC0).user / 1000 / times.length;
    times.sort((a, b) => a - b);
    t0 = performance.now();
    rankScores(combined.scores);
    const tRank = ms(t0);
    const excluded = combined.excludedBy.reduce((s, e) => s + (e >= 0 ? 1 : 0), 0);
    console.log(`combine alone (weight change): median ${times[3].toFixed(1)} ms, min ${times[0].toFixed(1)} ms wall, ${cpuCombine.toFixed(1)} ms CPU on average; rank ${fmt(tRank)}; ${excluded} excluded by constraints`);

    if (n === sizes[0]) naiveComparison(sample, layers, measures, n, tMeasure / n / new Set(scenarioMeasures(scenario).map(measureKey)).size);
  }
  await pool?.close();
}

/**
 * One two-thread run after packing, as scoreParcelsInThreads does it: index, measure in the pool's threads,
 * first combine (transforms and constraints in the threads, the weighted sum here), each timed.
 */
async function inThreads(pool: MeasurePool, layers: ScoringLayer[], scenario: Scenario, parcels: PackedParcels) {
  let t0 = performance.now();
  const ctx = createMeasureContext(layers, scenarioMeasures(scenario));
  const indexMs = ms(t0);
  t0 = performance.now();
  const measures = await pool.measure(ctx, parcels);
  const measureMs = ms(t0);
  t0 = performance.now();
  const { exclusions, warnings } = await pool.prepareCombine(scenario, measures);
  const combined = combineScores(scenario, measures, exclusions, warnings);
  return { combined, indexMs, measureMs, combineMs: ms(t0) };
}

/** The naive approach: every road / IZ feature for every parcel, with Turf. */
function naiveComparison(sample: Feature[], layers: ScoringLayer[], measures: ReturnType<typeof measureParcels>, n: number, oursPerParcelMeasureMs: number) {
  const g = geographiclib.Geodesic.WGS84;
  const checks: { name: string; key: string; features: Feature[] }[] = [
    {
      name: 'national/provincial road',
      key: measureKey(presetScenario('worker_housing')!.criteria[1].measure),
      features: layers[0].features.filter((f) => f.geometry.type === 'LineString' && ['expressway', 'national', 'provincial', 'urban_main'].includes(f.properties!.class)),
    },
    { name: 'industrial zone edge', key: measureKey({ kind: 'distance_to_nearest', source: { role: 'industrial_zone' } }), features: layers[1].features.map((f) => polygonToLine(f as Feature<Polygon>) as Feature) },
  ];
  for (const check of checks) {
    const lines = check.features.map((f) => f.geometry as LineString);
    let maxRel = 0;
    const t0 = performance.now();
    sample.forEach((parcel, i) => {
      const ring = (parcel.geometry as Polygon).coordinates[0];
      const ringLine = lineString(ring);
      let best = Infinity;
      let pair: number[] = [];
      for (const line of lines) {
        const l = lineString(line.coordinates);
        for (const v of ring) {
          const q = nearestPointOnLine(l, point(v));
          if (q.properties.dist! < best) [best, pair] = [q.properties.dist!, [...v, ...q.geometry.coordinates]];
        }
        for (const v of line.coordinates) {
          const q = nearestPointOnLine(ringLine, point(v));
          if (q.properties.dist! < best) [best, pair] = [q.properties.dist!, [...q.geometry.coordinates, ...v]];
        }
      }
      const reference = g.Inverse(pair[1], pair[0], pair[3], pair[2]).s12!;
      const ours = measures.values[check.key][i];
      if (reference > 1) maxRel = Math.max(maxRel, Math.abs(ours - reference) / reference);
    });
    const perParcel = ms(t0) / sample.length;
    console.log(
      `naive Turf (${check.name}, ${lines.length} features, every feature per parcel): ${perParcel.toFixed(1)} ms/parcel → ~${((perParcel * n) / 1000).toFixed(0)} s for ${n.toLocaleString('en-US')} parcels for this one criterion; ` +
        `max |ours − geodesic| / geodesic on ${sample.length} parcels: ${(maxRel * 100).toFixed(4)} %; ` +
        `ratio naive / ours (per parcel and measure, ours ${(oursPerParcelMeasureMs * 1000).toFixed(2)} µs): ${(perParcel / oursPerParcelMeasureMs).toFixed(0)}×`,
    );
  }
}

// Run only as a script (the generators above are also imported by profiling scripts).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && import.meta.url.endsWith('.bench.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
