import { useState } from 'react';
import { TOOL_TABS } from './toolTabs.ts';
import { useAppState } from './useAppState.ts';

export function Sidebar() {
  const language = useAppState().history.workspace.language;
  const [active, setActive] = useState(TOOL_TABS[0].id);
  const tab = TOOL_TABS.find((t) => t.id === active) ?? TOOL_TABS[0];
  return (
    <div className="sidebar">
      {TOOL_TABS.length > 1 && (
        <div className="tabs" role="tablist">
          {TOOL_TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={t.id === tab.id}
              data-testid={`tab-${t.id}`}
              onClick={() => setActive(t.id)}
            >
              {t.label[language]}
            </button>
          ))}
        </div>
      )}
      <div className="sidebar-body" role="tabpanel">
        <tab.Panel />
      </div>
    </div>
  );
}
