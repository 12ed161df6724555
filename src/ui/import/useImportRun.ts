// Running an import: the files are read in the app's import worker (progress, Cancel), the result becomes
// drafts to review, a draft can be read again (new CRS, encoding or CSV columns), and confirming adds the
// chosen drafts as layers in one undoable step. The state the dialog and the toast show lives here.
import { useCallback, useRef, useState } from 'react';
import type { ImportFile, ImportNote } from '../../domain/import/importTypes.ts';
import type { TextEncodingId } from '../../domain/encoding/textEncodings.ts';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { formatNumber } from '../../i18n/format.ts';
import { addLayersCommand } from '../../state/commands.ts';
import { useStore } from '../useAppState.ts';
import { measurePhase } from '../../state/measurePhase.ts';
import { useServices } from '../appServices.ts';
import { buildImportedLayer } from './buildImportedLayer.ts';
import type { DraftActions } from './DraftCard.tsx';
import { draftsFromResult, rerunDraft, type LayerDraft, type RerunOptions } from './importDrafts.ts';
import { loadedLayerBboxes, unionBbox } from './loadedLayerBboxes.ts';
import { ImportRunError } from './runImportInWorker.ts';
import { renderBoth, uiTextBoth } from '../../i18n/renderMessage.ts';
import { importNoteMessage } from '../../domain/import/importNote.ts';
import { PROJECT_LIMITS } from '../../domain/model/validateProjectLayer.ts';
import { msg } from '../../i18n/message.ts';
import type { PackedCadastre } from '../../domain/import/finishPackedCadastre.ts';
import { parcelAttributeKeys } from '../../domain/scoring/measureSession.ts';
import { scenariosOf } from '../../state/commands.ts';
import { IMPORTED_LAYER_ID_PREFIX, slugify } from './buildImportedLayer.ts';

export type ImportDialogState =
  | { phase: 'running'; names: string[]; progress01: number; cancel: () => void }
  /** A FlatGeobuf cadastre read into typed arrays (see finishPackedCadastre.ts): one layer, candidate parcels. */
  | { phase: 'review-cadastre'; cadastre: PackedCadastre; file: File; title: string }
  | { phase: 'review'; drafts: LayerDraft[]; globalNotes: ImportNote[] }
  | { phase: 'failed'; message: LocalText; notes: ImportNote[] };

/** A draft being read again: its progress and Cancel. */
export interface DraftRerun {
  progress01: number;
  cancel: () => void;
}

export interface ImportRunView {
  dialog: ImportDialogState | null;
  /** Drafts being imported again, by draft key. */
  busy: Record<string, DraftRerun>;
  /** The encoding chosen for a draft while it is read again with it, by draft key. */
  shownEncoding: Record<string, TextEncodingId>;
  toast: LocalText | null;
  start(files: File[]): Promise<void>;
  actionsFor(draft: LayerDraft): DraftActions;
  confirm(): void;
  /** Renames the cadastre being reviewed. */
  setCadastreTitle(title: string): void;
  /** Closes the dialog (cancelling a running import). */
  close(): void;
  dismissToast(): void;
}

const without = <T,>(record: Record<string, T>, key: string): Record<string, T> => {
  const next = { ...record };
  delete next[key];
  return next;
};

