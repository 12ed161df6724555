// The registry form's contents as typed text, to and from a `housing_project` feature, and what stops it
// from being saved (the domain's checks, plus a name and a location). Numbers are typed the Vietnamese or
// the English way ("1.200", "1200").
import type { Feature, Geometry } from 'geojson';
import { parseLocaleNumber } from '../../domain/text/parseLocaleNumber.ts';
import { defaultUnitKind } from '../../domain/targets/defaultUnitKind.ts';
import { readRegistryEntry } from '../../domain/targets/readRegistryEntry.ts';
import { validateRegistryEntry } from '../../domain/targets/validateRegistryEntry.ts';
import type { HousingForm, HousingStatus, UnitKind } from '../../domain/targets/types.ts';
import type { Message } from '../../i18n/message.ts';

export interface ProjectDraft {
  id: string;
  name: string;
  form: HousingForm;
  unitKind: UnitKind;
  units: string;
  floorAreaM2: string;
  landAreaM2: string;
  investor: string;
  status: HousingStatus;
  startYear: string;
  completionYear: string;
  communeCode: string;
  communeName: string;
  geometry: Geometry | null;
}

export function emptyDraft(id: string): ProjectDraft {
  return {
    id,
    name: '',
    form: 'sale',
    unitKind: defaultUnitKind('sale'),
    units: '',
    floorAreaM2: '',
    landAreaM2: '',
    investor: '',
    status: 'proposed',
    startYear: '',
    completionYear: '',
    communeCode: '',
    communeName: '',
    geometry: null,
  };
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function draftOf(feature: Feature): ProjectDraft {
  const p = feature.properties ?? {};
  const entry = readRegistryEntry(feature, 0);
  return {
    id: str(p.id),
    name: str(p.name),
    form: entry.form ?? 'sale',
    unitKind: entry.unitKind,
    units: str(p.units),
    floorAreaM2: str(p.floor_area_m2),
    landAreaM2: str(p.area_m2),
    investor: str(p.investor),
    status: entry.status ?? 'proposed',
    startYear: str(p.start_year),
    completionYear: str(p.completion_year),
    communeCode: str(p.commune_code),
    communeName: str(p.commune_name),
    geometry: feature.geometry ?? null,
  };
}

/** A typed number: the value, null when empty, or the text itself when it is not a number (kept to be named). */
function typedNumber(text: string): number | string | null {
  const t = text.trim();
  if (!t) return null;
  const n = parseLocaleNumber(t, { decimalComma: true, dotThousands: true });
  return Number.isFinite(n) ? n : t;
}

/** The feature the draft saves as; properties of `base` the form does not show are kept. */
export function featureOf(draft: ProjectDraft, base?: Feature): Feature {
  const properties: Record<string, unknown> = {
    ...(base?.properties ?? {}),
    id: draft.id.trim(),
    name: draft.name.trim(),
    form: draft.form,
    unit_kind: draft.unitKind,
    units: typedNumber(draft.units),
    status: draft.status,
    start_year: typedNumber(draft.startYear),
    completion_year: typedNumber(draft.completionYear),
    investor: draft.investor.trim(),
    area_m2: typedNumber(draft.landAreaM2),
    floor_area_m2: typedNumber(draft.floorAreaM2),
    commune_code: draft.communeCode.trim(),
    commune_name: draft.communeName.trim(),
  };
  return { type: 'Feature', properties, geometry: draft.geometry as Geometry };
}

export type DraftProblem = Message | 'name-missing' | 'location-missing' | 'area-invalid';

export function draftProblems(draft: ProjectDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.name.trim()) problems.push('name-missing');
  if (!draft.geometry) problems.push('location-missing');
  const f = featureOf(draft);
  for (const key of ['area_m2', 'floor_area_m2']) {
    const v = f.properties?.[key];
    if (v !== null && (typeof v !== 'number' || v < 0)) problems.push('area-invalid');
  }
  problems.push(...validateRegistryEntry(readRegistryEntry(f, 0)));
  return problems;
}

/** The next free id "NOXH-nn" after the registry's ids. */
export function nextProjectId(ids: string[]): string {
  let max = 0;
  for (const id of ids) {
    const m = /^NOXH-(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `NOXH-${String(max + 1).padStart(2, '0')}`;
}
