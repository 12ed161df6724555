// Where a scoring run's time goes, measure by measure: the bench's data and parcels, each distinct measure
// of preset `worker_housing` measured ALONE (one thread, CPU time, garbage collected before each run), next
// to the whole preset and to a run with no measure at all (the grid and gathering each cell's parcels, paid
// once per run whatever the measures). A measure's own cost is its time minus the "no measure" time.
//
//   node --expose-gc --max-old-space-size=8000 --import tsx scripts/bench/scoringPerMeasure.ts [parcels=1000000] [rounds=3]
import { cpus, loadavg } from 'node:os';
import { createMeasureContext, scenarioMeasures } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../src/domain/scoring/packParcels.ts';
import { presetScenario } from '../../src/domain/scoring/presets.ts';
import { measureKey, type MeasureSpec } from '../../src/domain/scoring/scenario.ts';
import { makeLayers, makeParcels } from './scoring.bench.ts';

const n = Number(process.argv[2] ?? 1000000);
const rounds = Number(process.argv[3] ?? 3);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('Run with node --expose-gc: without it each run also pays for the previous run’s garbage.');

const layers = makeLayers();
let features = makeParcels(n);
const parcels = packParcels(features, ['landuse_code']);
// The engine keeps only the packed arrays (see compareScoring.ts).
features = [];
const all = [...new Map(scenarioMeasures(presetScenario('worker_housing')!).map((s) => [measureKey(s), s])).values()];

function cpuMs(specs: MeasureSpec[]): number {
  const ctx = createMeasureContext(layers, specs);
  gc?.();
  const c0 = process.cpuUsage();
  measureParcels(ctx, parcels);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

cpuMs(all); // JIT warm-up
const rows: { name: string; specs: MeasureSpec[]; ms: number[] }[] = [
  { name: 'whole preset', specs: all, ms: [] },
  { name: 'no measure (grid + gathering the cells)', specs: [], ms: [] },
  ...all.map((s) => ({ name: measureKey(s), specs: [s], ms: [] as number[] })),
];
for (let r = 0; r < rounds; r++) for (const row of rows) row.ms.push(cpuMs(row.specs));
const base = Math.min(...rows[1].ms);
console.log(`${n.toLocaleString('en-US')} parcels, ${rounds} rounds, min CPU ms; ${cpus()[0]?.model} × ${cpus().length}, load average ${loadavg()[0].toFixed(1)}`);
for (const row of rows) {
  const min = Math.min(...row.ms);
  const own = row.specs.length === 1 ? `  (own ${Math.max(0, min - base).toFixed(0)} ms)` : '';
  console.log(`${min.toFixed(0).padStart(6)}${own.padEnd(18)} ${row.name}`);
}
