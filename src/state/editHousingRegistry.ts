// The NOXH registry's commands (issue 12): add, edit or delete one project of a `housing_project` layer,
// and set the plan's targets — each one undoable step with a readable note ("Thêm dự án NOXH "…" (400 căn)",
// "Sửa dự án NOXH "…": số căn 400 → 500"). Like a parcel's shape edit, the edited layer keeps its features in
// the project document (inline), so the registry is saved with the project; undo gives back the layer as it was.
import type { Feature, FeatureCollection } from 'geojson';
import { ROLE_SPECS, type LocalText } from '../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../domain/model/projectDocument.ts';
import type { PlanTarget } from '../domain/targets/types.ts';
import type { TemporaryHousingTable } from '../domain/targets/temporaryHousingTypes.ts';
import { formatPropertyValue } from '../i18n/format.ts';
import { msg } from '../i18n/message.ts';
import { renderBoth } from '../i18n/renderMessage.ts';
import type { Command, Workspace } from './commands.ts';

export interface EditHousingProjectCommand {
  type: 'editHousingProject';
  layerId: string;
  /** The project's place in the layer; null adds `feature` at the end. */
  featureIndex: number | null;
  /** The project as it will be; null deletes the one at `featureIndex`. */
  feature: Feature | null;
  /** The layer's features as loaded, for a layer whose features are not in the document (bundled sample). */
  loadedData?: FeatureCollection;
  /** The layer to create when `layerId` is not in the project yet (the first project of a new registry). */
  newLayer?: ProjectLayer;
}

export interface SetPlanTargetsCommand {
  type: 'setPlanTargets';
  /** undefined: back to the shipped default (DEFAULT_PLAN_TARGETS). */
  targets: PlanTarget[] | undefined;
}

function layerDataOf(layer: ProjectLayer, command: EditHousingProjectCommand): FeatureCollection | undefined {
  return layer.source.kind === 'inline' ? layer.source.data : command.loadedData;
}

export function applyEditHousingProject(workspace: Workspace, command: EditHousingProjectCommand): Workspace {
  let layers = workspace.project.layers;
  let index = layers.findIndex((l) => l.id === command.layerId);
  if (index < 0 && command.newLayer?.id === command.layerId) {
    layers = [...layers, command.newLayer];
    index = layers.length - 1;
  }
  if (index < 0) return workspace;
  const layer = layers[index];
  const data = layerDataOf(layer, command);
  if (!data) return workspace;
  let features: Feature[];
  if (command.featureIndex === null) {
    if (!command.feature) return workspace;
    features = [...data.features, command.feature];
  } else {
    if (!data.features[command.featureIndex]) return workspace;
    const at = command.featureIndex;
    features = command.feature ? data.features.map((f, i) => (i === at ? command.feature! : f)) : data.features.filter((_, i) => i !== at);
  }
  const edited: ProjectLayer = { ...layer, source: { kind: 'inline', data: { ...data, features } } };
  return { ...workspace, project: { ...workspace.project, layers: layers.map((l, i) => (i === index ? edited : l)) } };
}

/** Undo puts back the layer object exactly as it was (a sample layer is a sample again), or removes a new one. */
export function inverseOfEditHousingProject(workspace: Workspace, command: EditHousingProjectCommand): Command {
  const index = workspace.project.layers.findIndex((l) => l.id === command.layerId);
  if (index < 0) return command.newLayer ? { type: 'removeLayer', layerId: command.layerId } : command;
  return { type: 'addLayer', layer: workspace.project.layers[index], index };
}

const SPEC = ROLE_SPECS.housing_project;

function nameOf(feature: Feature | undefined): string {
  const p = feature?.properties ?? {};
  return String(p.name || p.id || '?');
}

function countOf(feature: Feature): { count: number | null; places: boolean } {
  const p = feature.properties ?? {};
  return { count: typeof p.units === 'number' ? p.units : null, places: p.unit_kind === 'place' };
}

/** "số căn 400 → 500; tình trạng Đã phê duyệt → Đang xây dựng": the changed properties, by their labels. */
function changesOf(before: Feature, after: Feature) {
  const a = before.properties ?? {};
  const b = after.properties ?? {};
  const both = (value: unknown, spec: (typeof SPEC.properties)[number]) => ({
    vi: formatPropertyValue(value, spec, 'vi'),
    en: formatPropertyValue(value, spec, 'en'),
  });
  return SPEC.properties
    .filter((spec) => (a[spec.key] ?? '') !== (b[spec.key] ?? ''))
    .map((spec) => ({ label: spec.label, from: both(a[spec.key], spec), to: both(b[spec.key], spec) }));
}

export function describeEditHousingProject(workspace: Workspace, command: EditHousingProjectCommand): LocalText {
  const layer = workspace.project.layers.find((l) => l.id === command.layerId);
  const data = layer ? layerDataOf(layer, command) : undefined;
  const old = command.featureIndex === null ? undefined : data?.features[command.featureIndex];
  if (!command.feature) return renderBoth(msg('history.housing-delete', { name: nameOf(old) }));
  const name = nameOf(command.feature);
  if (!old) return renderBoth(msg('history.housing-add', { name, ...countOf(command.feature) }));
  const location = JSON.stringify(old.geometry) !== JSON.stringify(command.feature.geometry);
  return renderBoth(msg('history.housing-edit', { name, changes: changesOf(old, command.feature), location }));
}

export function applySetPlanTargets(workspace: Workspace, command: SetPlanTargetsCommand): Workspace {
  const { targets: _old, ...rest } = workspace.project;
  return { ...workspace, project: command.targets ? { ...rest, targets: command.targets } : rest };
}

export function inverseOfSetPlanTargets(workspace: Workspace): Command {
  return { type: 'setPlanTargets', targets: workspace.project.targets };
}

export function describeSetPlanTargets(workspace: Workspace, command: SetPlanTargetsCommand, defaults: readonly PlanTarget[]): LocalText {
  const before = workspace.project.targets ?? defaults;
  const after = command.targets ?? defaults;
  const total = (ts: readonly PlanTarget[]) => ts.reduce((s, t) => s + t.dwellings, 0);
  if (after.length !== before.length) {
    return renderBoth(after.length > before.length ? msg('history.target-added', { label: after.at(-1)?.label ?? '' }) : msg('history.target-removed'));
  }
  if (total(before) !== total(after)) return renderBoth(msg('history.target-total', { from: total(before), to: total(after) }));
  return renderBoth(msg('history.target-edited'));
}

/** Replaces the list of temporary and dilapidated houses (undefined: removes it). */
export interface SetTemporaryHousingCommand {
  type: 'setTemporaryHousing';
  table: TemporaryHousingTable | undefined;
}

export function applySetTemporaryHousing(workspace: Workspace, command: SetTemporaryHousingCommand): Workspace {
  const { temporaryHousing: _old, ...rest } = workspace.project;
  return { ...workspace, project: command.table ? { ...rest, temporaryHousing: command.table } : rest };
}

export function inverseOfSetTemporaryHousing(workspace: Workspace): Command {
  return { type: 'setTemporaryHousing', table: workspace.project.temporaryHousing };
}

export function describeSetTemporaryHousing(command: SetTemporaryHousingCommand): LocalText {
  if (!command.table) return renderBoth(msg('history.temporary-housing-removed'));
  return renderBoth(msg('history.temporary-housing-imported', { source: command.table.source, rows: command.table.records.length }));
}
