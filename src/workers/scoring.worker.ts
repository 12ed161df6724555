// The scoring engine in a Web Worker: the same domain functions the tests and the CLI use.
// Create it with `new Worker(new URL('./workers/scoring.worker.ts', import.meta.url), { type: 'module' })`.
// Measuring runs in slices of cells, yielding between slices so `cancel` is heard and progress is sent.
import type { Feature } from 'geojson';
import { isUserError } from '../domain/model/userError.ts';
import { combineScores } from '../domain/scoring/combineScores.ts';
import { explainParcel } from '../domain/scoring/explainParcel.ts';
import { createMeasureContext, scenarioMeasures, type MeasureContext, type ScoringLayer } from '../domain/scoring/measureContext.ts';
import { createMeasureJob, type Measures } from '../domain/scoring/measureParcels.ts';
import { packParcels, type PackedParcels } from '../domain/scoring/packParcels.ts';
import { rankScores } from '../domain/scoring/rankScores.ts';
import { runSensitivity } from '../domain/scoring/runSensitivity.ts';
import { measureKey, type MeasureSpec, type Scenario } from '../domain/scoring/scenario.ts';
import { parcelAttributeKeys } from '../domain/scoring/scoreParcels.ts';
import { replaceParcelMeasures, scoreSingleParcel } from '../domain/scoring/scoreSingleParcel.ts';
import type { ScoringReply, ScoringRequest } from '../domain/scoring/scoringWorkerProtocol.ts';
import { UserError } from '../domain/model/userError.ts';

