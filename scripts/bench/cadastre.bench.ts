// The CLI's whole-cadastre path end to end (docs/performance/cadastre.md): `noxh score` on synthetic parcel files of
// 1M / 2M / 3M / 5M parcels in each input format (GeoJSON, FlatGeobuf, GeoParquet), output in the same format,
// preset worker_housing, each run a fresh process under /usr/bin/time (wall, CPU, peak RSS), the load average
// printed with every run. `npm run bench -- cadastre`; sizes and formats by environment:
//   BENCH_SIZES=1000000,2000000 BENCH_FORMATS=fgb,parquet,geojson BENCH_PYTHON=1 npm run bench -- cadastre
// BENCH_PYTHON=1 (or =/path/to/python) also runs scripts/bench/compare_geopandas.py on the same files in the same
// series — GeoPandas sjoin_nearest and a tuned Shapely 2 STRtree script measuring the same distances, in the Python of
// scripts/bench/setup-python.sh (.venv-bench) — every run BENCH_REPEAT times (3 by default then) in rotating order, and
// checks their per-parcel values against the CLI's --explain output. Files are written to a folder in /tmp, one size at a
// time, and deleted after. BENCH_OTHER=<another checkout> (e.g. `git archive <commit> | tar -x -C /tmp/base` and
// `cp -al node_modules /tmp/base/`) runs that checkout's CLI on the same files too, alternating with this one (A/B).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBenchPython } from './findBenchPython.ts';
import { writeSyntheticLayers, writeSyntheticParcels, type SyntheticFormat } from './writeSyntheticFiles.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sizes = (process.env.BENCH_SIZES ?? '1000000').split(',').map(Number);
const formats = (process.env.BENCH_FORMATS ?? 'fgb,parquet,geojson').split(',') as SyntheticFormat[];
const python = process.env.BENCH_PYTHON ? findBenchPython() : null;
const other = process.env.BENCH_OTHER;

interface Row {
  n: number;
  what: string;
  wallS: number;
  cpuS: number;
  rssMB: number;
  stages: string;
  load: string;
  outMB: number;
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

/** One command under /usr/bin/time -v: wall, CPU, peak RSS and its own stderr. */
function timed(command: string, args: string[], cwd = root): { wallS: number; cpuS: number; rssMB: number; stderr: string; status: number | null } {
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const field = (name: string) => r.stderr.match(new RegExp(`${name}: ([\\d.:]+)`))?.[1] ?? '0';
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number).reduce((a, b) => 60 * a + b, 0);
  return {
    wallS: wall,
    cpuS: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    rssMB: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    stderr: r.stderr,
    status: r.status,
  };
}

