// Checks one layer of a project document fully (types, sizes, the inline GeoJSON) before it can reach the app:
// a tampered file must be refused with a message naming what is wrong, never blank the app later.
// Iterative where the input decides the depth (no stack overflow on deeply nested values).
import type { Feature, FeatureCollection } from 'geojson';
import { isLayerRole, type LocalText } from './layerRoles.ts';
import { UserError } from './userError.ts';
import { stripBidiControls } from '../text/stripBidiControls.ts';
import { msg, type ProjectFieldExpectation } from '../../i18n/message.ts';
import type { ProjectLayer } from './projectDocument.ts';

/** What a project may hold, said in the messages. */
export const PROJECT_LIMITS = {
  layers: 500,
  /** Characters of a title, note, id or other short text. */
  shortTextChars: 2_000,
  /** Characters of one property value. */
  propertyTextChars: 100_000,
  /** Nesting depth of a property value (objects and arrays). */
  propertyDepth: 32,
  featuresPerLayer: 1_000_000,
} as const;

const GEOMETRY_DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
/** Sample files are bare names in the app's data folder (no paths). */
const SAMPLE_FILE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.geojson$/;
const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;

export interface FieldPlace {
  layerIndex: number | null;
  field: string;
}

export function failField(place: FieldPlace, expected: ProjectFieldExpectation): never {
  throw new UserError(msg('project.field-invalid', { layerIndex: place.layerIndex, field: place.field, expected }));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of at most `limit` characters. */
export function checkText(value: unknown, place: FieldPlace, limit: number = PROJECT_LIMITS.shortTextChars): string {
  if (typeof value !== 'string') failField(place, 'text');
  if (value.length > limit) {
    throw new UserError(msg('project.too-large', { layerIndex: place.layerIndex, field: place.field, count: value.length, limit, unit: 'chars' }));
  }
  // Titles, names and notes are shown in panels: no bidi control may reorder them.
  return stripBidiControls(value);
}

function checkLocalText(value: unknown, place: FieldPlace): LocalText {
  if (!isRecord(value) || typeof value.vi !== 'string' || typeof value.en !== 'string') failField(place, 'local-text');
  return { vi: checkText(value.vi, { ...place, field: `${place.field}.vi` }), en: checkText(value.en, { ...place, field: `${place.field}.en` }) };
}

function checkPositions(coordinates: unknown, depth: number, place: FieldPlace): void {
  // Walks the nested arrays with a stack: `depth` levels of arrays above each [x, y(, z)] position.
  const stack: [unknown, number][] = [[coordinates, depth]];
  while (stack.length) {
    const [value, level] = stack.pop()!;
    if (!Array.isArray(value)) failField(place, 'coordinates');
    if (level === 0) {
      if (value.length < 2 || value.length > 4 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) failField(place, 'coordinates');
    } else {
      for (const item of value) stack.push([item, level - 1]);
    }
  }
}

function checkGeometry(value: unknown, place: FieldPlace): void {
  if (value === null) return;
  if (!isRecord(value) || typeof value.type !== 'string') failField(place, 'geometry');
  if (value.type === 'GeometryCollection') {
    if (!Array.isArray(value.geometries)) failField(place, 'geometry');
    for (const part of value.geometries) {
      if (isRecord(part) && part.type === 'GeometryCollection') failField(place, 'geometry');
      checkGeometry(part, place);
    }
    return;
  }
  const depth = GEOMETRY_DEPTH[value.type];
  if (depth === undefined) failField(place, 'geometry');
  checkPositions(value.coordinates, depth, place);
}

function checkProperties(value: unknown, place: FieldPlace): void {
  if (value === null || value === undefined) return;
  if (!isRecord(value)) failField(place, 'properties');
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'string') {
      checkText(item, place, PROJECT_LIMITS.propertyTextChars);
    } else if (typeof item === 'object' && item !== null) {
      if (depth >= PROJECT_LIMITS.propertyDepth) {
        throw new UserError(msg('project.too-large', { ...place, count: depth + 1, limit: PROJECT_LIMITS.propertyDepth, unit: 'levels' }));
      }
      for (const child of Object.values(item)) stack.push([child, depth + 1]);
    } else if (typeof item === 'number' && !Number.isFinite(item)) {
      failField(place, 'properties');
    }
  }
}

