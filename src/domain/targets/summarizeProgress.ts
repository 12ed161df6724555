// Progress toward the plan's targets as of a year: dwellings and places apart, by status, by year, by
// commune and by form, the gap and the rental share (issue 12's report). Every project of the registry is
// either in the sums (once: one status, one commune), not started yet (`not_started`), or left out for an
// invalid number (`left_out` and `problems`); nothing is dropped silently.
import type { Feature } from 'geojson';
import { countedNumber } from './countedNumber.ts';
import { findCommuneOf } from './findCommuneOf.ts';
import { readRegistryEntry } from './readRegistryEntry.ts';
import { statusAsOf } from './statusAsOf.ts';
import { validateRegistryEntry } from './validateRegistryEntry.ts';
import { msg } from '../../i18n/message.ts';
import {
  HOUSING_FORM_IDS,
  type Commune,
  type CommuneRow,
  type FormRow,
  type HousingForm,
  type PlanTarget,
  type ProgressReport,
  type StatusCounts,
} from './types.ts';

/** The first year of the year-by-year table (the plan's period, 2021–2030). */
export const FIRST_REPORT_YEAR = 2021;

export interface SummarizeProgressInput {
  projects: Feature[];
  communes: Commune[];
  targets: readonly PlanTarget[];
  asOfYear: number;
}

const zero = (): StatusCounts => ({ completed: 0, under_construction: 0, approved: 0, proposed: 0, total: 0 });

export function summarizeProgress({ projects, communes, targets, asOfYear }: SummarizeProgressInput): ProgressReport {
  const target = targets.reduce((sum, t) => sum + t.dwellings, 0);
  const targetYear = targets.length ? Math.max(...targets.map((t) => t.year)) : 2030;
  const dwellings = zero();
  const places = zero();
  const communeRows = new Map<string | null, CommuneRow>(communes.map((c) => [c.code, { code: c.code, name: c.name, dwellings: zero(), places: zero() }]));
  const formRows = new Map<HousingForm | null, FormRow>(HOUSING_FORM_IDS.map((f) => [f, { form: f, dwellings: zero(), places: zero() }]));
  const completedByYear = new Map<number, number>();
  const expectedByYear = new Map<number, number>();
  const notStarted = { projects: 0, dwellings: 0, places: 0 };
  const leftOut: string[] = [];
  const problems: ProgressReport['problems'] = [];
  let rentDwellings = 0;

  projects.forEach((feature, index) => {
    const entry = readRegistryEntry(feature, index);
    for (const message of validateRegistryEntry(entry)) problems.push({ id: entry.id, message });
    const n = countedNumber(entry);
    if (n === null) {
      leftOut.push(entry.id);
      return;
    }
    const isDwelling = entry.unitKind === 'dwelling';
    if (isDwelling && entry.completionYear !== null) expectedByYear.set(entry.completionYear, (expectedByYear.get(entry.completionYear) ?? 0) + n);
    const status = statusAsOf(entry, asOfYear);
    if (status === null) {
      notStarted.projects += 1;
      notStarted[isDwelling ? 'dwellings' : 'places'] += n;
      return;
    }
    const add = (counts: StatusCounts) => {
      counts[status] += n;
      counts.total += n;
    };
    add(isDwelling ? dwellings : places);
    if (isDwelling && status === 'completed' && entry.completionYear !== null) {
      completedByYear.set(entry.completionYear, (completedByYear.get(entry.completionYear) ?? 0) + n);
    }
    if (isDwelling && entry.form === 'rent') rentDwellings += n;

    const commune = entry.communeCode !== null ? { code: entry.communeCode, name: entry.communeCode } : findCommuneOf(entry.geometry, communes);
    const key = commune?.code ?? null;
    let row = communeRows.get(key);
    if (!row) {
      row = { code: key, name: commune ? commune.name : '', dwellings: zero(), places: zero() };
      communeRows.set(key, row);
    }
    // Without any commune (a layer of districts only) every project is unassigned: the caller says so once.
    if (!commune && communes.length > 0) problems.push({ id: entry.id, message: msg('targets.no-commune', { name: entry.name }) });
    else if (commune && entry.communeCode !== null && communes.length > 0 && !communes.some((c) => c.code === entry.communeCode)) {
      problems.push({ id: entry.id, message: msg('targets.commune-code-unknown', { name: entry.name, code: entry.communeCode }) });
    }
    add(isDwelling ? row.dwellings : row.places);

    let formRow = formRows.get(entry.form);
    if (!formRow) {
      formRow = { form: entry.form, dwellings: zero(), places: zero() };
      formRows.set(entry.form, formRow);
    }
    add(isDwelling ? formRow.dwellings : formRow.places);
  });

  const byYear: ProgressReport['by_year'] = [];
  let completedCumulative = sumBefore(completedByYear, FIRST_REPORT_YEAR);
  let expectedCumulative = sumBefore(expectedByYear, FIRST_REPORT_YEAR);
  for (let year = FIRST_REPORT_YEAR; year <= Math.max(targetYear, FIRST_REPORT_YEAR); year++) {
    const completed = completedByYear.get(year) ?? 0;
    completedCumulative += completed;
    expectedCumulative += expectedByYear.get(year) ?? 0;
    byYear.push({ year, completed, completed_cumulative: completedCumulative, expected_cumulative: expectedCumulative });
  }

  const gap = target - dwellings.completed;
  // The unassigned row (code null) goes last.
  const byCommune = [...communeRows.values()].sort((a, b) => Number(a.code === null) - Number(b.code === null));
  return {
    target,
    target_year: targetYear,
    as_of: asOfYear,
    targets: [...targets],
    dwellings,
    places,
    gap,
    needed_per_year: targetYear > asOfYear ? gap / (targetYear - asOfYear) : null,
    rental_share: dwellings.total > 0 ? rentDwellings / dwellings.total : null,
    by_year: byYear,
    by_commune: byCommune,
    by_form: [...formRows.values()],
    not_started: notStarted,
    left_out: leftOut,
    problems,
  };
}

function sumBefore(byYear: Map<number, number>, year: number): number {
  let sum = 0;
  for (const [y, n] of byYear) if (y < year) sum += n;
  return sum;
}
