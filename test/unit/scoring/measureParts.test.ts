// Splitting a measuring run (over worker threads in the CLI and benchmark) must not change a
// single value: the runs take blocks of cells of the same grid from one shared counter, so a
// planner gets the same scores whether the machine used one thread or several.
import { afterAll, describe, expect, it } from 'vitest';
import { makeLayers, makeParcels } from '../../../scripts/bench/scoring.bench.ts';
import { createMeasurePool, type MeasurePool } from '../../../scripts/cli/_measureInThreads.ts';
import { createMeasureContext, scenarioMeasures } from '../../../src/domain/scoring/measureContext.ts';
import { createMeasureJob, measureParcels, type Measures } from '../../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { PRESET_SCENARIOS, presetScenario } from '../../../src/domain/scoring/presets.ts';
import { combineScores } from '../../../src/domain/scoring/combineScores.ts';

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
  it('two runs taking blocks of cells from one shared counter give exactly the one-run values and code list', () => {
    const claim = new Int32Array(new SharedArrayBuffer(8));
    claim[1] = 2; // two jobs share it
    const shared: Record<string, Float64Array> = {};
    for (const key of Object.keys(whole.values)) if (!whole.categories[key]) shared[key] = new Float64Array(parcels.count); // zeros: the jobs write every slot, NaN for the broken geometry
    const jobs = [0, 1].map(() => createMeasureJob(ctx, parcels, { claim, values: shared }));
    // Alternating small steps, as two threads racing for blocks would.
    const done = [false, false];
    while (!done[0] || !done[1]) for (const k of [0, 1]) if (!done[k]) done[k] = jobs[k].step(40);
    const values = { ...shared };
    for (const key of Object.keys(whole.categories)) {
      const merged = new Float64Array(parcels.count).fill(NaN);
      for (const job of jobs) {
        const own = job.result.values[key];
        for (let i = 0; i < parcels.count; i++) if (!Number.isNaN(own[i])) merged[i] = whole.categories[key].indexOf(job.result.categories[key][own[i]]);
      }
      values[key] = merged;
    }
    expect(differences(whole, { ...whole, values })).toBe(0);
    // Each run measured some cells: the counter shared the work.
    const measuredBy = jobs.map((job) => job.result.values[Object.keys(whole.categories)[0]].filter((v) => !Number.isNaN(v)).length);
    expect(measuredBy.every((m) => m > 0)).toBe(true);
  });

  it('the code list of an attribute measure is in the order of first use by parcel number', () => {
    const key = Object.keys(whole.categories)[0];
    expect(whole.categories[key].slice(0, 3)).toEqual(['LUC', 'ODT', 'HNK']);
    expect(whole.values[key][0]).toBe(0);
    expect(whole.values[key][3999]).toBe(whole.values[key][1]);
  });

  it('parcels packed on shared memory are the same arrays, with nothing left to copy for the threads', () => {
    const onShared = packParcels(features, ['landuse_code'], { shared: true });
    for (const key of ['coords', 'ringStarts', 'parcelRingStarts', 'bbox'] as const) {
      expect(onShared[key].buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Array.from(onShared[key])).toEqual(Array.from(parcels[key]));
    }
    expect(onShared.invalid).toEqual(parcels.invalid);
    expect(onShared.attributes).toEqual(parcels.attributes);
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

  it('the first combine prepared in the threads (transforms, exclusions, warnings by parcel range) gives exactly the one-thread scores', async () => {
    pool ??= await createMeasurePool(2);
    const threaded = await pool.measure(ctx, parcels);
    // Every kind of criterion and constraint of both presets, on the land-use codes set above too.
    for (const preset of PRESET_SCENARIOS) {
      const alone = combineScores(preset, measureParcels(createMeasureContext(layers, scenarioMeasures(preset)), parcels));
      const measured = preset === scenario ? threaded : await pool.measure(createMeasureContext(layers, scenarioMeasures(preset)), parcels);
      const { exclusions, warnings } = await pool.prepareCombine(preset, measured);
      const prepared = combineScores(preset, measured, exclusions, warnings);
      expect(Array.from(prepared.excludedBy)).toEqual(Array.from(alone.excludedBy));
      expect(Array.from(prepared.warnedBy)).toEqual(Array.from(alone.warnedBy));
      expect(prepared.scores.every((x, i) => Object.is(x, alone.scores[i]))).toBe(true);
      // Some parcels are excluded, some scored: the comparison covers both.
      expect(alone.excludedBy.some((e) => e >= 0) && alone.scores.some((x) => x > 0)).toBe(true);
    }
  }, 60_000);
});
