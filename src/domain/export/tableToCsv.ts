// One on-screen table as a CSV a spreadsheet opens right: UTF-8 with a BOM (Excel shows Vietnamese), CRLF,
// cells through the one CSV cell writer (quoted when needed, formula starts neutralised, numbers plain).
import { formatCsvRow } from './formatCsvCell.ts';

export function tableToCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return '\uFEFF' + [formatCsvRow(header), ...rows.map(formatCsvRow)].join('\r\n') + '\r\n';
}
