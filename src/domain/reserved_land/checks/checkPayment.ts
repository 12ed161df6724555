// Check 2 for the payment form: estimate the money due (Decree 261/2025 formula) and compare it with
// what the project records as paid (`paid_amount_vnd`, or `payment_made` yes/no).
import { estimatePaymentVnd } from '../estimatePaymentVnd.ts';
import { msg } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import { readBoolean, readNumber } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditOptions, CheckResult, FigureValue, ProjectContext } from '../types.ts';
import { makeCheck } from './checkResult.ts';

const id = 'required_reserve';

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
  const figures: Record<string, FigureValue> = {
    ...base,
    total_land_m2: totalLandM2 === null ? null : roundFigure(totalLandM2),
    total_land_from_boundary: declaredTotal === null && totalLandM2 !== null,
    land_use_fee_vnd_per_m2: feeVndPerM2,
    infrastructure_cost_vnd_per_m2: infraVndPerM2,
    land_use_fee_vnd: estimate ? Math.round(estimate.landUseFeeVnd) : null,
    total_infrastructure_cost_vnd: estimate ? Math.round(estimate.totalInfrastructureCostVnd) : null,
    infrastructure_share_vnd: estimate ? Math.round(estimate.infrastructureShareVnd) : null,
    estimated_payment_vnd: estimate ? Math.round(estimate.totalVnd) : null,
    paid_amount_vnd: paidVnd,
    payment_made: paymentMade,
    payment_shortfall_vnd: estimate && paidVnd !== null ? Math.max(0, Math.round(estimate.totalVnd - paidVnd)) : null,
  };
  const due = estimate
    ? msg('audit.payment.due', {
        reserveLandM2: estimate.reserveLandM2,
        landUseFeeVnd: estimate.landUseFeeVnd,
        infrastructureShareVnd: estimate.infrastructureShareVnd,
        totalVnd: estimate.totalVnd,
      })
    : msg('audit.payment.due', { unknown: true });

  if (paidVnd !== null && estimate) {
    const enough = Math.round(paidVnd) >= Math.round(estimate.totalVnd);
    return makeCheck(
      id,
      enough ? 'pass' : 'fail',
      msg('audit.payment.paid', { due, paidVnd, enough, shortVnd: estimate.totalVnd - paidVnd }),
      'decree261Art19',
      figures,
    );
  }
  if (paymentMade === true) {
    return makeCheck(
      id,
      'pass',
      msg('audit.payment.recorded', { due, made: true }),
      'decree261Art19',
      figures,
    );
  }
  if (paymentMade === false) {
    return makeCheck(
      id,
      'fail',
      msg('audit.payment.recorded', { due, made: false }),
      'decree261Art19',
      figures,
    );
  }
  return makeCheck(
    id,
    'warning',
    msg('audit.payment.no-record', { due }),
    'decree261Art19',
    figures,
  );
}
