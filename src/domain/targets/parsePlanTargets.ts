// Plan targets read from a saved project document: each line needs an id, a positive whole number of
// dwellings and a year; the label and source are free text.
import { msg } from '../../i18n/message.ts';
import { UserError } from '../model/userError.ts';
import type { PlanTarget } from './types.ts';

export function parsePlanTargets(input: unknown): PlanTarget[] {
  if (!Array.isArray(input)) throw new UserError(msg('targets.targets-not-list'));
  return input.map((raw, i): PlanTarget => {
    const t = (raw ?? {}) as Record<string, unknown>;
    const dwellings = Number(t.dwellings);
    const year = Number(t.year);
    if (typeof t.id !== 'string' || !Number.isInteger(dwellings) || dwellings <= 0 || !Number.isInteger(year)) {
      throw new UserError(msg('targets.target-invalid', { index: i }));
    }
    return { id: t.id, label: typeof t.label === 'string' ? t.label : t.id, dwellings, year, source: typeof t.source === 'string' ? t.source : '' };
  });
}
