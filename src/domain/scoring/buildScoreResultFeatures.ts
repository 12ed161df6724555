// The score layer as features, for export (GeoJSON, CSV, Shapefile, FlatGeobuf): each candidate parcel with its
// own properties and its score, rank, whether it is excluded and why. Geometry objects are the parcels' own (by
// reference, never copied): the layer is derived from the scoring result and rebuilt from it whenever asked.
import type { Feature, FeatureCollection } from 'geojson';
import type { Language } from '../../i18n/language.ts';
import type { LocalText, PropertySpec } from '../model/layerRoles.ts';
import { INVALID_GEOMETRY_REASON } from './explainParcel.ts';

export interface ScoreResultInput {
  parcels: Feature[];
  /** 0–100, NaN when excluded. */
  scores: ArrayLike<number>;
  /** 1 = best, NaN when excluded. */
  ranks: ArrayLike<number>;
  /** Constraint index, −1 none, −2 invalid geometry. */
  excludedBy: ArrayLike<number>;
  /** The scenario's constraints' reasons, by constraint index. */
  constraintReasons: LocalText[];
}

/** The properties the score layer adds to each parcel, with their labels (CSV headers). */
export const SCORE_RESULT_PROPERTIES: PropertySpec[] = [
  { key: 'score', label: { vi: 'Điểm phù hợp (0–100)', en: 'Suitability score (0–100)' }, type: 'number' },
  { key: 'rank', label: { vi: 'Hạng', en: 'Rank' }, type: 'number' },
  { key: 'excluded', label: { vi: 'Bị loại', en: 'Excluded' }, type: 'string' },
  { key: 'exclusion_reason', label: { vi: 'Lý do loại', en: 'Reason for exclusion' }, type: 'string' },
];

/** Excluded parcels get no score and no rank (null), `excluded: true` and the reason in `language`. */
export function buildScoreResultFeatures(input: ScoreResultInput, language: Language): FeatureCollection {
  const features = input.parcels.map((parcel, i): Feature => {
    const by = input.excludedBy[i];
    const excluded = by !== -1;
    const reason = !excluded ? null : by === -2 ? INVALID_GEOMETRY_REASON : (input.constraintReasons[by] ?? null);
    const score = input.scores[i];
    const rank = input.ranks[i];
    return {
      type: 'Feature',
      geometry: parcel.geometry,
      properties: {
        ...parcel.properties,
        score: !excluded && Number.isFinite(score) ? Math.round(score * 100) / 100 : null,
        rank: !excluded && Number.isFinite(rank) ? rank : null,
        excluded,
        exclusion_reason: reason ? reason[language] : null,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
