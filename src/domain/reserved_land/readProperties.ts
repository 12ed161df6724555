// Reading officials' attribute values: numbers may arrive as strings, ids as numbers.
export function readNumber(props: Record<string, unknown>, key: string): number | null {
  const v = props[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(/\s/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function readString(props: Record<string, unknown>, key: string): string | null {
  const v = props[key];
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** true / "true" / "yes" / "có" / 1 → true; false / "false" / "no" / "không" / 0 → false; otherwise null. */
export function readBoolean(props: Record<string, unknown>, key: string): boolean | null {
  const v = props[key];
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (['true', 'yes', 'có', 'co', 'x', '1', 'đã nộp', 'da nop'].includes(s)) return true;
    if (['false', 'no', 'không', 'khong', '0', 'chưa nộp', 'chua nop'].includes(s)) return false;
  }
  return null;
}

/** Parses dd/mm/yyyy (Vietnamese) or yyyy-mm-dd into yyyy-mm-dd; null when not a real date. */
export function parseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (!match) return null;
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
