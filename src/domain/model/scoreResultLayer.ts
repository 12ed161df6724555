// The score layer: a project layer derived from the active scenario's scoring result rather than imported. The
// document keeps only its entry (place in the layer order, visibility, title); its features are never stored: they
// are rebuilt from the scoring result (src/ui/scoring/ScoreLayerHost.tsx), parcels' geometry by reference.
import type { LocalText } from './layerRoles.ts';
import type { ProjectDocument, ProjectLayer } from './projectDocument.ts';
import { uiTextBoth } from '../../i18n/renderMessage.ts';

/** The one score layer of a project: it follows the active scenario. */
export const SCORE_LAYER_ID = 'score-result';

/** Rank labels on the map by default: the top ten (the scoring panel may change it; the meeting package keeps it). */
export const DEFAULT_TOP_N = 10;

/** True for a layer computed from other data (today: the score layer), which has no features of its own. */
export function isDerivedLayer(layer: ProjectLayer): boolean {
  return layer.source.kind === 'scenario-result';
}

/** "Kết quả chấm điểm: <scenario>" / "Score result: <scenario>". */
export function scoreLayerTitle(scenarioLabel: LocalText): LocalText {
  return uiTextBoth((t, language) => `${t.scoreLayer.title}: ${scenarioLabel[language]}`);
}

export function createScoreLayer(scenarioLabel: LocalText): ProjectLayer {
  return {
    id: SCORE_LAYER_ID,
    // Its features are candidate parcels with their score: the candidate role gives them their labels on export.
    role: 'candidate_site',
    title: scoreLayerTitle(scenarioLabel),
    source: { kind: 'scenario-result' },
    visible: true,
    style: {},
    metadata: { illustrative: false, note: uiTextBoth((t) => t.scoreLayer.note) },
  };
}

/**
 * The project with its score layer titled after `scenarioLabel` (the active scenario's); the same object when the
 * title is already right or there is no score layer, so nothing re-renders for nothing.
 */
export function withScoreLayerTitle(project: ProjectDocument, scenarioLabel: LocalText | undefined): ProjectDocument {
  if (!scenarioLabel) return project;
  const index = project.layers.findIndex(isDerivedLayer);
  if (index < 0) return project;
  const title = scoreLayerTitle(scenarioLabel);
  const layer = project.layers[index];
  if (layer.title.vi === title.vi && layer.title.en === title.en) return project;
  const layers = [...project.layers];
  layers[index] = { ...layer, title };
  return { ...project, layers };
}
