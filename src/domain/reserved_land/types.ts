// Input and output shapes of the reserved-land audit (the CLI writes AuditReport as JSON; the UI reads it).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Message } from '../../i18n/message.ts';
import type { LocalText } from '../model/layerRoles.ts';
import type { PolygonalGeometry } from '../geo/polygonalGeometry.ts';
import type { ObligationForm, ReservedLandRules, UrbanClass } from './rules.ts';

export interface AuditOptions extends Partial<ReservedLandRules> {
  /** "Today" for deadline checks, ISO yyyy-mm-dd. The domain never reads the clock; without it deadlines are not checked. */
  asOfDate?: string;
  /** Land-use fee in VND/m² for the payment estimate when a project does not carry `land_use_fee_vnd_per_m2`. */
  landUseFeeVndPerM2?: number;
  /** Ministry of Construction technical-infrastructure unit cost in VND/m² when a project does not carry `infrastructure_cost_vnd_per_m2`. */
  infrastructureCostVndPerM2?: number;
}

export interface AuditInput {
  /** commercial_project features: id, name, residential_land_m2, existing_residential_m2, resettlement_m2, obligation, … */
  projects: FeatureCollection;
  /** reserved_land features: project_id, declared_area_m2, status, deadline. */
  reserved: FeatureCollection;
  /** urban_area features: name, urban_class. */
  urbanAreas?: FeatureCollection;
  /** land_use_plan features: landuse_code. */
  landUse?: FeatureCollection;
  /** transport features (lines): name, class. */
  roads?: FeatureCollection;
  /** hazard features: kind, severity. */
  hazards?: FeatureCollection;
  /** housing_project features: id, name, reserved_for_project_id (the commercial project whose reserve it uses). */
  housingProjects?: FeatureCollection;
  /** facility features (points): kind, name — the nearest school, health station and market are reported (Law Art. 83(4)). */
  facilities?: FeatureCollection;
  options?: AuditOptions;
}

export type CheckOutcome = 'pass' | 'fail' | 'warning' | 'n/a';
export type Verdict = 'compliant' | 'noncompliant' | 'review' | 'not_subject';

export type CheckId =
  | 'subject_to_rule'
  | 'required_reserve'
  | 'declared_area'
  | 'location'
  | 'land_use_code'
  | 'road_access'
  | 'not_shared'
  | 'hazard_and_schedule'
  | 'transition';

export type FigureValue = number | string | boolean | null;

export interface CheckResult {
  id: CheckId;
  /** 1–8, the order of issue 5 and of the compliance sheet; 9 the transition (Decree 100/2024 Art. 78), present only when it applies. */
  number: number;
  title: LocalText;
  result: CheckOutcome;
  message: LocalText;
  reference: LocalText;
  figures: Record<string, FigureValue>;
  /** The parts that failed or deserve a look (slice outside the boundary, non-residential parts, …). */
  geometry?: Feature<Geometry, HighlightProperties>[];
}

export type HighlightKind =
  | 'project_boundary'
  | 'reserved_parcel'
  | 'outside_boundary'
  | 'outside_urban_area'
  | 'non_residential'
  | 'not_in_plan'
  | 'not_connected'
  | 'shared_with_other_project'
  | 'hazard_overlap'
  | 'deadline_passed'
  | 'declared_area_mismatch';

export interface HighlightProperties {
  kind: HighlightKind;
  /** The check this part belongs to (absent for the boundary and the parcels themselves). */
  check_id?: CheckId;
  project_id: string;
  area_m2: number;
  label: LocalText;
  /** Extra facts for the popup: land-use code, other project id, hazard name, distance… */
  [key: string]: unknown;
}

