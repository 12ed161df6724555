// Constraints: enable toggle, severity (exclude or warn), threshold (a number, or a list of codes) and the reason text.
import { CONSTRAINT_SEVERITIES, type ConstraintSeverity, type Scenario } from '../../domain/scoring/scenario.ts';
import { NumberField } from './NumberField.tsx';
import { thresholdUnit } from './CriteriaEditor.tsx';
import { updateConstraint } from './scenarioEdits.ts';
import { useLanguage, useText } from '../useAppState.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';

type Edit = (f: (s: Scenario) => Scenario) => void;

export function ConstraintsEditor({ scenario, edit }: { scenario: Scenario; edit: Edit }) {
  const language = useLanguage();
  const T = useText().scoring;
  const t = useText();
  return (
    <ul className="sc-constraints">
      {scenario.constraints.map((c) => {
        const on = c.enabled !== false;
        const test = c.test;
        return (
          <li key={c.id} className={on ? '' : 'sc-off'} data-testid={`constraint-${c.id}`}>
            <label className="sc-inline sc-constraint-head">
              <input type="checkbox" checked={on} onChange={(e) => edit((s) => updateConstraint(s, c.id, { enabled: e.target.checked }))} data-testid={`constraint-enable-${c.id}`} />
              <strong>{c.reason[language]}</strong>
            </label>
            <label className="sc-inline">
              <span className="muted">{renderMessage(language, msg('scoring.constraint.severity.label'))}</span>
              <select
                value={c.severity ?? 'exclude'}
                onChange={(e) => edit((s) => updateConstraint(s, c.id, { severity: e.target.value as ConstraintSeverity }))}
                data-testid={`constraint-severity-${c.id}`}
              >
                {CONSTRAINT_SEVERITIES.map((v) => (
                  <option key={v} value={v}>
                    {renderMessage(language, msg('scoring.constraint.severity', { severity: v }))}
                  </option>
                ))}
              </select>
            </label>
            <div className="sc-inline">
              <span className="muted">
                {T.excludedWhen} {t.op[test.op]}
              </span>
              {test.op === 'in' ? (
                <input
                  key={test.values.join(',')}
                  className="sc-text sc-wide"
                  aria-label={T.forbiddenCodes}
                  title={T.forbiddenCodes}
                  defaultValue={test.values.join(', ')}
                  onBlur={(e) => {
                    const values = e.target.value.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean);
                    if (values.join(',') !== test.values.join(',')) edit((s) => updateConstraint(s, c.id, { test: { op: 'in', values } }));
                  }}
                  onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                />
              ) : (
                <>
                  <NumberField label={`${T.threshold}: ${c.reason[language]}`} value={test.value} testId={`constraint-value-${c.id}`} onChange={(value) => edit((s) => updateConstraint(s, c.id, { test: { op: test.op, value } }))} />
                  <span className="muted">{thresholdUnit(c.measure)}</span>
                </>
              )}
            </div>
            <label className="sc-inline">
              <span className="muted">{T.reason}</span>
              <input
                key={c.reason[language]}
                className="sc-text sc-wide"
                defaultValue={c.reason[language]}
                aria-label={T.reason}
                onBlur={(e) => {
                  const text = e.target.value.trim();
                  if (text && text !== c.reason[language]) edit((s) => updateConstraint(s, c.id, { reason: { ...c.reason, [language]: text } }));
                }}
                onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
              />
            </label>
            {c.unless?.length ? <div className="muted sc-small">{renderMessage(language, msg('scoring.constraint.has-exception'))}</div> : null}
            {c.reference && (
              <div className="muted sc-small">
                {T.reference}: {c.reference}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
