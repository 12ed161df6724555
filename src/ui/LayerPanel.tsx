import { memo, useMemo, useState } from 'react';
import { bbox } from '@turf/turf';
import { legendFor } from '../map/roleStyles.ts';
import { formatNumber } from '../i18n/format.ts';
import type { ProjectLayer } from '../domain/model/projectDocument.ts';
import { LegendSymbol } from './LegendSymbol.tsx';
import { useAppSelector, useLanguage, useStore, useText } from './useAppState.ts';
import { LayerActions } from './import/LayerActions.tsx';

/** One row; memoised, so toggling one layer re-renders that row only (the others keep their `layer` object). */
const LayerRow = memo(function LayerRow({ layer }: { layer: ProjectLayer }) {
  const store = useStore();
  const data = useAppSelector((s) => s.layerData[layer.id]);
  const language = useLanguage();
  const t = useText().app;
  const [showInfo, setShowInfo] = useState(false);
  const title = layer.title[language];

  const zoomTo = () => {
    if (data?.status !== 'ready' || data.data.features.length === 0) return;
    const [w, s, e, n] = bbox(data.data);
    store.fitBounds([w, s, e, n]);
  };

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
          {data?.status === 'loading' && '…'}
        </span>
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
      <div className="legend" aria-label={`${t.legend}: ${title}`}>
        {legendFor(layer.role).map((section, i) => (
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
        {layers.map((layer) => (
          <LayerRow key={layer.id} layer={layer} />
        ))}
      </ul>
    </section>
  );
}
