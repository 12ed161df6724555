// What the import worker exposes: importFiles, so parsing, reprojection and validation of big files
// never block the UI. Features go back as `features` events in chunks of ≤ FEATURE_CHUNK (in order)
// before the result (whose layers then have `features: []`), so the main thread deserialises them in
// slices and stays responsive. KML in a worker uses @xmldom/xmldom (workers have no DOMParser).
import type { Feature } from 'geojson';
import { importFiles } from '../domain/import/importFiles.ts';
import type { ImportFile, ImportOptions, ImportResult } from '../domain/import/importTypes.ts';
import type { RpcContext } from './rpc/rpcMessages.ts';
import { createFlatGeobufPacker, type ByteSource, type FlatGeobufInfo } from '../domain/import/packFlatGeobuf.ts';
import { readFlatGeobufFeature } from '../domain/import/readFlatGeobufFeature.ts';
import { readFlatGeobufHeader } from '../domain/import/readFlatGeobufHeader.ts';
import { cadastreForTransfer, checkCadastreGeometry, finishPackedCadastre, readsAsCadastre, type PackedCadastreInTransit } from '../domain/import/finishPackedCadastre.ts';

export type WorkerImportOptions = Omit<ImportOptions, 'onProgress' | 'signal' | 'xmlParser'>;

export type ImportEvent =
  /** 0–1, at most every 100 ms (and at 1). */
  | { type: 'progress'; progress01: number }
  | { type: 'features'; layerIndex: number; features: Feature[] };

export const FEATURE_CHUNK = 20000;

/**
 * A File's bytes on demand (workers only: FileReaderSync over `file.slice()`): the packer reads windows of a few
 * MB, so the file is never one big copy in memory.
 */
function blobSource(file: Blob): ByteSource {
  const reader = new FileReaderSync();
  return { byteLength: file.size, read: (offset, length) => new Uint8Array(reader.readAsArrayBuffer(file.slice(offset, offset + length))) };
}

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

  /**
   * A FlatGeobuf cadastre read straight into typed arrays (see finishPackedCadastre.ts): null when the file is
   * small enough for the feature path (importFiles). Progress and cancel between steps of 20,000 features; the
   * arrays are transferred to the caller, not copied, with a copy of the parcels for the scoring worker made here
   * (cadastreForTransfer). `attributeKeys`: the columns the scoring reads.
   */
  async packCadastre(request: { file: File; attributeKeys: string[] }, context: RpcContext<ImportEvent>): Promise<PackedCadastreInTransit | null> {
    const source = blobSource(request.file);
    const fileName = request.file.name;
    const header = readFlatGeobufHeader(source, fileName);
    if (!readsAsCadastre(header)) return null;
    checkCadastreGeometry(header, fileName);
    const columns = new Set(header.columns.map((c) => c.name));
    const packer = createFlatGeobufPacker(source, { attributeKeys: request.attributeKeys.filter((k) => columns.has(k)), fileName });
    const total = Math.max(1, packer.info.featureCount);
    let lastPost = 0;
    while (!packer.step(FEATURE_CHUNK)) {
      const now = Date.now();
      if (now - lastPost > 100) {
        lastPost = now;
        context.progress({ type: 'progress', progress01: (0.85 * packer.doneFeatures) / total });
      }
      await yieldToMessages();
      if (context.signal.aborted) throw new Error('import cancelled');
    }
    context.progress({ type: 'progress', progress01: 0.85 });
    const { transit, buffers } = cadastreForTransfer(finishPackedCadastre(request.file.name, packer.result()));
    context.progress({ type: 'progress', progress01: 1 });
    context.transfer(...buffers);
    return transit;
  },

  /** Features of a cadastre file (every column), read from their bytes on demand: a clicked parcel, the ranking's top rows. */
  readCadastreFeatures(request: { file: File; info: FlatGeobufInfo; offsets: number[] }): Feature[] {
    const source = blobSource(request.file);
    return request.offsets.map((offset) => readFlatGeobufFeature(source, request.info, offset, request.file.name));
  },
};
export type ImportLib = typeof importLib;
