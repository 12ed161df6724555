// Reads the list of temporary and dilapidated houses from a CSV (or a spreadsheet saved as CSV): one row per
// commune/ward and group, with the houses on the list, those replaced (done) and/or those remaining, and
// optionally the year. Column names in Vietnamese or English, with or without diacritics ("Mã xã", "ma_xa",
// "commune_code"; "Nhóm"; "Tổng số"; "Đã xóa"; "Còn lại"; "Năm"). A commune is matched by its code, else by its
// name with or without diacritics and unit word, or by the name of a unit it absorbed on 1 July 2025
// (findCommunes). Rows of the same commune, group and year are added up (two former communes now one).
// Any bad row refuses the whole file, with every problem listed by its spreadsheet row number (the header is
// row 1) and what to fix: a partial table would under-count what is left.
import Papa from 'papaparse';
import { msg, type Message } from '../../i18n/message.ts';
import { bareName, findCommunes, type SearchableCommune } from '../text/findCommunes.ts';
import { foldVietnamese } from '../text/foldVietnamese.ts';
import { parseLocaleNumber } from '../text/parseLocaleNumber.ts';
import { detectCsvDelimiter } from '../import/detectCsvDelimiter.ts';
import type { TemporaryHousingGroup, TemporaryHousingRecord } from './temporaryHousingTypes.ts';

export type TemporaryHousingColumn = 'code' | 'commune' | 'group' | 'total' | 'replaced' | 'remaining' | 'year';

/** Header names per column, folded (no diacritics, lower case, "_" and "-" as spaces, no parenthesised note). */
const COLUMN_NAMES: Record<TemporaryHousingColumn, string[]> = {
  code: ['ma xa', 'ma xa phuong', 'ma don vi', 'ma', 'commune code', 'code'],
  commune: ['xa', 'xa phuong', 'ten xa', 'ten xa phuong', 'don vi', 'ten don vi', 'commune', 'commune name', 'commune ward', 'name'],
  group: ['nhom', 'doi tuong', 'nhom doi tuong', 'group'],
  total: ['tong', 'tong so', 'so nha', 'so ho', 'tong so nha', 'tong so ho', 'total', 'houses', 'households'],
  replaced: ['da xoa', 'da hoan thanh', 'hoan thanh', 'da thay the', 'replaced', 'done'],
  remaining: ['con lai', 'chua xoa', 'remaining'],
  year: ['nam', 'year'],
};

/** The group a cell names (folded), tried in this order: "cận nghèo" before "nghèo". */
const GROUP_WORDS: [TemporaryHousingGroup, string[]][] = [
  ['near_poor', ['can ngheo', 'near poor']],
  ['poor', ['ngheo', 'poor']],
  ['disaster', ['thien tai', 'disaster']],
  ['merit', ['co cong', 'merit']],
];

const foldHeader = (name: string) =>
  foldVietnamese(name.replace(/^\uFEFF/, '').replace(/\([^)]*\)/g, ' ').replace(/[_\-./:,;]+/g, ' '));

export function readTemporaryHousingGroup(cell: string): TemporaryHousingGroup | null {
  const folded = foldVietnamese(cell.replace(/[_-]+/g, ' '));
  if (!folded) return null;
  for (const [group, words] of GROUP_WORDS) if (words.some((w) => folded.includes(w))) return group;
  return null;
}

/** The one commune a name means: a current name before a former one, the typed diacritics deciding a tie. */
function communeByName<T extends SearchableCommune>(communes: readonly T[], name: string): { commune: T } | { candidates: T[] } {
  const typed = bareName(name);
  const whole = findCommunes(communes, name, 50).filter((m) => bareName(m.formerName ?? m.commune.name).folded === typed.folded);
  const current = whole.filter((m) => m.formerName === null);
  let pool = current.length ? current : whole;
  if (pool.length > 1) {
    const marked = pool.filter((m) => bareName(m.formerName ?? m.commune.name).marked === typed.marked);
    if (marked.length) pool = marked;
  }
  const distinct = [...new Map(pool.map((m) => [m.commune.code, m.commune])).values()];
  return distinct.length === 1 ? { commune: distinct[0] } : { candidates: distinct };
}

export interface TemporaryHousingReadResult {
  records: TemporaryHousingRecord[];
  /** Empty when the file was read; otherwise nothing is imported. */
  problems: Message[];
}

