// Reads a .zip / .kmz without trusting it: sizes declared in the central directory are checked before anything
// is inflated, and inflated bytes are counted chunk by chunk so a lying header cannot fill memory (zip bomb).
import { Inflate } from 'fflate';
import { UserError } from '../model/userError.ts';
import { ImportError } from './importError.ts';
import type { ZipProblem } from './importNote.ts';
import type { ImportFile } from './importTypes.ts';

export interface ZipLimits {
  /** Largest total uncompressed size accepted, bytes. */
  maxTotalBytes: number;
  /** Largest compression ratio accepted on an entry bigger than `ratioAppliesAboveBytes`. */
  maxRatio: number;
  ratioAppliesAboveBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 2 * 1024 ** 3, maxRatio: 100, ratioAppliesAboveBytes: 1024 ** 2 };

const CHUNK = 64 * 1024;


const corrupt = (problem: ZipProblem, file: string) => new ImportError('zip-corrupt', { file, ...problem });

const bomb = (file: string, problem: ZipProblem) => new ImportError('zip-bomb', { file, ...problem });

/** Extracts every file entry (directories skipped). Throws UserError for corrupt zips and zip bombs. */
export function unzipSafely(zipName: string, bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ImportFile[] {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt({ problem: 'no-end-record' }, zipName);
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > bytes.length) throw corrupt({ problem: 'directory-outside' }, zipName);

  interface Entry { name: string; method: number; compressed: number; size: number; localOffset: number }
  const list: Entry[] = [];
  let at = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw corrupt({ problem: 'directory-damaged' }, zipName);
    }
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
    if (compressed === 0xffffffff || size === 0xffffffff) {
      throw bomb(zipName, { problem: 'zip64' });
    }
    list.push({ name, method, compressed, size, localOffset });
  }
  // Check declared sizes before inflating anything.
  let declaredTotal = 0;
  for (const e of list) {
    declaredTotal += e.size;
    if (e.size > lim.ratioAppliesAboveBytes && e.size > lim.maxRatio * Math.max(e.compressed, 1)) {
      throw bomb(zipName, { problem: 'entry-ratio', entry: e.name, ratio: Math.round(e.size / Math.max(e.compressed, 1)) });
    }
  }
  if (declaredTotal > lim.maxTotalBytes) {
    throw bomb(zipName, { problem: 'total-size', totalMb: fmtMb(declaredTotal), limitMb: fmtMb(lim.maxTotalBytes) });
  }

  let inflatedTotal = 0;
  const files: ImportFile[] = [];
  for (const e of list) {
    if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== 0x04034b50) {
      throw corrupt({ problem: 'entry-header-damaged', entry: e.name }, zipName);
    }
    const dataStart = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    if (dataStart + e.compressed > bytes.length) {
      throw corrupt({ problem: 'entry-truncated', entry: e.name }, zipName);
    }
    const data = bytes.subarray(dataStart, dataStart + e.compressed);
    if (e.method === 0) {
      inflatedTotal += data.length;
      files.push({ name: e.name, bytes: data.slice() });
      continue;
    }
    if (e.method !== 8) {
      throw corrupt({ problem: 'entry-method', entry: e.name, method: e.method }, zipName);
    }
    // Never trust the declared size: stop as soon as the real output passes it (or the total limit).
    const cap = Math.min(e.size, lim.maxTotalBytes - inflatedTotal);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > cap) {
        throw bomb(zipName, { problem: 'entry-inflates-past-size', entry: e.name });
      }
      chunks.push(chunk);
    });
    try {
      for (let i = 0; i < data.length; i += CHUNK) inflater.push(data.subarray(i, Math.min(i + CHUNK, data.length)), i + CHUNK >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw corrupt({ problem: 'entry-not-inflated', entry: e.name }, zipName);
    }
    if (produced !== e.size) {
      throw corrupt({ problem: 'entry-size', entry: e.name, producedBytes: produced, declaredBytes: e.size }, zipName);
    }
    inflatedTotal += produced;
    const out = new Uint8Array(produced);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    files.push({ name: e.name, bytes: out });
  }
  return files;
}

function fmtMb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}
