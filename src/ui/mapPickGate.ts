// While a drawing or shape-editing session runs on the map, its own clicks (placing or dragging a
// vertex) also reach the map's click-to-select. Only those map picks are ignored; selection changes
// made elsewhere (a ranking row, the feature panel's close button, leaving a tool tab) pass as usual.
let holders = 0;

/** Ignores map picks until the returned release is called (idempotent). Sessions may overlap. */
export function holdMapPicks(): () => void {
  holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // The click that ends a gesture reaches the map's click handler a moment after terra-draw's event.
    window.setTimeout(() => {
      holders -= 1;
    }, 300);
  };
}

/** True while a session holds the map's clicks: MapPane then does not select the picked feature. */
export function mapPicksHeld(): boolean {
  return holders > 0;
}
