// The ranking table's rows from the engine's arrays: pure, so sorting, filtering and the CSV are tested.
import type { CommuneRef } from '../../domain/geo/assignCommune.ts';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { INVALID_GEOMETRY_REASON } from '../../domain/scoring/explainParcel.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import type { SensitivityResult } from '../../domain/scoring/runSensitivity.ts';
import { foldVietnamese } from '../../domain/text/foldVietnamese.ts';
import type { ParcelInfo } from './collectScoringInput.ts';

export interface RankingRow {
  index: number;
  rank: number | null;
  id: string;
  name: string;
  /** The commune/ward the parcel lies in (named in its data, else found from the admin layer), or null. */
  commune: CommuneRef | null;
  score: number | null;
  areaM2: number;
  exclusion: LocalText | null;
  /** The first warning constraint's reason (the parcel keeps its score and rank). */
  warning: LocalText | null;
  pTopK: number | null;
  rankMin: number | null;
  rankMax: number | null;
}

export type SortKey = 'rank' | 'id' | 'name' | 'commune' | 'score' | 'areaM2' | 'exclusion' | 'pTopK';

export interface ScoreArrays {
  scores: Float64Array;
  ranks: Float64Array;
  excludedBy: Int16Array;
  warnedBy?: Int16Array;
}

const orNull = (x: number) => (Number.isFinite(x) ? x : null);

/** `communes[i]` is parcel i's commune (communeOfFeature); missing entries are null. */
export function buildRankingRows(
  info: ParcelInfo[],
  scored: ScoreArrays,
  scenario: Scenario,
  sensitivity?: SensitivityResult | null,
  communes: readonly (CommuneRef | null)[] = [],
): RankingRow[] {
  return info.map((p, i) => rowOf(i, p, scored, scenario, sensitivity, communes[i] ?? null));
}

/** Rows of the given parcels only (a cadastre's top rows), their info looked up by index; with the rank stability when a sensitivity run is current. */
export function buildRowsOf(
  indices: readonly number[],
  infoOf: (index: number) => ParcelInfo,
  scored: ScoreArrays,
  scenario: Scenario,
  communeOf: (index: number) => CommuneRef | null,
  sensitivity?: SensitivityResult | null,
): RankingRow[] {
  return indices.map((i) => rowOf(i, infoOf(i), scored, scenario, sensitivity, communeOf(i)));
}

function rowOf(i: number, p: ParcelInfo, scored: ScoreArrays, scenario: Scenario, sensitivity: SensitivityResult | null | undefined, commune: CommuneRef | null): RankingRow {
  const by = scored.excludedBy[i];
  const exclusion = by === -1 ? null : by === -2 ? INVALID_GEOMETRY_REASON : (scenario.constraints[by]?.reason ?? null);
  return {
    index: i,
    rank: orNull(scored.ranks[i]),
    id: p.id,
    name: p.name,
    commune,
    score: orNull(scored.scores[i]),
    areaM2: p.areaM2,
    exclusion,
    warning: scenario.constraints[scored.warnedBy?.[i] ?? -1]?.reason ?? null,
    pTopK: sensitivity ? orNull(sensitivity.probabilityTopK[i]) : null,
    rankMin: sensitivity ? orNull(sensitivity.rankMin[i]) : null,
    rankMax: sensitivity ? orNull(sensitivity.rankMax[i]) : null,
  };
}

/** Text match (case- and diacritic-insensitive) on id, name, commune and exclusion reason; `communeCode` keeps one commune's parcels. */
export function filterRows(rows: RankingRow[], query: string, showExcluded: boolean, language: 'vi' | 'en', communeCode: string | null = null): RankingRow[] {
  const q = foldVietnamese(query);
  return rows.filter((r) => {
  if (!showExcluded && r.score === null) return false;
  if (communeCode !== null && r.commune?.code !== communeCode) return false;
  if (!q) return true;
  return foldVietnamese(`${r.id} ${r.name} ${r.commune?.name ?? ''} ${r.exclusion?.[language] ?? ''}`).includes(q);
  });
}

/** Sorted copy; missing values (excluded parcels' scores and ranks) always go last. */
export function sortRows(rows: RankingRow[], key: SortKey, descending: boolean, language: 'vi' | 'en'): RankingRow[] {
  const value = (r: RankingRow): number | string | null =>
  key === 'exclusion' ? (r.exclusion?.[language] ?? null) : key === 'commune' ? (r.commune?.name ?? null) : r[key];
  const sign = descending ? -1 : 1;
  return rows.slice().sort((a, b) => {
  const va = value(a);
  const vb = value(b);
  if (va === null || vb === null) return va === vb ? a.index - b.index : va === null ? 1 : -1;
  const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), language);
  return c !== 0 ? sign * c : a.index - b.index;
  });
}
