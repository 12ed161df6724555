import { describe, expect, it } from 'vitest';
import { formatAreaM2, formatDate, formatNumber, formatPropertyValue, formatWithUnit } from '../../../src/i18n/format.ts';
import { ROLE_SPECS } from '../../../src/domain/model/layerRoles.ts';

describe('formatting follows the language', () => {
  it('uses 1.234,5 in Vietnamese and 1,234.5 in English', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate(new Date(2024, 4, 24), 'vi')).toBe('24/05/2024');
  });

  it('adds hectares to large areas and keeps years unseparated', () => {
    expect(formatAreaM2(12_260_000, 'vi')).toBe('12.260.000 m² (1.226 ha)');
    expect(formatAreaM2(850, 'en')).toBe('850 m²');
    expect(formatWithUnit(2026, 'year', 'vi')).toBe('2026');
    expect(formatWithUnit(1500, 'units', 'vi')).toBe('1.500 căn');
    expect(formatWithUnit(1500, 'units', 'en')).toBe('1,500 units');
  });

  it('shows enum values by their label', () => {
    const kind = ROLE_SPECS.industrial_zone.properties.find((p) => p.key === 'kind');
    expect(formatPropertyValue('KCN', kind, 'vi')).toBe('Khu công nghiệp (KCN)');
    expect(formatPropertyValue('KCN', kind, 'en')).toBe('Industrial park (KCN)');
    expect(formatPropertyValue(null, kind, 'vi')).toBe('—');
  });

  it('keeps the precision of numbers without a unit, such as imported coordinates', () => {
    expect(formatPropertyValue(108.811727, undefined, 'vi')).toBe('108,811727');
    expect(formatPropertyValue(15.123875, undefined, 'en')).toBe('15.123875');
  });
});
