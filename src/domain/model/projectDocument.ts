// The project document: everything a user's workspace holds, saved as `*.noxh.json`.
// It carries a version; `migrateProjectDocument` upgrades every past version (see test/fixtures/project).

import type { FeatureCollection } from 'geojson';
import type { LayerRole, LocalText } from './layerRoles.ts';
import { checkText, failField, isRecord, PROJECT_LIMITS, validateProjectLayer } from './validateProjectLayer.ts';
import { UserError } from './userError.ts';
import { msg } from '../../i18n/message.ts';
import type { Scenario } from '../scoring/scenario.ts';
import { parseScenario } from '../scoring/parseScenario.ts';
import type { PlanTarget } from '../targets/types.ts';
import { parsePlanTargets } from '../targets/parsePlanTargets.ts';
import type { TemporaryHousingTable } from '../targets/temporaryHousingTypes.ts';
import { parseTemporaryHousingTable } from '../targets/parseTemporaryHousingTable.ts';
import { parsePresentationSettings, type PresentationSettings } from './parsePresentationSettings.ts';
import type { Slide } from '../slides/slide.ts';
import { parseSlides } from '../slides/parseSlides.ts';

export const PROJECT_FORMAT = 'noxh-atlas-project';
/** 2: the plan targets (`targets`) are stored in the document. 3: the meeting slides (`slides`). */
export const PROJECT_VERSION = 4;

/**
 * Where a layer's features come from: the bundled sample data, features stored in the document, or the active
 * scenario's scoring result (a derived layer: no features stored, see scoreResultLayer.ts).
 */
export type LayerSource = { kind: 'sample'; file: string } | { kind: 'inline'; data: FeatureCollection } | { kind: 'scenario-result' } | PackedFileSource;

/**
 * A cadastre too large for the document (a FlatGeobuf of ≥ PACKED_IMPORT_MIN_FEATURES parcels, read into typed
 * arrays, see docs/ARCHITECTURE.md): the document keeps its name, role and file name only; after a reload the
 * layer asks for the file again (nothing else of the project is lost).
 */
export interface PackedFileSource {
  kind: 'packed-file';
  fileName: string;
  featureCount: number;
}

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
  /**
   * The imported list of temporary and dilapidated houses by commune and group (optional: absent means none
   * imported; older files simply lack it, so no version step is needed).
   */
  temporaryHousing?: TemporaryHousingTable;
  /** Title and subtitle of the presentation mode and the map sheets (optional, no version bump: absent = defaults). */
  presentation?: PresentationSettings;
  /** The meeting slides, in order (optional: absent means none). Since version 3. */
  slides?: Slide[];
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
  // Each version's step, oldest first: 1 → 2 adds the plan targets (none stored: the defaults apply);
  // 2 → 3 adds the slides (none); 3 → 4 lets a layer be a cadastre kept by its file name only (`packed-file`):
  // nothing to convert, but an older app must not open a file it would misread.
  const v2 = version < 2 ? { ...doc, targets: undefined } : doc;
  const upgraded = version < 3 ? { ...v2, slides: undefined } : v2;
  return checkCurrentVersion(upgraded);
}

function checkCurrentVersion(doc: Record<string, unknown>): ProjectDocument {
  if (!Array.isArray(doc.layers)) {
    throw new UserError(msg('project.layers-missing'));
  }
  if (doc.layers.length > PROJECT_LIMITS.layers) {
    throw new UserError(msg('project.too-large', { layerIndex: null, field: 'layers', count: doc.layers.length, limit: PROJECT_LIMITS.layers, unit: 'items' }));
  }
  const layers = doc.layers.map(validateProjectLayer);
  const seen = new Set<string>();
  layers.forEach((layer, layerIndex) => {
    if (seen.has(layer.id)) throw new UserError(msg('project.layer-id-duplicate', { layerIndex, id: layer.id.slice(0, 80) }));
    seen.add(layer.id);
  });
  if (doc.activeScenarioId !== undefined) checkText(doc.activeScenarioId, { layerIndex: null, field: 'activeScenarioId' });
  if (doc.scenarios !== undefined && !Array.isArray(doc.scenarios)) failField({ layerIndex: null, field: 'scenarios' }, 'list');
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    title: doc.title === undefined ? 'NOXH Atlas' : checkText(doc.title, { layerIndex: null, field: 'title' }),
    layers,
    view: checkView(doc.view),
    basemap: doc.basemap === 'osm' ? 'osm' : 'none',
    ...(Array.isArray(doc.scenarios) ? { scenarios: doc.scenarios.map(parseScenario) } : {}),
    ...(typeof doc.activeScenarioId === 'string' ? { activeScenarioId: doc.activeScenarioId } : {}),
    ...(doc.targets !== undefined ? { targets: parsePlanTargets(doc.targets) } : {}),
    ...(doc.temporaryHousing !== undefined ? { temporaryHousing: parseTemporaryHousingTable(doc.temporaryHousing) } : {}),
    ...(doc.presentation !== undefined ? { presentation: parsePresentationSettings(doc.presentation) } : {}),
    ...(doc.slides !== undefined ? { slides: parseSlides(doc.slides) } : {}),
  };
}

/** The saved map view: absent means the default; present, every number must be finite and in range. */
function checkView(value: unknown): MapView {
  if (value === undefined) return { ...DEFAULT_VIEW };
  const place = { layerIndex: null, field: 'view' };
  if (!isRecord(value)) failField(place, 'object');
  const [lon, lat] = Array.isArray(value.center) ? value.center : [];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
    failField({ layerIndex: null, field: 'view.center' }, 'lon-lat');
  }
  const num = (key: 'zoom' | 'bearing' | 'pitch', fallback: number): number => {
    const v = value[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) failField({ layerIndex: null, field: `view.${key}` }, 'number');
    return v;
  };
  return { center: [lon, lat], zoom: Math.min(24, Math.max(0, num('zoom', DEFAULT_VIEW.zoom))), bearing: num('bearing', 0), pitch: Math.min(85, Math.max(0, num('pitch', 0))) };
}
