// Splitting a measuring run (over worker threads in the CLI and benchmark) must not change a
// single value: the parts measure runs of the same cell grid, so a planner gets the same scores
// whether the machine used one thread or several.
import { afterAll, describe, expect, it } from 'vitest';
import { makeLayers, makeParcels } from '../../../scripts/bench/scoring.bench.ts';
import { createMeasurePool, type MeasurePool } from '../../../scripts/cli/_measureInThreads.ts';
import { createMeasureContext, scenarioMeasures } from '../../../src/domain/scoring/measureContext.ts';
import { createMeasureJob, measureParcels, type Measures } from '../../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';

const scenario = presetScenario('worker_housing')!;
const layers = makeLayers();
const features = makeParcels(4000);
// A few parcels with their own land-use code, at both ends of the list, and one broken geometry.
const codes = ['LUC', 'ODT', 'HNK', 'ODT'];
[0, 1, 3998, 3999].forEach((i, k) => (features[i].properties!.landuse_code = codes[k]));
features[17] = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[108, 15], [108, 15]]] } };
const parcels = packParcels(features, ['landuse_code']);
const ctx = createMeasureContext(layers, scenarioMeasures(scenario));
const whole = measureParcels(ctx, parcels);

function differences(a: Measures, b: Measures): number {
  let diff = 0;
  for (const key of Object.keys(a.values)) for (let i = 0; i < a.count; i++) if (!Object.is(a.values[key][i], b.values[key][i])) diff++;
  return diff;
}

let pool: MeasurePool | null = null;
afterAll(async () => {
  await pool?.close();
});

describe('measuring in parts', () => {
  it('three parts of the grid, written into shared arrays, give exactly the one-run values', () => {
    const values: Record<string, Float64Array> = {};
    const shared: Record<string, Float64Array> = {};
    for (const key of Object.keys(whole.values)) {
      values[key] = new Float64Array(parcels.count).fill(NaN);
      // Attribute codes are indexes into each part's own list: those stay private to the part.
      if (!whole.categories[key]) shared[key] = values[key];
    }
    for (let index = 0; index < 3; index++) {
      const job = createMeasureJob(ctx, parcels, 0, parcels.count, { part: { index, of: 3 }, values: shared });
      // In small steps, as the app's worker does for progress.
      while (!job.step(7));
      for (const key of Object.keys(job.result.categories)) {
        // Attribute codes: this part's own list; map back to the whole run's list.
        const own = job.result.values[key];
        for (let i = 0; i < parcels.count; i++) if (!Number.isNaN(own[i])) values[key][i] = whole.categories[key].indexOf(job.result.categories[key][own[i]]);
      }
    }
    expect(differences(whole, { ...whole, values })).toBe(0);
    expect(Number.isNaN(whole.values[Object.keys(whole.values)[0]][17])).toBe(true);
  });

  it('worker threads (pool started once, used twice) give exactly the one-thread values and code list', async () => {
    pool = await createMeasurePool(2);
    for (let run = 0; run < 2; run++) {
      const threaded = await pool.measure(ctx, parcels);
      expect(differences(whole, threaded)).toBe(0);
      expect(threaded.categories).toEqual(whole.categories);
      expect(threaded.invalid).toEqual([17]);
    }
  }, 60_000);
});
