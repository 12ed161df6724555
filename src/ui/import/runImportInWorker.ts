// Runs importFiles in the import Web Worker (src/workers/import.worker.ts) so parsing, reprojection and
// validation never freeze the map. Features come back in chunks and are reassembled here.
import type { Feature } from 'geojson';
import type { ImportFile, ImportResult } from '../../domain/import/importTypes.ts';
import type { ImportWorkerRequest, ImportWorkerResponse, WorkerImportOptions } from '../../workers/import.worker.ts';
import type { LocalText } from '../../domain/model/layerRoles.ts';

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

interface Pending {
  chunks: Feature[][][];
  onProgress: (p01: number) => void;
  resolve: (r: ImportResult) => void;
  reject: (e: ImportRunError) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<ImportWorkerResponse>) => {
    const message = event.data;
    const p = pending.get(message.id);
    if (!p) return;
    switch (message.type) {
      case 'progress':
        p.onProgress(message.progress01);
        break;
      case 'features':
        (p.chunks[message.layerIndex] ??= []).push(message.features);
        break;
      case 'result': {
        pending.delete(message.id);
        const layers = message.result.layers.map((layer, i) => ({ ...layer, features: (p.chunks[i] ?? []).flat() }));
        p.resolve({ ...message.result, layers });
        break;
      }
      case 'error':
        pending.delete(message.id);
        p.reject(new ImportRunError({ vi: message.error.vi, en: message.error.en }, { userError: message.error.userError }));
        break;
      case 'cancelled':
        pending.delete(message.id);
        p.reject(new ImportRunError({ vi: 'Đã hủy nhập dữ liệu.', en: 'Import cancelled.' }, { cancelled: true }));
        break;
    }
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const p of pending.values()) {
      p.reject(new ImportRunError({ vi: `Lỗi chương trình trong luồng nhập dữ liệu: ${event.message}`, en: `Internal error in the import worker: ${event.message}` }));
    }
    pending.clear();
    w.terminate();
    worker = null;
  };
  worker = w;
  return w;
}

/** Starts an import in the worker. The files are copied (not transferred), so the caller can run them again. */
export function runImportInWorker(files: ImportFile[], options: WorkerImportOptions, onProgress: (p01: number) => void): ImportRun {
  const id = nextId++;
  const result = new Promise<ImportResult>((resolve, reject) => {
    pending.set(id, { chunks: [], onProgress, resolve, reject });
    const request: ImportWorkerRequest = { type: 'import', id, files, options };
    getWorker().postMessage(request);
  });
  return {
    result,
    cancel: () => {
      if (!pending.has(id)) return;
      const request: ImportWorkerRequest = { type: 'cancel', id };
      worker?.postMessage(request);
    },
  };
}
