// The choices of a table's commune filter (ranking, audit): the distinct communes of its rows, by name.
import type { CommuneRef } from '../domain/geo/assignCommune.ts';

export function communeChoices(rows: readonly { commune: CommuneRef | null }[]): CommuneRef[] {
  const byCode = new Map<string, CommuneRef>();
  for (const r of rows) if (r.commune && !byCode.has(r.commune.code)) byCode.set(r.commune.code, r.commune);
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi') || (a.code < b.code ? -1 : 1));
}
