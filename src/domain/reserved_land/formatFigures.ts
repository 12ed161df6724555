// Rounding of the audit's figures (the words and number formats of its messages are in the catalogue, src/i18n).

/** Rounds an area to the comparison precision (0.1 m² by default) for fair ≥ comparisons. */
export function roundArea(valueM2: number, precisionM2: number): number {
  return Math.round(valueM2 / precisionM2) * precisionM2;
}

/** Rounds a figure for the report (enough digits to check it, none of the float noise). */
export function roundFigure(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
