// Small formatting helpers shared by the panel and the sheet.
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';

/** "2026-11-27" → "27/11/2026" (the as-of date is kept as ISO, shown the Vietnamese way). */
export function isoToDdMmYyyy(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '—';
}

/** Today in local time as yyyy-mm-dd (what <input type="date"> holds). */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function m2(value: number | null, language: Language, digits = 0): string {
  return value === null ? '—' : formatNumber(value, language, digits);
}

export function pct(value: number | null, language: Language, digits = 1): string {
  return value === null ? '—' : `${formatNumber(value, language, digits)}%`;
}
