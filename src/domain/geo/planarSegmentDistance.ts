// Planar primitives for the scoring engine's inner loops, on coordinates already in a local metric
// frame (metres east/north of an origin, see localScaleM). Squared distances avoid square roots.

/** Squared distance from point p to segment ab. */
export function pointSegmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  let x = ax;
  let y = ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x = ax + dx * t;
      y = ay + dy * t;
    }
  }
  const ex = px - x;
  const ey = py - y;
  return ex * ex + ey * ey;
}

/** Parameter t along ab (0–1) where ab meets cd, or -1 when they do not cross (parallel counts as not crossing). */
export function segmentCrossingT(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
  const rx = bx - ax;
  const ry = by - ay;
  const sx = dx - cx;
  const sy = dy - cy;
  const denom = rx * sy - ry * sx;
  if (denom === 0) return -1;
  const qx = cx - ax;
  const qy = cy - ay;
  const t = (qx * sy - qy * sx) / denom;
  const u = (qx * ry - qy * rx) / denom;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : -1;
}

/** Squared distance between segments ab and cd (0 when they cross or touch). */
export function segmentSegmentDistanceSq(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): number {
  if (segmentCrossingT(ax, ay, bx, by, cx, cy, dx, dy) >= 0) return 0;
  let d = pointSegmentDistanceSq(ax, ay, cx, cy, dx, dy);
  let e = pointSegmentDistanceSq(bx, by, cx, cy, dx, dy);
  if (e < d) d = e;
  e = pointSegmentDistanceSq(cx, cy, ax, ay, bx, by);
  if (e < d) d = e;
  e = pointSegmentDistanceSq(dx, dy, ax, ay, bx, by);
  return e < d ? e : d;
}

/**
 * Even-odd point-in-polygon over rings stored flat as [x0, y0, x1, y1, …] between ring offsets
 * (in coordinate pairs): `ringStarts[r]`…`ringStarts[r+1]` for r in [firstRing, lastRing).
 */
export function pointInFlatRings(
  px: number, py: number, coords: ArrayLike<number>, ringStarts: ArrayLike<number>, firstRing: number, lastRing: number,
): boolean {
  let inside = false;
  for (let r = firstRing; r < lastRing; r++) {
    const start = ringStarts[r];
    const end = ringStarts[r + 1];
    for (let i = start, j = end - 1; i < end; j = i++) {
      const yi = coords[2 * i + 1];
      const yj = coords[2 * j + 1];
      if (yi > py !== yj > py) {
        const xi = coords[2 * i];
        const xj = coords[2 * j];
        if (px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
