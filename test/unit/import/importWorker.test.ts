import { describe, expect, it } from 'vitest';
import { FEATURE_CHUNK, handleImportRequest, type ImportWorkerResponse } from '../../../src/workers/import.worker.ts';
import { loadFixtures } from './_load.ts';

describe('import worker protocol', () => {
  it('posts progress, feature chunks, then the result (features stripped) last', async () => {
    const posted: ImportWorkerResponse[] = [];
    await handleImportRequest({ type: 'import', id: 7, files: loadFixtures('broken-features.geojson') }, (m) => posted.push(m));
    const last = posted.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type !== 'result') return;
    expect(last.result.layers[0].features).toEqual([]);
    const chunks = posted.filter((m) => m.type === 'features');
    expect(chunks.flatMap((c) => (c.type === 'features' ? c.features : []))).toHaveLength(6);
    expect(posted.some((m) => m.type === 'progress' && m.progress01 === 1)).toBe(true);
    expect(posted.every((m) => m.id === 7)).toBe(true);
    expect(FEATURE_CHUNK).toBeGreaterThan(1000);
  });

  it('cancels a running import', async () => {
    const posted: ImportWorkerResponse[] = [];
    // A 60,000-point layer takes several validation chunks, so the cancel lands between two of them.
    const features = Array.from({ length: 60000 }, (_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [108.8 + i * 1e-6, 15.1] } }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const running = handleImportRequest({ type: 'import', id: 1, files: [{ name: 'big.geojson', bytes }] }, (m) => posted.push(m));
    await handleImportRequest({ type: 'cancel', id: 1 }, (m) => posted.push(m));
    await running;
    expect(posted.at(-1)?.type).toBe('cancelled');
  });

  it('posts user errors with both languages', async () => {
    const posted: ImportWorkerResponse[] = [];
    await handleImportRequest({ type: 'import', id: 2, files: loadFixtures('broken-features.geojson'), options: { crs: 'EPSG:99999' } }, (m) => posted.push(m));
    const last = posted.at(-1)!;
    expect(last.type).toBe('error');
    if (last.type === 'error') {
      expect(last.error.userError).toBe(true);
      expect(last.error.vi).toContain('EPSG:99999');
    }
  });
});
