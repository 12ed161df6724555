// Scores one drawn or edited parcel against an existing run without re-measuring the others:
// measure just that parcel with the run's indexes, combine, and place it among the current scores.
import type { Feature } from 'geojson';
import { combineScores } from './combineScores.ts';
import { explainParcel, type ParcelExplanation } from './explainParcel.ts';
import type { MeasureContext } from './measureContext.ts';
import { measureParcels, type Measures } from './measureParcels.ts';
import { packParcels } from './packParcels.ts';
import { parcelAttributeKeys } from './measureSession.ts';
import type { Scenario } from './scenario.ts';
import { forgetTransformedValues } from './transformedValues.ts';

export interface SingleParcelScore {
  explanation: ParcelExplanation;
  /** The one parcel's raw values, to splice into the full Measures with `replaceParcelMeasures`. */
  measures: Measures;
  /** Where it would rank among `existingScores` (1 = best), null when excluded. */
  rankAmongExisting: number | null;
}

export function scoreSingleParcel(context: MeasureContext, scenario: Scenario, parcel: Feature, existingScores?: Float64Array): SingleParcelScore {
  const packed = packParcels([parcel], parcelAttributeKeys(scenario));
  const measures = measureParcels(context, packed);
  const combined = combineScores(scenario, measures);
  const score = combined.scores[0];
  let rank: number | null = null;
  if (!Number.isNaN(score)) {
    rank = 1;
    if (existingScores) for (const s of existingScores) if (s > score) rank++;
  }
  return { explanation: explainParcel(scenario, measures, combined, 0), measures, rankAmongExisting: rank };
}

/** Writes one parcel's measured values (from scoreSingleParcel) into the full arrays at `index`. */
export function replaceParcelMeasures(all: Measures, index: number, one: Measures): void {
  for (const key of Object.keys(all.values)) {
    const v = one.values[key]?.[0] ?? NaN;
    const oneCats = one.categories[key];
    if (oneCats && !Number.isNaN(v)) {
      const code = oneCats[v];
      const cats = all.categories[key];
      let i = cats.indexOf(code);
      if (i < 0) i = cats.push(code) - 1;
      all.values[key][index] = i;
    } else all.values[key][index] = v;
  }
  forgetTransformedValues(all);
  all.invalid = all.invalid.filter((i) => i !== index);
  if (one.invalid.length > 0) all.invalid.push(index);
}
