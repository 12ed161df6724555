// Legend of the score layer, drawn from `buildScoreLegend` (the same entries a presentation legend or a printed
// sheet lists): the score classes with their ranges (best first) or the P(top k) ramp, the hatched grey of
// excluded parcels, the rank labels and the compared sites.
import type { ScoreLegendData } from '../../map/buildScoreLegend.ts';
import { COMPARE_INK, cssColor } from '../../map/scoreColors.ts';
import { useLanguage } from '../useAppState.ts';
import './scoring.css';

export function ScoreLegend({ legend, testId = 'score-legend' }: { legend: ScoreLegendData; testId?: string }) {
  const language = useLanguage();
  return (
    <div className="sc-legend" data-testid={testId}>
      <div className="sc-legend-title">{legend.title[language]}</div>
      <ul className="sc-legend-list">
        {legend.entries.map((entry, i) => (
          <li key={i} data-kind={entry.kind}>
            {entry.kind === 'class' && <span className="sc-legend-box" style={{ background: cssColor(entry.color) }} />}
            {entry.kind === 'ramp' && <span className="sc-ramp" style={{ background: entry.gradient }} />}
            {entry.kind === 'excluded' && <span className="sc-hatch" />}
            {entry.kind === 'rank' && <span className="sc-legend-rank">#1</span>}
            {entry.kind === 'compare' && <span className="sc-legend-compare" style={{ borderColor: cssColor(COMPARE_INK) }} />}
            <span>{entry.label[language]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
