// Edits to the workspace are named commands with a human-readable note, so they can be undone, redone
// and replayed ("Hiện lớp 'Khu, cụm công nghiệp'"). Pure: (workspace, command) → workspace.
import type { BasemapId, ProjectDocument, ProjectLayer } from '../domain/model/projectDocument.ts';
import type { LocalText } from '../domain/model/layerRoles.ts';
import type { Scenario } from '../domain/scoring/scenario.ts';
import { activeScenarioOf, scenariosOf } from '../domain/scoring/activeScenarioOf.ts';
import { applyEditParcelShape, describeEditParcelShape, inverseOfEditParcelShape, type EditParcelShapeCommand } from './editParcelShape.ts';
import {
  applyEditHousingProject,
  applySetPlanTargets,
  describeEditHousingProject,
  describeSetPlanTargets,
  inverseOfEditHousingProject,
  inverseOfSetPlanTargets,
  type EditHousingProjectCommand,
  type SetPlanTargetsCommand,
} from './editHousingRegistry.ts';
import {
  applySetTemporaryHousing,
  describeSetTemporaryHousing,
  inverseOfSetTemporaryHousing,
  type SetTemporaryHousingCommand,
} from './editHousingRegistry.ts';
import { withScoreLayerTitle } from '../domain/model/scoreResultLayer.ts';
import { DEFAULT_PLAN_TARGETS } from '../domain/targets/defaultPlanTargets.ts';
import { msg } from '../i18n/message.ts';
import { renderBoth } from '../i18n/renderMessage.ts';
import { applyEditSlides, describeEditSlides, inverseOfEditSlides, type EditSlidesCommand } from './editSlides.ts';

/** What undo/redo covers: the project document (the UI language is a preference kept beside it, in the store). */
export interface Workspace {
  project: ProjectDocument;
}

export type Command =
  | { type: 'setLayerVisible'; layerId: string; visible: boolean }
  | { type: 'setBasemap'; basemap: BasemapId }
  /** Adds a layer (e.g. an imported file) at `index` in draw order (default: on top). */
  | { type: 'addLayer'; layer: ProjectLayer; index?: number }
  | { type: 'removeLayer'; layerId: string }
  /** Moves a layer to `index` in draw order (0 = drawn first, at the bottom of the layer list). */
  | { type: 'moveLayer'; layerId: string; index: number }
  /** Opens another project document (a saved *.noxh.json): undo brings the previous one back. */
  | { type: 'replaceProject'; project: ProjectDocument }
  /**
   * Saves a scenario (new or edited) into the project document. `note` says what changed, e.g.
   * "Trọng số 'Khoảng cách đến KCN' 0,20 → 0,30"; the UI writes it because only it knows the edit.
   */
  | { type: 'saveScenario'; scenario: Scenario; note?: LocalText }
  | { type: 'deleteScenario'; scenarioId: string }
  | { type: 'setActiveScenario'; scenarioId: string | undefined }
  /** Replaces one parcel's geometry (see editParcelShape.ts). */
  | EditParcelShapeCommand
  /** Adds, edits or deletes one NOXH project of the registry; sets the plan targets (editHousingRegistry.ts). */
  | EditHousingProjectCommand
  | SetPlanTargetsCommand
  | SetTemporaryHousingCommand
  /** The presentation's title and subtitle (title block, map sheets). */
  | { type: 'setPresentationText'; title: string; subtitle: string }
  /** Adds, changes, moves or deletes one meeting slide (editSlides.ts). */
  | EditSlidesCommand
  /** Several commands as one undo step with one note (e.g. "Nhập 3 lớp: …" for one import of several files). */
  | BatchCommand;

export interface BatchCommand {
  type: 'batch';
  note: LocalText;
  commands: Command[];
}

/** Adds the layers of one import: one layer is an `addLayer`; several are one batch, "Nhập 3 lớp: A, B, C". */
export function addLayersCommand(layers: ProjectLayer[]): Command {
  if (layers.length === 1) return { type: 'addLayer', layer: layers[0] };
  return {
    type: 'batch',
    note: renderBoth(msg('history.import-layers', { titles: layers.map((l) => l.title) })),
    commands: layers.map((layer) => ({ type: 'addLayer', layer })),
  };
}

