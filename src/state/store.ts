// The app's single store: the undoable workspace (the project document), the UI language (a preference, outside
// undo), and session-only state (loaded layer data, selection, basemap health, autosave status).
// React reads it with useAppSelector (src/ui/useAppState.ts).
import type { FeatureCollection } from 'geojson';
import type { LocalText } from '../domain/model/layerRoles.ts';
import type { ProjectDocument } from '../domain/model/projectDocument.ts';
import type { Language } from '../i18n/language.ts';
import type { Command } from './commands.ts';
import type { OverlaySpec, ScoreLayerSpec } from './overlaySpecs.ts';
import { INITIAL_TARGETS_VIEW, type TargetsView } from './targetsView.ts';
import { execute, redo, startHistory, undo, type History } from './history.ts';
import type { PackedLayerData } from './packedLayerData.ts';
import { msg } from '../i18n/message.ts';
import { renderBoth } from '../i18n/renderMessage.ts';

export type LayerData =
  | { status: 'loading' }
  | {
      status: 'ready';
      data: FeatureCollection;
      dataUrl: string;
      invalidCount: number;
      /** Made from features stored in the project document (rebuilt from there when needed). */
      inline?: boolean;
      /**
       * For a bundled sample layer made inline by an edit (a parcel's shape): the sample's loaded
       * data, given back as it was when the layer is the sample again (undo), with no reload.
       */
      sample?: { file: string; loaded: LayerData };
    }
  | { status: 'error'; message: LocalText }
  /** A cadastre read into typed arrays (source `packed-file`): never in the document, see packedLayerData.ts. */
  | PackedLayerData;

export interface Selection {
  layerId: string;
  featureIndex: number;
}

/** When the workspace was last autosaved in this browser, or why it could not be (see persistWorkspace.ts). */
export interface AutosaveStatus {
  savedAt: Date | null;
  error: string | null;
}

export interface AppState {
  history: History;
  /** The UI language: a preference (kept in the URL), not an edit, so never in the undo history. */
  language: Language;
  layerData: Record<string, LayerData>;
  selection: Selection | null;
  basemapFailed: boolean;
  datasetNote: LocalText | null;
  /** A request for the map to show these bounds [west, south, east, north]; `seq` makes repeats distinct. */
  fitRequest: { bounds: [number, number, number, number]; seq: number } | null;
  /**
   * What feature panels draw on the map (scores, audit highlights, …), as data, keyed by the panel.
   * The map draws them above the project layers, in key order.
   */
  overlays: Record<string, OverlaySpec>;
  autosave: AutosaveStatus;
  /** What the Targets tab shows (the year, the choropleth, the picked commune), see targetsView.ts. */
  targetsView: TargetsView;
  /**
   * Presentation mode (a session state, not an edit): the editing UI hidden, the map with its title block,
   * legend, scale bar, north arrow, sources and date. Its title and subtitle are in the project document
   * (`project.presentation`, see presentationTextOf). Enter it with `setPresentationActive(true)`.
   */
  presentation: { active: boolean };
  /**
   * A project file or a link asked for the online basemap: the app opened offline and asks the user first
   * (BasemapConsent.tsx); offline is the promise, so nothing leaves the machine until the user agrees.
   */
  basemapAsk: boolean;
  /** The open tool tab of the sidebar (a TOOL_TABS id): a slide saves it and opens it again. */
  activeTab: string;
  /** The slide being shown (index into the project's slides), or null: none (no caption over the map). */
  currentSlide: number | null;
  /** The project open in the 20 % land audit (its id): in the store so a slide can open it again. */
  auditProjectId: string | null;
  /** What the derived layers (the score layer) are drawn and exported from, by layer id; session-only. */
  derivedLayers: Record<string, ScoreLayerSpec>;
}

type Listener = () => void;

export class AppStore {
  private state: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(project: ProjectDocument, language: Language) {
    this.state = {
      history: startHistory({ project }),
      language,
      layerData: {},
      selection: null,
      basemapFailed: false,
      datasetNote: null,
      fitRequest: null,
      overlays: {},
      autosave: { savedAt: null, error: null },
      targetsView: INITIAL_TARGETS_VIEW,
      presentation: { active: false },
      basemapAsk: false,
      activeTab: 'layers',
      currentSlide: null,
      auditProjectId: null,
      derivedLayers: {},
    };
  }

