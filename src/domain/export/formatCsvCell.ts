// The one CSV cell writer (issue 16, point 5): every CSV the app and the CLI write — a layer export, the ranking, the
// audit table (app and `noxh audit --csv`), `noxh reproject --out .csv`, the targets report — formats its cells here.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (and a leading tab or CR hides such a start)
// as a formula: `=HYPERLINK(…)` in a parcel's name would run in Excel. As OWASP recommends ("CSV Injection"), such
// a text cell is written with a leading apostrophe, which Excel and LibreOffice show as text and do not keep; the
// cell is then quoted as RFC 4180 says. Numbers stay numbers: a number value, or a text that is a plain decimal
// number ("-12.5", "+84"), is written as it is, so a column of negative figures still sums.
// RFC 4180: a field holding a comma, a quote, CR or LF (or edge spaces Excel would trim) is quoted, quotes doubled.

/** Characters that start a formula in Excel, LibreOffice or Google Sheets (OWASP), and the tab/CR that hide one. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number as text: left as it is (it cannot run, and it must stay a number). */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A text cell, made safe to open in a spreadsheet, then quoted when it must be. */
export function formatCsvText(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Any value as a CSV cell: '' for null/undefined/non-finite, numbers plain ('.' decimal), objects as JSON. */
export function formatCsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return formatCsvText(value);
  return formatCsvText(JSON.stringify(value));
}

/** One line of cells, comma-separated (no line end). */
export function formatCsvRow(cells: readonly unknown[]): string {
  return cells.map(formatCsvCell).join(',');
}
