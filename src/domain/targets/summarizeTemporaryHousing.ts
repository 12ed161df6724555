// The temporary and dilapidated houses as of a year: for each commune and group, the row of the latest year
// not after `asOfYear` (a row without a year applies to every year); then the totals by group, by commune
// and overall. Rows of later years are not counted yet.
import {
  TEMPORARY_HOUSING_GROUPS,
  type TemporaryHousingCounts,
  type TemporaryHousingGroup,
  type TemporaryHousingRecord,
} from './temporaryHousingTypes.ts';

export interface TemporaryHousingSummary {
  as_of: number;
  total: TemporaryHousingCounts;
  by_group: ({ group: TemporaryHousingGroup } & TemporaryHousingCounts)[];
  by_commune: ({ code: string; name: string } & TemporaryHousingCounts)[];
}

const zero = (): TemporaryHousingCounts => ({ total: 0, replaced: 0, remaining: 0 });

export function summarizeTemporaryHousing(records: readonly TemporaryHousingRecord[], asOfYear: number): TemporaryHousingSummary {
  const latest = new Map<string, TemporaryHousingRecord>();
  for (const r of records) {
    if (r.year !== null && r.year > asOfYear) continue;
    const key = `${r.communeCode}\u0000${r.group}`;
    const seen = latest.get(key);
    if (!seen || (r.year ?? -Infinity) > (seen.year ?? -Infinity)) latest.set(key, r);
  }
  const total = zero();
  const byGroup = new Map(TEMPORARY_HOUSING_GROUPS.map((g) => [g, { group: g, ...zero() }]));
  const byCommune = new Map<string, { code: string; name: string } & TemporaryHousingCounts>();
  for (const r of latest.values()) {
    const commune = byCommune.get(r.communeCode) ?? { code: r.communeCode, name: r.communeName, ...zero() };
    byCommune.set(r.communeCode, commune);
    for (const counts of [total, byGroup.get(r.group)!, commune]) {
      counts.total += r.total;
      counts.replaced += r.replaced;
      counts.remaining += r.total - r.replaced;
    }
  }
  return {
    as_of: asOfYear,
    total,
    by_group: [...byGroup.values()],
    by_commune: [...byCommune.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}
