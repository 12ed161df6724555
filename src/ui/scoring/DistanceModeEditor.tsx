// A "distance to nearest" criterion measured as a straight line, along the roads (m) or in travel minutes,
// and by which mode (motorbike, walking, car). Switching carries the thresholds to the new unit (setDistanceMode).
import { TRAVEL_MODES, type TravelMode } from '../../domain/network/roadSpeeds.ts';
import { DISTANCE_MODES, type Criterion, type DistanceMode } from '../../domain/scoring/scenario.ts';
import { setDistanceMode } from '../../domain/scoring/setDistanceMode.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { useLanguage } from '../useAppState.ts';

export function DistanceModeEditor({ criterion: c, onChange }: { criterion: Criterion; onChange: (c: Criterion) => void }) {
  const language = useLanguage();
  const mode = c.measure.distanceMode ?? 'straight';
  return (
    <div className="sc-source">
      <label className="sc-inline">
        <span>{renderMessage(language, msg('scoring.distance-mode.label'))}</span>
        <select value={mode} data-testid={`distance-mode-${c.id}`} onChange={(e) => onChange(setDistanceMode(c, e.target.value as DistanceMode))}>
          {DISTANCE_MODES.map((m) => (
            <option key={m} value={m}>
              {renderMessage(language, msg('scoring.distance-mode', { mode: m }))}
            </option>
          ))}
        </select>
      </label>
      {mode !== 'straight' && (
        <label className="sc-inline">
          <span>{renderMessage(language, msg('scoring.travel-mode.label'))}</span>
          <select value={c.measure.travelMode ?? 'motorbike'} data-testid={`travel-mode-${c.id}`} onChange={(e) => onChange(setDistanceMode(c, mode, e.target.value as TravelMode))}>
            {TRAVEL_MODES.map((m) => (
              <option key={m} value={m}>
                {renderMessage(language, msg('scoring.travel-mode', { mode: m }))}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
