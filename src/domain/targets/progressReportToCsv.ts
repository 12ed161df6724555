// The annual report as a table: UTF-8 CSV with a BOM (Excel shows Vietnamese), CRLF, numbers written
// plainly (dot decimal) so spreadsheets can sum them. Sections one after another, a blank row between:
// the title (a working report, not the official form) with the date; the indicators of the year; the
// targets with their sources; year by year; by commune/ward (every commune, zero rows included).
// With the temporary-housing table: its section (by group, then by commune) at the end.
// Words come from the message catalogue (src/i18n).
import type { Language } from '../../i18n/language.ts';
import { msg, type TargetsColumn, type TargetsIndicator } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { rowsToCsv } from '../export/tableToCsv.ts';
import type { ProgressReport, StatusCounts, UnitKind } from './types.ts';
import type { TemporaryHousingSummary } from './summarizeTemporaryHousing.ts';

const COUNT_COLUMNS: (keyof StatusCounts)[] = ['completed', 'under_construction', 'approved', 'proposed', 'total'];

const round1 = (value: number) => Math.round(value * 10) / 10;

export interface ProgressReportCsvOptions {
  language?: Language;
  date: string;
  /** The temporary and dilapidated houses as of the report's year, and where the table comes from. */
  temporary?: TemporaryHousingSummary;
  temporarySource?: string;
}

export function progressReportToCsv(report: ProgressReport, options: ProgressReportCsvOptions): string {
  const language = options.language ?? 'vi';
  const say = renderMessage.bind(null, language);
  const rows: (string | number)[][] = [];
  rows.push([say(msg('targets.report-title', { asOf: report.as_of, date: options.date }))]);
  rows.push([]);
  const indicator = (key: TargetsIndicator, value: number | null) => rows.push([say(msg('targets.indicator', { indicator: key })), value ?? '']);
  indicator('target', report.target);
  indicator('dwellingsCompleted', report.dwellings.completed);
  indicator('dwellingsUnderConstruction', report.dwellings.under_construction);
  indicator('dwellingsApproved', report.dwellings.approved);
  indicator('dwellingsProposed', report.dwellings.proposed);
  indicator('placesCompleted', report.places.completed);
  indicator('placesTotal', report.places.total);
  indicator('gap', report.gap);
  indicator('neededPerYear', report.needed_per_year === null ? null : round1(report.needed_per_year));
  indicator('rentalSharePct', report.rental_share === null ? null : round1(report.rental_share * 100));
  indicator('notStarted', report.not_started.projects);
  indicator('problems', report.problems.length);
  rows.push([]);
  const header = (columns: TargetsColumn[]) => rows.push(columns.map((column) => say(msg('targets.column', { column }))));
  header(['target', 'dwellings', 'year', 'source']);
  for (const t of report.targets) rows.push([t.label, t.dwellings, t.year, t.source]);
  rows.push([]);
  header(['year', 'completed', 'completedCumulative', 'expectedCumulative']);
  for (const y of report.by_year) rows.push([y.year, y.completed, y.completed_cumulative, y.expected_cumulative]);
  rows.push([]);
  const countHeaders = (unitKind: UnitKind) => COUNT_COLUMNS.map((status) => say(msg('targets.count-column', { unitKind, status })));
  rows.push([say(msg('targets.column', { column: 'code' })), say(msg('targets.column', { column: 'commune' })), ...countHeaders('dwelling'), ...countHeaders('place')]);
  for (const c of report.by_commune) {
    rows.push([c.code ?? '', c.code === null ? say(msg('targets.unassigned')) : c.name, ...COUNT_COLUMNS.map((k) => c.dwellings[k]), ...COUNT_COLUMNS.map((k) => c.places[k])]);
  }
  rows.push(['', say(msg('targets.column', { column: 'total' })), ...COUNT_COLUMNS.map((k) => report.dwellings[k]), ...COUNT_COLUMNS.map((k) => report.places[k])]);
  const temporary = options.temporary;
  if (temporary) {
    const column = (c: 'code' | 'commune' | 'group' | 'total' | 'replaced' | 'remaining' | 'pctDone') => say(msg('targets.temporary.column', { column: c }));
    const pct = (done: number, total: number) => (total > 0 ? round1((done / total) * 100) : '');
    rows.push([]);
    rows.push([say(msg('targets.temporary.report-heading', { asOf: temporary.as_of, source: options.temporarySource ?? '' }))]);
    rows.push([column('group'), column('total'), column('replaced'), column('remaining'), column('pctDone')]);
    for (const g of temporary.by_group) rows.push([say(msg('targets.temporary.group', { group: g.group })), g.total, g.replaced, g.remaining, pct(g.replaced, g.total)]);
    const t = temporary.total;
    rows.push([say(msg('targets.column', { column: 'total' })), t.total, t.replaced, t.remaining, pct(t.replaced, t.total)]);
    rows.push([]);
    rows.push([column('code'), column('commune'), column('total'), column('replaced'), column('remaining')]);
    for (const c of temporary.by_commune) rows.push([c.code, c.name, c.total, c.replaced, c.remaining]);
  }
  return rowsToCsv(rows);
}
