// dBase III table for a Shapefile, UTF-8 text (say so in the .cpg). Field names are ≤ 10 ASCII
// characters and unique; C lengths count BYTES of UTF-8, so "Quảng Ngãi" needs 14, not 10.
import { msg, type Message } from '../../i18n/message.ts';
import { UserError } from '../model/userError.ts';

export interface DbfField {
  /** Name in the file (≤ 10 ASCII chars). */
  name: string;
  /** Property key it comes from. */
  key: string;
  type: 'C' | 'N';
  /** Width in bytes. */
  length: number;
  decimals: number;
}

export interface DbfResult {
  bytes: Uint8Array;
  fields: DbfField[];
  notes: Message[];
}

const MAX_C_BYTES = 254;
const MAX_N_WIDTH = 20;
/** Fields a dBASE table holds (most readers stop at 255; past 2,047 the 16-bit header length wraps). */
export const MAX_DBF_FIELDS = 255;
/** Keys named in the too-many-fields refusal. */
const EXTRA_KEYS_SHOWN = 5;

/** "Số hiệu mốc" → "So_hieu_mo"; unique against `taken` by a numeric suffix. */
export function dbfFieldName(key: string, taken: Set<string>): string {
  let base = key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9_]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base || /^[0-9]/.test(base)) base = `F_${base}`;
  base = base.slice(0, 10);
  let name = base;
  for (let i = 1; taken.has(name.toUpperCase()); i++) name = `${base.slice(0, 10 - String(i).length - 1)}_${i}`;
  taken.add(name.toUpperCase());
  return name;
}

function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

/** Cuts UTF-8 bytes at a character boundary. */
function truncateUtf8(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

export function writeDbf(rows: Record<string, unknown>[], date = new Date()): DbfResult {
  const enc = new TextEncoder();
  const notes: Message[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  }
  if (keys.length > MAX_DBF_FIELDS) {
    throw new UserError(msg('export.dbf-too-many-fields', { count: keys.length, limit: MAX_DBF_FIELDS, extra: keys.slice(MAX_DBF_FIELDS, MAX_DBF_FIELDS + EXTRA_KEYS_SHOWN) }));
  }
  const taken = new Set<string>();
  const fields: DbfField[] = [];
  for (const key of keys) {
    const values = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
    const name = dbfFieldName(key, taken);
    if (name !== key)
      notes.push(msg('export.dbf-name-shortened', { field: key, name }));
    const numeric = values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (numeric) {
      const nums = values as number[];
      const decimals = Math.min(
        10,
        Math.max(0, ...nums.map((n) => (Number.isInteger(n) ? 0 : (String(n).split('.')[1] ?? '').replace(/e.*$/, '').length))),
      );
      const width = Math.max(1, ...nums.map((n) => n.toFixed(decimals).length));
      if (width <= MAX_N_WIDTH && !nums.some((n) => /e/.test(n.toFixed(decimals)))) {
        fields.push({ name, key, type: 'N', length: width, decimals });
        continue;
      }
      notes.push(msg('export.dbf-number-as-text', { field: key }));
    }
    const lengths = values.map((v) => enc.encode(textOf(v) ?? '').length);
    const maxBytes = Math.max(1, ...lengths);
    if (maxBytes > MAX_C_BYTES)
      notes.push(msg('export.dbf-text-truncated', { field: key, maxBytes: MAX_C_BYTES, values: lengths.filter((n) => n > MAX_C_BYTES).length }));
    fields.push({ name, key, type: 'C', length: Math.min(MAX_C_BYTES, maxBytes), decimals: 0 });
  }

  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const bytes = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x03;
  bytes[1] = date.getUTCFullYear() - 1900;
  bytes[2] = date.getUTCMonth() + 1;
  bytes[3] = date.getUTCDate();
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    bytes.set(enc.encode(f.name), at); // ASCII by construction, zero-padded
    bytes[at + 11] = f.type.charCodeAt(0);
    bytes[at + 16] = f.length;
    bytes[at + 17] = f.decimals;
  });
  bytes[headerLength - 1] = 0x0d;

  let at = headerLength;
  for (const row of rows) {
    bytes[at++] = 0x20; // not deleted
    for (const f of fields) {
      const v = row[f.key];
      bytes.fill(0x20, at, at + f.length);
      if (f.type === 'N') {
        if (typeof v === 'number' && Number.isFinite(v)) {
          const s = v.toFixed(f.decimals);
          bytes.set(enc.encode(s), at + f.length - s.length); // right-aligned
        }
      } else {
        const t = textOf(v);
        if (t !== null) bytes.set(truncateUtf8(enc.encode(t), f.length), at);
      }
      at += f.length;
    }
  }
  bytes[at] = 0x1a;
  return { bytes, fields, notes };
}
