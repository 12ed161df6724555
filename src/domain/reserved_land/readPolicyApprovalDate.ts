// The date the investment policy (or the investor) was approved: `policy_approved_on` (yyyy-mm-dd or
// dd/mm/yyyy), else the date written in the `decision` text ("QĐ 100/QĐ-UBND ngày 15/03/2024"), as
// officials write it. The date decides the regime (Decree 100/2024 Art. 78) and the urban class in force.
import { parseDate } from './readProperties.ts';

export interface PolicyApprovalDate {
  date: string;
  source: 'policy_approved_on' | 'decision';
}

export function readPolicyApprovalDate(props: Record<string, unknown>): PolicyApprovalDate | null {
  const declared = parseDate(props.policy_approved_on);
  if (declared) return { date: declared, source: 'policy_approved_on' };
  const decision = typeof props.decision === 'string' ? props.decision : '';
  const match = /ngày\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/iu.exec(decision) ?? /(\d{1,2}\/\d{1,2}\/\d{4})/.exec(decision);
  const fromDecision = match ? parseDate(match[1]) : null;
  return fromDecision ? { date: fromDecision, source: 'decision' } : null;
}
