// The one reader of numbers as people type them, in spreadsheet cells (CSV import) and in the app's number fields:
// `587049.939`, `587049,939` (decimal comma), `1.672.803,489` or `1 672 803,489` (grouped), `1,672,803.489`,
// and degrees as 108°48'42.2"E.

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export interface LocaleNumberOptions {
  /** A lone comma is the decimal separator (Vietnamese; true for `;`- and tab-separated files). */
  decimalComma: boolean;
  /**
   * A single dot group "1.500" is a thousands separator (amounts: 1500), not a decimal point (coordinates: 108.791).
   * Only with decimalComma.
   */
  dotThousands?: boolean;
}

/** Parses one cell or typed value; returns NaN when it is not a finite number ('' included). */
export function parseLocaleNumber(cell: string, options: LocaleNumberOptions): number {
  const { decimalComma } = options;
  // Fast path for the common plain cell (123, -587049.939): the same value every rule below gives it, in either
  // decimal mode (a single dot group is a decimal point), without the regexes (millions of cells in a big file).
  if (PLAIN_NUMBER.test(cell) && !(options.dotThousands && cell.includes('.'))) return Number(cell);
  let t = cell.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (t === '') return NaN;
  const dms = parseDms(t);
  if (dms !== undefined) return dms;
  t = t.replace(/ (?=\d{3}\b)/g, ''); // 1 672 803,489 → 1672803,489
  if (/^[-+]?\d+$/.test(t)) return Number(t);
  if (decimalComma) {
    // 1.672.803,489 → 1672803.489 ; 587049,939 → 587049.939
    // A single "108.791" stays a decimal point (unless dotThousands); dots group thousands with a comma or in 2+ groups.
    if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(t) || /^[-+]?\d{1,3}(\.\d{3}){2,}$/.test(t) || (options.dotThousands && /^[-+]?\d{1,3}\.\d{3}$/.test(t)))
      return Number(t.replace(/\./g, '').replace(',', '.'));
    if (/^[-+]?\d*,\d+$/.test(t)) return Number(t.replace(',', '.'));
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
    return NaN;
  }
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  // A quoted "587049,939" in a comma-separated file: one comma not followed by exactly 3 digits.
  if (/^[-+]?\d+,(\d{1,2}|\d{4,})$/.test(t)) return Number(t.replace(',', '.'));
  return NaN;
}

/** 108°48'42.2"E, 15°07′25.95″N, 108 48 42.2 (Đ/B/T/N accepted as E/N/W/S). */
function parseDms(t: string): number | undefined {
  const m = /^([-+]?)(\d{1,3})\s*[°º]\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:"|″|''|”)?)?)?\s*([NSEWBĐT])?$/i.exec(t);
  if (!m) return undefined;
  const value = Number(m[2]) + Number((m[3] ?? '0').replace(',', '.')) / 60 + Number((m[4] ?? '0').replace(',', '.')) / 3600;
  const hemi = (m[5] ?? '').toUpperCase();
  // N = Nam (south) is ambiguous with N = North; only S and W (T = Tây) are taken as negative.
  const negative = m[1] === '-' || hemi === 'S' || hemi === 'W' || hemi === 'T';
  return negative ? -value : value;
}