function checkFeatureCollection(value: unknown, layerIndex: number): FeatureCollection {
  const place = { layerIndex, field: 'source.data' };
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) failField(place, 'feature-collection');
  if (value.features.length > PROJECT_LIMITS.featuresPerLayer) {
    throw new UserError(msg('project.too-large', { ...place, count: value.features.length, limit: PROJECT_LIMITS.featuresPerLayer, unit: 'items' }));
  }
  value.features.forEach((feature: unknown, featureIndex) => {
    const at = { layerIndex, field: `source.data.features[${featureIndex}]` };
    if (!isRecord(feature) || feature.type !== 'Feature') failField(at, 'feature');
    checkGeometry(feature.geometry, { ...at, field: `${at.field}.geometry` });
    checkProperties(feature.properties, { ...at, field: `${at.field}.properties` });
    // Shown in the attribute panel, the ranking and tooltips: no bidi controls, as for imported values.
    const properties = feature.properties;
    if (isRecord(properties)) for (const [key, v] of Object.entries(properties)) if (typeof v === 'string') properties[key] = stripBidiControls(v);
  });
  return value as unknown as FeatureCollection;
}

function checkSource(value: unknown, layerIndex: number): ProjectLayer['source'] {
  if (value === undefined) return { kind: 'inline', data: { type: 'FeatureCollection', features: [] as Feature[] } };
  const place = { layerIndex, field: 'source' };
  if (!isRecord(value)) failField(place, 'source');
  if (value.kind === 'sample') {
    if (typeof value.file !== 'string' || !SAMPLE_FILE.test(value.file)) failField({ layerIndex, field: 'source.file' }, 'sample-file');
    return { kind: 'sample', file: value.file };
  }
  if (value.kind === 'inline') return { kind: 'inline', data: checkFeatureCollection(value.data, layerIndex) };
  if (value.kind === 'scenario-result') return { kind: 'scenario-result' };
  if (value.kind === 'packed-file') {
    const featureCount = value.featureCount;
    if (typeof featureCount !== 'number' || !Number.isInteger(featureCount) || featureCount < 0) failField({ layerIndex, field: 'source.featureCount' }, 'number');
    return { kind: 'packed-file', fileName: checkText(value.fileName, { layerIndex, field: 'source.fileName' }), featureCount };
  }
  return failField(place, 'source');
}

function checkStyle(value: unknown, layerIndex: number): ProjectLayer['style'] {
  if (value === undefined) return {};
  if (!isRecord(value)) failField({ layerIndex, field: 'style' }, 'object');
  const style: ProjectLayer['style'] = {};
  if (value.color !== undefined) {
    if (typeof value.color !== 'string' || !HEX_COLOUR.test(value.color)) failField({ layerIndex, field: 'style.color' }, 'hex-colour');
    style.color = value.color;
  }
  if (value.opacity01 !== undefined) {
    const o = value.opacity01;
    if (typeof o !== 'number' || !(o >= 0 && o <= 1)) failField({ layerIndex, field: 'style.opacity01' }, 'fraction');
    style.opacity01 = o;
  }
  return style;
}

function checkMetadata(value: unknown, layerIndex: number): ProjectLayer['metadata'] {
  if (value === undefined) return { illustrative: false, note: { vi: '', en: '' } };
  if (!isRecord(value)) failField({ layerIndex, field: 'metadata' }, 'object');
  const illustrative = value.illustrative ?? false;
  if (typeof illustrative !== 'boolean') failField({ layerIndex, field: 'metadata.illustrative' }, 'boolean');
  return {
    illustrative,
    note: value.note === undefined ? { vi: '', en: '' } : checkLocalText(value.note, { layerIndex, field: 'metadata.note' }),
    ...(value.source !== undefined ? { source: checkText(value.source, { layerIndex, field: 'metadata.source' }) } : {}),
    ...(value.license !== undefined ? { license: checkText(value.license, { layerIndex, field: 'metadata.license' }) } : {}),
  };
}

/** One layer of a saved project, every field checked; missing optional fields get their defaults. */
export function validateProjectLayer(raw: unknown, layerIndex: number): ProjectLayer {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !raw.id || !isLayerRole(raw.role)) {
    throw new UserError(msg('project.layer-invalid', { layerIndex }));
  }
  const id = checkText(raw.id, { layerIndex, field: 'id' });
  const visible = raw.visible ?? true;
  if (typeof visible !== 'boolean') failField({ layerIndex, field: 'visible' }, 'boolean');
  return {
    id,
    role: raw.role,
    title: raw.title === undefined ? { vi: id, en: id } : checkLocalText(raw.title, { layerIndex, field: 'title' }),
    source: checkSource(raw.source, layerIndex),
    visible,
    style: checkStyle(raw.style, layerIndex),
    metadata: checkMetadata(raw.metadata, layerIndex),
  };
}
