// A criterion on the industrial parks measured as a distance, as the jobs within T minutes along the roads
// (cumulative), or as a gravity measure with its decay curve plotted (setJobsMeasure.ts decides the measure).
import { TRAVEL_MODES, type TravelMode } from '../../domain/network/roadSpeeds.ts';
import type { Criterion } from '../../domain/scoring/scenario.ts';
import { DEFAULT_DECAY_PER_MIN, PARK_MEASURE_CHOICES, parkMeasureChoice, setJobsMeasure, type ParkMeasureChoice } from '../../domain/scoring/setJobsMeasure.ts';
import { gravityWeight } from '../../domain/scoring/measure/measureJobsGravity.ts';
import { formatNumber } from '../../i18n/format.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { NumberField } from './NumberField.tsx';
import { useLanguage, useText } from '../useAppState.ts';

/** Whether a criterion reads the industrial parks (so it may be switched to jobs). */
export function readsParks(c: Criterion): boolean {
  return c.measure.source?.role === 'industrial_zone' && (c.measure.kind === 'distance_to_nearest' || parkMeasureChoice(c) !== 'distance');
}

export function JobsMeasureEditor({ criterion: c, onChange }: { criterion: Criterion; onChange: (c: Criterion) => void }) {
  const T = useText().jobs;
  const language = useLanguage();
  const choice = parkMeasureChoice(c);
  const m = c.measure;
  return (
    <div className="sc-source" data-testid={`jobs-editor-${c.id}`}>
      <label className="sc-inline">
        <span>{T.measureBy}</span>
        <select value={choice} data-testid={`park-measure-${c.id}`} onChange={(e) => onChange(setJobsMeasure(c, e.target.value as ParkMeasureChoice))}>
          {PARK_MEASURE_CHOICES.map((k) => (
            <option key={k} value={k}>
              {T.choices[k]}
            </option>
          ))}
        </select>
      </label>
      {choice !== 'distance' && (
        <>
          <label className="sc-inline">
            <span>{renderMessage(language, msg('scoring.travel-mode.label'))}</span>
            <select value={m.travelMode ?? 'motorbike'} data-testid={`jobs-travel-mode-${c.id}`} onChange={(e) => onChange({ ...c, measure: { ...m, travelMode: e.target.value as TravelMode } })}>
              {TRAVEL_MODES.map((k) => (
                <option key={k} value={k}>
                  {renderMessage(language, msg('scoring.travel-mode', { mode: k }))}
                </option>
              ))}
            </select>
          </label>
          {choice === 'jobs_within_reach' && (
            <label className="sc-inline">
              <span>{T.withinMin}</span>
              <NumberField label={T.withinMin} value={m.withinMin ?? 20} min={1} max={240} commit="blur" testId={`jobs-within-${c.id}`} onChange={(withinMin) => onChange({ ...c, measure: { ...m, withinMin } })} />
            </label>
          )}
          {choice === 'jobs_gravity' && (
            <>
              <label className="sc-inline">
                <span>{T.decay}</span>
                <NumberField label={T.decay} value={m.decayPerMin ?? DEFAULT_DECAY_PER_MIN} min={0.001} max={10} commit="blur" testId={`jobs-decay-${c.id}`} onChange={(decayPerMin) => onChange({ ...c, measure: { ...m, decayPerMin } })} />
              </label>
              <DecayPlot decayPerMin={m.decayPerMin ?? DEFAULT_DECAY_PER_MIN} />
              <p className="muted sc-small">{T.halfAt(formatNumber(Math.LN2 / (m.decayPerMin ?? DEFAULT_DECAY_PER_MIN), language, 1))}</p>
            </>
          )}
          <p className="muted sc-small">{T.parksNote}</p>
        </>
      )}
    </div>
  );
}

/** exp(−β · minutes) over 0–60 min, with the half-weight time marked. */
export function DecayPlot({ decayPerMin }: { decayPerMin: number }) {
  const T = useText().jobs;
  const language = useLanguage();
  const W = 220, H = 90, L = 26, B = 18, maxMin = 60;
  const x = (min: number) => L + (min / maxMin) * (W - L - 6);
  const y = (w: number) => 6 + (1 - w) * (H - B - 6);
  const points = Array.from({ length: 61 }, (_, i) => `${x(i).toFixed(1)},${y(gravityWeight(i, decayPerMin)).toFixed(1)}`).join(' ');
  const half = Math.LN2 / decayPerMin;
  return (
    <figure className="sc-decay" data-testid="jobs-decay-plot">
      <figcaption className="muted sc-small">{T.curveTitle}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={T.curveTitle}>
        <line x1={L} y1={y(0)} x2={W - 6} y2={y(0)} stroke="#98a2b3" />
        <line x1={L} y1={y(0)} x2={L} y2={y(1)} stroke="#98a2b3" />
        {[0, 15, 30, 45, 60].map((t) => (
          <text key={t} x={x(t)} y={H - 4} fontSize="9" textAnchor="middle" fill="#667085">
            {t}
          </text>
        ))}
        <text x={L - 4} y={y(1) + 3} fontSize="9" textAnchor="end" fill="#667085">1</text>
        <text x={L - 4} y={y(0.5) + 3} fontSize="9" textAnchor="end" fill="#667085">{formatNumber(0.5, language)}</text>
        <text x={W - 6} y={y(0) - 4} fontSize="9" textAnchor="end" fill="#667085">{T.minutesAxis}</text>
        {half <= maxMin && <line x1={x(half)} y1={y(0)} x2={x(half)} y2={y(0.5)} stroke="#f79009" strokeDasharray="3 2" />}
        <polyline points={points} fill="none" stroke="#0b5cad" strokeWidth="2" data-testid="jobs-decay-curve" />
      </svg>
    </figure>
  );
}
