// Entering and leaving presentation mode, for the header button, the P key, the URL and other panels (slides).
// The state lives in the store (`presentation.active`); full screen is asked for only after a user's press
// (browsers refuse it otherwise), so the URL form fills the window instead.
import type { AppStore } from '../../state/store.ts';

export function enterPresentation(store: AppStore, { fullscreen = false }: { fullscreen?: boolean } = {}): void {
  store.setPresentationActive(true);
  if (fullscreen && !document.fullscreenElement && document.documentElement.requestFullscreen) {
    // Refused (no user gesture, a policy): the mode still fills the window.
    document.documentElement.requestFullscreen().catch(() => undefined);
  }
}

export function leavePresentation(store: AppStore): void {
  store.setPresentationActive(false);
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** True when a key press is typing into a field, which must not trigger shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
