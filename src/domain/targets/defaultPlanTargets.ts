// The plan's target as shipped: 6,300 NOXH units by 2030 for the former Quảng Ngãi (docs/DOMAIN.md §1).
// It is data: the project document stores the user's targets (edited, or a line added for the former
// Kon Tum part), and these apply only while it stores none.
import type { PlanTarget } from './types.ts';

export const DEFAULT_PLAN_TARGETS: readonly PlanTarget[] = [
  {
    id: 'quang_ngai_former',
    label: 'Tỉnh Quảng Ngãi (cũ)',
    dwellings: 6300,
    year: 2030,
    source: 'Kế hoạch của Ban Thường vụ Tỉnh ủy Quảng Ngãi thực hiện Chỉ thị số 34-CT/TW ngày 24/5/2024: ít nhất 6.300 căn NOXH đến năm 2030',
  },
];

/** A second line for the former Kon Tum part, for the user to fill in (the plan gives no figure for it). */
export function konTumTargetDraft(dwellings: number): PlanTarget {
  return { id: 'kon_tum_former', label: 'Tỉnh Kon Tum (cũ)', dwellings, year: 2030, source: '' };
}
