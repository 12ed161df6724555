// Squared gap between two axis-aligned boxes (x0, y0, x1, y1 each; 0 when they touch or overlap).
export function boxDistanceSq(a0: number, a1: number, a2: number, a3: number, b0: number, b1: number, b2: number, b3: number): number {
  const dx = Math.max(0, b0 - a2, a0 - b2);
  const dy = Math.max(0, b1 - a3, a1 - b3);
  return dx * dx + dy * dy;
}