// The active scenario is domain (the CLI's meeting package asks it too); the UI keeps importing it from here.
export { activeScenarioOf, scenariosOf };

export function applyCommand(workspace: Workspace, command: Command): Workspace {
  const next = applyOneCommand(workspace, command);
  if (next === workspace) return next;
  // The score layer is titled after the active scenario, whichever edit changed it (choice, rename, undo).
  const project = next.project;
  const label = activeScenarioOf(project)?.label;
  const titled = withScoreLayerTitle(project, label);
  return titled === project ? next : { ...next, project: titled };
}

function applyOneCommand(workspace: Workspace, command: Command): Workspace {
  switch (command.type) {
    case 'setLayerVisible':
      return {
        ...workspace,
        project: {
          ...workspace.project,
          layers: workspace.project.layers.map((l) => (l.id === command.layerId ? { ...l, visible: command.visible } : l)),
        },
      };
    case 'setBasemap':
      return { ...workspace, project: { ...workspace.project, basemap: command.basemap } };
    case 'batch':
      return command.commands.reduce(applyCommand, workspace);
    case 'addLayer': {
      const layers = workspace.project.layers.filter((l) => l.id !== command.layer.id);
      const index = command.index ?? layers.length;
      return { ...workspace, project: { ...workspace.project, layers: [...layers.slice(0, index), command.layer, ...layers.slice(index)] } };
    }
    case 'moveLayer': {
      const layers = workspace.project.layers;
      const from = layers.findIndex((l) => l.id === command.layerId);
      const to = Math.max(0, Math.min(layers.length - 1, command.index));
      if (from < 0 || from === to) return workspace;
      const next = layers.filter((_, k) => k !== from);
      next.splice(to, 0, layers[from]);
      return { ...workspace, project: { ...workspace.project, layers: next } };
    }
    case 'removeLayer':
      return {
        ...workspace,
        project: { ...workspace.project, layers: workspace.project.layers.filter((l) => l.id !== command.layerId) },
      };
    case 'replaceProject':
      return { ...workspace, project: command.project };
    case 'saveScenario': {
      const scenarios = scenariosOf(workspace.project);
      const exists = scenarios.some((sc) => sc.id === command.scenario.id);
      const next = exists ? scenarios.map((sc) => (sc.id === command.scenario.id ? command.scenario : sc)) : [...scenarios, command.scenario];
      return { ...workspace, project: { ...workspace.project, scenarios: next } };
    }
    case 'deleteScenario': {
      const scenarios = scenariosOf(workspace.project).filter((sc) => sc.id !== command.scenarioId);
      const activeScenarioId = workspace.project.activeScenarioId === command.scenarioId ? undefined : workspace.project.activeScenarioId;
      return { ...workspace, project: { ...workspace.project, scenarios, activeScenarioId } };
    }
    case 'setActiveScenario':
      return { ...workspace, project: { ...workspace.project, activeScenarioId: command.scenarioId } };
    case 'editParcelShape':
      return applyEditParcelShape(workspace, command);
    case 'editHousingProject':
      return applyEditHousingProject(workspace, command);
    case 'setPlanTargets':
      return applySetPlanTargets(workspace, command);
    case 'setTemporaryHousing':
      return applySetTemporaryHousing(workspace, command);
    case 'setPresentationText':
      return { ...workspace, project: { ...workspace.project, presentation: { title: command.title, subtitle: command.subtitle } } };
    case 'addSlide':
    case 'updateSlide':
    case 'moveSlide':
    case 'deleteSlide':
      return applyEditSlides(workspace, command);
  }
}

