import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { MapController, type MapPick } from '../map/MapController.ts';
import { scoreTooltipText } from '../map/buildScoreLayers.ts';
import { buildMapStyle, type StyleLayerInput } from '../map/buildMapStyle.ts';
import { measurePhase } from '../state/measurePhase.ts';
import { buildDeckLayers, DECK_ROLES, type DeckLayerInput } from '../map/buildDeckLayers.ts';
import { buildLabelPoints, type LabelPoint } from '../map/buildLabelPoints.ts';
import { simplifyForDisplay } from '../domain/geo/simplifyForDisplay.ts';
import { buildOverlayLayers, type OverlayLayerMemo } from '../map/buildOverlayLayers.ts';
import type { LayerRole } from '../domain/model/layerRoles.ts';
import { useAppSelector, useLanguage, useStore } from './useAppState.ts';
import { packedParcelFeature } from '../domain/geo/packedParcelFeature.ts';
import { targetsOnMap } from '../state/targetsView.ts';

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

/** `inlineSources`: the map gets the features, not their URL (the meeting package, opened from file://). */
export function MapPane({ onReady, inlineSources = false }: { onReady?: (controller: MapController | null) => void; inlineSources?: boolean }) {
  const store = useStore();
  const project = useAppSelector((s) => s.history.workspace.project);
  const layerData = useAppSelector((s) => s.layerData);
  const selection = useAppSelector((s) => s.selection);
  const fitRequest = useAppSelector((s) => s.fitRequest);
  const overlays = useAppSelector((s) => s.overlays);
  // While the Targets tab is shown, the housing projects are drawn as of its year (the slider).
  const housingAsOfYear = useAppSelector((s) => (targetsOnMap(s) ? s.targetsView.asOfYear : null));
  const derivedLayers = useAppSelector((s) => s.derivedLayers);
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
      layers.push({ id: layer.id, role: layer.role, visible: layer.visible, dataUrl: data.dataUrl, color: layer.style.color, opacity01: layer.style.opacity01, ...(inlineSources ? { data: data.data } : {}) });
    }
    return buildMapStyle({ layers, basemap: project.basemap, deckRoles: DECK_ROLES, ...(housingAsOfYear !== null ? { housingAsOfYear } : {}) });
  }, [project.layers, project.basemap, layerData, inlineSources, housingAsOfYear]);

  const deckLayers = useMemo(() => {
    const inputs: DeckLayerInput[] = project.layers.map((layer) => {
      const score = derivedLayers[layer.id];
      if (score) return { id: layer.id, role: layer.role, visible: layer.visible, data: undefined, labels: [], score };
      const data = layerData[layer.id];
      if (data?.status === 'packed') return { id: layer.id, role: layer.role, visible: layer.visible, data: undefined, labels: [], packed: data.mesh };
      const ready = data?.status === 'ready' ? displayOf(data.data) : undefined;
      return { id: layer.id, role: layer.role, visible: layer.visible, data: ready, labels: ready ? labelsOf(ready, layer.role) : [] };
    });
    return measurePhase('build deck layers', () => [...buildDeckLayers(inputs, zoomStep), ...buildOverlayLayers(overlays, overlayMemo)]);
  }, [project.layers, layerData, derivedLayers, overlays, zoomStep, overlayMemo]);

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
  useEffect(() => measurePhase('set deck layers', () => controllerRef.current?.setDeckLayers(deckLayers)), [deckLayers]);
  // Hovering a parcel of the visible score layer tells its name, score and rank.
  const scoreTooltip = useMemo(() => {
    const layer = project.layers.find((l) => derivedLayers[l.id] && l.visible);
    const spec = layer ? derivedLayers[layer.id] : undefined;
    return spec ? (pick: MapPick) => scoreTooltipText(spec, pick.layerId, pick.featureIndex, language) : null;
  }, [project.layers, derivedLayers, language]);
  useEffect(() => controllerRef.current?.setTooltip(scoreTooltip), [scoreTooltip]);
  useEffect(() => {
    // With a feature selected, the attribute panel floats over the map's right side (about 370 px with its margin).
    if (fitRequest) controllerRef.current?.fitBounds(fitRequest.bounds, store.getState().selection ? 370 : 0);
  }, [fitRequest, store]);
  useEffect(() => {
    const data = selection ? layerData[selection.layerId] : undefined;
    const feature =
      selection && data?.status === 'ready' ? data.data.features[selection.featureIndex] : selection && data?.status === 'packed' ? packedParcelFeature(data.parcels, selection.featureIndex) : undefined;
    controllerRef.current?.setHighlight(feature ?? null);
  }, [selection, layerData]);

  return <div ref={containerRef} className="map" data-testid="map" />;
}
