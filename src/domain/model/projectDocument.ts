// The project document: everything a user's workspace holds, saved as `*.noxh.json`.
// It carries a version; `migrateProjectDocument` upgrades every past version (see test/fixtures/project).

import type { FeatureCollection } from 'geojson';
import { isLayerRole, type LayerRole, type LocalText } from './layerRoles.ts';
import { UserError } from './userError.ts';
import { msg } from '../../i18n/message.ts';
import type { Scenario } from '../scoring/scenario.ts';
import { parseScenario } from '../scoring/parseScenario.ts';
import type { PlanTarget } from '../targets/types.ts';
import { parsePlanTargets } from '../targets/parsePlanTargets.ts';

export const PROJECT_FORMAT = 'noxh-atlas-project';
/** 2: the plan targets (`targets`) are stored in the document. */
export const PROJECT_VERSION = 2;

/** Where a layer's features come from: the bundled sample data, or features stored in the document. */
export type LayerSource = { kind: 'sample'; file: string } | { kind: 'inline'; data: FeatureCollection };

export interface LayerMetadata {
  /** True for the authored illustrative sample: the app says so wherever the layer is shown. */
  illustrative: boolean;
  /** What the layer is based on, in plain words, per language. */
  note: LocalText;
  source?: string;
  license?: string;
}

export interface LayerStyle {
  /** Overrides the role's default colour (CSS hex). */
  color?: string;
  opacity01?: number;
}

export interface ProjectLayer {
  id: string;
  role: LayerRole;
  title: LocalText;
  source: LayerSource;
  visible: boolean;
  style: LayerStyle;
  metadata: LayerMetadata;
}

export interface MapView {
  /** [longitude, latitude] in WGS84 degrees. */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export type BasemapId = 'none' | 'osm';

export interface ProjectDocument {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  title: string;
  layers: ProjectLayer[];
  view: MapView;
  basemap: BasemapId;
  /** Saved scoring scenarios (optional: absent means the presets). */
  scenarios?: Scenario[];
  /** The scenario shown in the score map (a saved one or a preset id). */
  activeScenarioId?: string;
  /** The plan's targets, edited by the user (optional: absent means DEFAULT_PLAN_TARGETS). Since version 2. */
  targets?: PlanTarget[];
}

/**
 * The whole of today's Quảng Ngãi province, merged with the former Kon Tum on 1 July 2025 (13.92–15.43 N,
 * 107.33–109.15 E, data/admin_units.geojson), in a map about 1,100 × 850 px.
 */
export const DEFAULT_VIEW: MapView = { center: [108.24, 14.68], zoom: 8.3, bearing: 0, pitch: 0 };

export function createProjectDocument(layers: ProjectLayer[], title = 'NOXH Atlas — Quảng Ngãi'): ProjectDocument {
  return { format: PROJECT_FORMAT, version: PROJECT_VERSION, title, layers, view: { ...DEFAULT_VIEW }, basemap: 'none' };
}

/**
 * Reads any saved version of a project document and returns the current version.
 * Throws a UserError (shown to the user) when the file is not a NOXH Atlas project.
 */
export function migrateProjectDocument(input: unknown): ProjectDocument {
  if (!input || typeof input !== 'object') {
    throw new UserError(msg('project.not-object'));
  }
  const doc = input as Record<string, unknown>;
  if (doc.format !== PROJECT_FORMAT) {
    throw new UserError(msg('project.format-missing', { format: PROJECT_FORMAT }));
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UserError(msg('project.version-invalid'));
  }
  if (version > PROJECT_VERSION) {
    throw new UserError(msg('project.version-newer', { version }));
  }
  // Each version's step, oldest first: 1 → 2 adds the plan targets (none stored: the defaults apply).
  const upgraded = version < 2 ? { ...doc, targets: undefined } : doc;
  return checkCurrentVersion(upgraded);
}

function checkCurrentVersion(doc: Record<string, unknown>): ProjectDocument {
  if (!Array.isArray(doc.layers)) {
    throw new UserError(msg('project.layers-missing'));
  }
  const layers = doc.layers.map((raw, index): ProjectLayer => {
    const layer = raw as Partial<ProjectLayer>;
    if (!layer || typeof layer.id !== 'string' || !isLayerRole(layer.role)) {
      throw new UserError(msg('project.layer-invalid', { layerIndex: index }));
    }
    return {
      id: layer.id,
      role: layer.role,
      title: layer.title ?? { vi: layer.id, en: layer.id },
      source: layer.source ?? { kind: 'inline', data: { type: 'FeatureCollection', features: [] } },
      visible: layer.visible ?? true,
      style: layer.style ?? {},
      metadata: layer.metadata ?? { illustrative: false, note: { vi: '', en: '' } },
    };
  });
  const view = (doc.view ?? DEFAULT_VIEW) as MapView;
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    title: typeof doc.title === 'string' ? doc.title : 'NOXH Atlas',
    layers,
    view: {
      center: Array.isArray(view.center) ? [Number(view.center[0]), Number(view.center[1])] : DEFAULT_VIEW.center,
      zoom: Number.isFinite(view.zoom) ? view.zoom : DEFAULT_VIEW.zoom,
      bearing: Number.isFinite(view.bearing) ? view.bearing : 0,
      pitch: Number.isFinite(view.pitch) ? view.pitch : 0,
    },
    basemap: doc.basemap === 'osm' ? 'osm' : 'none',
    ...(Array.isArray(doc.scenarios) ? { scenarios: doc.scenarios.map(parseScenario) } : {}),
    ...(typeof doc.activeScenarioId === 'string' ? { activeScenarioId: doc.activeScenarioId } : {}),
    ...(doc.targets !== undefined ? { targets: parsePlanTargets(doc.targets) } : {}),
  };
}
