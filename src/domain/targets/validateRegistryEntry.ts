// What is wrong with one registry entry, as typed messages (the words are in src/i18n/catalog.*.ts):
// the number is a positive whole number; completion is not before start; a completed project has its
// completion year; the years are whole years; the form and status are known.
import { msg, type Message } from '../../i18n/message.ts';
import { countedNumber } from './countedNumber.ts';
import type { RegistryEntry } from './types.ts';

const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '' : typeof value === 'number' ? String(value) : JSON.stringify(value).replace(/^"|"$/g, ''));

export function validateRegistryEntry(entry: RegistryEntry): Message[] {
  const messages: Message[] = [];
  const name = entry.name;
  if (countedNumber(entry) === null) messages.push(msg('targets.number-invalid', { name, value: shown(entry.units), unitKind: entry.unitKind }));
  for (const bad of entry.badYears) messages.push(msg('targets.year-invalid', { name, field: bad.field, value: bad.value }));
  if (entry.startYear !== null && entry.completionYear !== null && entry.completionYear < entry.startYear) {
    messages.push(msg('targets.completion-before-start', { name, startYear: entry.startYear, completionYear: entry.completionYear }));
  }
  if (entry.status === 'completed' && entry.completionYear === null) messages.push(msg('targets.completed-without-year', { name }));
  if (entry.status === null) messages.push(msg('targets.status-unknown', { name, value: entry.statusRaw }));
  if (entry.form === null) messages.push(msg('targets.form-unknown', { name, value: entry.formRaw }));
  return messages;
}
