// A cadastre (packed parcels) through the app's scoring session and the real scoring library behind a
// MessageChannel: its parcels reach the worker as the copy the import worker made, moved and not copied (the
// page keeps its own arrays); new source layers send only the cadastre's key; after a crash the page sends a copy
// of its own. The scores are the engine's on the same parcels every time.
import type { Feature } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { cadastreForTransfer, cadastreFromTransfer, finishPackedCadastre } from '../../../src/domain/import/finishPackedCadastre.ts';
import { bytesSource, packFlatGeobuf } from '../../../src/domain/import/packFlatGeobuf.ts';
import { fromTransit, toTransit } from '../../../src/domain/scoring/parcelsInTransit.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import { scoreParcels } from '../../../src/domain/scoring/scoreParcels.ts';
import type { PackedLayerData } from '../../../src/state/packedLayerData.ts';
import { collectScoringInput, type ScoringInput } from '../../../src/ui/scoring/collectScoringInput.ts';
import { createScoringSession, type ScoringSession, type ScoringSessionService } from '../../../src/ui/scoring/scoringSession.ts';
import { createScoringLib } from '../../../src/workers/scoringLib.ts';
import { cadastreParcels } from '../../../scripts/bench/writeCadastreFgb.ts';
import { loadedSampleLayers, sampleProject } from '../audit-ui/sampleAudit.ts';
import { channelWorkers } from '../rpc/_channelWorker.ts';

const features: Feature[] = [...cadastreParcels(3000)];
const parts = exportFlatGeobuf(features).parts;
const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);

/** The cadastre as the page gets it from the import worker (through the same transit form). */
function loadedCadastre(): PackedLayerData {
  const { transit } = cadastreForTransfer(finishPackedCadastre('dia_chinh.fgb', packFlatGeobuf(bytesSource(bytes), { attributeKeys: ['landuse_code'] })));
  const c = cadastreFromTransfer(transit);
  return { status: 'packed', parcels: c.parcels, mesh: c.mesh, file: new Blob([bytes]) as Blob & { name: string }, featureOffsets: c.featureOffsets, info: c.info, scoringCopy: { transit: c.scoringCopy ?? null } };
}

const sources = collectScoringInput(sampleProject.layers, loadedSampleLayers()) as ScoringInput;
const scenario = presetScenario('worker_housing')!;

function cadastreInput(data: PackedLayerData, layers = sources.layers): ScoringInput {
  return { status: 'ready', parcels: [], refs: [], info: [], offsets: { cad: 0 }, candidateLayers: [], layers, dataKey: [data, ...layers], packed: { layerId: 'cad', data, ignored: 0 } };
}

const workers = channelWorkers(createScoringLib);
afterEach(() => workers.close());

function settled(scoring: ScoringSessionService): Promise<ScoringSession> {
  return new Promise((resolve) => {
    const check = () => {
      const s = scoring.getSnapshot();
      if (s.status !== 'running') {
        stop();
        resolve(s);
      }
    };
    const stop = scoring.subscribe(check);
  });
}

describe('a cadastre in the scoring session', () => {
  it('moves the import worker’s copy to the worker once, keeps the page’s arrays, and sends only a key for new sources', async () => {
    const data = loadedCadastre();
    const copy = data.scoringCopy.transit!;
    const scoring = createScoringSession(workers.create);
    scoring.ensureScored(cadastreInput(data), scenario);
    const first = await settled(scoring);
    expect(first.status).toBe('idle');
    expect(first.scored!.reply.scores).toEqual(scoreParcels(data.parcels, sources.layers, scenario).combined.scores);
    // Moved: the copy's buffers now belong to the worker; the page's own parcels are whole.
    expect(data.scoringCopy.transit).toBeNull();
    expect(copy.coords.byteLength).toBe(0);
    expect(data.parcels.coords.length).toBeGreaterThan(0);

    // Fewer source layers: new data for the worker, the same cadastre (no copy is left to send: it is reused).
    const fewer = sources.layers.filter((l) => l.role !== 'industrial_zone');
    scoring.ensureScored(cadastreInput(data, fewer), scenario);
    const second = await settled(scoring);
    expect(second.status).toBe('idle');
    expect(second.scored!.reply.scores).toEqual(scoreParcels(data.parcels, fewer, scenario).combined.scores);
  });

  it('after a crash the page sends a copy of its own parcels, and the scores come back', async () => {
    const data = loadedCadastre();
    const scoring = createScoringSession(workers.create);
    scoring.ensureScored(cadastreInput(data), scenario);
    await settled(scoring);
    workers.started[0].close();
    // The next request finds the worker gone (a crash), then a retry starts a fresh one.
    scoring.ensureScored(cadastreInput(data), { ...scenario }, true);
    await settled(scoring);
    scoring.ensureScored(cadastreInput(data), scenario, true);
    const retried = await settled(scoring);
    expect(retried.status).toBe('idle');
    expect(retried.scored!.reply.scores).toEqual(scoreParcels(data.parcels, sources.layers, scenario).combined.scores);
  });

  it('transit form: columns as codes into their values, and back; a copy leaves the original arrays alone', () => {
    const { parcels } = loadedCadastre();
    const transit = toTransit(parcels, true);
    expect(transit.columns.landuse_code.values.length).toBe(8);
    expect(fromTransit(transit)).toEqual(parcels);
    transit.coords[0] = -1;
    expect(parcels.coords[0]).not.toBe(-1);
  });
});
