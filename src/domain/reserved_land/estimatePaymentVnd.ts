// Money instead of land (Decree 100/2024 Art. 19 as amended and supplemented by Decree 261/2025,
// clauses 2–4 amended, clause 2a added — the article is not replaced). An estimate: the amount due is the notified one:
//   payment = land-use fee for 20 % of the residential land
//           + (total technical-infrastructure cost at the Ministry of Construction unit rate)
//             × (20 % of residential land ÷ total project land)
// Levelling and sea-reclamation costs are excluded (the unit rate entered must exclude them).
// "Residential land" is the same net figure as Art. 17 (after existing residential and resettlement land).

export interface PaymentEstimateInput {
  /** Net residential land of the project in m² (Art. 17 base). */
  netResidentialM2: number;
  /** Total project land in m². */
  totalLandM2: number;
  reserveShare01: number;
  /** Land-use fee in VND per m² of residential land (from the provincial land price decision). */
  landUseFeeVndPerM2: number;
  /** Technical-infrastructure unit cost in VND per m² of project land (Ministry of Construction rate). */
  infrastructureCostVndPerM2: number;
}

export interface PaymentEstimate {
  reserveLandM2: number;
  landUseFeeVnd: number;
  totalInfrastructureCostVnd: number;
  infrastructureShareVnd: number;
  totalVnd: number;
}

export function estimatePaymentVnd(input: PaymentEstimateInput): PaymentEstimate {
  const reserveLandM2 = input.reserveShare01 * input.netResidentialM2;
  const landUseFeeVnd = reserveLandM2 * input.landUseFeeVndPerM2;
  const totalInfrastructureCostVnd = input.infrastructureCostVndPerM2 * input.totalLandM2;
  const infrastructureShareVnd = input.totalLandM2 > 0 ? totalInfrastructureCostVnd * (reserveLandM2 / input.totalLandM2) : 0;
  return {
    reserveLandM2,
    landUseFeeVnd,
    totalInfrastructureCostVnd,
    infrastructureShareVnd,
    totalVnd: landUseFeeVnd + infrastructureShareVnd,
  };
}
