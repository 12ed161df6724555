// "Phân tích độ nhạy": ±% spread, number of draws and k; the result (P(top k), rank range) appears
// as table columns and as an alternative map colouring.
import { useState } from 'react';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { SensitivityOptions, SensitivityResult } from '../../domain/scoring/runSensitivity.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import { formatNumber } from '../../i18n/format.ts';
import { NumberField } from './NumberField.tsx';
import { useServices } from '../appServices.ts';
import { useLanguage, useText } from '../useAppState.ts';

export function SensitivityForm(props: { scenario: Scenario; running: boolean; stale: boolean; done: { result: SensitivityResult; options: SensitivityOptions } | null }) {
  const { scenario, running, stale, done } = props;
  const language = useLanguage();
  const T = useText().scoring;
  const [spreadPct, setSpreadPct] = useState(20);
  const [draws, setDraws] = useState(1000);
  const [topK, setTopK] = useState(10);
  const [error, setError] = useState<LocalText | null>(null);
  const { runSensitivityAnalysis } = useServices().scoring;
  const run = async () => {
    setError(null);
    const e = await runSensitivityAnalysis(scenario, { spread: spreadPct / 100, draws: Math.round(draws), topK: Math.round(topK), seed: 1 });
    if (e) setError(e);
  };
  return (
    <div className="sc-sensitivity" data-testid="sensitivity">
      <p className="muted sc-small">{T.sensitivityHelp}</p>
      <div className="sc-inline sc-wrap">
        <label className="sc-inline">
          <span>{T.spread}</span>
          <NumberField label={T.spread} value={spreadPct} min={0} max={100} onChange={setSpreadPct} testId="sensitivity-spread" width="50px" />
        </label>
        <label className="sc-inline">
          <span>{T.draws}</span>
          <NumberField label={T.draws} value={draws} min={10} max={100000} onChange={setDraws} testId="sensitivity-draws" width="70px" />
        </label>
        <label className="sc-inline">
          <span>{T.topK}</span>
          <NumberField label={T.topK} value={topK} min={1} max={1000} onChange={setTopK} testId="sensitivity-k" width="50px" />
        </label>
        <button type="button" className="sc-button primary" disabled={running} onClick={() => void run()} data-testid="sensitivity-run">
          {running ? '…' : T.run}
        </button>
      </div>
      {stale && <p className="sc-warning sc-small">{T.sensitivityStale}</p>}
      {error && <p className="sc-error">{error[language]}</p>}
      {done && (
        <p className="sc-small" data-testid="sensitivity-done">
          ✓ {formatNumber(done.options.draws, language)} {T.sensitivityDone}
          {formatNumber(done.options.spread * 100, language)} %, k = {done.options.topK}
        </p>
      )}
    </div>
  );
}