const rows: Row[] = [];
const pythonPath = python?.python ?? null;
// Paired with Python: every run repeated (BENCH_REPEAT, default 3 then), the order of the runs rotated each round, so
// each run meets the others' load in turn.
const repeat = Number(process.env.BENCH_REPEAT ?? (pythonPath ? 3 : 1));
console.log(`${cpus()[0]?.model ?? 'CPU'} × ${cpus().length}, Node ${process.version}`);
if (python) console.log(python.python === null ? `Python runs skipped: ${python.reason}` : `${python.python}: ${python.versions}`);
const checks: string[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'noxh-cadastre-'));
  try {
    const t0 = performance.now();
    const layers = writeSyntheticLayers(dir);
    const files = writeSyntheticParcels(n, dir, formats);
    console.log(`\n${n.toLocaleString('en-US')} parcels written in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${files.map((f) => `${f.split('.').pop()} ${(statSync(f).size / 1e6).toFixed(0)} MB`).join(', ')}`);
    const layerArgs = layers.flatMap((l) => ['--layer', l]);
    const runs: ((round: number) => Row)[] = [];
    for (const [k, format] of formats.entries()) {
      // This checkout, then the other (if any); the next format the other way round.
      const checkouts = other ? (k % 2 ? [[other, 'before'], [root, 'this']] : [[root, 'this'], [other, 'before']]) : [[root, '']];
      for (const [cwd, label] of checkouts) {
        runs.push(() => {
          const out = join(dir, `out.${format}`);
          const before = load();
          const r = timed(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'score', '--parcels', files[k], ...layerArgs, '--preset', 'worker_housing', '--out', out], cwd);
          const line = r.stderr.split('\n').find((l) => l.includes('thửa/parcels')) ?? r.stderr.split('\n').filter((l) => l.trim()).slice(-3).join(' | ');
          const stages = line.replace(/^.*đọc\/read/, 'read').replace(/ → .*$/, '').replace(/đọc\/read |chấm điểm\/scoring |ghi\/write /g, '');
          let outMB = 0;
          try {
            outMB = statSync(out).size / 1e6;
            unlinkSync(out);
          } catch {
            // no output: the run failed (its message is in `stages`)
          }
          return { n, what: `CLI${label ? ` (${label})` : ''} ${format} → ${format}${r.status === 0 ? '' : ` (exit ${r.status})`}`, wallS: r.wallS, cpuS: r.cpuS, rssMB: r.rssMB, stages, load: `${before} → ${load()}`, outMB };
        });
      }
    }
    // Python reads the FlatGeobuf when there is one (GDAL through pyogrio: its fastest reader of these files).
    const pythonInput = files[formats.indexOf('fgb')] ?? files[formats.indexOf('geojson')] ?? files[0];
    const pythonFormat = pythonInput.split('.').pop();
    const values = (method: string) => join(dir, `values-${method}.parquet`);
    if (pythonPath) {
      for (const method of ['geopandas', 'strtree']) {
        runs.push((round) => {
          const before = load();
          // The first round also writes the per-parcel values (Parquet, ~0.2 s at 1M) for the check below.
          const r = timed(pythonPath, ['scripts/bench/compare_geopandas.py', method, pythonInput, dir, ...(round === 0 ? [values(method)] : [])]);
          const line = r.stderr.split('\n').find((l) => l.includes(' measures: ')) ?? r.stderr.split('\n').filter((l) => l.trim()).slice(-3).join(' | ');
          return { n, what: `Python ${method} (${pythonFormat})${r.status === 0 ? '' : ` (exit ${r.status})`}`, wallS: r.wallS, cpuS: r.cpuS, rssMB: r.rssMB, stages: line.replace(/^[^:]*: /, ''), load: `${before} → ${load()}`, outMB: 0 };
        });
      }
    }
    for (let round = 0; round < repeat; round++) {
      for (let j = 0; j < runs.length; j++) {
        rows.push(runs[(j + round) % runs.length](round));
        console.log(JSON.stringify(rows.at(-1)));
      }
    }
    if (pythonPath) {
      // Do the numbers agree? The CLI's per-parcel raw values (--explain) against each Python run's.
      const explain = join(dir, 'explain.parquet');
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'score', '--parcels', pythonInput, ...layerArgs, '--preset', 'worker_housing', '--explain', '--out', explain], { cwd: root, stdio: 'ignore' });
      for (const method of ['geopandas', 'strtree']) {
        const r = spawnSync(pythonPath, ['scripts/bench/compare_geopandas.py', 'check', values(method), explain], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
        checks.push(`${n} ${method} vs CLI --explain: ${r.status === 0 ? r.stdout.trim() : r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        console.log(checks.at(-1));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\n| parcels | run | wall | CPU (user + sys) | peak RSS | stages (CLI: read, scoring, write) | output | load average before → after |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en-US')} | ${r.what} | ${r.wallS.toFixed(1)} s | ${r.cpuS.toFixed(1)} s | ${r.rssMB.toFixed(0)} MB | ${r.stages} | ${r.outMB ? `${r.outMB.toFixed(0)} MB` : ''} | ${r.load} |`);
}
if (repeat > 1) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  console.log(`\nMedians of ${repeat} runs each (the lower middle for an even count):\n| parcels | run | wall | CPU | peak RSS | load (1-min) over its runs |\n|---|---|---|---|---|---|`);
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(`${r.n}\t${r.what}`, [...(groups.get(`${r.n}\t${r.what}`) ?? []), r]);
  for (const group of groups.values()) {
    const loads = group.flatMap((r) => r.load.split(' → ').map((l) => Number(l.split(' ')[0])));
    console.log(`| ${group[0].n.toLocaleString('en-US')} | ${group[0].what} | ${median(group.map((r) => r.wallS)).toFixed(1)} s | ${median(group.map((r) => r.cpuS)).toFixed(1)} s | ${median(group.map((r) => r.rssMB)).toFixed(0)} MB | ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} |`);
  }
}
for (const c of checks) console.log(c);
