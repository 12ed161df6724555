// What happens to the selected feature when the user leaves a sidebar tab. A GIS user expects a plain
// selection (a map click to read attributes) to stay while they look around; but a selection made inside
// a tool (a parcel picked in the scoring ranking, a project clicked during the 20 % audit) belongs to that
// tool and its explanation: kept on screen after the tool is gone it looks like part of the next tool.
import type { Selection } from '../state/store.ts';

/** Tabs where a map click is a plain attribute query: their selection outlives the tab. */
const PLAIN_SELECTION_TABS = new Set(['layers', 'data']);

/** The selection and the tab that was open when it was made. */
export interface SelectionOwner {
  selection: Selection;
  tabId: string;
}

/**
 * The owner after a render: a new selection belongs to the tab open now; an unchanged one keeps its owner
 * (looking at another tab does not adopt it).
 */
export function ownerOfSelection(previous: SelectionOwner | null, selection: Selection | null, activeTabId: string): SelectionOwner | null {
  if (!selection) return null;
  if (previous && previous.selection === selection) return previous;
  return { selection, tabId: activeTabId };
}

/** True when leaving `leftTabId` must clear `selection`: it was made in that tab, and that tab is a tool. */
export function clearsSelectionOnLeave(owner: SelectionOwner | null, selection: Selection | null, leftTabId: string): boolean {
  return !!selection && owner?.selection === selection && owner.tabId === leftTabId && !PLAIN_SELECTION_TABS.has(leftTabId);
}
