// AHP weights: a pairwise matrix of Saaty 1–9 selects (upper triangle; the lower one shows the
// reciprocal), the principal-eigenvector weights, λmax, CI and CR with a warning when CR > 0.10.
// For a grouped scenario the user compares the groups, or the criteria inside one group.
import { useMemo, useState } from 'react';
import { ahpWeights } from '../../domain/scoring/ahpWeights.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import { isUserError } from '../../domain/model/userError.ts';
import type { Language } from '../../i18n/language.ts';
import { formatNumber } from '../../i18n/format.ts';
import { reciprocalMatrix, SAATY_CHOICES, saatyLabel, setUpperCell, upperFromWeights } from './ahpMatrix.ts';
import { formatPct } from './formatScoring.ts';
import { setGroupWeights, setWeights } from './scenarioEdits.ts';
import { SCORING_TEXT as T } from './scoringText.ts';

type Edit = (f: (s: Scenario) => Scenario) => void;

export function AhpEditor({ scenario, language, edit }: { scenario: Scenario; language: Language; edit: Edit }) {
  const L = (x: { vi: string; en: string }) => x[language];
  const groups = scenario.groups ?? [];
  // '' = the groups (or all criteria when there are none); otherwise a group id.
  const [scope, setScope] = useState<string>(groups.length ? '' : '*');
  const items =
    scope === ''
      ? groups.map((g) => ({ id: g.id, label: g.label[language], weight: g.weight }))
      : scenario.criteria.filter((c) => c.weight > 0 && (scope === '*' || c.group === scope)).map((c) => ({ id: c.id, label: c.label[language], weight: c.weight }));
  const itemKey = `${scope}|${items.map((i) => i.id).join(',')}`;
  const [state, setState] = useState<{ key: string; upper: number[][] } | null>(null);
  const upper = state?.key === itemKey ? state.upper : upperFromWeights(items.map((i) => i.weight));
  const result = useMemo(() => {
    if (items.length < 2) return null;
    try {
      return ahpWeights(reciprocalMatrix(upper));
    } catch (error) {
      if (isUserError(error)) return null;
      throw error;
    }
  }, [upper, items.length]);

  const apply = () => {
    if (!result) return;
    if (scope === '') edit((s) => setGroupWeights(s, result.weights));
    else edit((s) => setWeights(s, items.map((i) => i.id), result.weights));
  };

  return (
    <div className="sc-ahp" data-testid="ahp-editor">
      <p className="muted sc-small">{L(T.ahpHelp)}</p>
      {groups.length > 0 && (
        <label className="sc-inline">
          <span>{L(T.ahpScope)}</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="">{L(T.ahpGroups)}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {L(T.group)}: {g.label[language]}
              </option>
            ))}
          </select>
        </label>
      )}
      {items.length >= 2 && (
        <div className="sc-ahp-scroll">
          <table className="sc-ahp-matrix">
            <thead>
              <tr>
                <th />
                {items.map((_, j) => (
                  <th key={j} title={items[j].label}>
                    {j + 1}
                  </th>
                ))}
                <th>{L(T.weight)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((row, i) => (
                <tr key={row.id}>
                  <th scope="row" title={row.label}>
                    {i + 1}. {row.label}
                  </th>
                  {items.map((_, j) => (
                    <td key={j}>
                      {i === j ? (
                        '1'
                      ) : j > i ? (
                        <select
                          aria-label={`${row.label} / ${items[j].label}`}
                          data-testid={`ahp-${i}-${j}`}
                          value={SAATY_CHOICES.find((c) => Math.abs(c.value - upper[i][j]) < 1e-9)?.label ?? '1'}
                          onChange={(e) => {
                            const value = SAATY_CHOICES.find((c) => c.label === e.target.value)!.value;
                            setState({ key: itemKey, upper: setUpperCell(upper, i, j, value) });
                          }}
                        >
                          {SAATY_CHOICES.map((c) => (
                            <option key={c.label} value={c.label}>
                              {c.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span className="muted">{saatyLabel(1 / upper[j][i])}</span>
                      )}
                    </td>
                  ))}
                  <td className="num" data-testid={`ahp-weight-${i}`}>{result ? formatPct(result.weights[i], language, 1) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && (
        <div className="sc-ahp-result" data-testid="ahp-result">
          <span>λmax = {formatNumber(result.lambdaMax, language, 3)}</span>
          <span>CI = {formatNumber(result.ci, language, 3)}</span>
          <span>CR = {Number.isNaN(result.cr) ? '—' : formatNumber(result.cr, language, 3)}</span>
          {result.inconsistent ? (
            <p className="sc-warning" role="alert" data-testid="ahp-warning">
              ⚠ {L(T.ahpInconsistent)}
            </p>
          ) : (
            <p className="muted sc-small">{L(T.ahpConsistent)}</p>
          )}
          <button type="button" className="sc-button primary" onClick={apply} data-testid="ahp-apply">
            {L(T.applyWeights)}
          </button>
        </div>
      )}
    </div>
  );
}