export function readTemporaryHousingCsv(text: string, communes: readonly SearchableCommune[]): TemporaryHousingReadResult {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectCsvDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const problems: Message[] = [];
  if (communes.length === 0) return { records: [], problems: [msg('targets.temporary.no-communes')] };
  const column = {} as Record<TemporaryHousingColumn, number>;
  const folded = header.map(foldHeader);
  for (const key of Object.keys(COLUMN_NAMES) as TemporaryHousingColumn[]) column[key] = folded.findIndex((h) => COLUMN_NAMES[key].includes(h));
  const counts = (['total', 'replaced', 'remaining'] as const).filter((k) => column[k] >= 0);
  const missing: TemporaryHousingColumn[] = [];
  if (column.code < 0 && column.commune < 0) missing.push('commune');
  if (column.group < 0) missing.push('group');
  if (counts.length < 2) missing.push(...(['total', 'replaced', 'remaining'] as const).filter((k) => column[k] < 0));
  if (missing.length) return { records: [], problems: [msg('targets.temporary.columns-missing', { columns: missing, found: header.join(', ') })] };
  if (rows.length === 0) return { records: [], problems: [msg('targets.temporary.empty')] };
  // Vietnamese spreadsheets write 1.234 for a thousand; a comma decimal cannot be a count anyway.
  const decimalComma = delimiter !== ',';

  const byKey = new Map<string, TemporaryHousingRecord>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const cell = (k: TemporaryHousingColumn) => (column[k] >= 0 ? String(cells[column[k]] ?? '').trim() : '');
    const before = problems.length;
    // The commune: by code when the file gives one, else by name.
    const code = cell('code');
    const name = cell('commune');
    let commune: SearchableCommune | null = null;
    if (code) {
      commune = communes.find((c) => c.code === code) ?? null;
      if (!commune) problems.push(msg('targets.temporary.code-unknown', { row, code }));
    } else if (name) {
      const found = communeByName(communes, name);
      if ('commune' in found) commune = found.commune;
      else if (found.candidates.length > 1) problems.push(msg('targets.temporary.commune-ambiguous', { row, name, candidates: found.candidates.map((c) => `${c.name} (${c.code})`) }));
      else problems.push(msg('targets.temporary.commune-unknown', { row, name, suggestion: findCommunes(communes, name, 1)[0]?.commune.name ?? null }));
    } else problems.push(msg('targets.temporary.commune-missing', { row }));

    const groupCell = cell('group');
    const group = readTemporaryHousingGroup(groupCell);
    if (!group) problems.push(msg('targets.temporary.group-unknown', { row, value: groupCell }));

    // An empty count is worked out from the other two.
    const number = (k: 'total' | 'replaced' | 'remaining'): number | null => {
      const raw = cell(k);
      if (raw === '') return null;
      const value = parseLocaleNumber(raw, { decimalComma, dotThousands: true });
      if (!Number.isInteger(value) || value < 0) {
        problems.push(msg('targets.temporary.number-invalid', { row, column: k, value: raw }));
        return null;
      }
      return value;
    };
    const total = number('total');
    const replaced = number('replaced');
    const remaining = number('remaining');
    let year: number | null = null;
    if (cell('year')) {
      const y = Number(cell('year'));
      if (!Number.isInteger(y) || y < 2000 || y > 2100) problems.push(msg('targets.temporary.year-invalid', { row, value: cell('year') }));
      else year = y;
    }
    const given = [total, replaced, remaining].filter((v) => v !== null).length;
    if (problems.length === before && given < 2) problems.push(msg('targets.temporary.counts-missing', { row }));
    if (problems.length > before || !commune || !group) return;
    // Two of the three counts give the third; all three must agree.
    const t = total ?? (replaced ?? 0) + (remaining ?? 0);
    const done = replaced ?? t - (remaining ?? 0);
    if (done > t || (total !== null && replaced !== null && remaining !== null && total !== replaced + remaining)) {
      problems.push(msg('targets.temporary.counts-disagree', { row, total: t, replaced: done, remaining: remaining ?? t - done }));
      return;
    }
    const key = `${commune.code}\u0000${group}\u0000${year}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.total += t;
      seen.replaced += done;
    } else byKey.set(key, { communeCode: commune.code, communeName: commune.name, group, total: t, replaced: done, year });
  });
  return problems.length ? { records: [], problems } : { records: [...byKey.values()], problems: [] };
}
