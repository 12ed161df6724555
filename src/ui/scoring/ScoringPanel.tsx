// The site-scoring tab (issue 3): scenario picker, criteria/weights/AHP, constraints, score map and
// legend, ranking, explanation, comparison, sensitivity and drawing a new site. The engine runs in
// the scoring worker; weight edits only re-combine, so sliders are live.
import { useEffect, useMemo, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ParcelExplanation } from '../../domain/scoring/explainParcel.ts';
import { measureKey, type Scenario } from '../../domain/scoring/scenario.ts';
import { activeScenarioOf, scenariosOf } from '../../state/commands.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useAppSelector, useLanguage, useStore, useText } from '../useAppState.ts';
import { buildRankingRows, buildRowsOf } from './buildRankingRows.ts';
import { topRankedOf } from '../../domain/scoring/topRankedIndices.ts';
import { countScored } from '../../domain/scoring/countScored.ts';
import { parcelInfoOf, type ParcelInfo } from './collectScoringInput.ts';
import { useCadastreFeatures } from '../useCadastreFeatures.ts';
import type { Feature } from 'geojson';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { msg } from '../../i18n/message.ts';
import { communeOfFeature } from '../../domain/geo/communeOfFeature.ts';
import { useCommunes } from '../useCommunes.ts';
import { collectScoringInput, sameDataKey } from './collectScoringInput.ts';
import { CompareView } from './CompareView.tsx';
import { ConstraintsEditor } from './ConstraintsEditor.tsx';
import { CriteriaEditor } from './CriteriaEditor.tsx';
import { DrawSite } from './DrawSite.tsx';
import { EditSite } from './EditSite.tsx';
import { ExplanationView } from './ExplanationView.tsx';
import { RankingTable } from './RankingTable.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';
import { describeScenarioChange } from './scenarioEdits.ts';
import { ScoreLegend } from './ScoreLegend.tsx';
import { useScoringSession } from './scoringSession.ts';
import { useServices } from '../appServices.ts';
import { SensitivityForm } from './SensitivityForm.tsx';
import { NumberField } from './NumberField.tsx';
import { buildScoreLegend } from '../../map/buildScoreLegend.ts';
import { createScoreLayer, isDerivedLayer, SCORE_LAYER_ID } from '../../domain/model/scoreResultLayer.ts';
import './scoring.css';

/** A cadastre's ranking lists its best parcels only (their columns read from the file), not millions of rows. */
const CADASTRE_TOP_ROWS = 100;

/** A cadastre parcel's id, name and area from its feature read from the file (its number until it arrives). */
function cadastreInfoOf(features: Map<number, Feature>, index: number): ParcelInfo {
  const feature = features.get(index);
  return feature ? parcelInfoOf(feature, `#${index + 1}`) : { id: `#${index + 1}`, name: '', areaM2: NaN };
}

/** Edits wait this long after the last change before they become one undoable saveScenario command. */
const COMMIT_DELAY_MS = 700;

