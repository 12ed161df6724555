// Number, area and date formatting that follows the UI language: Vietnamese 1.234,5 and dd/mm/yyyy.
import type { PropertySpec, PropertyUnit } from '../domain/model/layerRoles.ts';
import { localeOf, type Language } from './language.ts';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  const key = `${language}:${maximumFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** dd/mm/yyyy in both languages (the Vietnamese convention, also unambiguous in en-GB). */
export function formatDate(date: Date, _language: Language): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getFullYear()}`;
}

const UNIT_SUFFIX: Record<PropertyUnit, { vi: string; en: string }> = {
  m2: { vi: 'm²', en: 'm²' },
  ha: { vi: 'ha', en: 'ha' },
  units: { vi: 'căn', en: 'units' },
  persons: { vi: 'người', en: 'people' },
  km: { vi: 'km', en: 'km' },
  m: { vi: 'm', en: 'm' },
  year: { vi: '', en: '' },
  vnd: { vi: 'đ', en: 'VND' },
  percent: { vi: '%', en: '%' },
};

/** An area in m², with hectares added when it is large enough for planners to think in ha. */
export function formatAreaM2(areaM2: number, language: Language): string {
  const m2 = `${formatNumber(areaM2, language, 0)} m²`;
  return areaM2 >= 10_000 ? `${m2} (${formatNumber(areaM2 / 10_000, language, 2)} ha)` : m2;
}

/** The unit as written after a number or in a column header ("căn", "m²"); empty for years. */
export function unitSuffix(unit: PropertyUnit, language: Language): string {
  return UNIT_SUFFIX[unit][language];
}

export function formatWithUnit(value: number, unit: PropertyUnit, language: Language): string {
  if (unit === 'm2') return formatAreaM2(value, language);
  // Years are identifiers, not quantities: no thousands separator.
  if (unit === 'year') return String(Math.round(value));
  const digits = unit === 'units' || unit === 'persons' || unit === 'vnd' ? 0 : 2;
  return `${formatNumber(value, language, digits)} ${unitSuffix(unit, language)}`.trim();
}

/** Formats one property value for the attribute panel: enum labels, units, numbers in the locale. */
export function formatPropertyValue(value: unknown, spec: PropertySpec | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  if (spec?.type === 'enum' && typeof value === 'string') return spec.values?.[value]?.[language] ?? value;
  if (typeof value === 'number') {
    // Without a known unit, keep up to 6 decimals: imported coordinates (108.811727) must not lose ~1 km.
    return spec?.unit ? formatWithUnit(value, spec.unit, language) : formatNumber(value, language, 6);
  }
  if (typeof value === 'boolean') return language === 'vi' ? (value ? 'Có' : 'Không') : value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A value that is either a number (shown with 2 decimals) or a list of codes (joined): a constraint's threshold. */
export function listOrNumber(value: number | string[], num: (value: number, digits?: number) => string): string {
  return Array.isArray(value) ? value.join(', ') : num(value, 2);
}
