// Web Worker exposing importFiles, so parsing, reprojection and validation of big files never block the UI.
//
// Protocol (all messages carry the request `id`):
//   main → worker  { type: 'import', id, files: [{ name, bytes }], options }   (transfer the bytes' buffers)
//                  { type: 'cancel', id }
//   worker → main  { type: 'progress', id, progress01 }                         (0–1, throttled)
//                  { type: 'features', id, layerIndex, features }              (chunks of ≤ 20,000, in order)
//                  { type: 'result', id, result }                              (layers with features: [] — append
//                                                                                the chunks; notes complete; last)
//                  { type: 'error', id, error: { userError, vi, en } }         (userError false = a bug)
//                  { type: 'cancelled', id }
// Features are sent in chunks so the main thread deserialises them in slices and stays responsive.
// KML in a worker uses @xmldom/xmldom (workers have no DOMParser).
import type { Feature } from 'geojson';
import { importFiles } from '../domain/import/importFiles.ts';
import type { ImportFile, ImportOptions, ImportResult } from '../domain/import/importTypes.ts';
import { isUserError } from '../domain/model/userError.ts';

export type WorkerImportOptions = Omit<ImportOptions, 'onProgress' | 'signal' | 'xmlParser'>;

export type ImportWorkerRequest =
  | { type: 'import'; id: number; files: ImportFile[]; options?: WorkerImportOptions }
  | { type: 'cancel'; id: number };

export type ImportWorkerResponse =
  | { type: 'progress'; id: number; progress01: number }
  | { type: 'features'; id: number; layerIndex: number; features: Feature[] }
  | { type: 'result'; id: number; result: ImportResult }
  | { type: 'error'; id: number; error: { userError: boolean; vi: string; en: string } }
  | { type: 'cancelled'; id: number };

export const FEATURE_CHUNK = 20000;

const running = new Map<number, AbortController>();

/** Handles one request; `post` sends a response. Exported so tests can drive it without a Worker. */
export async function handleImportRequest(request: ImportWorkerRequest, post: (response: ImportWorkerResponse) => void): Promise<void> {
  if (request.type === 'cancel') {
    running.get(request.id)?.abort();
    return;
  }
  const { id } = request;
  const controller = new AbortController();
  running.set(id, controller);
  let lastPost = 0;
  try {
    const result = await importFiles(request.files, {
      ...request.options,
      signal: controller.signal,
      onProgress: (progress01) => {
        const now = Date.now();
        if (progress01 === 1 || now - lastPost > 100) {
          lastPost = now;
          post({ type: 'progress', id, progress01 });
        }
      },
    });
    result.layers.forEach((layer, layerIndex) => {
      for (let i = 0; i < layer.features.length; i += FEATURE_CHUNK) {
        post({ type: 'features', id, layerIndex, features: layer.features.slice(i, i + FEATURE_CHUNK) });
      }
    });
    post({ type: 'result', id, result: { ...result, layers: result.layers.map((l) => ({ ...l, features: [] })) } });
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', id });
    else if (isUserError(error)) post({ type: 'error', id, error: { userError: true, vi: error.messageVi, en: error.messageEn } });
    else {
      const message = error instanceof Error ? error.message : String(error);
      post({ type: 'error', id, error: { userError: false, vi: `Lỗi chương trình khi nhập: ${message}`, en: `Internal error while importing: ${message}` } });
    }
  } finally {
    running.delete(id);
  }
}

// Register only when running as a worker (not when a test imports this file).
const scope = globalThis as unknown as { postMessage?: (m: unknown) => void; onmessage?: unknown; WorkerGlobalScope?: unknown };
if (typeof scope.WorkerGlobalScope !== 'undefined' && typeof scope.postMessage === 'function') {
  const post = scope.postMessage.bind(globalThis);
  scope.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
    void handleImportRequest(event.data, post);
  };
}
