import { useEffect, useState } from 'react';
import { Header } from './Header.tsx';
import { Sidebar } from './Sidebar.tsx';
import { MapControllerContext } from './mapControllerContext.ts';
import type { MapController } from '../map/MapController.ts';
import { MapPane } from './MapPane.tsx';
import { FeaturePanel } from './FeaturePanel.tsx';
import { CommuneSearch } from './CommuneSearch.tsx';
import { useAppSelector, useLanguage, useText } from './useAppState.ts';
import { serialiseUrlState } from '../state/urlState.ts';
import { useServices } from './appServices.ts';
import { FileDropArea } from './import/FileDropArea.tsx';
import { PresentationLayer } from './present/PresentationLayer.tsx';
import { MapSheetDialog } from './present/MapSheetDialog.tsx';
import { SlideCaption } from './slides/SlideCaption.tsx';
import { useSlideFromUrl, useSlideKeys } from './slides/useSlideKeys.ts';
import { ScoreLayerHost } from './scoring/ScoreLayerHost.tsx';

/** Keeps the URL hash in step with the view, visible layers, language and basemap. */
function useUrlSync(controller: MapController | null) {
  const project = useAppSelector((s) => s.history.workspace.project);
  const language = useLanguage();
  const presenting = useAppSelector((s) => s.presentation.active);
  const currentSlide = useAppSelector((s) => s.currentSlide);
  useEffect(() => {
    const write = () => {
      const view = controller?.getView() ?? project.view;
      const hash = serialiseUrlState({
        center: view.center,
        zoom: view.zoom,
        visibleLayers: project.layers.filter((l) => l.visible).map((l) => l.id),
        language,
        basemap: project.basemap,
        ...(presenting ? { mode: 'present' as const } : {}),
        slide: currentSlide === null ? undefined : currentSlide + 1,
      });
      window.history.replaceState(null, '', hash || window.location.pathname);
    };
    write();
    return controller?.onViewChange(write);
  }, [project, language, controller, presenting, currentSlide]);
}

export function App() {
  const basemapFailed = useAppSelector((s) => s.basemapFailed && s.history.workspace.project.basemap === 'osm');
  const hasSelection = useAppSelector((s) => s.selection !== null);
  const t = useText().app;
  const [controller, setController] = useState<MapController | null>(null);
  const presenting = useAppSelector((s) => s.presentation.active);
  const [sheetDialog, setSheetDialog] = useState(false);
  useUrlSync(controller);
  useSlideKeys(controller);
  useSlideFromUrl(controller);
  const language = useLanguage();
  const { importBus } = useServices();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <MapControllerContext.Provider value={controller}>
      <div className={presenting ? 'app presenting' : 'app'} data-testid="app">
        <Header onExportMap={() => setSheetDialog(true)} />
        <main className="app-main">
          <Sidebar />
          {/* Files dropped on the map are imported (the import host shows the dialog). */}
          <FileDropArea className="map-wrap" onFiles={importBus.requestImport}>
            <MapPane onReady={setController} />
            <ScoreLayerHost />
            <CommuneSearch />
            <SlideCaption />
            {basemapFailed && (
              <div className="toast" role="status" data-testid="basemap-failed">
                {t.basemapFailed}
              </div>
            )}
            {!hasSelection && <p className="hint">{t.clickHint}</p>}
            <PresentationLayer onExportMap={() => setSheetDialog(true)} />
            {/* Over the map (top right), not a third column: the map keeps its width at 1280 × 720. */}
            <FeaturePanel />
          </FileDropArea>
        </main>
        {sheetDialog && <MapSheetDialog onClose={() => setSheetDialog(false)} />}
      </div>
    </MapControllerContext.Provider>
  );
}
