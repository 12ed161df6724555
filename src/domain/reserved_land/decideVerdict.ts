// The verdict from the checks: not subject → not_subject; any fail → noncompliant; any warning
// (including missing data) → review; otherwise compliant. When subjectness itself is unknown the
// verdict is review, never noncompliant: a fail cannot count against a project the rule may not cover.
// Likewise when the transition check warns (Decree 100/2024 Art. 78): the project keeps an earlier
// regime, the 2024 checks are a reference, and the verdict is review with the transition named first.
import type { LocalText } from '../model/layerRoles.ts';
import type { CheckResult, Verdict } from './types.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

export function decideVerdict(subject: boolean | null, checks: CheckResult[]): { verdict: Verdict; reasons: LocalText[] } {
  const cite = (c: CheckResult): LocalText =>
    renderBoth(msg('audit.reason', { number: c.number, title: c.title, message: c.message, reference: c.reference }));
  const fails = checks.filter((c) => c.result === 'fail');
  const warnings = checks.filter((c) => c.result === 'warning');
  if (subject === false) {
    const subjectCheck = checks.find((c) => c.id === 'subject_to_rule');
    return { verdict: 'not_subject', reasons: subjectCheck ? [cite(subjectCheck)] : [] };
  }
  const transition = checks.find((c) => c.id === 'transition' && c.result === 'warning');
  if (transition) return { verdict: 'review', reasons: [transition, ...fails, ...warnings.filter((c) => c !== transition)].map(cite) };
  if (subject === true && fails.length > 0) return { verdict: 'noncompliant', reasons: fails.map(cite) };
  if (subject === null || warnings.length > 0) return { verdict: 'review', reasons: [...fails, ...warnings].map(cite) };
  return { verdict: 'compliant', reasons: [] };
}
