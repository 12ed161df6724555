// The import host: the drop zone over the map, the progress bar with Cancel, and the import dialog (report, CRS
// question, encoding, role and field mapping). Mounted once next to <App/>; the Data tab's button uses it too.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ImportFile, ImportNote } from '../../domain/import/importTypes.ts';
import type { TextEncodingId } from '../../domain/encoding/textEncodings.ts';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { formatNumber } from '../../i18n/format.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import { importNoteMessage } from '../../domain/import/importNote.ts';
import { useAppState, useStore } from '../useAppState.ts';
import { buildImportedLayer } from './buildImportedLayer.ts';
import { DraftCard, NoteList, type DraftActions } from './DraftCard.tsx';
import { draftBlocker, draftsFromResult, rerunDraft, type LayerDraft, type RerunOptions } from './importDrafts.ts';
import { setImportHandler } from './importBus.ts';
import { TEXT } from './importText.ts';
import { loadedLayerBboxes, unionBbox } from './loadedLayerBboxes.ts';
import { ImportRunError } from './runImportInWorker.ts';
import { useServices } from '../appServices.ts';
import './import.css';

type Dialog =
  | { phase: 'running'; names: string[]; progress01: number; cancel: () => void }
  | { phase: 'review'; drafts: LayerDraft[]; globalNotes: ImportNote[] }
  | { phase: 'failed'; message: LocalText; notes: ImportNote[] };

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function ImportHost() {
  const store = useStore();
  const { importer } = useServices();
  const language = useAppState().history.workspace.language;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Drafts being imported again (new CRS, encoding or CSV columns): progress and Cancel per draft.
  const [busy, setBusyState] = useState<Record<string, { progress01: number; cancel: () => void }>>({});
  const [shownEncoding, setShownEncoding] = useState<Record<string, TextEncodingId>>({});
  const [toast, setToast] = useState<LocalText | null>(null);
  const [dragging, setDragging] = useState(false);
  const [mapWrap, setMapWrap] = useState<HTMLElement | null>(null);
  const runSeq = useRef(0);

  const startImport = useCallback(
    async (fileList: File[]) => {
      const seq = ++runSeq.current;
      setToast(null);
      setShownEncoding({});
      const names = fileList.map((f) => f.name);
      // Cancel works at any moment: before the worker starts (files still being read) or while it runs.
      let cancelWorker: (() => void) | null = null;
      const cancel = () => {
        cancelWorker?.();
        // Close at once: whatever the worker still sends for this run is ignored.
        if (runSeq.current === seq) runSeq.current++;
        setDialog(null);
        setToast(TEXT.cancelled);
      };
      setDialog({ phase: 'running', names, progress01: 0, cancel });
      const files: ImportFile[] = await Promise.all(fileList.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      if (runSeq.current !== seq) return;
      // Every format, CSV included, is read in the import worker: the page stays responsive and Cancel works.
      const run = importer.run(files, { otherLayerBboxes: loadedLayerBboxes(store.getState()) }, (progress01) => {
        if (runSeq.current === seq) setDialog((d) => (d?.phase === 'running' ? { ...d, progress01 } : d));
      });
      cancelWorker = run.cancel;
      let drafts: LayerDraft[];
      let globalNotes: ImportNote[];
      try {
        const result = await run.result;
        if (runSeq.current !== seq) return;
        ({ drafts, globalNotes } = draftsFromResult(result, files));
      } catch (error) {
        if (runSeq.current !== seq) return;
        if (error instanceof ImportRunError) {
          if (error.cancelled) {
            setDialog(null);
            setToast(TEXT.cancelled);
          } else setDialog({ phase: 'failed', message: error.text, notes: [] });
          return;
        }
        throw error;
      }
      if (drafts.length === 0) {
        const first = globalNotes.find((n) => n.level === 'error');
        setDialog({ phase: 'failed', message: first ? renderBoth(importNoteMessage(first)) : TEXT.failedTitle, notes: globalNotes.filter((n) => n !== first) });
      } else setDialog({ phase: 'review', drafts, globalNotes });
    },
    [store, importer],
  );

  useEffect(() => setImportHandler((files) => void startImport(files)), [startImport]);

  // The drop zone is the whole map area (.map-wrap, rendered by <App/>).
  useEffect(() => {
    const find = () => setMapWrap(document.querySelector<HTMLElement>('.map-wrap'));
    find();
    const observer = new MutationObserver(find);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!mapWrap) return;
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void startImport(Array.from(e.dataTransfer?.files ?? []));
    };
    mapWrap.addEventListener('dragenter', enter);
    mapWrap.addEventListener('dragover', over);
    mapWrap.addEventListener('dragleave', leave);
    mapWrap.addEventListener('drop', drop);
    return () => {
      mapWrap.removeEventListener('dragenter', enter);
      mapWrap.removeEventListener('dragover', over);
      mapWrap.removeEventListener('dragleave', leave);
      mapWrap.removeEventListener('drop', drop);
    };
  }, [mapWrap, startImport]);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), 8000);
    return () => window.clearTimeout(timer);
  }, [toast]);

  const replaceDraft = (key: string, next: (d: LayerDraft) => LayerDraft) =>
    setDialog((d) => (d?.phase === 'review' ? { ...d, drafts: d.drafts.map((x) => (x.key === key ? next(x) : x)) } : d));
  const setBusy = (key: string, state: { progress01: number; cancel: () => void } | null) =>
    setBusyState((s) => {
      const n = { ...s };
      if (state) n[key] = state;
      else delete n[key];
      return n;
    });

  const rerun = (draft: LayerDraft, options: Omit<RerunOptions, 'otherLayerBboxes'>) => {
    const { run, cancel } = rerunDraft(importer, draft, { ...options, otherLayerBboxes: loadedLayerBboxes(store.getState()) }, (progress01) =>
      setBusyState((s) => (s[draft.key] ? { ...s, [draft.key]: { ...s[draft.key], progress01 } } : s)),
    );
    setBusy(draft.key, { progress01: 0, cancel });
    run
      .then((updated) => replaceDraft(draft.key, () => updated))
      .catch((error: unknown) => {
        // Cancelled: the draft stays as it was (the encoding shown goes back to the one it was read with).
        if (error instanceof ImportRunError && error.cancelled) {
          setShownEncoding((s) => {
            const n = { ...s };
            delete n[draft.key];
            return n;
          });
          return;
        }
        const text = error instanceof ImportRunError ? error.text : { vi: String(error), en: String(error) };
        replaceDraft(draft.key, (d) => ({ ...d, notes: [...d.notes, { level: 'error', code: 'rerun-failed', params: { text } }] }));
      })
      .finally(() => setBusy(draft.key, null));
  };

  const actionsFor = (draft: LayerDraft): DraftActions => ({
    update: (patch) =>
      replaceDraft(draft.key, (d) => {
        const next = { ...d, ...patch };
        // A CSV's suggestion buttons set its X = northing order too: what is applied is what the buttons show.
        if (d.csv && patch.swapXY !== undefined) next.csv = { ...d.csv, swapped: patch.swapXY, userSwapped: true };
        return next;
      }),
    applyCrs: (crsId, swapXY) => rerun(draft, draft.csv ? { crs: crsId } : { crs: crsId, swapXY }),
    changeEncoding: (encoding) => {
      setShownEncoding((s) => ({ ...s, [draft.key]: encoding }));
      rerun(draft, { encoding });
    },
    changeCsvColumns: (xColumn, yColumn, swapped) => rerun(draft, { csv: { xColumn: xColumn || null, yColumn: yColumn || null, swapped } }),
  });

  const confirm = () => {
    if (dialog?.phase !== 'review') return;
    const chosen = dialog.drafts.filter((d) => d.include);
    const taken = store.getState().history.workspace.project.layers.map((l) => l.id);
    const added: string[] = [];
    for (const draft of chosen) {
      const layer = buildImportedLayer({
        features: draft.features,
        role: draft.role,
        title: draft.title,
        mapping: draft.mapping,
        fileNames: draft.files.map((f) => f.name),
        ...(draft.crs ? { crsLabel: draft.crs.label } : {}),
        takenIds: taken,
      });
      taken.push(layer.id);
      store.run({ type: 'addLayer', layer });
      added.push(`${layer.title.vi} (${formatNumber(draft.features.length, 'vi')})`);
    }
    const box = unionBbox(chosen.map((d) => d.bbox));
    if (box) store.fitBounds(box);
    setDialog(null);
    setToast({ vi: `${TEXT.added.vi}: ${added.join(', ')}.`, en: `${TEXT.added.en}: ${added.join(', ')}.` });
  };

  const close = () => {
    if (dialog?.phase === 'running') dialog.cancel();
    else setDialog(null);
  };

  let body = null;
  if (dialog?.phase === 'running') {
    body = (
      <div className="import-progress" data-testid="import-progress">
        <p>
          {TEXT.importing[language]}: {dialog.names.join(', ')}
        </p>
        <progress max={1} value={dialog.progress01} aria-label={TEXT.importing[language]} />
        <span className="muted"> {Math.round(dialog.progress01 * 100)} %</span>
        <div className="import-actions">
          <button type="button" data-testid="import-cancel" onClick={dialog.cancel}>
            {TEXT.cancel[language]}
          </button>
        </div>
      </div>
    );
  } else if (dialog?.phase === 'failed') {
    body = (
      <div className="import-failed" data-testid="import-error" role="alert">
        <h3>{TEXT.failedTitle[language]}</h3>
        <p className="import-error-message">{dialog.message[language]}</p>
        <NoteList notes={dialog.notes} language={language} />
        <p className="muted">{TEXT.failedNothingChanged[language]}</p>
        <div className="import-actions">
          <button type="button" onClick={() => setDialog(null)} data-testid="import-close">
            {TEXT.close[language]}
          </button>
        </div>
      </div>
    );
  } else if (dialog?.phase === 'review') {
    const included = dialog.drafts.filter((d) => d.include);
    const blockers = included.map(draftBlocker).filter((b) => b !== null);
    const anyBusy = dialog.drafts.some((d) => busy[d.key]);
    body = (
      <div className="import-review" data-testid="import-report">
        <h3>{TEXT.reportTitle[language]}</h3>
        <NoteList notes={dialog.globalNotes} language={language} testId="import-global-notes" />
        {dialog.drafts.map((draft) => (
          <DraftCard
            key={draft.key}
            draft={draft}
            actions={actionsFor(draft)}
            language={language}
            busy={Boolean(busy[draft.key])}
            rerunProgress={busy[draft.key] ?? null}
            shownEncoding={shownEncoding[draft.key] ?? null}
          />
        ))}
        <footer className="import-actions">
          {blockers.map((b, i) => (
            <p key={i} className="import-blocker" data-testid="import-blocker">
              {b[language]}
            </p>
          ))}
          <button type="button" onClick={() => setDialog(null)} data-testid="import-close">
            {TEXT.cancel[language]}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="import-confirm"
            disabled={anyBusy || included.length === 0 || blockers.length > 0}
            onClick={confirm}
          >
            {TEXT.confirm[language]}
          </button>
        </footer>
      </div>
    );
  }

  return (
    <>
      {mapWrap &&
        dragging &&
        createPortal(
          <div className="drop-overlay" data-testid="drop-overlay">
            <span>{TEXT.dropHere[language]}</span>
          </div>,
          mapWrap,
        )}
      {dialog && (
        <div className="import-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
          <div className="import-dialog" role="dialog" aria-modal="true" aria-label={TEXT.reportTitle[language]} data-testid="import-dialog">
            {body}
          </div>
        </div>
      )}
      {toast && (
        <div className="import-toast" role="status" data-testid="import-toast">
          {toast[language]}
          <button type="button" className="toast-close" aria-label={TEXT.close[language]} data-testid="import-toast-close" onClick={() => setToast(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
