// One registry entry's checks, as typed messages: the number, the years, the status and the form;
// what a project counts by default (places for dormitories and student housing) and as of a year.
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { defaultUnitKind } from '../../../src/domain/targets/defaultUnitKind.ts';
import { readRegistryEntry } from '../../../src/domain/targets/readRegistryEntry.ts';
import { statusAsOf } from '../../../src/domain/targets/statusAsOf.ts';
import { validateRegistryEntry } from '../../../src/domain/targets/validateRegistryEntry.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';

const project = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties: { id: 'P1', name: 'NOXH Nghĩa Lộ', form: 'sale', status: 'approved', ...properties }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } });
const codes = (properties: Record<string, unknown>) => validateRegistryEntry(readRegistryEntry(project(properties), 0)).map((m) => m.code);

describe('validateRegistryEntry', () => {
  it('accepts a positive whole number with years in order', () => {
    expect(codes({ units: 300, start_year: 2025, completion_year: 2027 })).toEqual([]);
    expect(codes({ units: '300', start_year: '2025' })).toEqual([]);
  });

  it.each([[0], [-5], [12.5], ['ba trăm'], [null], [undefined], [Number.NaN]])('rejects the number %s', (units) => {
    expect(codes({ units })).toEqual(['targets.number-invalid']);
  });

  it('names a completion before the start, a completed project without its year, and bad years', () => {
    expect(codes({ units: 1, start_year: 2026, completion_year: 2024 })).toEqual(['targets.completion-before-start']);
    expect(codes({ units: 1, status: 'completed', start_year: 2022 })).toEqual(['targets.completed-without-year']);
    expect(codes({ units: 1, start_year: 'năm sau' })).toEqual(['targets.year-invalid']);
    expect(codes({ units: 1, status: 'paused', form: 'villa' })).toEqual(['targets.status-unknown', 'targets.form-unknown']);
  });

  it('says it in Vietnamese and English', () => {
    const [m] = validateRegistryEntry(readRegistryEntry(project({ units: -5, form: 'worker_dormitory' }), 0));
    expect(renderMessage('vi', m)).toBe('Dự án "NOXH Nghĩa Lộ": số chỗ ở "-5" không hợp lệ; phải là số nguyên dương. Dự án không được cộng vào tổng.');
    expect(renderMessage('en', m)).toContain('the number of places "-5" is not valid');
  });
});

describe('what a project counts', () => {
  it('counts places for worker dormitories and student housing, units for the rest, unless the project says', () => {
    expect(defaultUnitKind('worker_dormitory')).toBe('place');
    expect(defaultUnitKind('student')).toBe('place');
    for (const form of ['sale', 'rent', 'lease_purchase', 'armed_forces', null] as const) expect(defaultUnitKind(form)).toBe('dwelling');
    expect(readRegistryEntry(project({ form: 'student', unit_kind: 'dwelling' }), 0).unitKind).toBe('dwelling');
    expect(readRegistryEntry(project({ form: 'sale', unit_kind: 'place' }), 0).unitKind).toBe('place');
  });

  it('counts the status as of a year', () => {
    const e = { status: 'completed' as const, startYear: 2025, completionYear: 2027 };
    expect(statusAsOf(e, 2024)).toBeNull();
    expect(statusAsOf(e, 2026)).toBe('under_construction');
    expect(statusAsOf(e, 2027)).toBe('completed');
    expect(statusAsOf({ status: null, startYear: null, completionYear: null }, 2026)).toBe('proposed');
  });
});
