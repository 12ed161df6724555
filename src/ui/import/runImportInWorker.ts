// Runs importFiles in the import Web Worker (src/workers/importLib.ts) so parsing, reprojection and
// validation never freeze the map. Features come back in chunks and are reassembled here.
import type { Feature } from 'geojson';
import type { ImportFile, ImportResult } from '../../domain/import/importTypes.ts';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ImportLib, WorkerImportOptions } from '../../workers/importLib.ts';
import { cadastreFromTransfer, type PackedCadastre } from '../../domain/import/finishPackedCadastre.ts';
import { measurePhase } from '../../state/measurePhase.ts';
import type { FlatGeobufInfo } from '../../domain/import/packFlatGeobuf.ts';
import { createRpcClient, RpcError, type RpcWorker } from '../../workers/rpc/createRpcClient.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

/** Why a run ended without a result: cancelled by the user, a problem with the input (userError) or a bug. */
export class ImportRunError extends Error {
  readonly cancelled: boolean;
  readonly userError: boolean;
  readonly text: LocalText;
  constructor(text: LocalText, options: { cancelled?: boolean; userError?: boolean } = {}) {
    super(text.en);
    this.text = text;
    this.cancelled = options.cancelled ?? false;
    this.userError = options.userError ?? false;
  }
}

export interface ImportRun {
  result: Promise<ImportResult>;
  cancel(): void;
}

/** The app's importer: one worker, started on the first import; Cancel terminates it and the next import starts a fresh one. */
export interface ImportService {
  /** Starts an import in the worker. The files are copied (not transferred), so the caller can run them again. */
  run(files: ImportFile[], options: WorkerImportOptions, onProgress: (p01: number) => void): ImportRun;
  /** A FlatGeobuf read as a cadastre into typed arrays (null: small, import it as features). The File is sent, not its bytes. */
  packCadastre(file: File, attributeKeys: string[], onProgress: (p01: number) => void): { result: Promise<PackedCadastre | null>; cancel(): void };
  /** Features of a cadastre file at these byte offsets (its columns, read on demand). */
  readCadastreFeatures(file: File, info: FlatGeobufInfo, offsets: number[]): Promise<Feature[]>;
}

function importRunError(error: unknown): ImportRunError {
  const failure = error instanceof RpcError ? error.failure : { kind: 'bug' as const, message: String(error) };
  switch (failure.kind) {
    case 'cancelled':
      return new ImportRunError(renderBoth(msg('import-dialog.cancelled')), { cancelled: true });
    case 'user':
      return new ImportRunError(failure.text, { userError: true });
    case 'bug':
      return new ImportRunError(renderBoth(msg('import-dialog.program-error', { detail: failure.message })));
    case 'crash':
      return new ImportRunError(renderBoth(msg('import-dialog.worker-error', { detail: failure.message })));
  }
}

export function createImportService(createWorker: () => RpcWorker): ImportService {
  const client = createRpcClient<ImportLib>(createWorker, 'import', { terminateOnCancel: true });
  return {
    run(files, options, onProgress) {
      const chunks: Feature[][][] = [];
      const call = client.call('importFiles', { files, options }, {
        onProgress: (event) => {
          if (event.type === 'progress') onProgress(event.progress01);
          else (chunks[event.layerIndex] ??= []).push(event.features);
        },
      });
      const result = call.result.then(
        (r) => ({ ...r, layers: r.layers.map((layer, i) => ({ ...layer, features: (chunks[i] ?? []).flat() })) }),
        (error: unknown) => Promise.reject(importRunError(error)),
      );
      return { result, cancel: call.cancel };
    },
    packCadastre(file, attributeKeys, onProgress) {
      const call = client.call('packCadastre', { file, attributeKeys }, { onProgress: (event) => event.type === 'progress' && onProgress(event.progress01) });
      return {
        result: call.result.then(
          (c) => (c ? measurePhase('decode the cadastre', () => cadastreFromTransfer(c)) : null),
          (error: unknown) => Promise.reject(importRunError(error)),
        ),
        cancel: call.cancel,
      };
    },
    readCadastreFeatures(file, info, offsets) {
      return client.call('readCadastreFeatures', { file, info, offsets }).result;
    },
  };
}
