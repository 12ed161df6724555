// The ranking: sortable columns, text filter, "show excluded", compare checkboxes, CSV export.
import { COMPARE_LETTERS } from '../../map/buildScoreLayers.ts';
import { useMemo, useState } from 'react';
import { formatAreaM2, formatNumber } from '../../i18n/format.ts';
import { communeChoices } from '../communeChoices.ts';
import { downloadFile } from '../downloadFile.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { filterRows, sortRows, type RankingRow, type SortKey } from './buildRankingRows.ts';
import { formatScore } from './formatScoring.ts';
import { rankingToCsv } from './rankingToCsv.ts';
import { useLanguage, useText } from '../useAppState.ts';

const PAGE = 60;

export function RankingTable(props: {
  rows: RankingRow[];
  selectedIndex: number | null;
  compare: number[];
  withSensitivity: boolean;
  scenarioId: string;
  onSelect: (index: number) => void;
  onToggleCompare: (index: number) => void;
}) {
  const { rows, selectedIndex, compare, withSensitivity } = props;
  const language = useLanguage();
  const T = useText().scoring;
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'rank', desc: false });
  const [query, setQuery] = useState('');
  const [showExcluded, setShowExcluded] = useState(false);
  const [communeCode, setCommuneCode] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const communes = useMemo(() => communeChoices(rows), [rows]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, query, showExcluded, language, communeCode), sort.key, sort.desc, language),
    [rows, query, showExcluded, sort, language, communeCode],
  );
  const say = (code: 'commune.column' | 'commune.filter.label' | 'commune.filter.all') => renderMessage(language, msg(code));

  const header = (key: SortKey, label: string, className = '') => (
    <th className={className} aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sc-sort" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key === 'score' || key === 'pTopK' || key === 'areaM2' })} data-testid={`sort-${key}`}>
        {label}
        {sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );

  return (
    <div className="sc-ranking">
      <div className="sc-toolbar">
        <input className="sc-text" type="search" placeholder={T.filterText} aria-label={T.filterText} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="ranking-filter" />
        {communes.length > 0 && (
          <select
            className="sc-text"
            aria-label={say('commune.filter.label')}
            title={say('commune.filter.label')}
            value={communeCode ?? ''}
            onChange={(e) => setCommuneCode(e.target.value === '' ? null : e.target.value)}
            data-testid="ranking-commune-filter"
          >
            <option value="">{say('commune.filter.all')}</option>
            {communes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
        <label className="sc-inline">
          <input type="checkbox" checked={showExcluded} onChange={(e) => setShowExcluded(e.target.checked)} data-testid="show-excluded" />
          <span>{T.showExcluded}</span>
        </label>
        <button
          type="button"
          className="sc-button"
          data-testid="ranking-csv"
          onClick={() => downloadFile(`xep-hang-${props.scenarioId}.csv`, rankingToCsv(sortRows(filterRows(rows, '', true, language), 'rank', false, language), language, withSensitivity), 'text/csv;charset=utf-8')}
        >
          {T.exportCsv}
        </button>
      </div>
      <table className="sc-table" data-testid="ranking-table">
        <thead>
          <tr>
            <th title={T.compareCol}>⇄</th>
            {header('rank', T.rank, 'num')}
            {header('id', T.id)}
            {header('name', T.name)}
            {header('commune', say('commune.column'))}
            {header('score', T.score, 'num')}
            {header('areaM2', T.area, 'num')}
            {withSensitivity && header('pTopK', T.pTopK, 'num')}
            {withSensitivity && <th className="num">{T.rankRange}</th>}
            {showExcluded && header('exclusion', T.exclusion)}
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, limit).map((r) => (
            <tr key={r.index} className={`sc-row${r.index === selectedIndex ? ' sc-selected' : ''}${r.score === null ? ' sc-excluded' : ''}`} onClick={() => props.onSelect(r.index)} data-testid="ranking-row" data-index={r.index}>
              <td onClick={(e) => e.stopPropagation()}>
                <input
                  type="checkbox"
                  aria-label={`${T.compareCol} ${r.id}`}
                  checked={compare.includes(r.index)}
                  disabled={!compare.includes(r.index) && compare.length >= 4}
                  onChange={() => props.onToggleCompare(r.index)}
                  data-testid="compare-check"
                />
                {compare.includes(r.index) && (
                  <span className="sc-compare-letter" data-testid="compare-letter-row">
                    {COMPARE_LETTERS[compare.indexOf(r.index)]}
                  </span>
                )}
              </td>
              <td className="num">{r.rank ?? '—'}</td>
              <td className="sc-id">{r.id}</td>
              <td>
                {r.name}
                {r.warning && <WarningMarker reason={r.warning[language]} />}
              </td>
              <td data-testid="row-commune" data-code={r.commune?.code ?? ''}>
                {r.commune?.name ?? '—'}
              </td>
              <td className="num" data-testid="row-score">
                {formatScore(r.score, language)}
              </td>
              {/* A cadastre row's area is known once its feature is read from the file. */}
              <td className="num">{Number.isFinite(r.areaM2) ? formatAreaM2(r.areaM2, language).replace(/ \(.*\)$/, '') : '…'}</td>
              {withSensitivity && (
                <td className="num" data-testid="row-ptopk">
                  {r.pTopK === null ? '—' : `${formatNumber(r.pTopK * 100, language, 0)} %`}
                </td>
              )}
              {withSensitivity && <td className="num">{r.rankMin === null ? '—' : `${r.rankMin}–${r.rankMax}`}</td>}
              {showExcluded && <td className="sc-small">{r.exclusion?.[language] ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sc-toolbar muted sc-small">
        <span data-testid="ranking-count">
          {formatNumber(Math.min(limit, shown.length), language)} / {formatNumber(shown.length, language)} {T.rowsShown}
        </span>
        {shown.length > limit && (
          <button type="button" className="sc-link" onClick={() => setLimit(limit + PAGE * 2)}>
            {T.showMore}
          </button>
        )}
      </div>
    </div>
  );
}

/** A parcel that keeps its score but breaks a warning constraint (e.g. rice land needs conversion approval). */
function WarningMarker({ reason }: { reason: string }) {
  const language = useLanguage();
  const label = `${renderMessage(language, msg('scoring.constraint.warning'))}: ${reason}`;
  return (
    <span className="sc-warn-marker" title={label} aria-label={label} data-testid="row-warning">
      {' '}⚠
    </span>
  );
}
