// The number a registry entry adds to the sums: a positive whole number, else null (left out, a problem).
import type { RegistryEntry } from './types.ts';

export function countedNumber(entry: Pick<RegistryEntry, 'units'>): number | null {
  const n = entry.units;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}
