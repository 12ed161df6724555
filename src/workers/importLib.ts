// What the import worker exposes: importFiles, so parsing, reprojection and validation of big files
// never block the UI. Features go back as `features` events in chunks of ≤ FEATURE_CHUNK (in order)
// before the result (whose layers then have `features: []`), so the main thread deserialises them in
// slices and stays responsive. KML in a worker uses @xmldom/xmldom (workers have no DOMParser).
import type { Feature } from 'geojson';
import { importFiles } from '../domain/import/importFiles.ts';
import type { ImportFile, ImportOptions, ImportResult } from '../domain/import/importTypes.ts';
import type { RpcContext } from './rpc/rpcMessages.ts';

export type WorkerImportOptions = Omit<ImportOptions, 'onProgress' | 'signal' | 'xmlParser'>;

export type ImportEvent =
  /** 0–1, at most every 100 ms (and at 1). */
  | { type: 'progress'; progress01: number }
  | { type: 'features'; layerIndex: number; features: Feature[] };

export const FEATURE_CHUNK = 20000;

export const importLib = {
  async importFiles(request: { files: ImportFile[]; options?: WorkerImportOptions }, context: RpcContext<ImportEvent>): Promise<ImportResult> {
    let lastPost = 0;
    const result = await importFiles(request.files, {
      ...request.options,
      signal: context.signal,
      onProgress: (progress01) => {
        const now = Date.now();
        if (progress01 === 1 || now - lastPost > 100) {
          lastPost = now;
          context.progress({ type: 'progress', progress01 });
        }
      },
    });
    result.layers.forEach((layer, layerIndex) => {
      for (let i = 0; i < layer.features.length; i += FEATURE_CHUNK) {
        context.progress({ type: 'features', layerIndex, features: layer.features.slice(i, i + FEATURE_CHUNK) });
      }
    });
    return { ...result, layers: result.layers.map((l) => ({ ...l, features: [] })) };
  },
};
export type ImportLib = typeof importLib;
