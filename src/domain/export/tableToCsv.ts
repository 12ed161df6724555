// One on-screen table as a CSV a spreadsheet opens right: UTF-8 with a BOM (Excel shows Vietnamese), CRLF,
// every field quoted when needed, numbers written plainly (dot decimal) so they can be summed.
import { quoteCsvField } from './exportCsv.ts';

export function tableToCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map((v) => quoteCsvField(v === null ? '' : String(v))).join(',');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
