// A `housing_project` feature as a registry entry: the stable English property keys of the layer role
// (id, name, form, units, unit_kind, status, start_year, completion_year, commune_code). Reads, never drops:
// doubtful values are kept for validateRegistryEntry to name.
import type { Feature } from 'geojson';
import { defaultUnitKind } from './defaultUnitKind.ts';
import { HOUSING_FORM_IDS, HOUSING_STATUS_IDS, type HousingForm, type HousingStatus, type RegistryEntry } from './types.ts';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

function readYear(value: unknown, field: 'start_year' | 'completion_year', bad: RegistryEntry['badYears']): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (Number.isInteger(n) && n >= 1900 && n <= 2200) return n;
  bad.push({ field, value: text(value) });
  return null;
}

export function readRegistryEntry(feature: Feature, featureIndex: number): RegistryEntry {
  const p = feature.properties ?? {};
  const formRaw = text(p.form);
  const form = (HOUSING_FORM_IDS as readonly string[]).includes(formRaw) ? (formRaw as HousingForm) : null;
  const statusRaw = text(p.status);
  const status = (HOUSING_STATUS_IDS as readonly string[]).includes(statusRaw) ? (statusRaw as HousingStatus) : null;
  const kind = text(p.unit_kind);
  const badYears: RegistryEntry['badYears'] = [];
  const id = text(p.id) || `#${featureIndex + 1}`;
  return {
    id,
    name: text(p.name) || id,
    form,
    formRaw,
    unitKind: kind === 'place' || kind === 'dwelling' ? kind : defaultUnitKind(form),
    units: typeof p.units === 'string' && p.units.trim() !== '' && Number.isFinite(Number(p.units.trim())) ? Number(p.units.trim()) : p.units,
    status,
    statusRaw,
    startYear: readYear(p.start_year, 'start_year', badYears),
    completionYear: readYear(p.completion_year, 'completion_year', badYears),
    badYears,
    communeCode: text(p.commune_code) || null,
    geometry: feature.geometry ?? null,
  };
}
