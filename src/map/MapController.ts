// The one object that owns the MapLibre map and the deck.gl overlay. React never touches the map:
// it hands the controller a new style and new deck layers (both built by pure functions) after each
// state change, and hears back clicks, view changes and basemap failures.
import { Map as MapLibreMap, NavigationControl, ScaleControl, AttributionControl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Feature } from 'geojson';
import type { MapView } from '../domain/model/projectDocument.ts';
import type { Language } from '../i18n/language.ts';
import { HIGHLIGHT_SOURCE } from './buildMapStyle.ts';
import { LABELLED_CONTROLS, maplibreLocale } from './maplibreLocale.ts';

setWorkerUrl(workerUrl);

export interface MapPick {
  layerId: string;
  featureIndex: number;
}

export interface MapControllerEvents {
  onPick(pick: MapPick | null): void;
  onViewChange(view: MapView): void;
  onBasemapError(): void;
}

export class MapController {
  readonly map: MapLibreMap;
  private readonly overlay: MapLibreOverlay;
  private queryableLayerIds: string[] = [];
  /** A style that arrived while the previous one was still loading; applied once it has loaded. */
  private pendingStyle: StyleSpecification | null = null;
  private firstStyleLoaded = false;
  private language: Language;

  constructor(container: HTMLElement, style: StyleSpecification, view: MapView, events: MapControllerEvents, language: Language = 'vi') {
    this.language = language;
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

    this.map.on('click', (event) => {
      events.onPick(this.pickAt(event.point.x, event.point.y));
    });
    this.map.on('moveend', () => events.onViewChange(this.getView()));
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

  getView(): MapView {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Applies a new style as a diff: unchanged sources keep their data, visibility changes are cheap. */
  setStyle(style: StyleSpecification): void {
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
    this.overlay.setProps({ layers });
  }

  setHighlight(feature: Feature | null): void {
    const apply = () => {
      const source = this.map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE);
      source?.setData({ type: 'FeatureCollection', features: feature ? [feature] : [] });
    };
    if (this.map.isStyleLoaded()) apply();
    else this.map.once('styledata', apply);
  }

  fitBounds(bounds: [number, number, number, number]): void {
    // A panel may have opened in the same render (the map's own resize observer only fires later):
    // measure the container now, or the bounds are fitted to the old width and end up behind the panel.
    this.map.resize();
    this.map.fitBounds(bounds, { padding: 40, duration: 600, maxZoom: 16 });
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
  snapshotDataUrl(): string {
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
    this.map.remove();
  }
}
