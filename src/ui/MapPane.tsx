import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { MapController } from '../map/MapController.ts';
import { buildMapStyle, type StyleLayerInput } from '../map/buildMapStyle.ts';
import { buildDeckLayers, DECK_ROLES, type DeckLayerInput } from '../map/buildDeckLayers.ts';
import { buildLabelPoints, type LabelPoint } from '../map/buildLabelPoints.ts';
import { simplifyForDisplay } from '../domain/geo/simplifyForDisplay.ts';
import { buildOverlayLayers, type OverlayLayerMemo } from '../map/buildOverlayLayers.ts';
import type { LayerRole } from '../domain/model/layerRoles.ts';
import { useAppSelector, useLanguage, useStore } from './useAppState.ts';

// Labels are computed once per loaded collection, not on every render.
const labelCache = new WeakMap<FeatureCollection, LabelPoint[]>();
function labelsOf(data: FeatureCollection, role: LayerRole): LabelPoint[] {
  let labels = labelCache.get(data);
  if (!labels) {
    labels = buildLabelPoints(data, role);
    labelCache.set(data, labels);
  }
  return labels;
}

// The drawing copy (huge rings thinned, the data stays exact), once per loaded collection: the same object for deck.gl
// as long as the data keeps its identity.
const displayCache = new WeakMap<FeatureCollection, FeatureCollection>();
function displayOf(data: FeatureCollection): FeatureCollection {
  let display = displayCache.get(data);
  if (!display) {
    display = simplifyForDisplay(data);
    displayCache.set(data, display);
  }
  return display;
}

declare global {
  interface Window {
    /**
     * Test and debugging hook: the live map controller and store. Set only outside production builds (the
     * browser tests build with `--mode e2e`, see scripts/run-e2e.mjs; `npm run dev` has it too); `vite build`
     * drops it, so the shipped bundle exposes nothing on `window`.
     */
    __noxhAtlas?: { controller: MapController; store: ReturnType<typeof useStore> };
  }
}

export function MapPane({ onReady }: { onReady?: (controller: MapController | null) => void }) {
  const store = useStore();
  const project = useAppSelector((s) => s.history.workspace.project);
  const layerData = useAppSelector((s) => s.layerData);
  const selection = useAppSelector((s) => s.selection);
  const fitRequest = useAppSelector((s) => s.fitRequest);
  const overlays = useAppSelector((s) => s.overlays);
  const language = useLanguage();
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  // Half-zoom steps are enough for label thresholds and avoid rebuilding layers on every frame.
  const [zoomStep, setZoomStep] = useState(() => Math.floor(project.view.zoom * 2) / 2);
  // The deck layers of each overlay spec, kept while the spec is the same object.
  const [overlayMemo] = useState<OverlayLayerMemo>(() => new WeakMap());

  const style = useMemo(() => {
    const layers: StyleLayerInput[] = [];
    for (const layer of project.layers) {
      const data = layerData[layer.id];
      if (data?.status !== 'ready') continue;
      layers.push({ id: layer.id, role: layer.role, visible: layer.visible, dataUrl: data.dataUrl, color: layer.style.color, opacity01: layer.style.opacity01 });
    }
    return buildMapStyle({ layers, basemap: project.basemap, deckRoles: DECK_ROLES });
  }, [project.layers, project.basemap, layerData]);

  const deckLayers = useMemo(() => {
    const inputs: DeckLayerInput[] = project.layers.map((layer) => {
      const data = layerData[layer.id];
      const ready = data?.status === 'ready' ? displayOf(data.data) : undefined;
      return { id: layer.id, role: layer.role, visible: layer.visible, data: ready, labels: ready ? labelsOf(ready, layer.role) : [] };
    });
    return [...buildDeckLayers(inputs, zoomStep), ...buildOverlayLayers(overlays, overlayMemo)];
  }, [project.layers, layerData, overlays, zoomStep, overlayMemo]);

  useEffect(() => {
    if (!containerRef.current) return;
    const controller = new MapController(containerRef.current, style, store.getState().history.workspace.project.view, {
      // Clicks of a drawing or shape-editing session never arrive here (the controller keeps them).
      onPick: (pick) => store.select(pick),
      onBasemapError: () => store.setBasemapFailed(true),
    }, store.getState().language);
    controller.onViewChange((view) => setZoomStep(Math.floor(view.zoom * 2) / 2));
    controllerRef.current = controller;
    if (import.meta.env.MODE !== 'production') window.__noxhAtlas = { controller, store };
    onReady?.(controller);
    return () => {
      onReady?.(null);
      controller.destroy();
      controllerRef.current = null;
    };
    // The map is created once; later styles arrive through setStyle below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => controllerRef.current?.setStyle(style), [style]);
  useEffect(() => controllerRef.current?.setLanguage(language), [language]);
  useEffect(() => controllerRef.current?.setDeckLayers(deckLayers), [deckLayers]);
  useEffect(() => {
    if (fitRequest) controllerRef.current?.fitBounds(fitRequest.bounds);
  }, [fitRequest]);
  useEffect(() => {
    const data = selection ? layerData[selection.layerId] : undefined;
    const feature = selection && data?.status === 'ready' ? data.data.features[selection.featureIndex] : undefined;
    controllerRef.current?.setHighlight(feature ?? null);
  }, [selection, layerData]);

  return <div ref={containerRef} className="map" data-testid="map" />;
}
