// The temporary-housing table read back from a saved project document (an optional field: absent in older
// files). Every record needs a commune code, a known group and whole counts with replaced ≤ total.
import { msg } from '../../i18n/message.ts';
import { UserError } from '../model/userError.ts';
import { TEMPORARY_HOUSING_GROUPS, type TemporaryHousingGroup, type TemporaryHousingTable } from './temporaryHousingTypes.ts';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseTemporaryHousingTable(input: unknown): TemporaryHousingTable {
  const t = (input ?? {}) as Record<string, unknown>;
  if (typeof input !== 'object' || input === null || !Array.isArray(t.records)) throw new UserError(msg('targets.temporary.table-invalid', { index: null }));
  const records = t.records.map((raw, index) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const year = r.year === null || r.year === undefined ? null : r.year;
    if (
      typeof r.communeCode !== 'string' ||
      !TEMPORARY_HOUSING_GROUPS.includes(r.group as TemporaryHousingGroup) ||
      !isCount(r.total) ||
      !isCount(r.replaced) ||
      r.replaced > r.total ||
      (year !== null && !Number.isInteger(year))
    ) {
      throw new UserError(msg('targets.temporary.table-invalid', { index }));
    }
    return {
      communeCode: r.communeCode,
      communeName: typeof r.communeName === 'string' ? r.communeName : r.communeCode,
      group: r.group as TemporaryHousingGroup,
      total: r.total,
      replaced: r.replaced,
      year: year as number | null,
    };
  });
  return { source: typeof t.source === 'string' ? t.source : '', ...(t.illustrative === true ? { illustrative: true } : {}), records };
}
