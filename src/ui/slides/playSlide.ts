// Shows one slide: the project as the slide has it (visible layers, scenario: one undoable step named after the
// slide), its tool tab, its selected site, and the camera — a smooth flight, or a jump when opened from the URL.
import type { MapController } from '../../map/MapController.ts';
import type { AppStore } from '../../state/store.ts';
import { showSlideCommand } from '../../state/slideState.ts';

/** How long a camera move between slides takes. */
export const SLIDE_FLIGHT_MS = 1600;

export function playSlide(store: AppStore, controller: MapController | null, slideIndex: number, options: { animate: boolean; tabs?: boolean } = { animate: true }): void {
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
  controller?.flyTo(slide.view, options.animate ? SLIDE_FLIGHT_MS : 0);
}
