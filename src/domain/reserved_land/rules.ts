// The reserved-NOXH-land rules as data, each with its legal reference, so a legal change is a data edit.
// Sources: Housing Law 27/2023/QH15 Art. 83; Decree 100/2024/NĐ-CP Art. 17, 18, 19 (Art. 19 as
// amended and supplemented by Decree 261/2025/NĐ-CP). See docs/DOMAIN.md §2.

export type UrbanClass = 'special' | 'I' | 'II' | 'III' | 'IV' | 'V';
export type ObligationForm = 'land_in_project' | 'land_elsewhere' | 'payment';

/** The legal references the checks quote; their citations (vi, en) are in the message catalogue (src/i18n, 'audit.reference'). */
export type LegalReferenceKey =
  | 'law83'
  | 'law83Infrastructure'
  | 'decree100Art17'
  | 'decree100Art18'
  | 'decree261Art19'
  | 'decree100Art78'
  | 'afterHandover'
  | 'hazardAndSchedule'
  | 'locationInProject'
  | 'roadAccessTolerance'
  | 'landUseCodes'
  | 'auditTolerance'
  | 'sharedReserve';

/** Every parameter of the audit. Defaults below; each may be overridden per run (CLI, UI settings). */
export interface ReservedLandRules {
  /** Share of net residential land to reserve (Decree 100 Art. 17): 0.20. */
  reserveShare01: number;
  /** Urban classes where the rule applies by law (Housing Law Art. 83): special, I, II, III. */
  subjectUrbanClasses: UrbanClass[];
  /** Project ids the province has marked as subject although they lie in class IV/V areas. */
  provinceSubjectProjectIds: string[];
  /** Declared vs measured: flag a difference above the larger of this share … */
  declaredToleranceShare01: number;
  /** … and this absolute area (1 % or 50 m², whichever is larger). */
  declaredToleranceM2: number;
  /** Reserved land within this distance of a road counts as connected (0 = must touch). */
  roadConnectionDistanceM: number;
  /** Road classes of the transport layer that do not give access (railways, stations, ports). */
  nonRoadClasses: string[];
  /** Land-use plan codes that are residential land (Circular 08/2024). */
  residentialCodes: string[];
  /** Hazard kinds that raise a warning; a hazard without a kind is treated as a flood zone. */
  warningHazardKinds: string[];
  /** Slivers below this area (digitising noise) are not reported as outside / non-residential / shared. */
  sliverToleranceM2: number;
  /** Areas are compared after rounding to this precision (cadastral records keep 0.1 m²). */
  areaPrecisionM2: number;
  /** Decree 100/2024 takes effect on this date (yyyy-mm-dd); projects approved before it keep the earlier obligations (Art. 78). */
  transitionCutoffDate: string;
  /** Late-payment charge per day on the unpaid amount, Decree 100 Art. 19(2a) as added by Decree 261/2025, at the tax-administration rate (0.03 %/day; verify). */
  latePaymentChargePerDay01: number;
  /** Reserve statuses at or after hand-over: never "overdue" (Resolution 201/2025/QH15 Art. 12(4); Decree 192/2025 Art. 17(4) as amended by Decree 261 Art. 2(4)). */
  afterHandoverStatuses: string[];
  /** Facility kinds reported as the nearest social infrastructure of the reserve (information, Law Art. 83(4)). */
  nearbyFacilityKinds: Record<NearbyFacility, string[]>;
  /** Where the province applies the rule in class IV/V areas (Housing Law Art. 83): its criteria as data, with its decision. */
  provinceSubjectCriteria: ProvinceSubjectCriterion[];
}

export interface ProvinceSubjectCriterion {
  /** The provincial decision that sets the criterion (quoted in the report). */
  decision: string;
  urbanClasses: UrbanClass[];
  /** The project qualifies from this total land area (m²) … */
  minProjectAreaM2?: number;
  /** … and this residential land (m²), when given. */
  minResidentialLandM2?: number;
}

export type NearbyFacility = 'school' | 'health_station' | 'market';

/** The regimes before Decree 100/2024 (Art. 78(2)), by the date each took effect (docs/DOMAIN.md §2; verify the dates). */
export type Regime = 'decree_100_2015' | 'decree_49_2021' | 'decree_35_2023' | 'decree_100_2024';
export const EARLIER_REGIMES: { regime: Exclude<Regime, 'decree_100_2024'>; from: string }[] = [
  { regime: 'decree_100_2015', from: '0000-01-01' },
  { regime: 'decree_49_2021', from: '2021-04-01' },
  { regime: 'decree_35_2023', from: '2023-06-20' },
];
export const REGIMES: Regime[] = ['decree_100_2015', 'decree_49_2021', 'decree_35_2023', 'decree_100_2024'];

export const DEFAULT_RULES: ReservedLandRules = {
  reserveShare01: 0.2,
  subjectUrbanClasses: ['special', 'I', 'II', 'III'],
  provinceSubjectProjectIds: [],
  declaredToleranceShare01: 0.01,
  declaredToleranceM2: 50,
  roadConnectionDistanceM: 50,
  nonRoadClasses: ['rail', 'station', 'port'],
  residentialCodes: ['ODT', 'ONT'],
  warningHazardKinds: ['flood'],
  sliverToleranceM2: 1,
  areaPrecisionM2: 0.1,
  transitionCutoffDate: '2024-08-01',
  latePaymentChargePerDay01: 0.0003,
  afterHandoverStatuses: ['handed_over', 'assigned_to_developer', 'construction_started', 'completed', 'auctioned'],
  provinceSubjectCriteria: [],
  nearbyFacilityKinds: { school: ['kindergarten', 'primary', 'secondary', 'high_school'], health_station: ['health_station'], market: ['market'] },
};

/** Reads an urban class as officials write it: "II", "2", "loại II", "Đặc biệt", "special". */
export function normaliseUrbanClass(value: unknown): UrbanClass | null {
  if (value === null || value === undefined) return null;
  const text = String(value)
    .trim()
    .toLowerCase()
    .replace(/^(đô thị\s+)?(loại|class)\s*/u, '')
    .trim();
  if (text === 'special' || text === 'đặc biệt' || text === 'dac biet' || text === '0') return 'special';
  const romans: Record<string, UrbanClass> = { i: 'I', ii: 'II', iii: 'III', iv: 'IV', v: 'V', '1': 'I', '2': 'II', '3': 'III', '4': 'IV', '5': 'V' };
  return romans[text] ?? null;
}

export const URBAN_CLASS_RANK: Record<UrbanClass, number> = { special: 0, I: 1, II: 2, III: 3, IV: 4, V: 5 };
