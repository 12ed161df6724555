// Temporary and dilapidated houses (nhà tạm, nhà dột nát): the plan's goal to end them for poor, near-poor and
// disaster-hit households and people with merit (docs/DOMAIN.md §1). A table of counts by commune/ward and
// group, each row as of a year, imported from a CSV and kept in the project document (`temporaryHousing`).

/** The groups the plan names, in its order. */
export const TEMPORARY_HOUSING_GROUPS = ['poor', 'near_poor', 'disaster', 'merit'] as const;
export type TemporaryHousingGroup = (typeof TEMPORARY_HOUSING_GROUPS)[number];

/** One commune's count for one group, as of a year. `remaining` = total − replaced. */
export interface TemporaryHousingRecord {
  communeCode: string;
  communeName: string;
  group: TemporaryHousingGroup;
  /** Houses (households) on the list. */
  total: number;
  /** Of them, replaced or repaired (done). */
  replaced: number;
  /** The year the counts are as of; null: no year given (applies to every year). */
  year: number | null;
}

/** The imported table, as the project document stores it. */
export interface TemporaryHousingTable {
  /** Where the figures come from: the file name (and what the user adds). */
  source: string;
  /** True for the authored illustrative sample, never real figures. */
  illustrative?: boolean;
  records: TemporaryHousingRecord[];
}

export interface TemporaryHousingCounts {
  total: number;
  replaced: number;
  remaining: number;
}