export interface ProjectAudit {
  id: string;
  name: string;
  /** Index of the project feature in the input collection (for messages and for the map). */
  feature_index: number;
  verdict: Verdict;
  /** Why the verdict: the messages of failing / warning checks (or the not-subject reason). */
  reasons: LocalText[];
  obligation: ObligationForm | null;
  obligation_inferred: boolean;
  subject: boolean | null;
  urban_area: { name: string; urban_class: UrbanClass | null } | null;
  net_residential_m2: number | null;
  required_m2: number | null;
  /** Geodesic area of the union of the project's reserved parcels (overlaps counted once). */
  measured_m2: number;
  /** The part that counts: inside the project (form a) or inside the project's urban area (form b). */
  inside_m2: number;
  outside_m2: number;
  shortfall_m2: number | null;
  /** Shortfall as % of the required area. */
  shortfall_pct: number | null;
  /** Counted reserve as % of net residential land (20 % required by default). */
  reserve_share_pct: number | null;
  checks: CheckResult[];
  /** Everything the map draws for this project: boundary, parcels, then the failing parts. */
  highlights: Feature<Geometry, HighlightProperties>[];
}

export interface AuditNote {
  layer: string;
  feature_index: number;
  message: LocalText;
}

export interface AuditReport {
  generator: 'noxh-atlas reserved-land audit';
  as_of_date: string | null;
  rules: ReservedLandRules;
  projects: ProjectAudit[];
  /** Input features that could not be used, with the reason (nothing is dropped silently). */
  notes: AuditNote[];
  summary: Record<Verdict, number>;
}

export interface ParcelInfo {
  /** Index in the reserved collection. */
  index: number;
  id: string;
  geometry: PolygonalGeometry;
  areaM2: number;
  declaredM2: number | null;
  status: string | null;
  deadline: string | null;
  /** Value of the land as valued by the authority (`land_value_vnd`), for equal value elsewhere (Decree 100 Art. 18(1)(b)). */
  landValueVnd: number | null;
}

export interface UrbanMembership {
  index: number;
  name: string;
  urbanClass: UrbanClass | null;
  /** The decision recognising the class (`class_decision`) and its date (`class_decided_on`, ISO). */
  classDecision: string | null;
  classDecidedOn: string | null;
  /** Later class decisions on the same area (after the project's approval), for the report. */
  laterClasses: { urbanClass: string; decidedOn: string }[];
  geometry: PolygonalGeometry;
  /** Area of the project inside this urban area. */
  overlapM2: number;
}

/** Everything measured once per project and shared by the checks. */
export interface ProjectContext {
  index: number;
  id: string;
  name: string;
  properties: Record<string, unknown>;
  boundary: PolygonalGeometry | null;
  boundaryAreaM2: number;
  obligation: ObligationForm | null;
  obligationInferred: boolean;
  residentialM2: number | null;
  /** Investment-policy approval date (ISO), from `policy_approved_on` or the decision text. */
  policyApprovedOn: string | null;
  existingResidentialM2: number;
  resettlementM2: number;
  netResidentialM2: number | null;
  requiredM2: number | null;
  /** Missing or invalid project data, shown in the checks that need it. */
  dataProblems: Message[];
  parcels: ParcelInfo[];
  reservedUnion: PolygonalGeometry | null;
  measuredM2: number;
  urbanMemberships: UrbanMembership[];
  /** The urban area holding most of the project (the "same urban area" of Decree 100 Art. 18). */
  homeUrbanArea: UrbanMembership | null;
  /** The counted part of the reserve and the part that does not count (outside the boundary / urban area). */
  countedGeometry: PolygonalGeometry | null;
  countedM2: number;
  outsideGeometry: PolygonalGeometry | null;
  outsideM2: number;
}

/** Layers as the checks use them, prepared once per audit. */
export interface AuditLayers {
  allParcels: ParcelInfo[];
  parcelProjectIds: string[];
  urbanAreas: FeatureCollection | undefined;
  landUse: FeatureCollection | undefined;
  roads: FeatureCollection | undefined;
  hazards: FeatureCollection | undefined;
  housingProjects: FeatureCollection | undefined;
  facilities: FeatureCollection | undefined;
}
