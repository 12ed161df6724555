// 2–4 sites side by side: per criterion the raw value and contribution of each, score, rank, and a
// grouped bar chart (SVG) of the contributions.
import { COMPARE_LETTERS } from '../../map/buildScoreLayers.ts';
import type { ParcelExplanation } from '../../domain/scoring/explainParcel.ts';
import { formatNumber } from '../../i18n/format.ts';
import { formatRaw, formatScore } from './formatScoring.ts';
import { useLanguage, useText } from '../useAppState.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';

const COLOURS = ['#0b5cad', '#d97706', '#059669', '#9333ea'];

function ContributionChart({ sites }: { sites: { label: string; explanation: ParcelExplanation }[] }) {
  const language = useLanguage();
  const T = useText().scoring;
  const criteria = sites[0].explanation.criteria.filter((c) => c.weight > 0);
  const max = Math.max(1, ...sites.flatMap((s) => s.explanation.criteria.map((c) => c.contribution ?? 0)));
  const rowH = 6 * sites.length + 8;
  const labelW = 130;
  const W = 320;
  const H = criteria.length * rowH + 20;
  return (
    <svg className="sc-chart" width={W} height={H} role="img" aria-label={T.contribution} data-testid="compare-chart">
      {criteria.map((c, ci) => (
        <g key={c.id} transform={`translate(0, ${ci * rowH})`}>
          <text x={labelW - 4} y={rowH / 2 + 3} textAnchor="end" className="sc-plot-label">
            {c.label[language].length > 24 ? `${c.label[language].slice(0, 23)}…` : c.label[language]}
          </text>
          {sites.map((s, si) => {
            const v = s.explanation.criteria.find((x) => x.id === c.id)?.contribution ?? 0;
            return <rect key={si} x={labelW} y={4 + si * 6} height={5} width={((W - labelW - 10) * v) / max} fill={COLOURS[si]} />;
          })}
        </g>
      ))}
      <text x={labelW} y={H - 4} className="sc-plot-label">0</text>
      <text x={W - 10} y={H - 4} textAnchor="end" className="sc-plot-label">
        {formatNumber(max, language, 1)} {renderMessage(language, msg('ui.points-unit'))}
      </text>
    </svg>
  );
}

export function CompareView({ sites, onClear }: { sites: { label: string; explanation: ParcelExplanation }[]; onClear: () => void }) {
  const language = useLanguage();
  const T = useText().scoring;
  if (sites.length < 2) return <p className="muted sc-small">{T.compareHint}</p>;
  const criteria = sites[0].explanation.criteria;
  return (
    <div className="sc-compare" data-testid="compare">
      <div className="sc-toolbar">
        <div className="sc-compare-keys">
          {sites.map((s, i) => (
            <span key={i}>
              <span className="sc-swatch" style={{ background: COLOURS[i] }} /> {COMPARE_LETTERS[i]} · {s.label}
            </span>
          ))}
        </div>
        <button type="button" className="sc-link" onClick={onClear}>
          {T.clearCompare}
        </button>
      </div>
      <div className="sc-scroll-x">
        <table className="sc-table" data-testid="compare-table">
          <thead>
            <tr>
              <th />
              {sites.map((_, i) => (
                <th key={i} className="num">
                  <span className="sc-compare-letter" data-testid="compare-letter">
                    {COMPARE_LETTERS[i]}
                  </span>
                </th>
              ))}
            </tr>
            <tr>
              <th>{T.criterion}</th>
              {sites.map((s, i) => (
                <th key={i} className="num" style={{ color: COLOURS[i] }} data-testid="compare-site">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <td>{c.label[language]}</td>
                {sites.map((s, i) => {
                  const x = s.explanation.criteria.find((k) => k.id === c.id)!;
                  return (
                    <td key={i} className="num">
                      {formatRaw(x.raw, x.unit, language)}
                      <div className="muted sc-small">{x.contribution === null ? '—' : `+${formatNumber(x.contribution, language, 1)}`}</div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{T.score}</th>
              {sites.map((s, i) => (
                <th key={i} className="num">
                  {formatScore(s.explanation.score, language)}
                </th>
              ))}
            </tr>
            <tr>
              <th>{T.rank}</th>
              {sites.map((s, i) => (
                <th key={i} className="num" title={s.explanation.excluded?.reason[language]}>
                  {s.explanation.rank ?? (s.explanation.excluded ? `— (${T.excludedBy.toLowerCase()})` : '—')}
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <ContributionChart sites={sites} />
    </div>
  );
}