const post = (reply: ScoringReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

let layers: ScoringLayer[] = [];
let parcelFeatures: Feature[] = [];
let packed: PackedParcels | null = null;
/** Everything measured so far for the current data, by measure key. */
let measures: Measures | null = null;
/** The indexes of every measure so far (a drawn parcel is measured with them). */
let context: MeasureContext = { specs: new Map(), sets: new Map(), sourceCounts: new Map() };
let lastScores: Float64Array | null = null;
const cancelled = new Set<number>();

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function missingSpecs(scenario: Scenario): MeasureSpec[] {
  const have = measures ? new Set(Object.keys(measures.values)) : new Set<string>();
  const seen = new Set<string>();
  return scenarioMeasures(scenario).filter((m) => {
    const k = measureKey(m);
    if (have.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function ensureMeasured(scenario: Scenario, requestId: number): Promise<boolean> {
  const keys = parcelAttributeKeys(scenario);
  if (!packed || keys.some((k) => !(k in packed!.attributes))) {
    packed = packParcels(parcelFeatures, [...new Set([...keys, ...Object.keys(packed?.attributes ?? {})])]);
  }
  const missing = missingSpecs(scenario);
  if (missing.length === 0) return true;
  const ctx = createMeasureContext(layers, missing);
  const job = createMeasureJob(ctx, packed);
  // Slices of ~50 ms keep cancel and progress responsive.
  const slice = Math.max(1, Math.ceil(job.totalCells / 100));
  while (!job.step(slice)) {
    post({ type: 'progress', requestId, done: job.doneCells, total: job.totalCells });
    await yieldToMessages();
    if (cancelled.has(requestId)) return false;
  }
  post({ type: 'progress', requestId, done: job.totalCells, total: job.totalCells });
  if (!measures) measures = job.result;
  else {
    Object.assign(measures.values, job.result.values);
    Object.assign(measures.categories, job.result.categories);
  }
  for (const [k, v] of ctx.specs) context.specs.set(k, v);
  for (const [k, v] of ctx.sets) context.sets.set(k, v);
  for (const [k, v] of ctx.sourceCounts) context.sourceCounts.set(k, v);
  return true;
}

function replyScores(scenario: Scenario, requestId: number, measuredMs: number) {
  if (!measures || missingSpecs(scenario).length > 0) {
    throw new UserError('Kịch bản có tiêu chí chưa được đo; hãy chạy chấm điểm lại.', 'The scenario has criteria not measured yet; run scoring again.');
  }
  const t0 = performance.now();
  const combined = combineScores(scenario, measures);
  const ranks = rankScores(combined.scores);
  lastScores = combined.scores.slice();
  const emptySources = scenarioMeasures(scenario)
    .map(measureKey)
    .filter((k) => context.specs.get(k)?.kind !== 'area' && context.sourceCounts.get(k) === 0);
  post(
    {
      type: 'scores', requestId, scores: combined.scores, ranks, excludedBy: combined.excludedBy, weights: combined.weights,
      invalid: packed?.invalid ?? [], emptySources: [...new Set(emptySources)], measuredMs, combinedMs: performance.now() - t0,
    },
    [combined.scores.buffer, ranks.buffer, combined.excludedBy.buffer],
  );
}

async function handle(msg: ScoringRequest): Promise<void> {
  switch (msg.type) {
    case 'setData':
      layers = msg.layers;
      parcelFeatures = msg.parcels;
      packed = null;
      measures = null;
      lastScores = null;
      context = { specs: new Map(), sets: new Map(), sourceCounts: new Map() };
      post({ type: 'ready', requestId: msg.requestId });
      return;
    case 'score': {
      const t0 = performance.now();
      if (!(await ensureMeasured(msg.scenario, msg.requestId))) {
        cancelled.delete(msg.requestId);
        post({ type: 'cancelled', requestId: msg.requestId });
        return;
      }
      replyScores(msg.scenario, msg.requestId, performance.now() - t0);
      return;
    }
    case 'combine':
      replyScores(msg.scenario, msg.requestId, 0);
      return;
    case 'explain': {
      if (!measures) throw new UserError('Chưa chấm điểm.', 'Nothing scored yet.');
      const combined = combineScores(msg.scenario, measures);
      post({ type: 'explanation', requestId: msg.requestId, explanation: explainParcel(msg.scenario, measures, combined, msg.index, rankScores(combined.scores)) });
      return;
    }
    case 'scoreDrawn': {
      // Measures the one parcel with the indexes of the current data (built for the scenario if needed).
      if (scenarioMeasures(msg.scenario).some((m) => !context.specs.has(measureKey(m)))) {
        const ctx = createMeasureContext(layers, scenarioMeasures(msg.scenario));
        for (const [k, v] of ctx.specs) context.specs.set(k, v);
        for (const [k, v] of ctx.sets) context.sets.set(k, v);
        for (const [k, v] of ctx.sourceCounts) context.sourceCounts.set(k, v);
      }
      const single = scoreSingleParcel(context, msg.scenario, msg.feature, lastScores ?? undefined);
      if (msg.replaceIndex !== undefined && measures) {
        replaceParcelMeasures(measures, msg.replaceIndex, single.measures);
        parcelFeatures[msg.replaceIndex] = msg.feature;
        packed = null;
      }
      post({ type: 'drawnScore', requestId: msg.requestId, explanation: single.explanation, rankAmongExisting: single.rankAmongExisting });
      return;
    }
    case 'sensitivity': {
      if (!measures) throw new UserError('Chưa chấm điểm.', 'Nothing scored yet.');
      const result = runSensitivity(msg.scenario, measures, msg.options);
      post({ type: 'sensitivity', requestId: msg.requestId, result }, [result.probabilityTopK.buffer, result.rankMin.buffer, result.rankMax.buffer, result.rankMedian.buffer]);
      return;
    }
    case 'cancel':
      cancelled.add(msg.requestId);
      return;
  }
}

self.onmessage = (event: MessageEvent<ScoringRequest>) => {
  const msg = event.data;
  handle(msg).catch((error: unknown) => {
    post({
      type: 'error',
      requestId: msg.requestId,
      ...(isUserError(error) ? { userError: { vi: error.messageVi, en: error.messageEn } } : {}),
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
