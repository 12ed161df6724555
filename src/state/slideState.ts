// Between the store and a slide, pure: what a slide saves of the app's state (captureSlide), and the undoable
// command that puts the project back as the slide shows it (visible layers, scenario). The camera, the tool tab
// and the compared sites are not edits: the player (src/ui/slides/playSlide.ts) sets them beside the command.
import type { MapView, ProjectDocument } from '../domain/model/projectDocument.ts';
import type { Slide } from '../domain/slides/slide.ts';
import type { AppState } from './store.ts';
import type { Command } from './commands.ts';
import type { ScoreLayerSpec } from './overlaySpecs.ts';
import { parcelRanges, siteRefsOf, type ParcelRange } from './comparedSites.ts';
import { SCORE_LAYER_ID } from '../domain/model/scoreResultLayer.ts';
import { msg } from '../i18n/message.ts';
import { renderBoth } from '../i18n/renderMessage.ts';

export function captureSlide(state: AppState, view: MapView, id: string, title: string, caption = ''): Slide {
  const project = state.history.workspace.project;
  const slide: Slide = {
    id,
    title,
    caption,
    view: { center: [view.center[0], view.center[1]], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch },
    visibleLayerIds: project.layers.filter((l) => l.visible).map((l) => l.id),
    tab: state.activeTab,
  };
  if (project.activeScenarioId !== undefined) slide.scenarioId = project.activeScenarioId;
  if (state.selection) slide.selection = { ...state.selection };
  if (state.activeTab === 'audit' && state.auditProjectId !== null) slide.auditProjectId = state.auditProjectId;
  // The compared sites go with the scores they were ticked against (empty: none ticked).
  const scores = state.derivedLayers[SCORE_LAYER_ID];
  if (scores) slide.compare = siteRefsOf(scores.compare, scoreParcelRanges(scores));
  return slide;
}

/** Where each candidate layer's parcels are in a score layer's arrays. */
export function scoreParcelRanges(spec: ScoreLayerSpec): ParcelRange[] {
  const { candidateLayers, offsets, packedLayer } = spec;
  return parcelRanges({ candidateLayers, offsets, ...(packedLayer ? { packed: { layerId: packedLayer.id, count: packedLayer.parcels.count } } : {}) });
}

/** A fresh slide id, unique in the project. */
export function newSlideId(project: ProjectDocument, now = Date.now()): string {
  const taken = new Set((project.slides ?? []).map((s) => s.id));
  let id = `slide-${now.toString(36)}`;
  for (let n = 2; taken.has(id); n++) id = `slide-${now.toString(36)}-${n}`;
  return id;
}

/**
 * The command that shows the slide's layers (and hides the others) and chooses its scenario, as one undo step
 * named after the slide; null when the project already looks like that. Layers the slide names that are no
 * longer in the project are skipped.
 */
export function showSlideCommand(project: ProjectDocument, slideIndex: number): Command | null {
  const slide = project.slides?.[slideIndex];
  if (!slide) return null;
  const visible = new Set(slide.visibleLayerIds);
  const commands: Command[] = [];
  for (const layer of project.layers) {
    if (layer.visible !== visible.has(layer.id)) commands.push({ type: 'setLayerVisible', layerId: layer.id, visible: !layer.visible });
  }
  if (slide.scenarioId !== undefined && slide.scenarioId !== project.activeScenarioId) {
    commands.push({ type: 'setActiveScenario', scenarioId: slide.scenarioId });
  }
  if (commands.length === 0) return null;
  const n = slideIndex + 1;
  return { type: 'batch', note: renderBoth(msg('history.slide-open', { n, title: slide.title })), commands };
}
