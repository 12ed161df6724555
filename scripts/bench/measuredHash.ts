// The check that a speed change leaves the measured values alone: sha256 over every measured array
// (keys sorted, raw float64 bytes, then each attribute measure's code list) of the bench's parcels
// under both presets, measured on one thread and on 2 worker threads. Run before and after a change;
// the printed hashes must be equal, and the two lines of each preset must be equal to each other.
//
//   node --import tsx scripts/bench/measuredHash.ts [parcels=100000]
import { createHash } from 'node:crypto';
import { createMeasureContext, scenarioMeasures } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels, type Measures } from '../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../src/domain/scoring/packParcels.ts';
import { PRESET_SCENARIOS } from '../../src/domain/scoring/presets.ts';
import { createMeasurePool } from '../cli/_measureInThreads.ts';
import { makeLayers, makeParcels } from './scoring.bench.ts';

function hashOf(m: Measures): string {
  const h = createHash('sha256');
  for (const key of Object.keys(m.values).sort()) {
    const v = m.values[key];
    h.update(key).update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    if (m.categories[key]) h.update(JSON.stringify(m.categories[key]));
  }
  return h.digest('hex');
}

async function main() {
  const n = Number(process.argv[2] ?? 100000);
  const layers = makeLayers();
  const parcels = packParcels(makeParcels(n), ['landuse_code'], { shared: true });
  const pool = await createMeasurePool(2);
  for (const scenario of PRESET_SCENARIOS) {
    const specs = scenarioMeasures(scenario);
    const one = hashOf(measureParcels(createMeasureContext(layers, specs), parcels));
    const two = hashOf(await pool.measure(createMeasureContext(layers, specs), parcels));
    console.log(`${scenario.id} (${n.toLocaleString('en-US')} parcels): 1 thread ${one}`);
    console.log(`${scenario.id} (${n.toLocaleString('en-US')} parcels): 2 threads ${two}${one === two ? '' : '  ← DIFFERENT'}`);
  }
  await pool.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
