import { memo, useMemo, useState } from 'react';
import { bbox } from '@turf/turf';
import { legendFor } from '../map/roleStyles.ts';
import { formatNumber } from '../i18n/format.ts';
import type { ProjectLayer } from '../domain/model/projectDocument.ts';
import { LegendSymbol } from './LegendSymbol.tsx';
import { useAppSelector, useLanguage, useStore, useText } from './useAppState.ts';
import { LayerActions } from './import/LayerActions.tsx';
import { isDerivedLayer } from '../domain/model/scoreResultLayer.ts';
import { buildScoreLegend } from '../map/buildScoreLegend.ts';
import { ScoreLegend } from './scoring/ScoreLegend.tsx';

/** One row; memoised, so toggling one layer re-renders that row only (the others keep their `layer` object). */
const LayerRow = memo(function LayerRow({ layer, index, count }: { layer: ProjectLayer; index: number; count: number }) {
  const store = useStore();
  const data = useAppSelector((s) => s.layerData[layer.id]);
  const derived = useAppSelector((s) => s.derivedLayers[layer.id]);
  // The score layer waits for parcels: say so when no candidate layer is open (a cadastre not reopened after a reload).
  const parcelsOpen = useAppSelector((s) =>
    s.history.workspace.project.layers.some((l) => l.role === 'candidate_site' && !isDerivedLayer(l) && (s.layerData[l.id]?.status === 'ready' || s.layerData[l.id]?.status === 'packed')),
  );
  const scoreLegend = useMemo(() => (derived ? buildScoreLegend(derived) : null), [derived]);
  const tl = useText().scoreLayer;
  const language = useLanguage();
  const t = useText().app;
  const [showInfo, setShowInfo] = useState(false);
  const title = layer.title[language];

  const zoomTo = () => {
    // A cadastre: the box of its mesh (no features to measure).
    const packedBox = data?.status === 'packed' ? data.mesh.bbox : derived?.packedLayer ? derived.packedLayer.mesh.bbox : null;
    if (packedBox) return store.fitBounds(packedBox);
    const features = derived ? derived.candidateLayers.flatMap((l) => l.data.features) : data?.status === 'ready' ? data.data.features : [];
    if (features.length === 0) return;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
    store.fitBounds([w, s, e, n]);
  };
  // Draw order: `index` 0 is drawn first (the bottom of the list); "up" draws the layer later, above the next one.
  const move = (to: number) => store.run({ type: 'moveLayer', layerId: layer.id, index: to });

  return (
    <li className={`layer-row${layer.visible ? '' : ' layer-hidden'}`} data-testid={`layer-${layer.id}`}>
      <div className="layer-head">
        <label>
          <input
            type="checkbox"
            checked={layer.visible}
            aria-label={`${layer.visible ? t.hideLayer : t.showLayer}: ${title}`}
            data-testid={`toggle-${layer.id}`}
            onChange={(e) => store.run({ type: 'setLayerVisible', layerId: layer.id, visible: e.target.checked })}
          />
          <span className="layer-title">{title}</span>
        </label>
        <span className="layer-count">
          {data?.status === 'ready' && `${formatNumber(data.data.features.length, language)}`}
          {data?.status === 'packed' && `${formatNumber(data.parcels.count, language)}`}
          {derived && `${formatNumber(derived.scores.length, language)}`}
          {(data?.status === 'loading' || (isDerivedLayer(layer) && !derived)) && '…'}
        </span>
        <button type="button" className="icon-button" title={tl.moveUp} aria-label={`${tl.moveUp}: ${title}`} disabled={index >= count - 1} onClick={() => move(index + 1)} data-testid={`move-up-${layer.id}`}>
          <span className="chevron chevron-up" aria-hidden="true" />
        </button>
        <button type="button" className="icon-button" title={tl.moveDown} aria-label={`${tl.moveDown}: ${title}`} disabled={index <= 0} onClick={() => move(index - 1)} data-testid={`move-down-${layer.id}`}>
          <span className="chevron chevron-down" aria-hidden="true" />
        </button>
        <button type="button" className="icon-button" title={t.zoomToLayer} aria-label={`${t.zoomToLayer}: ${title}`} onClick={zoomTo}>
          ⤢
        </button>
        <button
          type="button"
          className="icon-button"
          title={t.layerInfo}
          aria-expanded={showInfo}
          aria-label={`${t.layerInfo}: ${title}`}
          onClick={() => setShowInfo(!showInfo)}
        >
          {/* A circled "i" drawn with CSS: the bundled Noto Sans has no ⓘ glyph, which showed as an empty box. */}
          <span className="info-glyph" aria-hidden="true">
            i
          </span>
        </button>
        <LayerActions layer={layer} />
      </div>
      {data?.status === 'error' && <p className="layer-error" role="alert">{data.message[language]}</p>}
      {data?.status === 'ready' && data.invalidCount > 0 && (
        <p className="layer-error" role="alert">
          {formatNumber(data.invalidCount, language)} {t.invalidFeatures}
        </p>
      )}
      {showInfo && (
        <div className="layer-info">
          {layer.metadata.illustrative && <span className="badge">{t.illustrativeBadge}</span>}
          <p>{layer.metadata.note[language]}</p>
          {layer.metadata.source && (
            <p>
              {t.source}: {layer.metadata.source}
            </p>
          )}
          {layer.metadata.license && (
            <p>
              {t.license}: {layer.metadata.license}
            </p>
          )}
        </div>
      )}
      {isDerivedLayer(layer) && !derived && <p className="muted layer-note">{parcelsOpen ? tl.notScored : tl.noParcels}</p>}
      {scoreLegend && <ScoreLegend legend={scoreLegend} testId={`legend-${layer.id}`} />}
      <div className="legend" aria-label={`${t.legend}: ${title}`}>
        {!isDerivedLayer(layer) && legendFor(layer.role).map((section, i) => (
          <div key={i} className="legend-section">
            {section.title && <div className="legend-section-title">{section.title[language]}</div>}
            <ul>
              {section.items.map((item) => (
                <li key={`${item.value ?? ''}${item.label.en}`}>
                  <LegendSymbol shape={item.shape} color={item.color} />
                  <span>{item.label[language]}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </li>
  );
});

export function LayerPanel() {
  const projectLayers = useAppSelector((s) => s.history.workspace.project.layers);
  const t = useText().app;
  // Listed top-most first, the way GIS users read a layer list.
  const layers = useMemo(() => [...projectLayers].reverse(), [projectLayers]);
  return (
    <section className="panel layer-panel" aria-label={t.layers}>
      <h2>{t.layers}</h2>
      <ul className="layer-list">
        {layers.map((layer, k) => (
          <LayerRow key={layer.id} layer={layer} index={layers.length - 1 - k} count={layers.length} />
        ))}
      </ul>
    </section>
  );
}
