// dBASE III/IV attribute table reader (the .dbf of a Shapefile). Text fields are kept as raw bytes until the
// encoding is known (.cpg, option, or detection over all text values), then decoded once.
import { ImportError } from './importError.ts';
import { decodeText, isAscii } from '../encoding/decodeText.ts';
import { detectVietnameseEncoding, type EncodingGuess } from '../encoding/detectVietnameseEncoding.ts';
import type { TextEncodingId } from '../encoding/textEncodings.ts';
import type { FieldInfo } from './importTypes.ts';

export interface DbfTable {
  fields: FieldInfo[];
  /** One properties object a record, in file order. */
  rows: Record<string, string | number | boolean | null>[];
  /** Indexes of records flagged deleted ('*'). They are kept: the .shp still has their shapes. */
  deleted: number[];
  encoding: TextEncodingId;
  /** Ranked guesses when the encoding was detected rather than given. */
  guesses?: EncodingGuess[];
  /** Number of records the header declares (rows may be fewer when the file was cut short). */
  declaredCount: number;
}

const latin1Chunk = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);

/**
 * Parses a right-aligned DBF number straight from its bytes ("   1234.50", "-7"); NaN when it is not a plain
 * decimal (then the caller falls back to Number() on the text). Avoids one string a cell on big tables.
 */
function parseDecimal(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to && bytes[i] === 0x20) i++;
  let end = to;
  while (end > i && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  if (i === end) return NaN;
  let sign = 1;
  if (bytes[i] === 0x2d) {
    sign = -1;
    i++;
  } else if (bytes[i] === 0x2b) i++;
  let value = 0;
  let digits = 0;
  for (; i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39; i++, digits++) value = value * 10 + (bytes[i] - 0x30);
  if (i < end && bytes[i] === 0x2e) {
    i++;
    let scale = 1;
    let fraction = 0;
    for (; i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39; i++, digits++) {
      fraction = fraction * 10 + (bytes[i] - 0x30);
      scale *= 10;
    }
    // Beyond 15 digits the integer arithmetic would round differently from Number(): let Number() do it.
    if (digits > 15) return NaN;
    value += fraction / scale;
  }
  return i === end && digits > 0 && digits <= 15 ? sign * value : NaN;
}

/**
 * Reads a .dbf. `encoding` (from an option or the .cpg) wins; otherwise the encoding is detected from the text
 * values (UTF-8 / Windows-1258 / TCVN3 / VNI), and the guesses are returned for the UI's preview.
 */
export function readDbf(bytes: Uint8Array, encoding?: TextEncodingId): DbfTable {
  if (bytes.byteLength < 32) {
    throw new ImportError('dbf-invalid', { problem: 'too-short' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || recordLength < 1 || headerLength > bytes.byteLength) {
    throw new ImportError('dbf-invalid', { problem: 'bad-header' });
  }
  const fields: (FieldInfo & { offset: number })[] = [];
  let fieldOffset = 1; // byte 0 of a record is the deletion flag
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    let nameEnd = at;
    while (nameEnd < at + 11 && bytes[nameEnd] !== 0) nameEnd++;
    const length = bytes[at + 16];
    fields.push({
      name: decodeText(bytes.subarray(at, nameEnd), 'latin1').trim(),
      type: String.fromCharCode(bytes[at + 11]).toUpperCase(),
      length,
      decimals: bytes[at + 17],
      offset: fieldOffset,
    });
    fieldOffset += length;
  }
  const available = Math.max(0, Math.floor((bytes.byteLength - headerLength) / recordLength));
  const count = Math.min(declaredCount, available);

  // Decide the encoding from the raw text values before decoding any of them.
  let chosen = encoding;
  let guesses: EncodingGuess[] | undefined;
  const textFields = fields.filter((f) => f.type === 'C' || f.type === 'M' || f.type === 'V');
  if (!chosen) {
    // Up to 2,000 distinct non-ASCII values: enough to tell the encodings apart, cheap on big tables.
    const sample: Uint8Array[] = [];
    const seen = new Set<string>();
    for (let r = 0; r < count && sample.length < 2000; r++) {
      const base = headerLength + r * recordLength;
      for (const f of textFields) {
        const raw = bytes.subarray(base + f.offset, base + f.offset + (f.length ?? 0));
        if (isAscii(raw)) continue;
        const trimmed = trimRaw(raw);
        const key = latin1Chunk(trimmed, 0, trimmed.length);
        if (seen.has(key)) continue;
        seen.add(key);
        sample.push(trimmed);
      }
    }
    guesses = detectVietnameseEncoding(sample);
    // All-ASCII text reads the same in every encoding: call it UTF-8.
    chosen = sample.length === 0 ? 'utf8' : guesses[0].encoding;
  }

  // Attribute tables repeat values (land-use names, communes): decode each distinct legacy string once.
  const decoded = new Map<string, string>();
  const decodeCached = (raw: Uint8Array): string => {
    const key = latin1Chunk(raw, 0, raw.length);
    let text = decoded.get(key);
    if (text === undefined) {
      text = decodeText(raw, chosen!);
      if (decoded.size < 50000) decoded.set(key, text);
    }
    return text;
  };
  const rows: DbfTable['rows'] = new Array(count);
  const deleted: number[] = [];
  for (let r = 0; r < count; r++) {
    const base = headerLength + r * recordLength;
    if (bytes[base] === 0x2a) deleted.push(r);
    const row: DbfTable['rows'][number] = {};
    for (const f of fields) {
      const from = base + f.offset;
      const to = from + (f.length ?? 0);
      row[f.name] = readValue(bytes, from, to, f.type, decodeCached);
    }
    rows[r] = row;
  }
  return {
    fields: fields.map(({ offset: _o, ...f }) => f),
    rows,
    deleted,
    encoding: chosen,
    guesses,
    declaredCount,
  };
}

function trimRaw(raw: Uint8Array): Uint8Array {
  let a = 0;
  let b = raw.length;
  while (a < b && (raw[a] === 0x20 || raw[a] === 0)) a++;
  while (b > a && (raw[b - 1] === 0x20 || raw[b - 1] === 0)) b--;
  return raw.subarray(a, b);
}

function readValue(bytes: Uint8Array, from: number, to: number, type: string, decode: (raw: Uint8Array) => string) {
  switch (type) {
    case 'N':
    case 'F':
    case 'O':
    case 'I': {
      const fast = parseDecimal(bytes, from, to);
      if (!Number.isNaN(fast)) return fast;
      const s = latin1Chunk(bytes, from, to).trim();
      if (s === '' || s.startsWith('*')) return null; // '*****' = overflow, i.e. no value
      const v = Number(s.replace(',', '.'));
      return Number.isFinite(v) ? v : null;
    }
    case 'L': {
      const c = String.fromCharCode(bytes[from]).toUpperCase();
      return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
    }
    case 'D': {
      const s = latin1Chunk(bytes, from, to).trim();
      return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s === '' ? null : s;
    }
    default: {
      const raw = trimRaw(bytes.subarray(from, to));
      if (raw.length === 0) return null;
      return isAscii(raw) ? latin1Chunk(raw, 0, raw.length) : decode(raw);
    }
  }
}
