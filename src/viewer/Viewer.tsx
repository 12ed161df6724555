// The meeting viewer's page: the map over the whole window, the slide caption (title as the page's <h1>),
// the project's title and the illustrative-data note. Read-only: no panels, no editing.
import { useState } from 'react';
import type { LocalText } from '../domain/model/layerRoles.ts';
import type { MapController } from '../map/MapController.ts';
import { MapControllerContext } from '../ui/mapControllerContext.ts';
import { MapPane } from '../ui/MapPane.tsx';
import { SlideCaption } from '../ui/slides/SlideCaption.tsx';
import { useSlideKeys } from '../ui/slides/useSlideKeys.ts';
import { useAppSelector, useLanguage } from '../ui/useAppState.ts';

export function Viewer({ datasetNote }: { datasetNote: LocalText | null }) {
  const [controller, setController] = useState<MapController | null>(null);
  const language = useLanguage();
  const title = useAppSelector((s) => s.history.workspace.project.title);
  const hasSlides = useAppSelector((s) => (s.history.workspace.project.slides?.length ?? 0) > 0);
  const illustrative = useAppSelector((s) => s.history.workspace.project.layers.some((l) => l.metadata.illustrative));
  useSlideKeys(controller, { tabs: false });
  return (
    <MapControllerContext.Provider value={controller}>
      <div className="viewer">
        <MapPane onReady={setController} inlineSources />
        <div className="viewer-title">{hasSlides ? title : <h1>{title}</h1>}</div>
        <SlideCaption closable={false} tabs={false} />
        {illustrative && datasetNote && datasetNote[language] && <p className="viewer-note">{datasetNote[language]}</p>}
      </div>
    </MapControllerContext.Provider>
  );
}
