// One on-screen table as a CSV a spreadsheet opens right: UTF-8 with a BOM (Excel shows Vietnamese), CRLF,
// cells through the one CSV cell writer (quoted when needed, formula starts neutralised, numbers plain).
import { formatCsvRow } from './formatCsvCell.ts';

export function tableToCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return rowsToCsv([header, ...rows]);
}

/** Rows as they come (a report of several tables one under another, blank rows between them). */
export function rowsToCsv(rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + rows.map(formatCsvRow).join('\r\n') + '\r\n';
}
