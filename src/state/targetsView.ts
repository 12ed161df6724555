// What the Targets tab shows, kept in the store (not in the component) so the tab can be shown again as it
// was — later as a slide — and so the map can follow it: the year the numbers and the map are "as of",
// the commune/ward choropleth's measure, and the commune picked in the table. Session state, not an edit:
// it is outside the undo history and the project document.

/** What the commune/ward choropleth colours: dwellings or places counted as of the year, or the temporary
 * and dilapidated houses still to replace. */
export const CHOROPLETH_MEASURES = ['dwellings', 'places', 'temporary_remaining'] as const;
export type ChoroplethMeasure = (typeof CHOROPLETH_MEASURES)[number];

export interface TargetsView {
  /** The year of the slider; null: this year (clamped to the plan's period). */
  asOfYear: number | null;
  /** The choropleth shown over the communes, or null for none. */
  choropleth: ChoroplethMeasure | null;
  /** The commune/ward picked in the table (highlighted on the map), by code. */
  commune: string | null;
}

export const INITIAL_TARGETS_VIEW: TargetsView = { asOfYear: null, choropleth: null, commune: null };

/**
 * The map is drawn as of the year only while the Targets tab is the open tab (opened by hand or by a slide of
 * it; the meeting viewer never opens tabs). 'targets' is the tab's id in src/ui/toolTabs.ts.
 */
export function targetsOnMap(state: { activeTab: string }): boolean {
  return state.activeTab === 'targets';
}
