// Bidirectional control characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+061C the
// Arabic letter mark) make text display in another order than it is stored: "‮gnp.exe" shows as "exe.png", and a
// right-to-left override in a layer title reverses the panel's heading. Vietnamese never needs them; they are removed
// from every text the app shows that came from a file (imported names and values, project titles) (issue 16).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u061C]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u061C]/g;

/** The text without bidi controls (the same string when it had none). */
export function stripBidiControls(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}
