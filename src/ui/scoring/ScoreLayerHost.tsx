// Keeps the score layer alive outside the scoring tab: the layer entry in the project (added the first time scores
// arrive in a session) and the data it is drawn and exported from (`store.derivedLayers`), rebuilt from the
// scoring session whenever the scores, the data or the map choices change. When the scoring tab is closed and the
// project has a score layer (e.g. a reopened project), it asks the worker to score the active scenario.
// Renders nothing; mounted once by the App.
import { useEffect, useMemo, useRef } from 'react';
import { createScoreLayer, isDerivedLayer, SCORE_LAYER_ID } from '../../domain/model/scoreResultLayer.ts';
import type { ScoreLayerSpec } from '../../state/overlaySpecs.ts';
import { activeScenarioOf } from '../../state/commands.ts';
import { useAppSelector, useStore } from '../useAppState.ts';
import { useServices } from '../appServices.ts';
import { collectScoringInput, sameDataKey } from './collectScoringInput.ts';
import { useScoringSession } from './scoringSession.ts';

/** The scoring tab's id in src/ui/toolTabs.ts. */
const SCORING_TAB_ID = 'scoring';

export function ScoreLayerHost() {
  const store = useStore();
  const project = useAppSelector((s) => s.history.workspace.project);
  const layerData = useAppSelector((s) => s.layerData);
  const scoring = useServices().scoring;
  const session = useScoringSession();
  const hasLayer = project.layers.some(isDerivedLayer);

  // Only the layers that feed the engine matter here: a title or visibility change of the score layer is no new input.
  const inputLayers = useMemo(() => project.layers.filter((l) => !isDerivedLayer(l)), [project.layers]);
  const input = useMemo(() => collectScoringInput(inputLayers, layerData), [inputLayers, layerData]);
  const ready = input.status === 'ready' ? input : null;
  const stored = activeScenarioOf(project);

  // The scoring tab closed and a score layer to show: score the active scenario (cheap when already scored).
  // While the tab is open, it decides what is scored (its draft scenario included).
  const scoringTabOpen = useAppSelector((s) => s.activeTab === SCORING_TAB_ID);
  useEffect(() => {
    if (hasLayer && ready && !scoringTabOpen) scoring.ensureScored(ready, stored);
  }, [hasLayer, ready, stored, scoringTabOpen, scoring]);

  const scored = ready && session.scored && sameDataKey(session.scored.dataKey, ready.dataKey) ? session.scored : null;

  // The first scores of the session add the score layer (undoable; unticking "show on the map" hides it).
  const added = useRef(false);
  useEffect(() => {
    if (!scored || added.current) return;
    added.current = true;
    if (!store.getState().history.workspace.project.layers.some(isDerivedLayer)) store.run({ type: 'addLayer', layer: createScoreLayer(stored.label) });
  }, [scored, stored, store]);

  const sensitivity =
    session.sensitivity && scored && sameDataKey(session.sensitivity.dataKey, scored.dataKey) && session.sensitivity.scenario === scored.scenario ? session.sensitivity : null;
  const { compare, topN, colourBy } = session;
  const spec = useMemo((): ScoreLayerSpec | null => {
    if (!ready || !scored) return null;
    const { reply } = scored;
    return {
      kind: 'score-layer',
      candidateLayers: ready.candidateLayers.map(({ id, data }) => ({ id, data })),
      offsets: ready.offsets,
      scores: reply.scores,
      ranks: reply.ranks,
      topRanked: reply.topRanked,
      excludedBy: reply.excludedBy,
      // Sorted in the scoring worker (2M scores would hold the page's thread for a second).
      breaks: reply.breaks,
      probability: colourBy === 'probability' && sensitivity ? { values: sensitivity.result.probabilityTopK, topK: sensitivity.options.topK } : null,
      names: ready.info.map((p) => p.name || p.id),
      constraintReasons: scored.scenario.constraints.map((c) => c.reason),
      topN,
      compare,
      ...(ready.packed
        ? { packedLayer: { id: ready.packed.layerId, mesh: ready.packed.data.mesh, parcels: ready.packed.data.parcels, ...(reply.vertexColors ? { vertexColors: reply.vertexColors } : {}) } }
        : {}),
    };
  }, [ready, scored, sensitivity, colourBy, topN, compare]);

  useEffect(() => {
    store.setDerivedLayer(SCORE_LAYER_ID, hasLayer ? spec : null);
  }, [store, spec, hasLayer]);
  return null;
}
