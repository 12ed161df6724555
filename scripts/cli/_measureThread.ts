// Worker-thread side of _measureInThreads.ts: started once per pool; for each task rebuilds the
// indexes from their buffers (no re-indexing) and measures the blocks of cells it claims straight
// into the shared output arrays; for a combine task, the transforms and constraint passes of its range.
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import { parentPort } from 'node:worker_threads';
import type { FeatureSet } from '../../src/domain/scoring/buildFeatureSet.ts';
import type { MeasureContext } from '../../src/domain/scoring/measureContext.ts';
import type { PackedParcels } from '../../src/domain/scoring/packParcels.ts';
import { createMeasureJob } from '../../src/domain/scoring/measureParcels.ts';
import { decodeAttribute } from './_attributeCodes.ts';
import { prepareCombineRange } from '../../src/domain/scoring/prepareCombineRange.ts';
import type { CombineTask, CombineTaskResult, MeasureTask, MeasureTaskResult, PortableFeatureSet } from './_measureInThreads.ts';

function restore(s: PortableFeatureSet | null): FeatureSet | null {
  if (!s) return null;
  const tree = (b: ArrayBuffer | null) => (b ? Flatbush.from(b) : null);
  return { ...s, segmentIndex: tree(s.segmentIndex), chunkIndex: tree(s.chunkIndex), polygonIndex: tree(s.polygonIndex), pointIndex: s.pointIndex ? KDBush.from(s.pointIndex) : null };
}

parentPort!.on('message', (task: MeasureTask | CombineTask) => {
  if ('terms' in task) {
    try {
      const classesOk = prepareCombineRange(task.scenario, task.measures, task.terms, task.excludedBy, task.warnedBy, task.from, task.to);
      parentPort!.postMessage({ id: task.id, classesOk } satisfies CombineTaskResult);
    } catch (e) {
      parentPort!.postMessage({ id: task.id, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) } satisfies CombineTaskResult);
    }
    return;
  }
  try {
    const t0 = performance.now();
    const ctx: MeasureContext = { specs: new Map(task.specs), sets: new Map(task.sets.map(([k, s]) => [k, restore(s)])), sourceCounts: new Map() };
    const attributes: PackedParcels['attributes'] = {};
    for (const [key, encoded] of Object.entries(task.attributes)) attributes[key] = decodeAttribute(encoded);
    const parcels: PackedParcels = { ...task.parcels, attributes };
    const job = createMeasureJob(ctx, parcels, { claim: task.claim, values: task.values, categories: task.categories });
    job.step(Infinity);
    // The lists hold every code (attributeCodeList): a code outside them would index differently per thread.
    for (const [key, list] of Object.entries(task.categories)) {
      if (job.result.categories[key].length !== list.length) throw new Error(`attribute measure ${key}: a code outside the list sent to the threads`);
    }
    const reply: MeasureTaskResult = { id: task.id, wallMs: performance.now() - t0, startedAt: performance.timeOrigin + t0 };
    parentPort!.postMessage(reply);
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) } satisfies MeasureTaskResult);
  }
});
parentPort!.postMessage({ ready: true });
