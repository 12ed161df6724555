// Choose, copy, rename and delete scenarios — every change is an undoable store command.
import { useState } from 'react';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';
import { newScenarioId } from './scenarioEdits.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

export function ScenarioPicker({ scenarios, active, current }: { scenarios: Scenario[]; active: Scenario; current: Scenario }) {
  const language = useLanguage();
  const T = useText().scoring;
  const store = useStore();
  const [naming, setNaming] = useState<null | { kind: 'new' | 'rename'; text: string }>(null);
  const confirm = () => {
    if (!naming) return;
    const name = naming.text.trim();
    if (!name) return;
    if (naming.kind === 'new') {
      const id = newScenarioId(name, scenarios.map((s) => s.id));
      const copy: Scenario = { ...JSON.parse(JSON.stringify(current)), id, label: { vi: name, en: name } };
      store.run({ type: 'saveScenario', scenario: copy, note: renderBoth(msg('history.save-new-scenario', { name })) });
      store.run({ type: 'setActiveScenario', scenarioId: id });
    } else {
      const renamed: Scenario = { ...current, label: { vi: name, en: name } };
      store.run({ type: 'saveScenario', scenario: renamed, note: renderBoth(msg('history.rename-scenario', { from: active.label, to: name })) });
    }
    setNaming(null);
  };
  return (
    <div className="sc-scenario">
      <label className="sc-inline">
        <span>{T.scenario}</span>
        <select value={active.id} onChange={(e) => store.run({ type: 'setActiveScenario', scenarioId: e.target.value })} data-testid="scenario-select">
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label[language]}
            </option>
          ))}
        </select>
      </label>
      {active.description && <p className="muted sc-small">{active.description[language]}</p>}
      {naming ? (
        <div className="sc-inline">
          <input
            className="sc-text sc-wide"
            autoFocus
            aria-label={T.newName}
            value={naming.text}
            data-testid="scenario-name"
            onChange={(e) => setNaming({ ...naming, text: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') confirm();
              if (e.key === 'Escape') setNaming(null);
            }}
          />
          <button type="button" className="sc-button primary" onClick={confirm} data-testid="scenario-name-ok">
            {T.ok}
          </button>
          <button type="button" className="sc-button" onClick={() => setNaming(null)}>
            {T.cancel}
          </button>
        </div>
      ) : (
        <div className="sc-buttons">
          <button type="button" className="sc-button" onClick={() => setNaming({ kind: 'new', text: `${T.copyOf} ${current.label[language]}` })} data-testid="scenario-save-new">
            {T.saveAsNew}
          </button>
          <button type="button" className="sc-button" onClick={() => setNaming({ kind: 'rename', text: current.label[language] })}>
            {T.rename}
          </button>
          <button
            type="button"
            className="sc-button"
            disabled={scenarios.length < 2}
            title={scenarios.length < 2 ? T.cannotDeleteLast : undefined}
            onClick={() => {
              const next = scenarios.find((s) => s.id !== active.id);
              store.run({ type: 'deleteScenario', scenarioId: active.id });
              if (next) store.run({ type: 'setActiveScenario', scenarioId: next.id });
            }}
          >
            {T.delete}
          </button>
        </div>
      )}
    </div>
  );
}
