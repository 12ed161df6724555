// Steps through the slides with the keys a presentation clicker sends: → PageDown Space forward, ← PageUp back.
// Not while the user types or the focused control uses the keys (text fields, selects, sliders, radio groups,
// editable text), and Space not on a focused button
// (it presses the button). The keys are taken in the capture phase, before the map's own arrow-key panning.
import { useEffect, useRef, useState } from 'react';
import type { MapController } from '../../map/MapController.ts';
import { parseUrlState } from '../../state/urlState.ts';
import { playSlide, useSlideScoring } from './playSlide.ts';
import { useStore } from '../useAppState.ts';

const FORWARD = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

/**
 * True where the arrow keys belong to the focused control: text fields, selects, sliders, radio groups, lists (wider
 * than presentationMode's isTyping, which only keeps letter shortcuts out of form fields).
 */
function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    // A checkbox or a button has no use for the arrows; a range slider, a radio group and text fields do.
    return !['checkbox', 'button', 'submit', 'reset', 'color', 'file'].includes(type);
  }
  return target.closest('[role="slider"], [role="listbox"], [role="menu"], [role="grid"], [role="radiogroup"], [role="spinbutton"]') !== null;
}

/** The slide to step to from `current` (null: none shown yet), or null when there is nowhere to go. */
export function stepSlide(current: number | null, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null || current >= count) return direction === 1 ? 0 : count - 1;
  const next = current + direction;
  return next >= 0 && next < count ? next : null;
}

export function useSlideKeys(controller: MapController | null, options: { tabs?: boolean } = {}): void {
  const store = useStore();
  const scoring = useSlideScoring();
  const tabs = options.tabs !== false;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      const direction = FORWARD.has(event.key) ? 1 : BACK.has(event.key) ? -1 : 0;
      if (direction === 0 || ownsArrowKeys(event.target)) return;
      if (event.key === ' ' && event.target instanceof HTMLElement && event.target.closest('button, a, [role="button"], [role="tab"], summary')) return;
      const state = store.getState();
      const count = state.history.workspace.project.slides?.length ?? 0;
      if (count === 0) return;
      event.preventDefault();
      event.stopPropagation();
      const next = stepSlide(state.currentSlide, count, direction);
      if (next !== null) playSlide(store, controller, next, { animate: true, tabs, scoring });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, controller, tabs, scoring]);
}

/** `#…&slide=<n>` in the address opens slide n (1-based) once the map exists, with no flight. */
export function useSlideFromUrl(controller: MapController | null, options: { tabs?: boolean } = {}): void {
  const store = useStore();
  // Read while rendering, before the URL sync (an effect) rewrites the address.
  const [initial] = useState(() => parseUrlState(window.location.hash).slide ?? null);
  const done = useRef(false);
  const scoring = useSlideScoring();
  const tabs = options.tabs;
  useEffect(() => {
    if (!controller || initial === null || done.current) return;
    done.current = true;
    const count = store.getState().history.workspace.project.slides?.length ?? 0;
    if (initial >= 1 && initial <= count) playSlide(store, controller, initial - 1, { animate: false, tabs, scoring });
  }, [controller, initial, store, tabs, scoring]);
}
