// Check 2 for the payment form (Decree 100/2024 Art. 19 as amended and supplemented by Decree 261/2025).
// The amount due is the one the authority NOTIFIED (`payment_notified_vnd`); the tool's own estimate
// (the Art. 19 formula, estimatePaymentVnd.ts) is shown as a reference and never alone makes a project
// "non-compliant": paid below the estimate without a notified amount is a warning. Paid after the notified
// deadline (`payment_due_on`, `paid_on`, or still unpaid on the as-of date) owes the late-payment charge of
// Art. 19(2a) (added by Decree 261): the days late and the charge at the rules' daily rate are reported.
import { estimatePaymentVnd } from '../estimatePaymentVnd.ts';
import { msg, type Message } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import { parseDate, readBoolean, readNumber } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditOptions, CheckOutcome, CheckResult, FigureValue, ProjectContext } from '../types.ts';
import { makeCheck } from './checkResult.ts';

const id = 'required_reserve';
const DAY_MS = 86_400_000;

export function checkPayment(
  ctx: ProjectContext,
  rules: ReservedLandRules,
  options: AuditOptions,
  base: Record<string, FigureValue>,
): CheckResult {
  const props = ctx.properties;
  const feeVndPerM2 = readNumber(props, 'land_use_fee_vnd_per_m2') ?? options.landUseFeeVndPerM2 ?? null;
  const infraVndPerM2 = readNumber(props, 'infrastructure_cost_vnd_per_m2') ?? options.infrastructureCostVndPerM2 ?? null;
  const declaredTotal = readNumber(props, 'total_land_m2');
  const totalLandM2 = declaredTotal ?? (ctx.boundaryAreaM2 > 0 ? ctx.boundaryAreaM2 : null);
  const paidVnd = readNumber(props, 'paid_amount_vnd');
  const paymentMade = readBoolean(props, 'payment_made');
  const notifiedVnd = readNumber(props, 'payment_notified_vnd');

  const estimate =
    feeVndPerM2 !== null && infraVndPerM2 !== null && totalLandM2 !== null && ctx.netResidentialM2 !== null
      ? estimatePaymentVnd({
          netResidentialM2: ctx.netResidentialM2,
          totalLandM2,
          reserveShare01: rules.reserveShare01,
          landUseFeeVndPerM2: feeVndPerM2,
          infrastructureCostVndPerM2: infraVndPerM2,
        })
      : null;
  const estimateVnd = estimate ? Math.round(estimate.totalVnd) : null;
  const dueVnd = notifiedVnd ?? estimateVnd;
  const basis = notifiedVnd !== null ? 'notified' : 'estimate';
  const late = latePayment(props, options, rules, dueVnd, paidVnd, paymentMade, basis);
  const figures: Record<string, FigureValue> = {
    ...base,
    total_land_m2: totalLandM2 === null ? null : roundFigure(totalLandM2),
    total_land_from_boundary: declaredTotal === null && totalLandM2 !== null,
    land_use_fee_vnd_per_m2: feeVndPerM2,
    infrastructure_cost_vnd_per_m2: infraVndPerM2,
    land_use_fee_vnd: estimate ? Math.round(estimate.landUseFeeVnd) : null,
    total_infrastructure_cost_vnd: estimate ? Math.round(estimate.totalInfrastructureCostVnd) : null,
    infrastructure_share_vnd: estimate ? Math.round(estimate.infrastructureShareVnd) : null,
    estimated_payment_vnd: estimateVnd,
    payment_notified_vnd: notifiedVnd,
    paid_amount_vnd: paidVnd,
    payment_made: paymentMade,
    payment_shortfall_vnd: dueVnd !== null && paidVnd !== null ? Math.max(0, Math.round(dueVnd - paidVnd)) : null,
    payment_shortfall_basis: dueVnd !== null && paidVnd !== null ? basis : null,
    payment_due_on: late?.dueOn ?? null,
    days_late: late?.days ?? null,
    late_charge_vnd: late ? Math.round(late.chargeVnd) : null,
  };
  const estimateText: Message = estimate
    ? msg('audit.payment.due', {
        reserveLandM2: estimate.reserveLandM2,
        landUseFeeVnd: estimate.landUseFeeVnd,
        infrastructureShareVnd: estimate.infrastructureShareVnd,
        totalVnd: estimate.totalVnd,
      })
    : msg('audit.payment.due', { unknown: true });
  const due = msg('audit.sentences', {
    sentences: [estimateText, notifiedVnd !== null ? msg('audit.payment.notified', { notifiedVnd }) : msg('audit.payment.not-notified')],
  });
  const withLate = (m: Message): Message => (late ? msg('audit.sentences', { sentences: [m, msg('audit.payment.late', late)] }) : m);
  const lateAtLeast = (outcome: CheckOutcome): CheckOutcome => (late && outcome === 'pass' ? 'warning' : outcome);

  if (paidVnd !== null && dueVnd !== null) {
    const enough = Math.round(paidVnd) >= Math.round(dueVnd);
    // Short of the tool's estimate alone is a warning: the amount due is the notified one.
    const outcome: CheckOutcome = enough ? 'pass' : basis === 'notified' ? 'fail' : 'warning';
    return makeCheck(
      id,
      lateAtLeast(outcome),
      withLate(msg('audit.payment.paid', { due, paidVnd, enough, shortVnd: dueVnd - paidVnd, basis })),
      'decree261Art19',
      figures,
    );
  }
  if (paymentMade !== null) {
    return makeCheck(
      id,
      lateAtLeast(paymentMade ? 'pass' : 'fail'),
      withLate(msg('audit.payment.recorded', { due, made: paymentMade })),
      'decree261Art19',
      figures,
    );
  }
  return makeCheck(id, 'warning', withLate(msg('audit.payment.no-record', { due })), 'decree261Art19', figures);
}

/** Days between the notified deadline and the payment (or the as-of date while unpaid), and the charge. */
function latePayment(
  props: Record<string, unknown>,
  options: AuditOptions,
  rules: ReservedLandRules,
  dueVnd: number | null,
  paidVnd: number | null,
  paymentMade: boolean | null,
  basis: 'notified' | 'estimate',
) {
  const dueOn = parseDate(props.payment_due_on);
  if (!dueOn) return null;
  const paidOn = parseDate(props.paid_on);
  const asOf = options.asOfDate ? parseDate(options.asOfDate) : null;
  const fullyPaid = paymentMade === true || (paidVnd !== null && dueVnd !== null && paidVnd >= dueVnd);
  const end = paidOn ?? (fullyPaid ? null : asOf);
  if (!end || end <= dueOn) return null;
  const days = Math.round((Date.parse(end) - Date.parse(dueOn)) / DAY_MS);
  const unpaidVnd = paidOn ? (dueVnd ?? 0) : Math.max(0, (dueVnd ?? 0) - (paidVnd ?? 0));
  const chargeVnd = unpaidVnd * rules.latePaymentChargePerDay01 * days;
  return { dueOn, paidOn, asOf: paidOn ? null : asOf, days, chargeVnd, ratePerDayPct: rules.latePaymentChargePerDay01 * 100, basis };
}
