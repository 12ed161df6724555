// dBASE III/IV attribute table reader (the .dbf of a Shapefile). Text fields are kept as raw bytes until the
// encoding is known (.cpg, option, or detection over all text values), then decoded once.
import { ImportError } from './importError.ts';
import { decodeText, isAscii } from '../encoding/decodeText.ts';
import { detectVietnameseEncoding, type EncodingGuess } from '../encoding/detectVietnameseEncoding.ts';
import type { TextEncodingId } from '../encoding/textEncodings.ts';
import type { FieldInfo } from './importTypes.ts';
import { isPlainImportedText } from './isPlainImportedText.ts';

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
  /** True when every text value is plain (isPlainImportedText): the import's property pass can skip the rows. */
  plainText: boolean;
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

  // Attribute tables repeat values (land-use names, communes, land-use codes): each text column keeps a dictionary
  // from the raw bytes to the decoded string, so a repeated value costs a hash and a byte compare, not a string.
  const dictionaries = fields.map((f) => (isText(f.type) ? new TextDictionary(bytes, chosen!) : null));
  let plainDates = true;
  // Rows are copies of one template (every field in order), so each row holds its fields in the object itself.
  const template: DbfTable['rows'][number] = {};
  for (const f of fields) template[f.name] = null;
  const rows: DbfTable['rows'] = new Array(count);
  const deleted: number[] = [];
  for (let r = 0; r < count; r++) {
    const base = headerLength + r * recordLength;
    if (bytes[base] === 0x2a) deleted.push(r);
    const row: DbfTable['rows'][number] = { ...template };
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      const from = base + f.offset;
      const to = from + (f.length ?? 0);
      const dictionary = dictionaries[k];
      if (dictionary) row[f.name] = dictionary.text(from, to);
      else {
        const value = readValue(bytes, from, to, f.type);
        if (typeof value === 'string' && !isPlainImportedText(value)) plainDates = false;
        row[f.name] = value;
      }
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
    plainText: plainDates && dictionaries.every((d) => !d || d.plain),
  };
}

function trimRaw(raw: Uint8Array): Uint8Array {
  let a = 0;
  let b = raw.length;
  while (a < b && (raw[a] === 0x20 || raw[a] === 0)) a++;
  while (b > a && (raw[b - 1] === 0x20 || raw[b - 1] === 0)) b--;
  return raw.subarray(a, b);
}

/** Field types read as text (C, M, V and any type this reader does not know). */
function isText(type: string): boolean {
  return !(type === 'N' || type === 'F' || type === 'O' || type === 'I' || type === 'L' || type === 'D');
}

function readValue(bytes: Uint8Array, from: number, to: number, type: string) {
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
    default: {
      // 'D'
      const s = latin1Chunk(bytes, from, to).trim();
      return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s === '' ? null : s;
    }
  }
}

/** Most distinct values a column's dictionary holds (the previous decoder's cache held 50,000). */
const DICTIONARY_LIMIT = 65536;

/**
 * One text column's values: trimmed of spaces and NULs, ASCII read as is, anything else decoded in the table's
 * encoding; null when blank. Repeated values are found by an open-addressing hash of their bytes (FNV-1a), so a
 * repeated value costs no string, no subarray and no decoding.
 */
class TextDictionary {
  private slots = new Int32Array(2048).fill(-1); // entry index a slot, -1 = empty; kept at most half full
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly hashes: number[] = [];
  private readonly strings: string[] = [];
  /** False once a value needs the import's text cleaning (isPlainImportedText); each distinct value is checked once. */
  plain = true;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly encoding: TextEncodingId,
  ) {}

  text(from: number, to: number): string | null {
    const bytes = this.bytes;
    while (from < to && (bytes[from] === 0x20 || bytes[from] === 0)) from++;
    while (to > from && (bytes[to - 1] === 0x20 || bytes[to - 1] === 0)) to--;
    if (from === to) return null;
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const length = to - from;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.lengths[entry] === length && sameBytes(bytes, this.starts[entry], from, length)) return this.strings[entry];
    }
    const raw = bytes.subarray(from, to);
    const text = isAscii(raw) ? latin1Chunk(raw, 0, raw.length) : decodeText(raw, this.encoding);
    if (this.plain && !isPlainImportedText(text)) this.plain = false;
    if (this.strings.length < DICTIONARY_LIMIT) this.add(from, length, hash, text);
    return text;
  }

  private add(start: number, length: number, hash: number, text: string): void {
    if ((this.strings.length + 1) * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let e = 0; e < this.strings.length; e++) this.place(e);
    }
    this.starts.push(start);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.strings.push(text);
    this.place(this.strings.length - 1);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry] & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}
