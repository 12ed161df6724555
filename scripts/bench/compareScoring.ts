// A/B of the scoring measure stage against another checkout, in ONE process: both versions measure the
// same parcels alternately (A B, then B A, …), so both see the same load on a shared machine, where two
// separate bench runs minutes apart can differ by 2× (see docs/performance/scoring.md, round 5).
//
//   git worktree add ../base <commit> && cp -al node_modules ../base/
//   node --expose-gc --import tsx scripts/bench/compareScoring.ts ../base [parcels=100000] [rounds=12] [threads]
//
// Prints each version's median CPU time of a one-thread measure (garbage collected before each run, so a
// run does not pay for the previous one's garbage), and the median of the per-round ratios this/other;
// with `threads`, also the wall time of a measure over 2 worker threads and the CPU time of all threads. `COMPARE_MEASURES=<text>` keeps
// only the measures whose key contains the text (e.g. `industrial_zone||||`), to time one measure kind.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Bench = typeof import('./scoring.bench.ts');
type Context = typeof import('../../src/domain/scoring/measureContext.ts');
type Measure = typeof import('../../src/domain/scoring/measureParcels.ts');
type Pack = typeof import('../../src/domain/scoring/packParcels.ts');
type Presets = typeof import('../../src/domain/scoring/presets.ts');
type Threads = typeof import('../cli/_measureInThreads.ts');

const [otherRoot, parcelsArg, roundsArg, threadsArg] = process.argv.slice(2);
if (!otherRoot) throw new Error('usage: compareScoring.ts <other checkout> [parcels] [rounds] [threads]');
const n = Number(parcelsArg ?? 100000);
const rounds = Number(roundsArg ?? 12);
const withThreads = threadsArg === 'threads';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('Run with node --expose-gc: without it each run also pays for the previous run’s garbage.');

async function load(root: string) {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  return {
    context: (await import(url('src/domain/scoring/measureContext.ts'))) as Context,
    measure: (await import(url('src/domain/scoring/measureParcels.ts'))) as Measure,
    pack: (await import(url('src/domain/scoring/packParcels.ts'))) as Pack,
    presets: (await import(url('src/domain/scoring/presets.ts'))) as Presets,
    threads: (await import(url('scripts/cli/_measureInThreads.ts'))) as Threads,
  };
}

/** The measure's key as scenario.ts's measureKey writes it (not imported: the other checkout may differ). */
function measureKeyOf(s: { kind: string; source?: { role?: string; layerId?: string; filter?: { property: string; op: string; values: unknown[] } }; radiusM?: number; property?: string }) {
  const f = s.source?.filter;
  return [s.kind, s.source?.role ?? '', s.source?.layerId ?? '', f ? `${f.property}:${f.op}:${f.values.join(',')}` : '', s.radiusM ?? '', s.property ?? ''].join('|');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const { makeLayers, makeParcels } = (await import('./scoring.bench.ts')) as Bench;
  const layers = makeLayers();
  const features = makeParcels(n);
  const names = ['this', 'other'] as const;
  const versions = await Promise.all([load(resolve(import.meta.dirname, '../..')), load(otherRoot)]);
  const runs = [];
  for (const lib of versions) {
    const only = process.env.COMPARE_MEASURES;
    const specs = lib.context.scenarioMeasures(lib.presets.presetScenario('worker_housing')!).filter((s) => !only || measureKeyOf(s).includes(only));
    const parcels = lib.pack.packParcels(features, ['landuse_code'], { shared: withThreads });
    const pool = withThreads ? await lib.threads.createMeasurePool(2) : null;
    // Warm-up, as the bench does.
    const slice = lib.pack.packParcels(features.slice(0, 20000), ['landuse_code'], { shared: withThreads });
    for (let k = 0; k < 2; k++) {
      lib.measure.measureParcels(lib.context.createMeasureContext(layers, specs), slice);
      await pool?.measure(lib.context.createMeasureContext(layers, specs), slice);
    }
    runs.push({ lib, specs, parcels, pool, cpu: [] as number[], threads: [] as number[], threadsCpu: [] as number[] });
  }
  // As the bench does: the engine keeps only the packed arrays. 1M GeoJSON features left on the heap
  // make every large allocation start a full garbage collection that scans them.
  features.length = 0;
  const cpuRatios: number[] = [];
  const threadRatios: number[] = [];
  for (let k = 0; k < rounds; k++) {
    for (const v of k % 2 ? [1, 0] : [0, 1]) {
      const r = runs[v];
      const ctx = r.lib.context.createMeasureContext(layers, r.specs);
      gc?.();
      const c0 = process.cpuUsage();
      r.lib.measure.measureParcels(ctx, r.parcels);
      const c = process.cpuUsage(c0);
      r.cpu.push((c.user + c.system) / 1000);
      if (r.pool) {
        const ctxThreads = r.lib.context.createMeasureContext(layers, r.specs);
        gc?.();
        const t0 = performance.now();
        const c1 = process.cpuUsage();
        await r.pool.measure(ctxThreads, r.parcels);
        r.threads.push(performance.now() - t0);
        const c = process.cpuUsage(c1);
        r.threadsCpu.push((c.user + c.system) / 1000);
      }
    }
    cpuRatios.push(runs[0].cpu[k] / runs[1].cpu[k]);
    if (withThreads) threadRatios.push(runs[0].threads[k] / runs[1].threads[k]);
  }
  const f = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(`${n.toLocaleString('en-US')} parcels, ${rounds} rounds alternating; ${cpus()[0]?.model} × ${cpus().length}, load average ${loadavg()[0].toFixed(1)}`);
  // (The CPU time of a process counts all its threads: with `threads`, the two workers' and the main thread's.)
  runs.forEach((r, v) => console.log(`${names[v]}: 1 thread CPU ${f(r.cpu)}${withThreads ? `; 2 threads wall ${f(r.threads)}, CPU of all threads ${f(r.threadsCpu)}` : ''}`));
  const list = (xs: number[]) => `median ${median(xs).toFixed(3)} (${xs.map((x) => x.toFixed(2)).join(' ')})`;
  console.log(`this / other, 1 thread CPU: ${list(cpuRatios)}`);
  if (withThreads) console.log(`this / other, 2 threads wall: ${list(threadRatios)}`);
  for (const r of runs) await r.pool?.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
