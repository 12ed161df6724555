// The annual report on one A4 page: the indicators of the year, the targets with their sources, year by
// year, and by commune/ward (the communes with a project; the others counted in one line), with the date
// and the data sources — labelled as a working report, not the official reporting form.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ProgressReport } from '../../domain/targets/types.ts';
import type { TemporaryHousingSummary } from '../../domain/targets/summarizeTemporaryHousing.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { uiText } from '../../i18n/renderMessage.ts';
import { msg, type TargetsIndicator } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';

export interface AnnualReportSheetProps {
  report: ProgressReport;
  language: Language;
  /** dd/mm/yyyy. */
  date: string;
  /** The layers the figures come from, and whether each is illustrative. */
  sources: { title: LocalText; illustrative: boolean }[];
  /** The temporary and dilapidated houses as of the year, with the table's source (when imported). */
  temporary?: { summary: TemporaryHousingSummary; source: string; illustrative: boolean };
}

export function AnnualReportSheet({ report, language, date, sources, temporary }: AnnualReportSheetProps) {
  const say = (m: Parameters<typeof renderMessage>[1]) => renderMessage(language, m);
  const n = (v: number) => formatNumber(v, language, 0);
  const T = uiText(language).targets;
  const indicators: [TargetsIndicator, string][] = [
    ['target', n(report.target)],
    ['dwellingsCompleted', n(report.dwellings.completed)],
    ['dwellingsUnderConstruction', n(report.dwellings.under_construction)],
    ['dwellingsApproved', n(report.dwellings.approved)],
    ['dwellingsProposed', n(report.dwellings.proposed)],
    ['placesCompleted', n(report.places.completed)],
    ['placesTotal', n(report.places.total)],
    ['gap', n(report.gap)],
    ['neededPerYear', report.needed_per_year === null ? '—' : n(Math.ceil(report.needed_per_year))],
    ['rentalSharePct', report.rental_share === null ? '—' : formatNumber(report.rental_share * 100, language, 1)],
    ['notStarted', n(report.not_started.projects)],
    ['problems', n(report.problems.length)],
  ];
  const withProjects = report.by_commune.filter((c) => c.dwellings.total + c.places.total > 0);
  const without = report.by_commune.length - withProjects.length;
  const illustrative = sources.some((s) => s.illustrative);
  return (
    <article className="tg-sheet" data-testid="tg-annual-sheet">
      <h1>{say(msg('targets.report-title', { asOf: report.as_of, date }))}</h1>
      <table className="tg-sheet-indicators">
        <tbody>
          {indicators.slice(0, Math.ceil(indicators.length / 2)).map(([key, value], i) => {
            const right = indicators[i + Math.ceil(indicators.length / 2)];
            return (
              <tr key={key}>
                <td>{say(msg('targets.indicator', { indicator: key }))}</td>
                <td className="num">{value}</td>
                <td>{right ? say(msg('targets.indicator', { indicator: right[0] })) : ''}</td>
                <td className="num">{right?.[1] ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{T.byYear}</h2>
      <table>
        <thead>
          <tr>
            <th>{say(msg('targets.column', { column: 'year' }))}</th>
            {report.by_year.map((y) => <th key={y.year} className={y.year === report.as_of ? 'num current' : 'num'}>{y.year}</th>)}
          </tr>
        </thead>
        <tbody>
          {(['completed', 'completed_cumulative', 'expected_cumulative'] as const).map((key) => (
            <tr key={key}>
              <td>{say(msg('targets.column', { column: key === 'completed' ? 'completed' : key === 'completed_cumulative' ? 'completedCumulative' : 'expectedCumulative' }))}</td>
              {report.by_year.map((y) => <td key={y.year} className="num">{n(y[key])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{T.byCommune}</h2>
      <table className="tg-sheet-communes">
        <thead>
          <tr>
            <th>{say(msg('targets.column', { column: 'commune' }))}</th>
            {(['completed', 'under_construction', 'approved', 'proposed', 'total'] as const).map((s) => (
              <th key={s} className="num">{say(msg('targets.count-column', { unitKind: 'dwelling', status: s }))}</th>
            ))}
            <th className="num">{say(msg('targets.count-column', { unitKind: 'place', status: 'total' }))}</th>
          </tr>
        </thead>
        <tbody>
          {withProjects.map((c) => (
            <tr key={c.code ?? '—'}>
              <td>{c.code === null ? say(msg('targets.unassigned')) : c.name}</td>
              <td className="num">{n(c.dwellings.completed)}</td>
              <td className="num">{n(c.dwellings.under_construction)}</td>
              <td className="num">{n(c.dwellings.approved)}</td>
              <td className="num">{n(c.dwellings.proposed)}</td>
              <td className="num">{n(c.dwellings.total)}</td>
              <td className="num">{n(c.places.total)}</td>
            </tr>
          ))}
          <tr className="total">
            <td>{say(msg('targets.column', { column: 'total' }))}{without > 0 ? ` (${n(without)} ${T.communesWithout})` : ''}</td>
            <td className="num">{n(report.dwellings.completed)}</td>
            <td className="num">{n(report.dwellings.under_construction)}</td>
            <td className="num">{n(report.dwellings.approved)}</td>
            <td className="num">{n(report.dwellings.proposed)}</td>
            <td className="num">{n(report.dwellings.total)}</td>
            <td className="num">{n(report.places.total)}</td>
          </tr>
        </tbody>
      </table>
      {temporary && (
        <>
          <h2>{T.temporaryTitle}</h2>
          <table data-testid="tg-sheet-temporary">
            <thead>
              <tr>
                {(['group', 'total', 'replaced', 'remaining', 'pctDone'] as const).map((c) => (
                  <th key={c} className={c === 'group' ? undefined : 'num'}>{say(msg('targets.temporary.column', { column: c }))}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...temporary.summary.by_group.map((g) => ({ key: g.group, label: say(msg('targets.temporary.group', { group: g.group })), counts: g })), { key: 'total', label: say(msg('targets.column', { column: 'total' })), counts: temporary.summary.total }].map(({ key, label, counts }) => (
                <tr key={key} className={key === 'total' ? 'total' : undefined}>
                  <td>{label}</td>
                  <td className="num">{n(counts.total)}</td>
                  <td className="num">{n(counts.replaced)}</td>
                  <td className="num">{n(counts.remaining)}</td>
                  <td className="num">{counts.total > 0 ? formatNumber((counts.replaced / counts.total) * 100, language, 1) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{T.sources}</h2>
      <ul className="tg-sheet-sources">
        {report.targets.map((t) => (
          <li key={t.id}>{T.targetLine} — {t.label}: {n(t.dwellings)} {T.unitWord} ({t.year}). {t.source}</li>
        ))}
        <li>{T.dataLayers}: {sources.map((s) => s.title[language]).join('; ') || '—'}.{illustrative ? ` ${T.illustrativeData}` : ''}</li>
        {temporary && <li>{T.temporaryTitle}: {temporary.source}.{temporary.illustrative ? ` ${T.illustrativeData}` : ''}</li>}
      </ul>
    </article>
  );
}
