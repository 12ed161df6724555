// The import worker's library over the RPC layer (a MessageChannel standing in for the Web Worker), through
// the app's import service: progress, features reassembled from chunks, cancel, user errors in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { FEATURE_CHUNK, importLib, type ImportEvent } from '../../../src/workers/importLib.ts';
import { createRpcClient } from '../../../src/workers/rpc/createRpcClient.ts';
import { createImportService, ImportRunError } from '../../../src/ui/import/runImportInWorker.ts';
import { channelWorkers } from '../rpc/_channelWorker.ts';
import { loadFixtures } from './_load.ts';

const workers = channelWorkers(importLib);
afterEach(() => workers.close());

describe('import worker', () => {
  it('sends progress and feature chunks, then the result (features stripped), reassembled by the service', async () => {
    const events: ImportEvent[] = [];
    const client = createRpcClient<typeof importLib>(workers.create, 'import');
    const result = await client.call('importFiles', { files: loadFixtures('broken-features.geojson') }, { onProgress: (e) => events.push(e) }).result;
    expect(result.layers[0].features).toEqual([]);
    expect(events.flatMap((e) => (e.type === 'features' ? e.features : []))).toHaveLength(6);
    expect(events.some((e) => e.type === 'progress' && e.progress01 === 1)).toBe(true);
    expect(FEATURE_CHUNK).toBeGreaterThan(1000);

    const progress: number[] = [];
    const run = createImportService(workers.create).run(loadFixtures('broken-features.geojson'), {}, (p) => progress.push(p));
    const assembled = await run.result;
    expect(assembled.layers[0].features).toHaveLength(6);
    expect(progress.at(-1)).toBe(1);
  });

  it('cancels a running import', async () => {
    // A 60,000-point layer takes several validation chunks, so the cancel lands between two of them.
    const features = Array.from({ length: 60000 }, (_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [108.8 + i * 1e-6, 15.1] } }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const run = createImportService(workers.create).run([{ name: 'big.geojson', bytes }], {}, () => {});
    run.cancel();
    const error = await run.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRunError);
    expect((error as ImportRunError).cancelled).toBe(true);
  });

  it('reports user errors with both languages', async () => {
    const run = createImportService(workers.create).run(loadFixtures('broken-features.geojson'), { crs: 'EPSG:99999' }, () => {});
    const error = (await run.result.catch((e: unknown) => e)) as ImportRunError;
    expect(error.userError).toBe(true);
    expect(error.cancelled).toBe(false);
    expect(error.text.vi).toContain('EPSG:99999');
  });

  it('fails a running import with a message when the worker dies', async () => {
    const features = Array.from({ length: 60000 }, (_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [108.8 + i * 1e-6, 15.1] } }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const service = createImportService(workers.create);
    const run = service.run([{ name: 'big.geojson', bytes }], {}, () => {});
    workers.started.at(-1)!.close();
    const error = (await run.result.catch((e: unknown) => e)) as ImportRunError;
    expect(error.userError || error.cancelled).toBe(false);
    expect(error.text.en).toBe('Internal error in the import worker: the import worker stopped (closed)');
  });
});
