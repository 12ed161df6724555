// The one object that owns the MapLibre map and the deck.gl overlay. React never touches the map:
// it hands the controller a new style and new deck layers (both built by pure functions) after each
// state change, and hears back clicks, view changes and basemap failures. Panels that work on the map
// itself use its verbs: a terra-draw session in the one drawing slot, a snapshot once the map is idle,
// projecting a position to the screen.
import { Map as MapLibreMap, NavigationControl, ScaleControl, AttributionControl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Feature } from 'geojson';
import { TerraDraw } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { MapView } from '../domain/model/projectDocument.ts';
import type { Language } from '../i18n/language.ts';
import { HIGHLIGHT_SOURCE } from './buildMapStyle.ts';
import { LABELLED_CONTROLS, maplibreLocale } from './maplibreLocale.ts';
import { DrawingSlot } from './drawingSlot.ts';

setWorkerUrl(workerUrl);

export interface MapPick {
  layerId: string;
  featureIndex: number;
}

export interface MapControllerEvents {
  /** A click on the map that is not part of a drawing session: what is under it (null: nothing). */
  onPick(pick: MapPick | null): void;
  onBasemapError(): void;
}

export interface DrawingOptions {
  modes: ConstructorParameters<typeof TerraDraw>[0]['modes'];
  /** Prefix of terra-draw's sources and layers on the map (terra-draw's default: 'td'). */
  prefixId?: string;
  coordinatePrecision?: number;
  /** Another session took the map: this one has been stopped. */
  onEnd: () => void;
  /** A style update removed the session's layers from the map (the session may restart). */
  onLayersLost?: () => void;
}

export interface DrawingSession {
  draw: TerraDraw;
  /** Stops the session and frees the drawing slot (idempotent). */
  stop(): void;
}

