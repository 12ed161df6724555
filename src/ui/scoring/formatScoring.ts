// Raw measured values with their unit, scores and shares, in the UI language (src/i18n/format.ts).
import type { Language } from '../../i18n/language.ts';
import { formatAreaM2, formatNumber } from '../../i18n/format.ts';
import type { CriterionExplanation } from '../../domain/scoring/explainParcel.ts';
import { uiText } from '../../i18n/renderMessage.ts';

export function formatRaw(raw: number | string | null, unit: CriterionExplanation['unit'], language: Language): string {
  if (raw === null) return unit === 'm' ? `— (${uiText(language).scoring.noSource})` : '—';
  if (typeof raw === 'string') return `${raw} (${uiText(language).unit.code})`;
  switch (unit) {
    case 'm':
      return `${formatNumber(raw, language, 0)} m`;
    case 'min':
      return `${formatNumber(raw, language, 1)} ${uiText(language).unit.min}`;
    case 'm2':
      return formatAreaM2(raw, language);
    case 'share01':
      return `${formatNumber(raw * 100, language, 1)} %`;
    case 'count':
      return `${formatNumber(raw, language, 0)} ${uiText(language).unit.count}`;
    case 'persons':
      return `${formatNumber(raw, language, 0)} ${uiText(language).unit.persons}`;
    case 'code':
      return String(raw);
  }
}

export const formatScore = (score: number | null | undefined, language: Language) =>
  score === null || score === undefined || Number.isNaN(score) ? '—' : formatNumber(score, language, 1);

export const formatPct = (share01: number, language: Language, digits = 0) => `${formatNumber(share01 * 100, language, digits)} %`;

export const format01 = (v: number | null, language: Language) => (v === null ? '—' : formatNumber(v, language, 2));
