// The map's cartographic furniture for presentation mode and print: a legend of the visible layers, a scale
// bar of a round distance, a north arrow, the data sources with the illustrative-data note, and the date.
// The legend, sources and note come from the same builder as the printed map sheets (useMapFurniture →
// buildMapFurniture); the scale bar from chooseScaleBar.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { chooseScaleBar, metresPerPxAt } from '../../domain/geo/chooseScaleBar.ts';
import { formatDate } from '../../i18n/format.ts';
import type { MapView } from '../../domain/model/projectDocument.ts';
import { LegendSymbol } from '../LegendSymbol.tsx';
import { useMapController } from '../mapControllerContext.ts';
import { useLanguage, useText } from '../useAppState.ts';
import { useMapFurniture } from './useMapFurniture.ts';

export function MapLegend() {
  const t = useText().present;
  const { legend } = useMapFurniture();
  const ref = useFitText(legend);
  return (
    <section className="furniture-legend" aria-label={t.legend} data-testid="present-legend" ref={ref}>
      <h2>{t.legend}</h2>
      {legend.length === 0 && <p className="muted">{t.noLayers}</p>}
      {legend.map((entry) => (
        <div key={entry.layerId} className="furniture-legend-layer" data-layer-id={entry.layerId}>
          <h3>{entry.title}</h3>
          {entry.sections.map((section, i) => (
            <div key={i}>
              {section.title && <div className="furniture-legend-section">{section.title}</div>}
              <ul>
                {section.items.map((item, j) => (
                  <li key={j}>
                    <LegendSymbol shape={item.shape} color={item.color} />
                    <span>{item.label}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

/**
 * Shrinks the legend's type (down to 70 %) until it fits its box without scrolling, when it is shown and
 * whenever the window or the legend changes; a legend longer than that scrolls.
 */
function useFitText(content: unknown) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      element.style.fontSize = '';
      const boxPx = element.clientHeight;
      const fullPx = element.scrollHeight;
      if (boxPx === 0 || fullPx <= boxPx + 1) return;
      // Each step is a forced layout (≈ 20 ms with a long score legend). Only the type shrinks, not the margins,
      // so no scale above boxPx / fullPx can fit: start there, then step down as before.
      // In twentieths (5 % steps) so the floor is exactly 70 %.
      for (let twentieths = Math.min(19, Math.max(14, Math.floor((boxPx / fullPx) * 20))); twentieths >= 14; twentieths--) {
        element.style.fontSize = `${twentieths / 20}em`;
        if (element.scrollHeight <= element.clientHeight + 1) break;
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element.parentElement ?? element);
    return () => observer.disconnect();
  }, [content]);
  return ref;
}

/** A scale bar of a round distance for the map's current zoom and latitude (updated when the map stops). */
export function ScaleBar({ maxPx = 180 }: { maxPx?: number }) {
  const controller = useMapController();
  const language = useLanguage();
  const t = useText().present;
  // The view after the map last stopped; until then (or a new map), the map's view now.
  const [moved, setMoved] = useState<MapView | null>(null);
  useEffect(() => controller?.onViewChange(setMoved), [controller]);
  const view = moved ?? controller?.getView() ?? null;
  if (!view) return null;
  const bar = chooseScaleBar(metresPerPxAt(view.zoom, view.center[1]), maxPx, language);
  if (!bar) return null;
  const quarter = bar.lengthPx / 4;
  return (
    <div className="furniture-scale" role="img" aria-label={`${t.scaleBar}: ${bar.label}`} data-testid="present-scale-bar" data-length-m={bar.lengthM} data-length-px={bar.lengthPx.toFixed(2)}>
      <svg width={bar.lengthPx + 2} height="12" viewBox={`-1 0 ${bar.lengthPx + 2} 12`} aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <rect key={i} x={i * quarter} y="2" width={quarter} height="8" fill={i % 2 === 0 ? '#1a1a1a' : '#fff'} stroke="#1a1a1a" strokeWidth="1" />
        ))}
      </svg>
      <span>{bar.label}</span>
    </div>
  );
}

export function NorthArrow() {
  const t = useText().present;
  return (
    <div className="furniture-north" role="img" aria-label={t.northArrow} data-testid="present-north-arrow">
      <span>{t.northLetter}</span>
      <svg width="26" height="34" viewBox="0 0 26 34" aria-hidden="true">
        <polygon points="13,1 13,24 3,33" fill="#1a1a1a" />
        <polygon points="13,1 23,33 13,24" fill="#9a9a9a" />
      </svg>
    </div>
  );
}

/** The visible layers' sources, the basemap's attribution, the illustrative-data note when sample data shows, the date. */
export function MapSources() {
  const language = useLanguage();
  const t = useText().present;
  const { sources, illustrativeNote } = useMapFurniture();
  return (
    <footer className="furniture-sources" data-testid="present-sources">
      {/* Long notes are cut to two lines on screen; the whole text is in the tooltip and on the printed sheet. */}
      {sources.length > 0 && (
        <p className="furniture-clamp" title={sources.join('; ')}>
          {t.sources}: {sources.join('; ')}
        </p>
      )}
      {illustrativeNote && (
        <p className="furniture-illustrative furniture-clamp" title={illustrativeNote} data-testid="present-illustrative">
          {illustrativeNote}
        </p>
      )}
      <p className="furniture-date" data-testid="present-date">
        {t.madeOn}: {formatDate(new Date(), language)} — NOXH Atlas
      </p>
    </footer>
  );
}
