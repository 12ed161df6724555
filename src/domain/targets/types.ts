// The vocabulary of the plan-targets registry (docs/DOMAIN.md §1): what a NOXH project counts, its
// status, the targets, and the progress report (its keys are the CLI's JSON keys, see issue 12).
import type { Geometry } from 'geojson';
import type { Message } from '../../i18n/message.ts';

export const HOUSING_FORM_IDS = ['sale', 'rent', 'lease_purchase', 'worker_dormitory', 'student', 'armed_forces'] as const;
export type HousingForm = (typeof HOUSING_FORM_IDS)[number];

/** In the order of progress: proposed → approved → under construction → completed. */
export const HOUSING_STATUS_IDS = ['proposed', 'approved', 'under_construction', 'completed'] as const;
export type HousingStatus = (typeof HOUSING_STATUS_IDS)[number];

/** What a project's number counts: dwelling units (căn) or dormitory places (chỗ ở). */
export type UnitKind = 'dwelling' | 'place';

/** One project of the registry, read from a `housing_project` feature (readRegistryEntry). */
export interface RegistryEntry {
  id: string;
  name: string;
  /** null when missing or not one of HOUSING_FORM_IDS (the raw value is kept in `formRaw`). */
  form: HousingForm | null;
  formRaw: string;
  unitKind: UnitKind;
  /** The number as stored: counted only when it is a positive whole number. */
  units: unknown;
  status: HousingStatus | null;
  statusRaw: string;
  startYear: number | null;
  completionYear: number | null;
  /** Raw year values that are not whole years, kept for the message. */
  badYears: { field: 'start_year' | 'completion_year'; value: string }[];
  communeCode: string | null;
  geometry: Geometry | null;
}

/** A target of the plan: editable data with its source text, stored in the project document. */
export interface PlanTarget {
  id: string;
  /** Where it applies, in the planner's words ("Tỉnh Quảng Ngãi (cũ)"). */
  label: string;
  /** Dwelling units to reach. */
  dwellings: number;
  /** The year by which (inclusive). */
  year: number;
  /** Where the figure comes from (the plan, a decision number). */
  source: string;
}

/** A commune/ward the projects are counted in. */
export interface Commune {
  code: string;
  name: string;
  geometry: Geometry | null;
  /** commune, ward or special_zone (absent when the layer has no levels). */
  level?: string;
  /** The province it belonged to before 1 July 2025 (Quảng Ngãi or Kon Tum), when the layer says. */
  formerProvince?: string;
  /** The units it was formed from on 1 July 2025, as published ("Xã Tịnh Phong, Xã Tịnh Thọ"). */
  formedFrom?: string;
}

export interface StatusCounts {
  completed: number;
  under_construction: number;
  approved: number;
  proposed: number;
  total: number;
}

export interface YearRow {
  year: number;
  completed: number;
  completed_cumulative: number;
  expected_cumulative: number;
}

export interface CommuneRow {
  code: string | null;
  name: string;
  dwellings: StatusCounts;
  places: StatusCounts;
}

export interface FormRow {
  form: HousingForm | null;
  dwellings: StatusCounts;
  places: StatusCounts;
}

export interface Problem {
  id: string;
  message: Message;
}

export interface ProgressReport {
  /** The sum of the target lines (dwellings). */
  target: number;
  target_year: number;
  as_of: number;
  targets: PlanTarget[];
  dwellings: StatusCounts;
  places: StatusCounts;
  /** target − dwellings.completed (negative once exceeded). */
  gap: number;
  /** gap / (target_year − as_of); null when no year is left. */
  needed_per_year: number | null;
  /** Dwellings of form "rent" / dwellings.total; null when there are none. */
  rental_share: number | null;
  by_year: YearRow[];
  by_commune: CommuneRow[];
  by_form: FormRow[];
  /** Projects starting after as_of: in the registry, not counted in the sums above. */
  not_started: { projects: number; dwellings: number; places: number };
  /** Projects left out of the sums (an invalid number): listed in problems too. */
  left_out: string[];
  problems: Problem[];
}