  getState = (): AppState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: AppState): void {
    this.state = withInlineLayerData(next, this.state);
    for (const listener of this.listeners) listener();
  }

  /** Runs a named, undoable command. */
  run(command: Command): void {
    const history = execute(this.state.history, command);
    const basemapFailed = command.type === 'setBasemap' ? false : this.state.basemapFailed;
    this.set({ ...this.state, history, basemapFailed });
  }

  undo(): void {
    this.set({ ...this.state, history: undo(this.state.history) });
  }

  redo(): void {
    this.set({ ...this.state, history: redo(this.state.history) });
  }

  /** Language is a preference, not an edit: the undo history is left as it is. */
  setLanguage(language: Language): void {
    if (language !== this.state.language) this.set({ ...this.state, language });
  }

  setAutosaveStatus(autosave: AutosaveStatus): void {
    this.set({ ...this.state, autosave });
  }

  setLayerData(layerId: string, data: LayerData): void {
    this.set({ ...this.state, layerData: { ...this.state.layerData, [layerId]: data } });
  }

  select(selection: Selection | null): void {
    this.set({ ...this.state, selection });
  }

  setBasemapFailed(failed: boolean): void {
    if (failed !== this.state.basemapFailed) this.set({ ...this.state, basemapFailed: failed });
  }

  fitBounds(bounds: [number, number, number, number]): void {
    this.set({ ...this.state, fitRequest: { bounds, seq: (this.state.fitRequest?.seq ?? 0) + 1 } });
  }

  setDatasetNote(note: LocalText): void {
    this.set({ ...this.state, datasetNote: note });
  }

  /** Changes what the Targets tab shows (a session preference, not an undoable edit). */
  setTargetsView(patch: Partial<TargetsView>): void {
    const current = this.state.targetsView;
    if ((Object.keys(patch) as (keyof TargetsView)[]).every((k) => patch[k] === current[k])) return;
    this.set({ ...this.state, targetsView: { ...current, ...patch } });
  }

  /** Asks (or stops asking) whether to turn the online basemap on. */
  setBasemapAsk(basemapAsk: boolean): void {
    if (basemapAsk !== this.state.basemapAsk) this.set({ ...this.state, basemapAsk });
  }

  /** Enters or leaves presentation mode. */
  setPresentationActive(active: boolean): void {
    if (active !== this.state.presentation.active) this.set({ ...this.state, presentation: { active } });
  }

  /** Replaces what one panel draws on the map (null removes it). */
  setOverlay(key: string, spec: OverlaySpec | null): void {
    if (this.state.overlays[key] === (spec ?? undefined)) return;
    const overlays = { ...this.state.overlays };
    if (spec) overlays[key] = spec;
    else delete overlays[key];
    this.set({ ...this.state, overlays });
  }

  setActiveTab(activeTab: string): void {
    if (activeTab !== this.state.activeTab) this.set({ ...this.state, activeTab });
  }

  setAuditProject(auditProjectId: string | null): void {
    if (auditProjectId !== this.state.auditProjectId) this.set({ ...this.state, auditProjectId });
  }

  setCurrentSlide(currentSlide: number | null): void {
    if (currentSlide !== this.state.currentSlide) this.set({ ...this.state, currentSlide });
  }

  /** Replaces the data a derived layer is drawn from (null: none yet, e.g. while scoring runs). */
  setDerivedLayer(layerId: string, spec: ScoreLayerSpec | null): void {
    if (this.state.derivedLayers[layerId] === (spec ?? undefined)) return;
    const derivedLayers = { ...this.state.derivedLayers };
    if (spec) derivedLayers[layerId] = spec;
    else delete derivedLayers[layerId];
    this.set({ ...this.state, derivedLayers });
  }
}

/**
 * Layers whose features live in the project document (imported, drawn) are ready as soon as they exist;
 * when such a layer leaves the project its copy and blob URL are released (undo rebuilds them from the document).
 * A sample layer made inline keeps its loaded data aside, and gets it back when it is the sample again.
 */
function withInlineLayerData(state: AppState, previous: AppState): AppState {
  let layerData = state.layerData;
  const layers = state.history.workspace.project.layers;
  const before = new Map(previous.history.workspace.project.layers.map((l) => [l.id, l]));
  for (const layer of layers) {
    const current = layerData[layer.id];
    if (layer.source.kind === 'sample') {
      if (current?.status !== 'ready' || !current.inline) continue;
      // Back from inline (undo of a shape edit): the sample's own loaded data, or a reload if it was not kept.
      URL.revokeObjectURL(current.dataUrl);
      layerData = { ...layerData };
      if (current.sample?.file === layer.source.file) layerData[layer.id] = current.sample.loaded;
      else delete layerData[layer.id];
      continue;
    }
    // A derived layer (the score result) is rebuilt from the scoring result, not from features of its own.
    if (layer.source.kind === 'scenario-result') continue;
    // A cadastre's arrays are never in the document: reopened without them, the layer asks for its file again.
    if (layer.source.kind === 'packed-file') {
      if (!current) {
        const message = renderBoth(msg('cadastre.reopen-file', { file: layer.source.fileName, count: layer.source.featureCount }));
        layerData = { ...layerData, [layer.id]: { status: 'error', message } };
      }
      continue;
    }
    if (current?.status === 'ready' && current.data === layer.source.data) continue;
    if (current?.status === 'ready' && current.inline) URL.revokeObjectURL(current.dataUrl);
    const was = before.get(layer.id);
    const sample =
      current?.status === 'ready' && current.inline ? current.sample : current?.status === 'ready' && was?.source.kind === 'sample' ? { file: was.source.file, loaded: current } : undefined;
    const data = layer.source.data;
    const dataUrl = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }));
    layerData = { ...layerData, [layer.id]: { status: 'ready', data, dataUrl, invalidCount: 0, inline: true, ...(sample ? { sample } : {}) } };
  }
  const ids = new Set(layers.map((l) => l.id));
  for (const [id, entry] of Object.entries(layerData)) {
    if (ids.has(id) || entry.status !== 'ready' || !entry.inline) continue;
    URL.revokeObjectURL(entry.dataUrl);
    if (layerData === state.layerData) layerData = { ...layerData };
    delete layerData[id];
  }
  return layerData === state.layerData ? state : { ...state, layerData };
}
