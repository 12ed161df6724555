// Shows one slide: the project as the slide has it (visible layers, scenario: one undoable step named after the
// slide), its tool tab, its selected site, its compared sites, and the camera — a smooth flight, or a jump when opened from the URL.
import type { MapController } from '../../map/MapController.ts';
import type { AppStore } from '../../state/store.ts';
import { scoreParcelRanges, showSlideCommand } from '../../state/slideState.ts';
import { parcelIndicesOf, parcelRanges, type ParcelRange } from '../../state/comparedSites.ts';
import { isDerivedLayer, SCORE_LAYER_ID } from '../../domain/model/scoreResultLayer.ts';
import type { SiteRef } from '../../domain/slides/slide.ts';
import { collectScoringInput } from '../scoring/collectScoringInput.ts';
import type { ScoringSessionService } from '../scoring/scoringSession.ts';
import { useContext } from 'react';
import { ServicesContext } from '../appServices.ts';

/** How long a camera move between slides takes. */
export const SLIDE_FLIGHT_MS = 1600;

export interface PlaySlideOptions {
  animate: boolean;
  /** False in the meeting viewer: no tool tabs there. */
  tabs?: boolean;
  /** The scoring session, to tick the slide's compared sites (absent in the meeting viewer). */
  scoring?: Pick<ScoringSessionService, 'setChoices'>;
}

export function playSlide(store: AppStore, controller: MapController | null, slideIndex: number, options: PlaySlideOptions = { animate: true }): void {
  const state = store.getState();
  const project = state.history.workspace.project;
  const slide = project.slides?.[slideIndex];
  if (!slide) return;
  const command = showSlideCommand(project, slideIndex);
  if (command) store.run(command);
  if (slide.tab !== undefined && options.tabs !== false) store.setActiveTab(slide.tab);
  const selection = slide.selection && project.layers.some((l) => l.id === slide.selection?.layerId) ? slide.selection : null;
  store.select(selection);
  if (slide.auditProjectId !== undefined) store.setAuditProject(slide.auditProjectId);
  else if (slide.tab === 'audit') store.setAuditProject(null);
  store.setCurrentSlide(slideIndex);
  if (slide.compare && options.scoring) tickComparedSites(store, options.scoring, slideIndex, slide.compare);
  controller?.flyTo(slide.view, options.animate ? SLIDE_FLIGHT_MS : 0);
}

/**
 * Ticks the slide's compared sites; when the candidate layers are not loaded yet (a slide opened from the address
 * as the app starts), once they are, unless another slide was shown meanwhile.
 */
function tickComparedSites(store: AppStore, scoring: NonNullable<PlaySlideOptions['scoring']>, slideIndex: number, sites: SiteRef[]): void {
  const apply = (): boolean => {
    const ranges = currentParcelRanges(store);
    if (ranges) scoring.setChoices({ compare: parcelIndicesOf(sites, ranges) });
    return ranges !== null;
  };
  if (apply()) return;
  const stop = store.subscribe(() => {
    if (store.getState().currentSlide !== slideIndex || apply()) stop();
  });
}

/** Where the candidate parcels are in the score arrays: from the score layer, or (not scored yet) the scoring input. */
function currentParcelRanges(store: AppStore): ParcelRange[] | null {
  const state = store.getState();
  const spec = state.derivedLayers[SCORE_LAYER_ID];
  if (spec) return scoreParcelRanges(spec);
  const input = collectScoringInput(state.history.workspace.project.layers.filter((l) => !isDerivedLayer(l)), state.layerData);
  if (input.status !== 'ready') return null;
  const { candidateLayers, offsets, packed } = input;
  return parcelRanges({ candidateLayers, offsets, ...(packed ? { packed: { layerId: packed.layerId, count: packed.data.parcels.count } } : {}) });
}

/** The scoring session to hand to playSlide: the app's, none in the meeting viewer (which has no services). */
export function useSlideScoring(): PlaySlideOptions['scoring'] {
  return useContext(ServicesContext)?.scoring;
}