/** The command that undoes `command` when applied to the workspace it was applied to. */
export function inverseOf(workspace: Workspace, command: Command): Command {
  switch (command.type) {
    case 'setLayerVisible': {
      const layer = workspace.project.layers.find((l) => l.id === command.layerId);
      return { ...command, visible: layer?.visible ?? !command.visible };
    }
    case 'setBasemap':
      return { type: 'setBasemap', basemap: workspace.project.basemap };
    case 'batch': {
      // Each command's inverse is taken on the workspace it meets; undo runs them in reverse order.
      const inverses: Command[] = [];
      let current = workspace;
      for (const part of command.commands) {
        inverses.push(inverseOf(current, part));
        current = applyCommand(current, part);
      }
      return { type: 'batch', note: command.note, commands: inverses.reverse() };
    }
    case 'addLayer': {
      const previous = workspace.project.layers.findIndex((l) => l.id === command.layer.id);
      return previous >= 0
        ? { type: 'addLayer', layer: workspace.project.layers[previous], index: previous }
        : { type: 'removeLayer', layerId: command.layer.id };
    }
    case 'removeLayer': {
      const index = workspace.project.layers.findIndex((l) => l.id === command.layerId);
      return index >= 0 ? { type: 'addLayer', layer: workspace.project.layers[index], index } : command;
    }
    case 'moveLayer': {
      const index = workspace.project.layers.findIndex((l) => l.id === command.layerId);
      return { type: 'moveLayer', layerId: command.layerId, index: index >= 0 ? index : command.index };
    }
    case 'replaceProject':
    case 'saveScenario':
    case 'deleteScenario':
      // Scenario edits restore the whole previous project: simple, and exact for undo.
      return { type: 'replaceProject', project: workspace.project };
    case 'setActiveScenario':
      return { type: 'setActiveScenario', scenarioId: workspace.project.activeScenarioId };
    case 'editParcelShape':
      return inverseOfEditParcelShape(workspace, command);
    case 'editHousingProject':
      return inverseOfEditHousingProject(workspace, command);
    case 'setPlanTargets':
      return inverseOfSetPlanTargets(workspace);
    case 'setTemporaryHousing':
      return inverseOfSetTemporaryHousing(workspace);
    case 'setPresentationText':
      // Empty texts stand for "not set" (the defaults show).
      return { type: 'setPresentationText', title: workspace.project.presentation?.title ?? '', subtitle: workspace.project.presentation?.subtitle ?? '' };
    case 'addSlide':
    case 'updateSlide':
    case 'moveSlide':
    case 'deleteSlide':
      return inverseOfEditSlides(workspace, command);
  }
}

export function describeCommand(workspace: Workspace, command: Command): LocalText {
  switch (command.type) {
    case 'setLayerVisible': {
      const title = workspace.project.layers.find((l) => l.id === command.layerId)?.title ?? { vi: command.layerId, en: command.layerId };
      return renderBoth(msg('history.layer-visible', { title, visible: command.visible }));
    }
    case 'setBasemap':
      return renderBoth(msg('history.basemap', { on: command.basemap === 'osm' }));
    case 'batch':
      return command.note;
    case 'addLayer':
      return renderBoth(msg('history.add-layer', { title: command.layer.title }));
    case 'removeLayer': {
      const title = workspace.project.layers.find((l) => l.id === command.layerId)?.title ?? { vi: command.layerId, en: command.layerId };
      return renderBoth(msg('history.remove-layer', { title }));
    }
    case 'moveLayer': {
      const title = workspace.project.layers.find((l) => l.id === command.layerId)?.title ?? { vi: command.layerId, en: command.layerId };
      return renderBoth(msg('history.move-layer', { title }));
    }
    case 'replaceProject':
      return renderBoth(msg('history.open-project', { title: command.project.title }));
    case 'saveScenario':
      return command.note ?? renderBoth(msg('history.save-scenario', { label: command.scenario.label }));
    case 'deleteScenario': {
      const label = scenariosOf(workspace.project).find((sc) => sc.id === command.scenarioId)?.label ?? { vi: command.scenarioId, en: command.scenarioId };
      return renderBoth(msg('history.delete-scenario', { label }));
    }
    case 'setActiveScenario': {
      const label = scenariosOf(workspace.project).find((sc) => sc.id === command.scenarioId)?.label;
      return renderBoth(msg('history.choose-scenario', { label: label ?? null }));
    }
    case 'editParcelShape':
      return describeEditParcelShape(command);
    case 'editHousingProject':
      return describeEditHousingProject(workspace, command);
    case 'setPlanTargets':
      return describeSetPlanTargets(workspace, command, DEFAULT_PLAN_TARGETS);
    case 'setTemporaryHousing':
      return describeSetTemporaryHousing(command);
    case 'setPresentationText':
      return renderBoth(msg('history.presentation-title', { title: command.title }));
    case 'addSlide':
    case 'updateSlide':
    case 'moveSlide':
    case 'deleteSlide':
      return describeEditSlides(workspace, command);
  }
}
