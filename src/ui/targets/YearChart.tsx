// Year by year, 2021 to the target year, in plain SVG: dwellings completed each year (bars), completed
// cumulative (solid line, up to the year shown), expected cumulative by expected completion years (dashed),
// the straight trajectory from today's completed units to the target (dotted), and the target (a line).
import type { ProgressReport } from '../../domain/targets/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage, useText } from '../useAppState.ts';

const W = 360;
const H = 190;
const PAD = { left: 44, right: 8, top: 10, bottom: 22 };

/** Axis values at a round step (1, 2 or 5 × 10ⁿ), about four of them, up to `max`. */
function niceTicks(max: number): number[] {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v));
  return ticks;
}

export const CHART_COLORS = { completed: '#1a7f37', expected: '#0b5cad', trajectory: '#b45309', target: '#a61b1b' };

export function YearChart({ report }: { report: ProgressReport }) {
  const language = useLanguage();
  const T = useText().targets;
  const years = report.by_year;
  if (!years.length) return null;
  const first = years[0].year;
  const last = years[years.length - 1].year;
  const top = Math.max(report.target, ...years.map((y) => y.expected_cumulative), report.dwellings.completed, 1) * 1.08;
  const x = (year: number) => PAD.left + ((year - first + 0.5) / (last - first + 1)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - (value / top) * (H - PAD.top - PAD.bottom);
  const barW = ((W - PAD.left - PAD.right) / (last - first + 1)) * 0.5;
  const upTo = years.filter((r) => r.year <= report.as_of);
  const path = (points: [number, number][]) => points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const ticks = niceTicks(top / 1.08);
  const trajectoryFrom = Math.max(first, Math.min(report.as_of, last));
  return (
    <figure className="tg-chart" data-testid="tg-year-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={T.byYear}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#eef1f4" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" fontSize="9" fill="#616e7c">{formatNumber(v, language, 0)}</text>
          </g>
        ))}
        {years.map((r) => (
          <g key={r.year}>
            {r.completed > 0 && <rect x={x(r.year) - barW / 2} y={y(r.completed)} width={barW} height={y(0) - y(r.completed)} fill={CHART_COLORS.completed} opacity={0.35} />}
            <text x={x(r.year)} y={H - 8} textAnchor="middle" fontSize="9" fill={r.year === report.as_of ? '#1f2933' : '#616e7c'} fontWeight={r.year === report.as_of ? 700 : 400}>
              {String(r.year).slice(2)}
            </text>
          </g>
        ))}
        {report.target > 0 && <line x1={PAD.left} x2={W - PAD.right} y1={y(report.target)} y2={y(report.target)} stroke={CHART_COLORS.target} strokeWidth={1} />}
        <path d={path(years.map((r) => [x(r.year), y(r.expected_cumulative)]))} fill="none" stroke={CHART_COLORS.expected} strokeWidth={1.5} strokeDasharray="5 3" />
        {upTo.length > 0 && <path d={path(upTo.map((r) => [x(r.year), y(r.completed_cumulative)]))} fill="none" stroke={CHART_COLORS.completed} strokeWidth={2.2} data-testid="tg-completed-line" />}
        {report.target > 0 && report.target_year > trajectoryFrom && (
          <path
            d={path([[x(trajectoryFrom), y(report.dwellings.completed)], [x(report.target_year), y(report.target)]])}
            fill="none"
            stroke={CHART_COLORS.trajectory}
            strokeWidth={1.5}
            strokeDasharray="2 2"
          />
        )}
      </svg>
      <figcaption className="tg-legend">
        <span><i style={{ background: CHART_COLORS.completed }} />{T.completedCumulative}</span>
        <span><i className="dashed" style={{ borderColor: CHART_COLORS.expected }} />{T.expectedCumulative}</span>
        <span><i className="dotted" style={{ borderColor: CHART_COLORS.trajectory }} />{T.trajectory}</span>
        <span><i style={{ background: CHART_COLORS.target }} />{T.targetLine}</span>
      </figcaption>
    </figure>
  );
}
