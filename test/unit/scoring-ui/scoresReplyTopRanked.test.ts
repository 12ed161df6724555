// The scoring worker sends the best parcels and the scored count with the scores, so the page makes no pass over
// 2M ranks per reply: the cadastre's top rows, the map's rank labels and the counts must be the ones the page
// used to scan for — on the sample (objects) and on a generated cadastre (packed parcels).
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { finishPackedCadastre } from '../../../src/domain/import/finishPackedCadastre.ts';
import { bytesSource, packFlatGeobuf } from '../../../src/domain/import/packFlatGeobuf.ts';
import { countScored, recordScoredCount } from '../../../src/domain/scoring/countScored.ts';
import { toTransit } from '../../../src/domain/scoring/parcelsInTransit.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import { TOP_RANKED_LIMIT, topRankedIndices, topRankedOf } from '../../../src/domain/scoring/topRankedIndices.ts';
import { rankLabels } from '../../../src/map/buildScoreLayers.ts';
import type { ScoreLayerSpec } from '../../../src/state/overlaySpecs.ts';
import { collectScoringInput, type ScoringInput } from '../../../src/ui/scoring/collectScoringInput.ts';
import { createScoringLib, type ScoresReply } from '../../../src/workers/scoringLib.ts';
import { cadastreParcels } from '../../../scripts/bench/writeCadastreFgb.ts';
import { loadedSampleLayers, sampleProject } from '../audit-ui/sampleAudit.ts';

const sources = collectScoringInput(sampleProject.layers, loadedSampleLayers()) as ScoringInput;
const scenario = presetScenario('worker_housing')!;
const context = { signal: new AbortController().signal, progress: () => {}, transfer: () => {} };

/** What the page scanned for before: every parcel ranked 1…n by its rank (the map's labels), and the scored count. */
function scanned(reply: ScoresReply, n: number) {
  const best = new Array<number>(n).fill(-1);
  let scored = 0;
  for (let i = 0; i < reply.ranks.length; i++) {
    const r = reply.ranks[i];
    if (r >= 1 && r <= n) best[r - 1] = i;
    if (reply.excludedBy[i] === -1) scored++;
  }
  return { labelled: best.flatMap((i, k) => (i >= 0 ? [{ index: i, text: `#${k + 1}` }] : [])), scored };
}

function expectSameAsScan(reply: ScoresReply, spec: (topN: number, topRanked?: number[]) => ScoreLayerSpec) {
  expect(reply.topRanked).toEqual(topRankedIndices(reply.ranks, TOP_RANKED_LIMIT));
  expect(reply.topRanked.length).toBe(Math.min(TOP_RANKED_LIMIT, scanned(reply, 0).scored));
  for (const limit of [0, 1, 7, 50, 100, 101, 250]) expect(topRankedOf(reply.ranks, limit, reply.topRanked)).toEqual(topRankedIndices(reply.ranks, limit));
  for (const topN of [0, 1, 10, 50]) {
    const fromWorker = rankLabels(spec(topN, reply.topRanked));
    expect(fromWorker).toEqual(rankLabels(spec(topN)));
    expect(fromWorker.map((l) => l.text)).toEqual(scanned(reply, topN).labelled.map((l) => l.text));
  }
  const { scored } = scanned(reply, 0);
  expect(reply.scoredCount).toBe(scored);
  const copy = reply.excludedBy.slice();
  recordScoredCount(copy, reply.scoredCount);
  expect(countScored(copy)).toBe(scored);
}

const specOf = (reply: ScoresReply, patch: Partial<ScoreLayerSpec>) => (topN: number, topRanked?: number[]): ScoreLayerSpec => ({
  kind: 'score-layer', candidateLayers: [], offsets: {}, scores: reply.scores, ranks: reply.ranks, excludedBy: reply.excludedBy, breaks: reply.breaks,
  probability: null, names: [], constraintReasons: [], topN, compare: [], ...(topRanked ? { topRanked } : {}), ...patch,
});

describe('the best parcels and the scored count come with the scores', () => {
  it('on the sample’s candidate sites (objects)', async () => {
    const lib = createScoringLib();
    lib.setData({ layers: sources.layers, parcels: sources.parcels });
    const reply = await lib.score({ scenario }, context);
    expect(reply.scoredCount).toBeGreaterThan(10);
    expectSameAsScan(reply, specOf(reply, { candidateLayers: sources.candidateLayers.map(({ id, data }) => ({ id, data })), offsets: sources.offsets }));
  });

  it('on a generated cadastre of 20,000 parcels (packed)', async () => {
    const features: Feature[] = [...cadastreParcels(20_000)];
    const parts = exportFlatGeobuf(features).parts;
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    const cadastre = finishPackedCadastre('dia_chinh.fgb', packFlatGeobuf(bytesSource(bytes), { attributeKeys: ['landuse_code'] }));
    const lib = createScoringLib();
    lib.setData({ layers: sources.layers, parcels: [], packed: { key: 1, parcels: toTransit(cadastre.parcels, true), fileName: 'dia_chinh.fgb', columns: ['landuse_code'] } });
    const reply = await lib.score({ scenario }, context);
    expect(reply.topRanked).toHaveLength(TOP_RANKED_LIMIT);
    expectSameAsScan(reply, specOf(reply, { packedLayer: { id: 'cad', mesh: cadastre.mesh, parcels: cadastre.parcels } }));
  }, 60_000);
});