export function ScoringPanel() {
  const store = useStore();
  const layerData = useAppSelector((s) => s.layerData);
  const selection = useAppSelector((s) => s.selection);
  const language = useLanguage();
  const T = useText().scoring;
  const TL = useText().scoreLayer;
  const project = useAppSelector((s) => s.history.workspace.project);
  const scenarios = scenariosOf(project);
  const stored = activeScenarioOf(project);

  // Edits live in a draft (instant re-combine) and are saved as one named command when they pause.
  const [draft, setDraft] = useState<{ base: Scenario; edited: Scenario } | null>(null);
  const scenario = draft && draft.base === stored ? draft.edited : stored;
  const edit = (f: (s: Scenario) => Scenario) => setDraft((d) => ({ base: stored, edited: f(d && d.base === stored ? d.edited : stored) }));
  const pending = useRef<{ base: Scenario; edited: Scenario } | null>(null);
  useEffect(() => {
    pending.current = draft && draft.base === stored && draft.edited !== stored ? draft : null;
  }, [draft, stored]);
  const commit = () => {
    const d = pending.current;
    if (!d) return;
    pending.current = null;
    store.run({ type: 'saveScenario', scenario: d.edited, note: describeScenarioChange(d.base, d.edited) });
    // Saved: drop the draft, or an undo (which brings back `d.base` itself) would show it and save it again.
    setDraft((current) => (current === d ? null : current));
  };
  useEffect(() => {
    if (!draft || draft.base !== stored || draft.edited === stored) return;
    const timer = window.setTimeout(commit, COMMIT_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `commit` reads the ref; the draft is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, stored]);
  // Leaving the tab saves what is pending.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => () => commit(), []);

  const input = useMemo(() => collectScoringInput(project.layers, layerData), [project.layers, layerData]);
  const session = useScoringSession();
  const scoring = useServices().scoring;
  useEffect(() => {
    if (input.status === 'ready') scoring.ensureScored(input, scenario);
  }, [input, scenario, scoring]);

  const ready = input.status === 'ready' ? input : null;
  const scored = ready && session.scored && sameDataKey(session.scored.dataKey, ready.dataKey) ? session.scored : null;

  // Sensitivity belongs to the scenario and data it was run with.
  const sensitivity = session.sensitivity && scored && sameDataKey(session.sensitivity.dataKey, scored.dataKey) && session.sensitivity.scenario === scored.scenario ? session.sensitivity : null;
  // Map choices live in the session, so the score layer keeps them after the tab is left.
  const { colourBy, topN, compare } = session;
  const mapMode = colourBy === 'probability' && sensitivity ? 'probability' : 'score';
  const scoreLayer = project.layers.find(isDerivedLayer);
  const scoreSpec = useAppSelector((s) => s.derivedLayers[SCORE_LAYER_ID]);
  const legend = useMemo(() => (scoreSpec ? buildScoreLegend(scoreSpec) : null), [scoreSpec]);
  // "Show on the map" is the score layer's visibility; ticked with no score layer (removed), it adds one.
  const setShowOnMap = (show: boolean) => {
    if (scoreLayer) store.run({ type: 'setLayerVisible', layerId: scoreLayer.id, visible: show });
    else if (show) store.run({ type: 'addLayer', layer: createScoreLayer(stored.label) });
  };

  const { assign: assignCommune } = useCommunes();
  const parcelCommunes = useMemo(() => (ready ? ready.parcels.map((f) => communeOfFeature(f, assignCommune)) : []), [ready, assignCommune]);
  // The selected parcel: a map click on a candidate layer, or a table row.
  const selectedIndex = ready && selection && ready.offsets[selection.layerId] !== undefined ? ready.offsets[selection.layerId] + selection.featureIndex : null;
  // A cadastre: the top rows, the selected and the compared parcels are read from the file.
  const cadastre = ready?.packed ?? null;
  const topIndices = useMemo(() => (cadastre && scored ? topRankedOf(scored.reply.ranks, CADASTRE_TOP_ROWS, scored.reply.topRanked) : []), [cadastre, scored]);
  const cadastreFeatures = useCadastreFeatures(cadastre?.data ?? null, cadastre ? [...topIndices, ...compare, ...(selectedIndex !== null ? [selectedIndex] : [])] : []);
  const infoAt = (index: number): ParcelInfo | undefined => (cadastre ? cadastreInfoOf(cadastreFeatures, index) : ready?.info[index]);
  const rows = useMemo(() => {
    if (!ready || !scored) return [];
    if (!cadastre) return buildRankingRows(ready.info, scored.reply, scored.scenario, sensitivity?.result, parcelCommunes);
    const communeOf = (i: number) => {
      const f = cadastreFeatures.get(i);
      return f ? communeOfFeature(f, assignCommune) : null;
    };
    return buildRowsOf(topIndices, (i) => cadastreInfoOf(cadastreFeatures, i), scored.reply, scored.scenario, communeOf, sensitivity?.result);
  }, [ready, scored, sensitivity, parcelCommunes, cadastre, topIndices, cadastreFeatures, assignCommune]);
  const counts = useMemo(() => {
    if (!cadastre || !scored) return null;
    return { scored: countScored(scored.reply.excludedBy), total: scored.reply.excludedBy.length };
  }, [cadastre, scored]);
  const scoredCount = counts ? counts.scored : rows.filter((r) => r.score !== null).length;
  const totalCount = counts ? counts.total : rows.length;
  const [explanation, setExplanation] = useState<{ index: number; value: ParcelExplanation | LocalText } | null>(null);
  const explanationRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selectedIndex === null || !scored) return;
    let live = true;
    void scoring.requestExplanation(scored.scenario, selectedIndex, 'explain').then((value) => {
      if (live && value) setExplanation({ index: selectedIndex, value });
    });
    return () => {
      live = false;
    };
  }, [selectedIndex, scored, scoring]);
  useEffect(() => {
    if (selectedIndex !== null) explanationRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex]);

  const selectParcel = (index: number) => {
    if (!ready) return;
    if (ready.packed) {
      store.select({ layerId: ready.packed.layerId, featureIndex: index });
      const b = ready.packed.data.parcels.bbox;
      if (Number.isFinite(b[4 * index])) store.fitBounds([b[4 * index], b[4 * index + 1], b[4 * index + 2], b[4 * index + 3]]);
      return;
    }
    const ref = ready.refs[index];
    store.select({ layerId: ref.layerId, featureIndex: ref.featureIndex });
    const [w, s, e, n] = bbox(ready.parcels[index]);
    store.fitBounds([w, s, e, n]);
  };

  // Comparison of 2–4 parcels, lettered A–D in the order they were ticked (the map uses the same letters).
  const setCompare = (f: (c: number[]) => number[]) => scoring.setChoices({ compare: f(scoring.getSnapshot().compare) });
  const [compared, setCompared] = useState<{ key: string; sites: { label: string; explanation: ParcelExplanation }[] } | null>(null);
  const compareKey = compare.join(',');
  useEffect(() => {
    if (!ready || !scored || compare.length < 2) return;
    let live = true;
    void Promise.all(compare.map((i, k) => scoring.requestExplanation(scored.scenario, i, `compare:${k}`))).then((values) => {
      if (!live || values.some((v) => !v || !('criteria' in v))) return;
      setCompared({ key: compareKey, sites: values.map((v, k) => ({ label: ready.info[compare[k]]?.id ?? `#${compare[k] + 1}`, explanation: v as ParcelExplanation })) });
    });
    return () => {
      live = false;
    };
    // compareKey carries `compare`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compareKey, ready, scored, scoring]);
  const toggleCompare = (index: number) => setCompare((c) => (c.includes(index) ? c.filter((x) => x !== index) : c.length >= 4 ? c : [...c, index]));

  if (input.status === 'loading') return <div className="scoring-panel muted">{T.loadingData}</div>;
  if (input.status === 'noParcels') return <div className="scoring-panel muted">{T.noParcels}</div>;

  const running = session.status === 'running';
  const progress = session.progress;
  const excludedCount = totalCount - scoredCount;
  const selectedInfo = selectedIndex !== null ? infoAt(selectedIndex) : null;
  const shownExplanation = explanation && explanation.index === selectedIndex ? explanation.value : null;

  return (
    <div className="scoring-panel" data-testid="scoring-panel">
      <h2>{T.title}</h2>
      <p className="muted sc-small">{T.intro}</p>
      <ScenarioPicker scenarios={scenarios} active={stored} current={scenario} />
      {cadastre && cadastre.ignored > 0 && (
        <p className="sc-warning sc-small" data-testid="cadastre-one-layer">
          {renderMessage(language, msg('cadastre.one-layer', { used: project.layers.find((l) => l.id === cadastre.layerId)?.title[language] ?? '', ignored: cadastre.ignored }))}
        </p>
      )}

      <div className="sc-status" aria-live="polite">
        {progress && running && (
          <div className="sc-progress" data-testid="scoring-progress">
            <span>{T.measuring}</span>
            <progress max={progress.total} value={progress.done} />
            <button type="button" className="sc-button" onClick={scoring.cancelScoring} data-testid="scoring-cancel">
              {T.cancelRun}
            </button>
          </div>
        )}
        {session.status === 'cancelled' && (
          <div className="sc-warning">
            {T.cancelled}{' '}
            <button type="button" className="sc-link" onClick={() => scoring.ensureScored(input, scenario, true)}>
              {T.rerun}
            </button>
          </div>
        )}
        {session.status === 'error' && session.error && (
          <div className="sc-error" role="alert">
            {session.error[language]}{' '}
            <button type="button" className="sc-link" onClick={() => scoring.ensureScored(input, scenario, true)}>
              {T.rerun}
            </button>
          </div>
        )}
        {scored && (
          <div className="sc-small" data-testid="scoring-summary">
            {formatNumber(scoredCount, language)} / {formatNumber(totalCount, language)} {T.summary} {formatNumber(excludedCount, language)}
            {scored.reply.invalid.length > 0 && ` · ${formatNumber(scored.reply.invalid.length, language)} ${T.invalidParcels}`}
          </div>
        )}
        {scored && scored.reply.emptySources.length > 0 && (
          <div className="sc-warning sc-small" data-testid="empty-sources">
            {T.emptySources}:{' '}
            {[
              ...scored.scenario.criteria.filter((c) => scored.reply.emptySources.includes(measureKey(c.measure))).map((c) => c.label[language]),
              ...scored.scenario.constraints.filter((c) => c.enabled !== false && scored.reply.emptySources.includes(measureKey(c.measure))).map((c) => c.reason[language]),
            ].join('; ')}
          </div>
        )}
      </div>

      {scored && (
        <div className="sc-map-options">
          <label className="sc-inline">
            <input type="checkbox" checked={!!scoreLayer?.visible} onChange={(e) => setShowOnMap(e.target.checked)} data-testid="score-overlay-toggle" />
            <span>{T.showOnMap}</span>
          </label>
          {sensitivity && (
            <div className="sc-mode" role="radiogroup" aria-label={T.colourBy}>
              <button type="button" role="radio" aria-checked={mapMode === 'score'} onClick={() => scoring.setChoices({ colourBy: 'score' })} data-testid="colour-score">
                {T.colourScore}
              </button>
              <button type="button" role="radio" aria-checked={mapMode === 'probability'} onClick={() => scoring.setChoices({ colourBy: 'probability' })} data-testid="colour-ptopk">
                {T.colourTopK}
              </button>
            </div>
          )}
          <span className="sc-inline">
            <span>{TL.topN}</span>
            <NumberField value={topN} min={0} max={50} label={TL.topN} width="48px" onChange={(n) => scoring.setChoices({ topN: Math.round(n) })} testId="score-top-n" />
          </span>
          {legend && <ScoreLegend legend={legend} />}
        </div>
      )}

      <div ref={explanationRef}>
        {selectedIndex !== null && selectedInfo && shownExplanation && 'criteria' in shownExplanation && (
          <ExplanationView
            title={selectedInfo.name || selectedInfo.id}
            subtitle={selectedInfo.name ? selectedInfo.id : ''}
            explanation={shownExplanation}
            total={scoredCount}
           
            onClose={() => store.select(null)}
          />
        )}
        {shownExplanation && 'vi' in shownExplanation && <p className="sc-error">{shownExplanation[language]}</p>}
        {ready && !ready.packed && scored && selectedIndex !== null && <EditSite input={ready} scored={scored} selectedIndex={selectedIndex} />}
      </div>

      <details className="sc-section" open>
        <summary>{T.criteria}</summary>
        <CriteriaEditor scenario={scenario} layers={project.layers} edit={edit} />
      </details>

      <details className="sc-section">
        <summary data-testid="constraints-section">{T.constraints}</summary>
        <ConstraintsEditor scenario={scenario} edit={edit} />
      </details>

      {scored && (
        <details className="sc-section" open>
          <summary>{T.ranking}</summary>
          <RankingTable
            rows={rows}
           
            selectedIndex={selectedIndex}
            compare={compare}
            withSensitivity={!!sensitivity}
            scenarioId={scored.scenario.id}
            onSelect={selectParcel}
            onToggleCompare={toggleCompare}
          />
        </details>
      )}

      {scored && (
        <details className="sc-section" open={compare.length > 0}>
          <summary data-testid="compare-section">
            {T.compare} {compare.length > 0 && `(${compare.length})`}
          </summary>
          <CompareView sites={compare.length >= 2 && compared?.key === compareKey ? compared.sites : []} onClear={() => setCompare(() => [])} />
        </details>
      )}

      {scored && (
        <details className="sc-section">
          <summary data-testid="sensitivity-section">{T.sensitivity}</summary>
          <SensitivityForm scenario={scored.scenario} running={session.sensitivityRunning} stale={!!session.sensitivity && !sensitivity} done={sensitivity} />
        </details>
      )}

      {scored && (
        <details className="sc-section">
          <summary data-testid="draw-section">{T.draw}</summary>
          <DrawSite scenario={scenario} scoredCount={scoredCount} />
        </details>
      )}
    </div>
  );
}
