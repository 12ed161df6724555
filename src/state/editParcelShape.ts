// The "edit a parcel's shape" command: replaces one feature's geometry in a candidate layer, as one
// undoable step ("Sửa hình dạng thửa QN-0012"). The edited layer keeps its features in the project
// document (inline), so the edit is saved with the project; a bundled sample layer becomes inline
// with its loaded features, and undo gives back the original layer (a sample again, with its loaded data).
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { LocalText } from '../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../domain/model/projectDocument.ts';
import { geodesicAreaM2 } from '../domain/geo/geodesicAreaM2.ts';
import type { Command, Workspace } from './commands.ts';
import { msg } from '../i18n/message.ts';
import { renderBoth } from '../i18n/renderMessage.ts';

export interface EditParcelShapeCommand {
  type: 'editParcelShape';
  layerId: string;
  featureIndex: number;
  geometry: Polygon;
  /** The parcel's id as the planner knows it (e.g. "QN-0012"), for the history note. */
  parcelId: string;
  /**
   * The layer's features as loaded, for a layer whose features are not in the document (bundled
   * sample data). Not needed for inline layers (imported, drawn).
   */
  loadedData?: FeatureCollection;
}

function layerDataOf(layer: ProjectLayer, command: EditParcelShapeCommand): FeatureCollection | undefined {
  return layer.source.kind === 'inline' ? layer.source.data : command.loadedData;
}

/** The feature with its new geometry; a stated area (`area_m2`) follows the new shape, rounded to 1 m². */
export function withEditedShape(feature: Feature, geometry: Polygon): Feature {
  const properties = feature.properties;
  const stated = properties && typeof properties.area_m2 === 'number';
  return { ...feature, geometry, properties: stated ? { ...properties, area_m2: Math.round(geodesicAreaM2(geometry)) } : properties };
}

export function applyEditParcelShape(workspace: Workspace, command: EditParcelShapeCommand): Workspace {
  const layers = workspace.project.layers;
  const index = layers.findIndex((l) => l.id === command.layerId);
  if (index < 0) return workspace;
  const layer = layers[index];
  const data = layerDataOf(layer, command);
  const old = data?.features[command.featureIndex];
  if (!data || !old) return workspace;
  const features = data.features.map((f, i) => (i === command.featureIndex ? withEditedShape(old, command.geometry) : f));
  const edited: ProjectLayer = { ...layer, source: { kind: 'inline', data: { ...data, features } } };
  return { ...workspace, project: { ...workspace.project, layers: layers.map((l, i) => (i === index ? edited : l)) } };
}

/**
 * Undo puts back the layer object exactly as it was: a sample layer is a sample again (the saved project
 * does not embed the sample file); the store gives it back its loaded data (see withInlineLayerData).
 */
export function inverseOfEditParcelShape(workspace: Workspace, command: EditParcelShapeCommand): Command {
  const index = workspace.project.layers.findIndex((l) => l.id === command.layerId);
  if (index < 0) return command;
  const layer = workspace.project.layers[index];
  if (!layerDataOf(layer, command)?.features[command.featureIndex]) return command;
  return { type: 'addLayer', layer, index };
}

export function describeEditParcelShape(command: EditParcelShapeCommand): LocalText {
  return renderBoth(msg('history.parcel-shape', { parcelId: command.parcelId }));
}
