// Worker-thread entry for _measureInThreads.ts: measure parcels [from, to) and post the arrays back.
import { parentPort, workerData } from 'node:worker_threads';
import { createMeasureContext, scenarioMeasures, type ScoringLayer } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../src/domain/scoring/measureParcels.ts';
import type { PackedParcels } from '../../src/domain/scoring/packParcels.ts';
import type { Scenario } from '../../src/domain/scoring/scenario.ts';

const { layers, scenario, parcels, from, to } = workerData as { layers: ScoringLayer[]; scenario: Scenario; parcels: PackedParcels; from: number; to: number };
const ctx = createMeasureContext(layers, scenarioMeasures(scenario));
const measures = measureParcels(ctx, parcels, from, to);
parentPort!.postMessage({ from, to, values: measures.values, categories: measures.categories }, Object.values(measures.values).map((a) => a.buffer as ArrayBuffer));
