// The score layer's features for export, rebuilt from what it is drawn from (the parcels' geometry by reference).
import type { Feature, FeatureCollection } from 'geojson';
import type { Language } from '../../i18n/language.ts';
import { buildScoreResultFeatures } from '../../domain/scoring/buildScoreResultFeatures.ts';
import type { ScoreLayerSpec } from '../../state/overlaySpecs.ts';

export function scoreLayerCollection(spec: ScoreLayerSpec, language: Language): FeatureCollection {
  const parcels: Feature[] = new Array<Feature>(spec.scores.length);
  for (const layer of spec.candidateLayers) {
    const offset = spec.offsets[layer.id];
    if (offset === undefined) continue;
    layer.data.features.forEach((f, i) => {
      parcels[offset + i] = f;
    });
  }
  return buildScoreResultFeatures({ ...spec, parcels }, language);
}
