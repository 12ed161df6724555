import { useEffect, useState } from 'react';
import { Header } from './Header.tsx';
import { Sidebar } from './Sidebar.tsx';
import { MapControllerContext } from './mapControllerContext.ts';
import type { MapController } from '../map/MapController.ts';
import { MapPane } from './MapPane.tsx';
import { FeaturePanel } from './FeaturePanel.tsx';
import { useAppState, useTranslate } from './useAppState.ts';
import { serialiseUrlState } from '../state/urlState.ts';

/** Keeps the URL hash in step with the view, visible layers, language and basemap. */
function useUrlSync(controller: MapController | null) {
  const { history } = useAppState();
  const { project, language } = history.workspace;
  useEffect(() => {
    const write = () => {
      const view = controller?.getView() ?? project.view;
      const hash = serialiseUrlState({
        center: view.center,
        zoom: view.zoom,
        visibleLayers: project.layers.filter((l) => l.visible).map((l) => l.id),
        language,
        basemap: project.basemap,
      });
      window.history.replaceState(null, '', hash || window.location.pathname);
    };
    write();
    return controller?.onViewChange(write);
  }, [project, language, controller]);
}

export function App() {
  const { history, basemapFailed, selection } = useAppState();
  const t = useTranslate();
  const [controller, setController] = useState<MapController | null>(null);
  useUrlSync(controller);
  const language = history.workspace.language;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <MapControllerContext.Provider value={controller}>
      <div className="app">
        <Header />
        <main className="app-main">
          <Sidebar />
          <div className="map-wrap">
            <MapPane onReady={setController} />
            {basemapFailed && history.workspace.project.basemap === 'osm' && (
              <div className="toast" role="status" data-testid="basemap-failed">
                {t('basemapFailed')}
              </div>
            )}
            {!selection && <p className="hint">{t('clickHint')}</p>}
          </div>
          <FeaturePanel />
        </main>
      </div>
    </MapControllerContext.Provider>
  );
}
