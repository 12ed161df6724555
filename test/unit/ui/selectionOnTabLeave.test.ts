// The rule the sidebar follows when the user changes tab: a plain map-click selection stays, a selection made
// inside a tool (scoring ranking, audit) goes with the tool.
import { describe, expect, it } from 'vitest';
import { clearsSelectionOnLeave, ownerOfSelection, type SelectionOwner } from '../../../src/ui/selectionOnTabLeave.ts';

const parcel = { layerId: 'candidate_sites', featureIndex: 3 };
const zone = { layerId: 'industrial_zones', featureIndex: 0 };

/** Replays a session: selections and tab switches, as the Sidebar sees them. Returns the selection at the end. */
function replay(steps: ({ select: typeof parcel | null } | { tab: string })[], startTab = 'layers') {
  let tab = startTab;
  let selection: typeof parcel | null = null;
  let owner: SelectionOwner | null = null;
  for (const step of steps) {
    if ('select' in step) selection = step.select;
    else {
      if (clearsSelectionOnLeave(owner, selection, tab)) selection = null;
      tab = step.tab;
    }
    owner = ownerOfSelection(owner, selection, tab);
  }
  return selection;
}

describe('selection when leaving a sidebar tab', () => {
  it('a feature clicked on the Layers tab stays selected through the tools and back', () => {
    expect(replay([{ select: zone }, { tab: 'scoring' }, { tab: 'audit' }, { tab: 'layers' }])).toBe(zone);
    expect(replay([{ tab: 'data' }, { select: zone }, { tab: 'scoring' }])).toBe(zone);
  });

  it('a parcel picked in the scoring ranking is cleared when the user goes to another tab', () => {
    expect(replay([{ tab: 'scoring' }, { select: parcel }, { tab: 'layers' }])).toBeNull();
    expect(replay([{ tab: 'audit' }, { select: zone }, { tab: 'scoring' }])).toBeNull();
  });

  it('a plain selection carried into a tool is not adopted by it, but a new pick there is', () => {
    // Selected on Layers, looked at in Scoring, left: still selected.
    expect(replay([{ select: zone }, { tab: 'scoring' }, { tab: 'data' }])).toBe(zone);
    // Selected on Layers, replaced by a pick in Scoring, left: cleared.
    expect(replay([{ select: zone }, { tab: 'scoring' }, { select: parcel }, { tab: 'layers' }])).toBeNull();
  });

  it('only the very selection the tool made, and only when leaving that tool', () => {
    const owner = ownerOfSelection(null, parcel, 'scoring');
    expect(clearsSelectionOnLeave(owner, null, 'scoring')).toBe(false);
    expect(clearsSelectionOnLeave(owner, parcel, 'layers')).toBe(false);
    expect(clearsSelectionOnLeave(owner, parcel, 'scoring')).toBe(true);
    // A new selection object (another click) is not the one the owner recorded.
    expect(clearsSelectionOnLeave(owner, { ...parcel }, 'scoring')).toBe(false);
  });
});
