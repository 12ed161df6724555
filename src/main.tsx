import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/fonts.css';
import './ui/styles.css';
import { App } from './ui/App.tsx';
import { StoreContext } from './ui/useAppState.ts';
import { AppStore } from './state/store.ts';
import { fetchSampleManifest, loadSampleLayers } from './state/loadSampleLayers.ts';
import { createSampleProject } from './domain/model/createSampleProject.ts';
import { parseUrlState } from './state/urlState.ts';
import type { ProjectDocument } from './domain/model/projectDocument.ts';
import { loadAutosavedProject, loadBrokenWorkspace, startAutosave } from './state/persistWorkspace.ts';
import { AppErrorBoundary } from './ui/AppErrorBoundary.tsx';
import { WorkspaceRecovery } from './ui/WorkspaceRecovery.tsx';
import { AutosaveAlert } from './ui/AutosaveAlert.tsx';
import { BasemapConsent } from './ui/BasemapConsent.tsx';
import { ImportHost } from './ui/import/ImportHost.tsx';
import { ServicesContext } from './ui/appServices.ts';
import { createAppServices } from './ui/createAppServices.ts';
import { LABEL_FONT_FACES } from './map/buildDeckLayers.ts';

/** A bookmarked URL overrides the project's view, visible layers, language and basemap. */
function applyUrl(project: ProjectDocument, hash: string) {
  const url = parseUrlState(hash);
  const visible = url.visibleLayers ? new Set(url.visibleLayers) : null;
  return {
    project: {
      ...project,
      view: url.center && url.zoom !== undefined ? { ...project.view, center: url.center, zoom: url.zoom } : project.view,
      // A link may keep the online basemap on only where this browser's workspace already has it on (the user
      // chose it); a link turning it on opens offline and asks (BasemapConsent).
      basemap: url.basemap === 'none' ? 'none' : project.basemap,
      layers: visible ? project.layers.map((l) => ({ ...l, visible: visible.has(l.id) })) : project.layers,
    },
    language: url.language ?? 'vi',
    present: url.mode === 'present',
    askBasemap: url.basemap === 'osm' && project.basemap !== 'osm',
  };
}

/**
 * Loads the map labels' faces (the sample text reaches both the Latin and the Vietnamese subset): deck.gl draws
 * its glyph atlas once, so it must not be drawn before the bundled font is there. A face that fails to load
 * leaves the fallback font, with a warning; the app still starts.
 */
function loadLabelFonts(): Promise<unknown> {
  return Promise.all(LABEL_FONT_FACES.map((font) => document.fonts.load(font, 'Aa Quảng Ngãi'))).catch((error: unknown) =>
    console.warn('The label font did not load', error),
  );
}

async function start() {
  // Opened from disk: index.html says how to open the app instead (most browsers never get here: they block
  // module scripts from file://). Nothing is drawn over that page.
  if (window.location.protocol === 'file:') return;
  const root = createRoot(document.getElementById('root')!);
  try {
    const [manifest] = await Promise.all([fetchSampleManifest(), loadLabelFonts()]);
    // The workspace autosaved in this browser (imported layers included) comes back; else the sample project.
    // One that cannot be read is set aside (offered for download) and the sample opens; no storage is not fatal.
    let storageError: string | null = null;
    const saved = await loadAutosavedProject().catch((error: unknown) => {
      console.warn('NOXH Atlas: the autosaved workspace could not be read', error);
      storageError = String(error);
      return null;
    });
    const broken = await loadBrokenWorkspace().catch(() => null);
    const { project, language, present, askBasemap } = applyUrl(saved ?? createSampleProject(manifest), window.location.hash);
    const store = new AppStore(project, language);
    // `#…&mode=present` opens in presentation mode, filling the window (full screen needs a user's press).
    if (present) store.setPresentationActive(true);
    if (askBasemap) store.setBasemapAsk(true);
    const services = createAppServices();
    startAutosave(store);
    if (storageError) store.setAutosaveStatus({ savedAt: null, error: storageError });
    store.setDatasetNote(manifest.note);
    root.render(
      <StrictMode>
        <StoreContext.Provider value={store}>
          <ServicesContext.Provider value={services}>
            <AppErrorBoundary store={store}>
              <App />
              <ImportHost />
              {broken && <WorkspaceRecovery broken={broken} />}
              <AutosaveAlert />
              <BasemapConsent />
            </AppErrorBoundary>
          </ServicesContext.Provider>
        </StoreContext.Provider>
      </StrictMode>,
    );
    await loadSampleLayers(project, store);
  } catch (error) {
    console.error(error);
    root.render(
      <p role="alert" className="fatal">
        Không khởi động được NOXH Atlas / NOXH Atlas could not start: {String(error)}
      </p>,
    );
  }
}

void start();
