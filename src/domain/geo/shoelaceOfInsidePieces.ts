// Clipping by Green's theorem, one edge at a time: the area of a polygon clipped by another is the sum,
// over both polygons' edges, of the shoelace terms of the edge pieces that lie inside the other one.

/**
 * Cuts the segment a→b at the parameters `ts` (0…1, must hold 0 and 1; sorted in place) and returns the sum
 * of the shoelace terms x0·y1 − x1·y0 (twice the signed area swept from the origin) of the pieces whose
 * midpoint is `inside`. Pieces shorter than 1e-12 of the segment are skipped.
 */
export function shoelaceOfInsidePieces(ts: number[], ax: number, ay: number, bx: number, by: number, inside: (x: number, y: number) => boolean): number {
  ts.sort((a, b) => a - b);
  let twice = 0;
  const dx = bx - ax, dy = by - ay;
  for (let k = 0; k + 1 < ts.length; k++) {
    const t0 = ts[k], t1 = ts[k + 1];
    if (t1 - t0 < 1e-12) continue;
    const tm = (t0 + t1) / 2;
    if (!inside(ax + dx * tm, ay + dy * tm)) continue;
    const x0 = ax + dx * t0, y0 = ay + dy * t0, x1 = ax + dx * t1, y1 = ay + dy * t1;
    twice += x0 * y1 - x1 * y0;
  }
  return twice;
}
