// A slide: one saved view of the workspace for a meeting (issue 11) — the camera, the visible layers, the tool
// tab, the scenario and the selected site, with a title and a caption. Slides live in the project document
// (since version 3) and are played in the app (← →, PageUp/PageDown, Space) and in the offline meeting package.
import type { MapView } from '../model/projectDocument.ts';

export interface Slide {
  /** Stable id (commands and React keys refer to it; the order is the list's). */
  id: string;
  title: string;
  caption: string;
  view: MapView;
  /** Ids of the layers shown on the slide; every other layer is hidden when it is played. */
  visibleLayerIds: string[];
  /** The tool tab open on the slide (a TOOL_TABS id); absent: left as it is. */
  tab?: string;
  /** The scoring scenario shown on the slide; absent: left as it is. */
  scenarioId?: string;
  /** The selected site (a parcel, a NOXH project of the audit, …): layer id and feature index. */
  selection?: SiteRef;
  /** The commercial project open in the 20 % land audit (its id), when the slide shows the audit tab. */
  auditProjectId?: string;
  /**
   * The sites ticked for comparison (A, B, C, D in this order), saved when the project had scores; empty: none
   * ticked. Optional in version 4 (added later, read when present; absent: the ticks are left as they are).
   */
  compare?: SiteRef[];
}

/** A parcel of a candidate layer: the layer's id and the feature's index in it. */
export interface SiteRef {
  layerId: string;
  featureIndex: number;
}

/** What a project may hold (said in the messages). */
export const SLIDE_LIMITS = { slides: 200, visibleLayers: 500, comparedSites: 4 } as const;
