// "Xuất bản đồ": a map sheet (A4/A3, portrait/landscape, 150/300 dpi, PNG/PDF) of the map on screen, with
// the title block, legend of the visible layers, scale bar, north arrow, sources, illustrative-data note and
// date (exportMapSheet.ts). The title and subtitle start from the presentation's and are saved back to it.
import { useEffect, useId, useRef, useState } from 'react';
import { useMapController } from '../mapControllerContext.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';
import { formatDate } from '../../i18n/format.ts';
import { downloadFile } from '../downloadFile.ts';
import { usePresentationText } from './presentationText.ts';
import type { MapSheetOptions, SheetText } from './exportMapSheet.ts';
import '../confirmDialog.css';
import { useMapFurniture } from './useMapFurniture.ts';

export function MapSheetDialog({ onClose }: { onClose(): void }) {
  const store = useStore();
  const controller = useMapController();
  const language = useLanguage();
  const text = useText();
  const t = text.present;
  const titleId = useId();
  const presentation = usePresentationText();
  const [title, setTitle] = useState(presentation.title);
  const [subtitle, setSubtitle] = useState(presentation.subtitle);
  const [options, setOptions] = useState<MapSheetOptions>({ paper: 'A3', orientation: 'landscape', dpi: 150, format: 'pdf' });
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string; timings: string } | { kind: 'failed'; detail: string }>({ kind: 'idle' });
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  // The same legend, sources and note as the presentation furniture on screen.
  const { legend, sources, illustrativeNote } = useMapFurniture();

  const run = async () => {
    if (!controller || status.kind === 'busy') return;
    setStatus({ kind: 'busy' });
    if (title.trim() !== presentation.title || subtitle.trim() !== presentation.subtitle) {
      store.run({ type: 'setPresentationText', title: title.trim(), subtitle: subtitle.trim() });
    }
    const now = new Date();
    const sheetText: SheetText = {
      language,
      title: title.trim() || t.defaultTitle,
      subtitle: subtitle.trim(),
      legendTitle: t.legend,
      legend,
      northLabel: t.northLetter,
      scaleLabel: t.scale,
      sourcesLabel: t.sources,
      sources,
      illustrativeNote,
      dateLine: `${t.madeOn}: ${formatDate(now, language)} — NOXH Atlas`,
    };
    try {
      // Loaded on first use: pdf-lib and fontkit are large and only a sheet export needs them.
      const { exportMapSheet, mapSheetFileName } = await import('./exportMapSheet.ts');
      const file = await exportMapSheet(controller, options, sheetText);
      const name = mapSheetFileName(options, now);
      downloadFile(name, file.bytes, file.mimeType);
      setStatus({ kind: 'done', file: name, timings: `${file.timingsMs.map}/${file.timingsMs.sheet}` });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const choice = <K extends keyof MapSheetOptions>(key: K, values: [MapSheetOptions[K], string][]) => (
    <div className="sheet-choice" role="radiogroup">
      {values.map(([value, label]) => (
        <label key={String(value)}>
          <input type="radio" name={`sheet-${key}`} checked={options[key] === value} onChange={() => setOptions({ ...options, [key]: value })} data-testid={`sheet-${key}-${value}`} />
          {label}
        </label>
      ))}
    </div>
  );

  return (
    <div className="confirm-backdrop" onClick={onClose}>
      <div className="confirm-dialog sheet-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="map-sheet-dialog" onClick={(e) => e.stopPropagation()}>
        <h3 id={titleId}>{t.exportTitle}</h3>
        <p className="muted">{t.sheetHint}</p>
        <div className="sheet-grid">
          <span>{t.title}</span>
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} data-testid="sheet-title" />
          <span>{t.subtitle}</span>
          <input value={subtitle} maxLength={300} onChange={(e) => setSubtitle(e.target.value)} data-testid="sheet-subtitle" />
          <span>{t.paper}</span>
          {choice('paper', [['A4', 'A4'], ['A3', 'A3']])}
          <span>{t.orientation}</span>
          {choice('orientation', [['landscape', t.landscape], ['portrait', t.portrait]])}
          <span>{t.resolution}</span>
          {choice('dpi', [[150, '150 dpi'], [300, '300 dpi']])}
          <span>{t.format}</span>
          {choice('format', [['pdf', 'PDF'], ['png', 'PNG']])}
        </div>
        <p role="status" className="sheet-status" data-testid="sheet-status" data-state={status.kind} data-timings-ms={status.kind === 'done' ? status.timings : undefined}>
          {status.kind === 'busy' && t.exporting}
          {status.kind === 'done' && `${t.exportDone}: ${status.file}`}
          {status.kind === 'failed' && `${t.exportFailed}: ${status.detail}`}
        </p>
        <div className="confirm-actions">
          <button type="button" onClick={onClose} data-testid="sheet-close">
            {t.close}
          </button>
          <button type="button" className="confirm-ok" onClick={() => void run()} disabled={!controller || status.kind === 'busy'} data-testid="sheet-export">
            {t.exportButton}
          </button>
        </div>
      </div>
    </div>
  );
}
