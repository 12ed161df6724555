// A project's status as counted in a year: null (not counted) when it starts after that year; a
// completed project whose completion year is later counts as under construction; an unknown status
// counts as proposed (and validateRegistryEntry says so). Otherwise the status as stated.
import type { HousingStatus, RegistryEntry } from './types.ts';

export function statusAsOf(entry: Pick<RegistryEntry, 'status' | 'startYear' | 'completionYear'>, asOfYear: number): HousingStatus | null {
  if (entry.startYear !== null && entry.startYear > asOfYear) return null;
  const status = entry.status ?? 'proposed';
  if (status === 'completed' && entry.completionYear !== null && entry.completionYear > asOfYear) return 'under_construction';
  return status;
}
