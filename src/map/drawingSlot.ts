// The map's one drawing slot: at most one session (drawing a new site, editing a parcel's shape) works on
// the map at a time, and while one does, its clicks (placing or dragging a vertex) are not map picks.
// Pure bookkeeping, owned by MapController.

export class DrawingSlot {
  private holder: { end: () => void } | null = null;
  /** Whether a session held the map when the current press (pointer down) on the map began. */
  private pressInSession = false;

  /** True while a session holds the map. */
  get held(): boolean {
    return this.holder !== null;
  }

  /**
   * Takes the slot; the session holding it is ended first (its `end` is called). Returns the release
   * to call when this session stops (idempotent; it never releases a later session's claim).
   */
  claim(end: () => void): () => void {
    const previous = this.holder;
    const claim = { end };
    this.holder = claim;
    previous?.end();
    return () => {
      if (this.holder === claim) this.holder = null;
    };
  }

  /** A press on the map began. */
  press(): void {
    this.pressInSession = this.held;
  }

  /**
   * Whether a click on the map is a pick (selects what is under it): not while a session holds the map,
   * nor when the press it ends began in a session (the click that finishes a drawing arrives after the
   * session has ended).
   */
  clickIsPick(): boolean {
    const pick = !this.held && !this.pressInSession;
    this.pressInSession = false;
    return pick;
  }
}
