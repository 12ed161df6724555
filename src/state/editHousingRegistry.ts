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

function countText(feature: Feature, language: 'vi' | 'en'): string {
  const p = feature.properties ?? {};
  const units = typeof p.units === 'number' ? formatPropertyValue(p.units, undefined, language) : '?';
  const place = p.unit_kind === 'place';
  return language === 'vi' ? `${units} ${place ? 'chỗ ở' : 'căn'}` : `${units} ${place ? 'places' : 'units'}`;
}

/** "số căn 400 → 500; tình trạng Đã phê duyệt → Đang xây dựng": the changed properties, by their labels. */
function changesText(before: Feature, after: Feature, language: 'vi' | 'en'): string {
  const a = before.properties ?? {};
  const b = after.properties ?? {};
  const changes: string[] = [];
  for (const spec of SPEC.properties) {
    if ((a[spec.key] ?? '') === (b[spec.key] ?? '')) continue;
    const label = spec.label[language];
    changes.push(`${label.toLowerCase()} ${formatPropertyValue(a[spec.key], spec, language)} → ${formatPropertyValue(b[spec.key], spec, language)}`);
  }
  if (JSON.stringify(before.geometry) !== JSON.stringify(after.geometry)) changes.push(language === 'vi' ? 'vị trí' : 'location');
  return changes.join('; ');
}

export function describeEditHousingProject(workspace: Workspace, command: EditHousingProjectCommand): LocalText {
  const layer = workspace.project.layers.find((l) => l.id === command.layerId);
  const data = layer ? layerDataOf(layer, command) : undefined;
  const old = command.featureIndex === null ? undefined : data?.features[command.featureIndex];
  if (!command.feature) {
    const name = nameOf(old);
    return { vi: `Xóa dự án NOXH "${name}"`, en: `Delete NOXH project "${name}"` };
  }
  const name = nameOf(command.feature);
  if (!old) {
    return { vi: `Thêm dự án NOXH "${name}" (${countText(command.feature, 'vi')})`, en: `Add NOXH project "${name}" (${countText(command.feature, 'en')})` };
  }
  const vi = changesText(old, command.feature, 'vi');
  const en = changesText(old, command.feature, 'en');
  return { vi: `Sửa dự án NOXH "${name}"${vi ? `: ${vi}` : ''}`, en: `Edit NOXH project "${name}"${en ? `: ${en}` : ''}` };
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
  const n = (v: number, language: 'vi' | 'en') => formatPropertyValue(v, undefined, language);
  if (after.length !== before.length) {
    return after.length > before.length
      ? { vi: `Thêm mục tiêu "${after.at(-1)?.label ?? ''}"`, en: `Add target "${after.at(-1)?.label ?? ''}"` }
      : { vi: 'Xóa một mục tiêu', en: 'Remove a target' };
  }
  if (total(before) !== total(after)) {
    return {
      vi: `Sửa mục tiêu: ${n(total(before), 'vi')} → ${n(total(after), 'vi')} căn`,
      en: `Edit target: ${n(total(before), 'en')} → ${n(total(after), 'en')} units`,
    };
  }
  return { vi: 'Sửa mục tiêu (năm, tên hoặc nguồn)', en: 'Edit target (year, name or source)' };
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
  if (!command.table) return { vi: 'Xóa bảng nhà tạm, nhà dột nát', en: 'Remove the temporary-housing table' };
  const rows = command.table.records.length;
  const n = (v: number, language: 'vi' | 'en') => formatPropertyValue(v, undefined, language);
  return {
    vi: `Nhập bảng nhà tạm, nhà dột nát "${command.table.source}" (${n(rows, 'vi')} dòng)`,
    en: `Import the temporary-housing table "${command.table.source}" (${n(rows, 'en')} rows)`,
  };
}
