// The read-only meeting viewer: the page inside the offline meeting package (one HTML file, opened from disk).
// It reads the package from its <script type="application/json"> element, shows the map with the project's
// layers and the first slide, and steps through the slides with the keys; nothing can be edited.
// Built by `vite.viewer.config.ts` into one file (vite-plugin-singlefile); everything it needs is inside:
// MapLibre's worker runs from a blob: URL made from its inlined code (file:// pages cannot load worker files).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setWorkerUrl } from 'maplibre-gl';
import workerCode from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../ui/fonts.css';
import '../ui/styles.css';
import './viewer.css';
import { AppStore } from '../state/store.ts';
import { StoreContext } from '../ui/useAppState.ts';
import { MEETING_DATA_ELEMENT_ID, readMeetingPackage } from '../domain/slides/meetingPackage.ts';
import { isUserError } from '../domain/model/userError.ts';
import { LABEL_FONT_FACES } from '../map/buildDeckLayers.ts';
import { Viewer } from './Viewer.tsx';
import { overlaysFromPackage, scoreLayersFromPackage } from '../ui/slides/packagedOverlays.ts';

setWorkerUrl(URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' })));

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const text = document.getElementById(MEETING_DATA_ELEMENT_ID)?.textContent ?? '';
    const pkg = readMeetingPackage(text);
    await Promise.all(LABEL_FONT_FACES.map((font) => document.fonts.load(font, 'Aa Quảng Ngãi'))).catch(() => undefined);
    // The first slide's layers, so the map's first frame is the slide's.
    const first = pkg.project.slides?.[0];
    const visible = first ? new Set(first.visibleLayerIds) : null;
    const project = {
      ...pkg.project,
      view: first?.view ?? pkg.project.view,
      basemap: 'none' as const,
      layers: visible ? pkg.project.layers.map((l) => ({ ...l, visible: visible.has(l.id) })) : pkg.project.layers,
    };
    const store = new AppStore(project, pkg.language);
    // Setting the note also makes every inline layer's data ready (the store does it on each change).
    store.setDatasetNote(pkg.datasetNote ?? { vi: '', en: '' });
    for (const [key, spec] of Object.entries(overlaysFromPackage(pkg.overlays))) store.setOverlay(key, spec);
    for (const [layerId, spec] of Object.entries(scoreLayersFromPackage(pkg.scoreLayers, store.getState().layerData))) store.setDerivedLayer(layerId, spec);
    if (first) store.setCurrentSlide(0);
    document.documentElement.lang = pkg.language;
    root.render(
      <StrictMode>
        <StoreContext.Provider value={store}>
          <Viewer datasetNote={pkg.datasetNote ?? null} />
        </StoreContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    const detail = isUserError(error) ? error.messageVi : String(error);
    root.render(
      <p role="alert" className="fatal">
        Không mở được tệp trình chiếu / The meeting file could not be opened: {detail}
      </p>,
    );
  }
}

void start();
