import { useEffect, useRef, useState } from 'react';
import { TOOL_TABS } from './toolTabs.ts';
import { useAppSelector, useStore, useText } from './useAppState.ts';
import { clearsSelectionOnLeave, ownerOfSelection, type SelectionOwner } from './selectionOnTabLeave.ts';

export function Sidebar() {
  const store = useStore();
  const selection = useAppSelector((s) => s.selection);
  const text = useText();
  // The open tab is in the store: a slide saves it and opens it again.
  const active = useAppSelector((s) => s.activeTab);
  const setActive = (id: string) => store.setActiveTab(id);
  const tab = TOOL_TABS.find((t) => t.id === active) ?? TOOL_TABS[0];
  // Which tab the current selection was made in: a tool's selection goes when the user leaves the tool.
  const owner = useRef<SelectionOwner | null>(null);
  useEffect(() => {
    owner.current = ownerOfSelection(owner.current, selection, tab.id);
  }, [selection, tab.id]);

  const openTab = (id: string) => {
    if (id === tab.id) return;
    const current = store.getState().selection;
    if (clearsSelectionOnLeave(owner.current, current, tab.id)) store.select(null);
    setActive(id);
  };

  // Folded, the map takes the whole width (a projector, a small laptop); the button at its edge opens it again.
  const [collapsed, setCollapsed] = useState(false);
  const tl = text.scoreLayer;
  return (
    <div className={`sidebar${collapsed ? ' collapsed' : ''}`} data-testid="sidebar">
      <button
        type="button"
        className="sidebar-toggle"
        aria-label={collapsed ? tl.expandSidebar : tl.collapseSidebar}
        title={collapsed ? tl.expandSidebar : tl.collapseSidebar}
        aria-expanded={!collapsed}
        onClick={() => setCollapsed(!collapsed)}
        data-testid="sidebar-toggle"
      >
        <span className={`chevron ${collapsed ? 'chevron-right' : 'chevron-left'}`} aria-hidden="true" />
      </button>
      {TOOL_TABS.length > 1 && (
        <div className="tabs" role="tablist">
          {TOOL_TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={t.id === tab.id}
              data-testid={`tab-${t.id}`}
              onClick={() => openTab(t.id)}
            >
              {t.label(text)}
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
