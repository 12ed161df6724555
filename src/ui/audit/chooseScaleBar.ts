// A scale bar of a round length (1, 2 or 5 × 10ⁿ m) no longer than `maxPx` on a map of `metresPerPx`.
export function chooseScaleBar(metresPerPx: number, maxPx: number): { lengthM: number; lengthPx: number; label: string } | null {
  if (!(metresPerPx > 0) || !(maxPx > 0)) return null;
  const maxM = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((k) => k * power <= maxM) ?? 1;
  const lengthM = step * power;
  return { lengthM, lengthPx: lengthM / metresPerPx, label: lengthM >= 1000 ? `${lengthM / 1000} km` : `${lengthM} m` };
}
