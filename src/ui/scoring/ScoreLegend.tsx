// Legend of the score map: the ramp with its end values, and the hatched grey of excluded parcels.
import { rampGradient } from '../../map/scoreColors.ts';
import { useText } from '../useAppState.ts';

export function ScoreLegend({ mode, topK }: { mode: 'score' | 'probability'; topK: number }) {
  const T = useText().scoring;
  return (
    <div className="sc-legend" data-testid="score-legend">
      <div className="sc-legend-title">{mode === 'score' ? T.legendScore : `${T.legendTopK} ${topK}`}</div>
      <div className="sc-ramp" style={{ background: rampGradient(mode) }} />
      <div className="sc-ramp-labels">
        <span>{mode === 'score' ? '0' : '0 %'}</span>
        <span>{mode === 'score' ? '50' : '50 %'}</span>
        <span>{mode === 'score' ? '100' : '100 %'}</span>
      </div>
      <div className="sc-legend-excluded">
        <span className="sc-hatch" /> {T.legendExcluded}
      </div>
    </div>
  );
}
