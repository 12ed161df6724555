// Check 9 (only when it applies): the transition of Decree 100/2024 Art. 78. A project whose investment
// policy / investor was approved before 1 Aug 2024 under Decree 100/2015 (as amended by Decree 49/2021 or
// Decree 35/2023) keeps its earlier obligations (Art. 78(2)); Art. 78(4), as rewritten by Decree 261/2025
// Art. 1(6), covers the case where the land-use fee was already paid. The 2024 checks stay in the report
// as a reference; the verdict is "review" (decideVerdict), never a 2024-rule "non-compliant".
// A project that says `regime: "decree_100_2024"` is judged by the 2024 rule.
import { msg } from '../../../i18n/message.ts';
import { readBoolean, readString } from '../readProperties.ts';
import { readPolicyApprovalDate } from '../readPolicyApprovalDate.ts';
import { EARLIER_REGIMES, REGIMES, type Regime, type ReservedLandRules } from '../rules.ts';
import type { CheckResult, ProjectContext } from '../types.ts';
import { makeCheck } from './checkResult.ts';

export function checkTransition(ctx: ProjectContext, rules: ReservedLandRules): CheckResult | null {
  const approved = readPolicyApprovalDate(ctx.properties);
  const declaredText = readString(ctx.properties, 'regime');
  const declared = declaredText && (REGIMES as string[]).includes(declaredText) ? (declaredText as Regime) : null;
  if (declared === 'decree_100_2024' || !approved || approved.date >= rules.transitionCutoffDate) return null;
  const regime = declared ?? [...EARLIER_REGIMES].reverse().find((r) => approved.date >= r.from)!.regime;
  const landUseFeePaid = readBoolean(ctx.properties, 'land_use_fee_paid');
  return makeCheck(
    'transition',
    'warning',
    msg('audit.transition.earlier', { approvedOn: approved.date, source: approved.source, regime, cutoff: rules.transitionCutoffDate, landUseFeePaid }),
    'decree100Art78',
    { policy_approved_on: approved.date, policy_date_source: approved.source, regime, regime_declared: declared !== null, land_use_fee_paid: landUseFeePaid },
  );
}