export function useImportRun(): ImportRunView {
  const store = useStore();
  const { importer } = useServices();
  const [dialog, setDialog] = useState<ImportDialogState | null>(null);
  const [busy, setBusyState] = useState<Record<string, DraftRerun>>({});
  const [shownEncoding, setShownEncoding] = useState<Record<string, TextEncodingId>>({});
  const [toast, setToast] = useState<LocalText | null>(null);
  const runSeq = useRef(0);

  const start = useCallback(
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
        setToast(uiTextBoth((t) => t.import.cancelled));
      };
      setDialog({ phase: 'running', names, progress01: 0, cancel });
      const onProgress = (progress01: number) => {
        if (runSeq.current === seq) setDialog((d) => (d?.phase === 'running' ? { ...d, progress01 } : d));
      };
      /** A worker run that failed or was cancelled: the dialog says so (a program error is thrown on). */
      const showRunFailure = (error: unknown) => {
        if (!(error instanceof ImportRunError)) throw error;
        if (error.cancelled) {
          setDialog(null);
          setToast(uiTextBoth((t) => t.import.cancelled));
        } else setDialog({ phase: 'failed', message: error.text, notes: [] });
      };
      // One FlatGeobuf: the worker reads its header from the File itself; a cadastre is packed into typed arrays there.
      const only = fileList.length === 1 ? fileList[0] : null;
      if (only && /\.fgb$/i.test(only.name)) {
        const attributeKeys = [...new Set(['landuse_code', ...scenariosOf(store.getState().history.workspace.project).flatMap(parcelAttributeKeys)])];
        const packing = importer.packCadastre(only, attributeKeys, onProgress);
        cancelWorker = packing.cancel;
        let cadastre: PackedCadastre | null;
        try {
          cadastre = await packing.result;
        } catch (error) {
          if (runSeq.current === seq) showRunFailure(error);
          return;
        }
        if (runSeq.current !== seq) return;
        if (cadastre) {
          setDialog({ phase: 'review-cadastre', cadastre, file: only, title: cadastre.fileName.replace(/\.fgb$/i, '') });
          return;
        }
      }
      const files: ImportFile[] = await Promise.all(fileList.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      if (runSeq.current !== seq) return;
      // Every format, CSV included, is read in the import worker: the page stays responsive and Cancel works.
      const run = importer.run(files, { otherLayerBboxes: loadedLayerBboxes(store.getState()) }, onProgress);
      cancelWorker = run.cancel;
      let drafts: LayerDraft[];
      let globalNotes: ImportNote[];
      try {
        const result = await run.result;
        if (runSeq.current !== seq) return;
        ({ drafts, globalNotes } = draftsFromResult(result, files, seq));
      } catch (error) {
        if (runSeq.current === seq) showRunFailure(error);
        return;
      }
      if (drafts.length === 0) {
        const first = globalNotes.find((n) => n.level === 'error');
        setDialog({ phase: 'failed', message: first ? renderBoth(importNoteMessage(first)) : uiTextBoth((t) => t.import.failedTitle), notes: globalNotes.filter((n) => n !== first) });
      } else setDialog({ phase: 'review', drafts, globalNotes });
    },
    [store, importer],
  );

  const replaceDraft = (key: string, next: (d: LayerDraft) => LayerDraft) =>
    setDialog((d) => (d?.phase === 'review' ? { ...d, drafts: d.drafts.map((x) => (x.key === key ? next(x) : x)) } : d));

  const rerun = (draft: LayerDraft, options: Omit<RerunOptions, 'otherLayerBboxes'>) => {
    const { run, cancel } = rerunDraft(importer, draft, { ...options, otherLayerBboxes: loadedLayerBboxes(store.getState()) }, (progress01) =>
      setBusyState((s) => (s[draft.key] ? { ...s, [draft.key]: { ...s[draft.key], progress01 } } : s)),
    );
    setBusyState((s) => ({ ...s, [draft.key]: { progress01: 0, cancel } }));
    run
      .then((updated) => replaceDraft(draft.key, () => updated))
      .catch((error: unknown) => {
        // Cancelled: the draft stays as it was (the encoding shown goes back to the one it was read with).
        if (error instanceof ImportRunError && error.cancelled) {
          setShownEncoding((s) => without(s, draft.key));
          return;
        }
        const text = error instanceof ImportRunError ? error.text : { vi: String(error), en: String(error) };
        replaceDraft(draft.key, (d) => ({ ...d, notes: [...d.notes, { level: 'error', code: 'rerun-failed', params: { text } }] }));
      })
      .finally(() => setBusyState((s) => without(s, draft.key)));
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

  const confirmCadastre = (review: Extract<ImportDialogState, { phase: 'review-cadastre' }>) => {
    const { cadastre, file } = review;
    const state = store.getState();
    const project = state.history.workspace.project;
    // The same file opened again after a reload: its layer (which lost its arrays) gets them back.
    const reopened = project.layers.find((l) => l.source.kind === 'packed-file' && l.source.fileName === cadastre.fileName && state.layerData[l.id]?.status !== 'packed');
    if (!reopened && project.layers.length + 1 > PROJECT_LIMITS.layers) {
      setDialog(null);
      setToast(renderBoth(msg('project.too-large', { layerIndex: null, field: 'layers', count: project.layers.length + 1, limit: PROJECT_LIMITS.layers, unit: 'items' })));
      return;
    }
    const title = review.title.trim() || cadastre.fileName;
    let id = reopened?.id ?? `${IMPORTED_LAYER_ID_PREFIX}${slugify(title)}`;
    for (let n = 2; !reopened && project.layers.some((l) => l.id === id); n++) id = `${IMPORTED_LAYER_ID_PREFIX}${slugify(title)}-${n}`;
    const count = cadastre.parcels.count;
    // The arrays first: the layer then never shows as "open the file again".
    measurePhase('store the cadastre', () => store.setLayerData(id, { status: 'packed', parcels: cadastre.parcels, mesh: cadastre.mesh, file, featureOffsets: cadastre.featureOffsets, info: cadastre.info, scoringCopy: { transit: cadastre.scoringCopy ?? null } }));
    if (!reopened) {
      store.run(
        addLayersCommand([
          {
            id,
            role: 'candidate_site',
            title: { vi: title, en: title },
            source: { kind: 'packed-file', fileName: cadastre.fileName, featureCount: count },
            visible: true,
            style: {},
            metadata: { illustrative: false, note: renderBoth(msg('cadastre.layer-note', { file: cadastre.fileName, count })), source: cadastre.fileName },
          },
        ]),
      );
    }
    if (cadastre.mesh.bbox) store.fitBounds(cadastre.mesh.bbox);
    setDialog(null);
    setToast(uiTextBoth((t) => `${t.import.added}: ${title} (${formatNumber(count, 'vi')}).`));
  };

  const confirm = () => {
    if (dialog?.phase === 'review-cadastre') return confirmCadastre(dialog);
    if (dialog?.phase !== 'review') return;
    const chosen = dialog.drafts.filter((d) => d.include);
    const taken = store.getState().history.workspace.project.layers.map((l) => l.id);
    // What a project may hold (PROJECT_LIMITS): past it, the autosave could not be opened again. Said, nothing added.
    const tooLarge =
      taken.length + chosen.length > PROJECT_LIMITS.layers
        ? msg('project.too-large', { layerIndex: null, field: 'layers', count: taken.length + chosen.length, limit: PROJECT_LIMITS.layers, unit: 'items' })
        : chosen.map((d) => d.features.length).some((n) => n > PROJECT_LIMITS.featuresPerLayer)
          ? msg('project.too-large', { layerIndex: null, field: 'features', count: Math.max(...chosen.map((d) => d.features.length)), limit: PROJECT_LIMITS.featuresPerLayer, unit: 'items' })
          : null;
    if (tooLarge) {
      setDialog(null);
      setToast(renderBoth(tooLarge));
      return;
    }
    const layers: ProjectLayer[] = [];
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
      layers.push(layer);
      added.push(`${layer.title.vi} (${formatNumber(draft.features.length, 'vi')})`);
    }
    // One import is one undo step, however many files it added.
    if (layers.length) store.run(addLayersCommand(layers));
    const box = unionBbox(chosen.map((d) => d.bbox));
    if (box) store.fitBounds(box);
    setDialog(null);
    setToast(uiTextBoth((t) => `${t.import.added}: ${added.join(', ')}.`));
  };

  const close = () => {
    if (dialog?.phase === 'running') dialog.cancel();
    else setDialog(null);
  };

  const setCadastreTitle = (title: string) => setDialog((d) => (d?.phase === 'review-cadastre' ? { ...d, title } : d));

  return { dialog, busy, shownEncoding, toast, start, actionsFor, confirm, setCadastreTitle, close, dismissToast: () => setToast(null) };
}
