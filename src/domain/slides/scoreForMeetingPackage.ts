// The score layer's values for a meeting package made from a saved project (`npm run noxh -- package`): the
// project's candidate parcels scored with its active scenario by the same engine as the app's scoring worker
// and `noxh score` (scoreParcels: measure, combine, rank), packed as the app's "Đóng gói trình chiếu" button packs
// what its score layer shows (ScoreLayerHost: quantile classes, the default rank labels, nothing compared).
import type { Feature, FeatureCollection } from 'geojson';
import type { ProjectDocument, ProjectLayer } from '../model/projectDocument.ts';
import { DEFAULT_TOP_N, isDerivedLayer } from '../model/scoreResultLayer.ts';
import { activeScenarioOf } from '../scoring/activeScenarioOf.ts';
import { computeQuantileBreaks } from '../scoring/computeQuantileBreaks.ts';
import { countScored } from '../scoring/countScored.ts';
import { nameParcel } from '../scoring/nameParcel.ts';
import type { Scenario } from '../scoring/scenario.ts';
import { scoreParcels } from '../scoring/scoreParcels.ts';
import { packageScoreValues, type PackagedScoreLayer } from './meetingPackage.ts';

export interface PackageScoring {
  /** By score layer id (a project has one). */
  scoreLayers: Record<string, PackagedScoreLayer>;
  scenario: Scenario;
  parcelCount: number;
  excludedCount: number;
}

/**
 * Scores the project for its package, or null when it has no score layer (nothing on its map shows scores) or no
 * candidate parcels. `dataOf` gives each layer's features as the app has them loaded (sample layers checked by
 * validateLayerData, inline layers as stored). As in the app (collectScoringInput): the candidates are every
 * `candidate_site` layer with data, in layer order — or, when `cadastreLayerId` names a cadastre, that layer
 * alone — and every other layer with data is a source.
 */
export function scoreForMeetingPackage(
  project: ProjectDocument,
  dataOf: (layer: ProjectLayer) => FeatureCollection | undefined,
  options: { cadastreLayerId?: string } = {},
): PackageScoring | null {
  const scoreLayer = project.layers.find(isDerivedLayer);
  if (!scoreLayer) return null;
  const withData = project.layers.filter((l) => !isDerivedLayer(l)).flatMap((layer) => {
    const data = dataOf(layer);
    return data ? [{ layer, data }] : [];
  });
  const isCandidate = (l: ProjectLayer) => l.role === 'candidate_site' && (options.cadastreLayerId === undefined || l.id === options.cadastreLayerId);
  const candidates = withData.filter(({ layer }) => isCandidate(layer));
  if (candidates.length === 0) return null;
  const sources = withData.filter(({ layer }) => layer.role !== 'candidate_site');
  const scenario = activeScenarioOf(project);
  const offsets: Record<string, number> = {};
  const parcels: Feature[] = [];
  const names: string[] = [];
  for (const { layer, data } of candidates) {
    offsets[layer.id] = parcels.length;
    data.features.forEach((f, i) => {
      parcels.push(f);
      // The app's tooltip name (ScoreLayerHost): the name, else the id, else layer#n.
      const { id, name } = nameParcel(f, `${layer.id}#${i + 1}`);
      names.push(name || id);
    });
  }
  const run = scoreParcels(parcels, sources.map(({ layer, data }) => ({ id: layer.id, role: layer.role, features: data.features })), scenario);
  const scores = run.combined.scores;
  const values = packageScoreValues(candidates.map(({ layer }) => layer.id), {
    offsets,
    scores,
    ranks: run.ranks,
    excludedBy: run.combined.excludedBy,
    breaks: computeQuantileBreaks(scores),
    probability: null,
    names,
    constraintReasons: scenario.constraints.map((c) => c.reason),
    topN: DEFAULT_TOP_N,
    compare: [],
  });
  return { scoreLayers: { [scoreLayer.id]: values }, scenario, parcelCount: parcels.length, excludedCount: parcels.length - countScored(run.combined.excludedBy) };
}