/** terra-draw's MapLibre sources and layers ([id, source, type]) for a prefix. */
function terraDrawLayers(prefix: string): { sources: string[]; layers: [string, string, 'circle' | 'symbol' | 'line' | 'fill'][] } {
  return {
    sources: ['point', 'linestring', 'polygon'].map((k) => `${prefix}-${k}`),
    layers: [
      [`${prefix}-point`, `${prefix}-point`, 'circle'],
      [`${prefix}-point-marker`, `${prefix}-point`, 'symbol'],
      [`${prefix}-linestring`, `${prefix}-linestring`, 'line'],
      [`${prefix}-polygon`, `${prefix}-polygon`, 'fill'],
      [`${prefix}-polygon-outline`, `${prefix}-polygon`, 'line'],
    ],
  };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class MapController {
  /** The MapLibre map, for the browser tests' hook only: app code goes through the verbs of this class. */
  readonly map: MapLibreMap;
  private readonly slot = new DrawingSlot();
  private readonly viewListeners = new Set<(view: MapView) => void>();
  private readonly onPress = () => this.slot.press();
  private readonly overlay: MapLibreOverlay;
  private queryableLayerIds: string[] = [];
  /** A style that arrived while the previous one was still loading; applied once it has loaded. */
  private pendingStyle: StyleSpecification | null = null;
  private firstStyleLoaded = false;
  private language: Language;
  /** The last style and deck layers handed over: an offscreen render (a map sheet) draws the same. */
  private currentStyle: StyleSpecification;
  private currentDeckLayers: Layer[] = [];

  constructor(container: HTMLElement, style: StyleSpecification, view: MapView, events: MapControllerEvents, language: Language = 'vi') {
    this.language = language;
    this.currentStyle = style;
    this.map = new MapLibreMap({
      container,
      style,
      center: view.center,
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      attributionControl: false,
      // The tiles and glyphs of this app never leave its own origin; nothing to prefetch.
      maxZoom: 19,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Control tooltips in the UI language (MapLibre's defaults are English).
      locale: maplibreLocale(language),
    });
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.overlay = new MapLibreOverlay({ interleaved: false, layers: [] });
    this.map.addControl(this.overlay);
    this.setStyle(style);
    this.map.once('style.load', () => {
      this.firstStyleLoaded = true;
      const next = this.pendingStyle;
      this.pendingStyle = null;
      if (next) this.setStyle(next);
    });

    // A press is seen before terra-draw (capture), so a click that finishes a drawing is not a pick.
    container.addEventListener('pointerdown', this.onPress, true);
    this.map.on('click', (event) => {
      if (this.slot.clickIsPick()) events.onPick(this.pickAt(event.point.x, event.point.y));
    });
    this.map.on('moveend', () => {
      const view = this.getView();
      for (const listener of this.viewListeners) listener(view);
    });
    this.map.on('error', (event) => {
      const sourceId = (event as unknown as { sourceId?: string }).sourceId;
      if (sourceId === 'osm') events.onBasemapError();
      else console.warn('Map error', event.error?.message ?? event);
    });
    this.map.on('mousemove', (event) => {
      const hit = this.pickAt(event.point.x, event.point.y) !== null;
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
    });
  }

  /**
   * Switches MapLibre's control tooltips and aria-labels to `language`. MapLibre has no public way to change
   * its `locale` after the map is created and labels each control once, when it is added, so the controller
   * relabels the controls it added (zoom, compass, attribution) and the canvas itself.
   */
  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    const strings = maplibreLocale(language);
    const container = this.map.getContainer();
    for (const { selector, key, ariaOnly } of LABELLED_CONTROLS) {
      for (const element of Array.from(container.querySelectorAll<HTMLElement>(selector))) {
        if (!ariaOnly) element.title = strings[key];
        element.setAttribute('aria-label', strings[key]);
      }
    }
  }

  /** Calls `listener` with the view each time the map stops moving. Returns the unsubscribe. */
  onViewChange(listener: (view: MapView) => void): () => void {
    this.viewListeners.add(listener);
    return () => {
      this.viewListeners.delete(listener);
    };
  }

  getView(): MapView {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Applies a new style as a diff: unchanged sources keep their data, visibility changes are cheap. */
  setStyle(style: StyleSpecification): void {
    this.currentStyle = style;
    this.queryableLayerIds = style.layers
      .filter((l) => l.id.includes(':') && !l.id.startsWith(`${HIGHLIGHT_SOURCE}:`) && !l.id.endsWith(':casing'))
      .map((l) => l.id);
    // A diff needs the first style to have loaded; until then keep only the newest request.
    if (!this.firstStyleLoaded) {
      this.pendingStyle = style;
      return;
    }
    this.map.setStyle(style, { diff: true });
  }

  setDeckLayers(layers: Layer[]): void {
    this.currentDeckLayers = layers;
    this.overlay.setProps({ layers });
  }

  /** The deck.gl layers last set (what the map draws over MapLibre), e.g. to list what is visible. */
  getDeckLayers(): readonly Layer[] {
    return this.currentDeckLayers;
  }

  /**
   * The hover text of a deck.gl-drawn feature (null: none). deck.gl shows `text` as text, never as HTML, so
   * imported names cannot inject markup.
   */
  setTooltip(textOf: ((pick: MapPick) => string | null) | null): void {
    this.overlay.setProps({
      getTooltip: textOf
        ? (info: PickingInfo) => {
            if (!info.layer || info.index < 0 || info.layer.id.endsWith(':labels')) return null;
            const text = textOf({ layerId: info.layer.id.split(':')[0], featureIndex: info.index });
            return text ? { text, className: 'map-tooltip' } : null;
          }
        : null,
    } as never);
  }

  setHighlight(feature: Feature | null): void {
    const apply = () => {
      const source = this.map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE);
      source?.setData({ type: 'FeatureCollection', features: feature ? [feature] : [] });
    };
    if (this.map.isStyleLoaded()) apply();
    else this.map.once('styledata', apply);
  }

  /** `rightInsetPx`: a panel floating over the map's right side (the attribute panel): the bounds fit beside it. */
  fitBounds(bounds: [number, number, number, number], rightInsetPx = 0): void {
    // A panel may have opened in the same render (the map's own resize observer only fires later):
    // measure the container now, or the bounds are fitted to the old width and end up behind the panel.
    this.map.resize();
    const inset = Math.min(rightInsetPx, this.map.getContainer().clientWidth * 0.4);
    this.map.fitBounds(bounds, { padding: { top: 40, bottom: 40, left: 40, right: 40 + inset }, duration: 600, maxZoom: 16 });
  }

  /**
   * Moves the camera to `view` (a slide's): a smooth flight when `durationMs` > 0 (MapLibre's flyTo, which
   * zooms out and in over long distances, eased for short ones), a jump otherwise (a slide opened from the URL).
   */
  flyTo(view: MapView, durationMs: number): void {
    this.map.resize();
    const camera = { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch };
    if (durationMs <= 0) this.map.jumpTo(camera);
    else this.map.flyTo({ ...camera, duration: durationMs });
  }

  /** Screen position (CSS px from the map's top-left corner) of a [lon, lat]. */
  project(lngLat: [number, number]): [number, number] {
    const p = this.map.project(lngLat);
    return [p.x, p.y];
  }

  /** The map's size on screen, in CSS px. */
  sizePx(): { width: number; height: number } {
    const container = this.map.getContainer();
    return { width: container.clientWidth, height: container.clientHeight };
  }

  /**
   * Starts a terra-draw session on the map in the one drawing slot: the session holding it is stopped and
   * told (`onEnd`) first. While the session runs, clicks on the map are not picks.
   */
  startDrawing(options: DrawingOptions): DrawingSession {
    const map = this.map;
    const prefix = options.prefixId ?? 'td';
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: prefix, ...(options.coordinatePrecision !== undefined ? { coordinatePrecision: options.coordinatePrecision } : {}) }),
      modes: options.modes,
    });
    let stopped = false;
    const onStyleData = () => {
      if (!stopped && !map.getSource(`${prefix}-polygon`)) options.onLayersLost?.();
    };
    const stop = () => {
      if (stopped) return;
      stopped = true;
      map.off('styledata', onStyleData);
      release();
      // The app's style updates (a diff) drop layers they do not know, such as terra-draw's. The adapter
      // removes its layers when it stops and MapLibre reports a missing one as an error, so put empty
      // stand-ins back first.
      const { sources, layers } = terraDrawLayers(prefix);
      for (const id of sources) if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const [id, source, type] of layers) if (!map.getLayer(id)) map.addLayer({ id, source, type } as Parameters<MapLibreMap['addLayer']>[0]);
      draw.stop();
    };
    const release = this.slot.claim(() => {
      stop();
      options.onEnd();
    });
    draw.start();
    map.on('styledata', onStyleData);
    return { draw, stop };
  }

  /** A PNG of the map once it has finished moving and drawing (tiles, style, deck.gl overlay). */
  async snapshotWhenIdle(timeoutMs = 8000): Promise<string> {
    const map = this.map;
    // Let React push the latest fit request and overlay to the controller first.
    await frame();
    await frame();
    await new Promise<void>((resolve) => {
      const timer = window.setTimeout(resolve, timeoutMs);
      const settle = () => {
        map.once('idle', () => {
          window.clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      };
      if (map.isMoving()) map.once('moveend', settle);
      else settle();
    });
    // deck.gl draws on its own animation frame after the map.
    await frame();
    await frame();
    return this.snapshotDataUrl();
  }

  /**
   * The map as shown now (same style, deck.gl layers and labels), drawn offscreen at another size: the area
   * on screen fitted into a `cssWidth × cssHeight` frame (the extent grows along the other axis to fill the
   * frame's shape), at `pixelRatio` device pixels per CSS px. For map sheets: a frame at its size in CSS px
   * (1/96 in) and the pixel ratio of the sheet's dpi prints labels and lines at their screen size.
   * Returns the composed image and the view it was drawn at (for the scale bar).
   */
  async renderOffscreen(cssWidth: number, cssHeight: number, pixelRatio: number, timeoutMs = 60_000): Promise<{ canvas: HTMLCanvasElement; view: MapView }> {
    const container = document.createElement('div');
    // Laid out (WebGL needs a size) but off the page and out of the way of the real map's events.
    container.style.cssText = `position:fixed;left:-${cssWidth + 1000}px;top:0;width:${cssWidth}px;height:${cssHeight}px;pointer-events:none;`;
    container.setAttribute('aria-hidden', 'true');
    document.body.appendChild(container);
    const bounds = this.map.getBounds();
    const map = new MapLibreMap({
      container,
      style: this.currentStyle,
      bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      fitBoundsOptions: { padding: 0 },
      pixelRatio,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      maxZoom: 19,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    // New instances of the same layers: a deck.gl layer belongs to one deck.
    const overlay = new MapLibreOverlay({ interleaved: false, useDevicePixels: pixelRatio, layers: this.currentDeckLayers.map((layer) => layer.clone({})) });
    map.addControl(overlay);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = window.setTimeout(() => reject(new Error('The map did not finish drawing in time')), timeoutMs);
        map.once('idle', () => {
          window.clearTimeout(timer);
          resolve();
        });
      });
      // deck.gl draws on its own animation frame after the map.
      map.triggerRepaint();
      await frame();
      await frame();
      await frame();
      const base = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = base.width;
      out.height = base.height;
      const context = out.getContext('2d')!;
      for (const canvas of Array.from(container.querySelectorAll('canvas'))) context.drawImage(canvas, 0, 0, out.width, out.height);
      const c = map.getCenter();
      return { canvas: out, view: { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() } };
    } finally {
      map.remove();
      container.remove();
    }
  }

  /** deck.gl layers are on top, so they are picked first; then MapLibre's topmost rendered feature. */
  private pickAt(x: number, y: number): MapPick | null {
    const picked = this.overlay.pickObject({ x, y, radius: 2 }) as PickingInfo | null;
    if (picked?.layer && picked.index >= 0 && !picked.layer.id.endsWith(':labels')) {
      return { layerId: picked.layer.id.split(':')[0], featureIndex: picked.index };
    }
    const layers = this.queryableLayerIds.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
    const features = this.map.queryRenderedFeatures([
      [x - 3, y - 3],
      [x + 3, y + 3],
    ], { layers });
    const hit = features.find((f) => typeof f.id === 'number' && !f.layer.id.endsWith(':land'));
    return hit ? { layerId: hit.layer.id.split(':')[0], featureIndex: hit.id as number } : null;
  }

  /**
   * A PNG of what the map shows now: the MapLibre canvas with the deck.gl canvas drawn over it
   * (both keep their drawing buffers), for compliance sheets and exports.
   */
  private snapshotDataUrl(): string {
    const container = this.map.getContainer();
    const base = this.map.getCanvas();
    const out = document.createElement('canvas');
    out.width = base.width;
    out.height = base.height;
    const context = out.getContext('2d')!;
    for (const canvas of Array.from(container.querySelectorAll('canvas'))) {
      context.drawImage(canvas, 0, 0, out.width, out.height);
    }
    return out.toDataURL('image/png');
  }

  destroy(): void {
    this.map.getContainer().removeEventListener('pointerdown', this.onPress, true);
    this.viewListeners.clear();
    this.map.remove();
  }
}
