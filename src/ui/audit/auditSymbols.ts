// The audit view's symbols and order (its words are in the UI catalogue, src/i18n/catalog.*.ts: audit, verdict, outcome, highlight).
import type { CheckOutcome, Verdict } from '../../domain/reserved_land/types.ts';

/** Most severe first: the order of the table and of the summary. */
export const VERDICT_ORDER: Verdict[] = ['noncompliant', 'review', 'compliant', 'not_subject'];

export const OUTCOME_ICONS: Record<CheckOutcome, string> = { pass: '✓', fail: '✗', warning: '!', 'n/a': '–' };
