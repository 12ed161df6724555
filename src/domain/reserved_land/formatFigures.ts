// Numbers in messages: Vietnamese style for vi (1.234,5 m²), English style for en (1,234.5 m²).
import type { LocalText } from '../model/layerRoles.ts';

const vi = (digits: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const en = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export function formatNumber(value: number, language: 'vi' | 'en', digits = 1): string {
  return (language === 'vi' ? vi(digits) : en(digits)).format(value);
}

/** "1.234,5 m²" / "1,234.5 m²". */
export function formatM2(value: number): LocalText {
  return { vi: `${formatNumber(value, 'vi', 1)} m²`, en: `${formatNumber(value, 'en', 1)} m²` };
}

/** "19,9 %" / "19.9 %". */
export function formatPct(value: number, digits = 2): LocalText {
  return { vi: `${formatNumber(value, 'vi', digits)} %`, en: `${formatNumber(value, 'en', digits)} %` };
}

export function formatM(value: number): LocalText {
  return { vi: `${formatNumber(value, 'vi', 1)} m`, en: `${formatNumber(value, 'en', 1)} m` };
}

/** "12.345.000 đồng" / "12,345,000 VND". */
export function formatVnd(value: number): LocalText {
  return { vi: `${formatNumber(Math.round(value), 'vi', 0)} đồng`, en: `${formatNumber(Math.round(value), 'en', 0)} VND` };
}

/** Builds a LocalText from a template taking the language. */
export function text(build: (language: 'vi' | 'en') => string): LocalText {
  return { vi: build('vi'), en: build('en') };
}

/** Rounds an area to the comparison precision (0.1 m² by default) for fair ≥ comparisons. */
export function roundArea(valueM2: number, precisionM2: number): number {
  return Math.round(valueM2 / precisionM2) * precisionM2;
}

/** Rounds a figure for the report (enough digits to check it, none of the float noise). */
export function roundFigure(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
