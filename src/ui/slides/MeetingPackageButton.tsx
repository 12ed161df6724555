// "Đóng gói trình chiếu": downloads the offline meeting package — the viewer template the app's build ships
// (meeting-viewer.html, see vite.config.ts) filled with the current project (every layer inline, the map's
// scoring result and audit highlights, the slides) by the same builder as `npm run noxh -- package`.
import { useState } from 'react';
import { assembleMeetingPackage, buildMeetingPackageHtml } from '../../domain/slides/meetingPackage.ts';
import { overlaysToPackage, scoreLayersToPackage } from './packagedOverlays.ts';
import { formatNumber } from '../../i18n/format.ts';
import { downloadFile } from '../downloadFile.ts';
import { useMapController } from '../mapControllerContext.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';

/** A file name from the project's title: letters, digits and dashes only. */
function fileNameOf(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'noxh-atlas'}-trinh-chieu.html`;
}

export function MeetingPackageButton() {
  const store = useStore();
  const controller = useMapController();
  const language = useLanguage();
  const t = useText().slides;
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'failed'; text: string } | null>(null);

  const make = async () => {
    setStatus({ kind: 'busy', text: t.packageBusy });
    try {
      const response = await fetch(new URL('meeting-viewer.html', document.baseURI));
      if (!response.ok) throw new Error(`meeting-viewer.html: HTTP ${response.status}`);
      const template = await response.text();
      const state = store.getState();
      const project = state.history.workspace.project;
      const view = controller?.getView() ?? project.view;
      const pkg = assembleMeetingPackage(
        { ...project, view },
        (layer) => {
          const data = state.layerData[layer.id];
          return data?.status === 'ready' ? data.data : undefined;
        },
        { language, now: new Date(), datasetNote: state.datasetNote, overlays: overlaysToPackage(state.overlays), scoreLayers: scoreLayersToPackage(state.derivedLayers) },
      );
      const html = buildMeetingPackageHtml(template, pkg);
      downloadFile(fileNameOf(project.title), html, 'text/html;charset=utf-8');
      setStatus({ kind: 'done', text: t.packageDone(formatNumber(new Blob([html]).size / 1e6, language, 1)) });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'failed', text: t.packageFailed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div className="slides-package">
      <button type="button" onClick={() => void make()} disabled={status?.kind === 'busy'} data-testid="meeting-package">
        {t.packageButton}
      </button>
      <p>{t.packageHint}</p>
      {status && (
        <p role={status.kind === 'failed' ? 'alert' : 'status'} data-testid="meeting-package-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
