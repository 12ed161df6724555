// Draw a new candidate site with terra-draw (polygon mode) on the MapLibre map, score it at once
// against the current run (`scoreDrawn`: its explanation and where it would rank), and optionally
// keep it in an inline "Khu đất vẽ mới" candidate_site layer (an undoable addLayer command).
import { useEffect, useState } from 'react';
import type { Feature, Polygon } from 'geojson';
import { TerraDrawPolygonMode } from 'terra-draw';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import type { ParcelExplanation } from '../../domain/scoring/explainParcel.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import { geodesicAreaM2 } from '../../domain/geo/geodesicAreaM2.ts';
import { formatAreaM2, formatNumber } from '../../i18n/format.ts';
import { useMapController } from '../mapControllerContext.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';
import { uiText, uiTextBoth } from '../../i18n/renderMessage.ts';
import { ExclusionNote, ExplanationTable } from './ExplanationView.tsx';
import { formatScore } from './formatScoring.ts';
import { useServices } from '../appServices.ts';

export const DRAWN_LAYER_ID = 'drawn_sites';

type DrawnResult = { explanation: ParcelExplanation; rankAmongExisting: number | null } | LocalText;

export function DrawSite({ scenario, scoredCount }: { scenario: Scenario; scoredCount: number }) {
  const language = useLanguage();
  const T = useText().scoring;
  const controller = useMapController();
  const store = useStore();
  const [drawing, setDrawing] = useState(false);
  const [feature, setFeature] = useState<Feature<Polygon> | null>(null);
  const [result, setResult] = useState<DrawnResult | null>(null);

  useEffect(() => {
    if (!drawing || !controller) return;
    // The map's one drawing slot: its clicks are not picks while this runs, and editing a parcel's shape
    // (EditSite) takes the map from this drawing, and the other way round.
    const { draw, stop } = controller.startDrawing({ modes: [new TerraDrawPolygonMode()], onEnd: () => setDrawing(false) });
    draw.setMode('polygon');
    draw.on('finish', (id) => {
      const snapshot = draw.getSnapshotFeature(id);
      if (snapshot?.geometry.type === 'Polygon') {
        setFeature({ type: 'Feature', properties: {}, geometry: snapshot.geometry as Polygon });
        setResult(null);
      }
      setDrawing(false);
    });
    return stop;
  }, [drawing, controller]);

  // Score the drawn site, again whenever the scenario changes.
  const { scoreDrawnParcel } = useServices().scoring;
  useEffect(() => {
    if (!feature) return;
    let live = true;
    void scoreDrawnParcel(scenario, feature).then((r) => {
      if (live && r) setResult(r);
    });
    return () => {
      live = false;
    };
  }, [feature, scenario, scoreDrawnParcel]);

  useEffect(() => {
    store.setOverlay('scoring-drawn', feature ? { kind: 'drawn-site', feature } : null);
  }, [store, feature]);
  useEffect(() => () => store.setOverlay('scoring-drawn', null), [store]);

  const addToLayer = () => {
    if (!feature) return;
    const layers = store.getState().history.workspace.project.layers;
    const existing = layers.find((l) => l.id === DRAWN_LAYER_ID);
    const old = existing?.source.kind === 'inline' ? existing.source.data.features : [];
    const n = old.length + 1;
    const areaM2 = Math.round(geodesicAreaM2(feature));
    const added: Feature = { ...feature, properties: { id: `VE-${String(n).padStart(3, '0')}`, name: `${uiText('vi').scoring.drawnName} ${n}`, area_m2: areaM2, current_use: '', owner: '' } };
    const layer: ProjectLayer = {
      id: DRAWN_LAYER_ID,
      role: 'candidate_site',
      title: uiTextBoth((t) => t.scoring.drawnLayerTitle),
      source: { kind: 'inline', data: { type: 'FeatureCollection', features: [...old, added] } },
      visible: true,
      style: {},
      metadata: { illustrative: false, note: uiTextBoth((t) => t.scoring.drawnLayerNote), source: 'NOXH Atlas' },
    };
    const index = existing ? layers.indexOf(existing) : undefined;
    store.run({ type: 'addLayer', layer, ...(index !== undefined ? { index } : {}) });
    setFeature(null);
    setResult(null);
  };

  if (!controller) return <p className="muted sc-small">{T.mapNotReady}</p>;
  return (
    <div className="sc-draw" data-testid="draw-site">
      <p className="muted sc-small">{T.drawHelp}</p>
      <div className="sc-buttons">
        <button type="button" className={`sc-button${drawing ? '' : ' primary'}`} onClick={() => setDrawing(!drawing)} data-testid="draw-toggle">
          {drawing ? T.drawStop : T.drawStart}
        </button>
        {feature && (
          <>
            <button type="button" className="sc-button" onClick={addToLayer} data-testid="draw-add">
              {T.addToCandidates}
            </button>
            <button type="button" className="sc-button" onClick={() => (setFeature(null), setResult(null))}>
              {T.discard}
            </button>
          </>
        )}
      </div>
      {feature && result && 'vi' in result && <p className="sc-error">{result[language]}</p>}
      {feature && result && 'explanation' in result && (
        <div className="sc-card" data-testid="drawn-result">
          <h3>{T.drawnScore}</h3>
          <div className="sc-score-line">
            <span>
              {T.area}: {formatAreaM2(geodesicAreaM2(feature), language)}
            </span>
            <span>
              {T.score}: <strong data-testid="drawn-score">{formatScore(result.explanation.score, language)}</strong>
            </span>
            <span>
              {T.wouldRank}: <strong data-testid="drawn-rank">{result.rankAmongExisting ?? '—'}</strong> {T.among} {formatNumber(scoredCount + 1, language)}
            </span>
          </div>
          <ExclusionNote explanation={result.explanation} />
          <ExplanationTable explanation={result.explanation} />
        </div>
      )}
    </div>
  );
}
