// GeoJSON driver: FeatureCollection, single Feature, or a bare Geometry. Invalid JSON is a UserError that
// says the line and column; features that are not objects are kept as null-geometry features so the
// validator can reject them with their index (nothing is dropped silently).
import type { Feature, Geometry } from 'geojson';
import { ImportError } from './importError.ts';
import type { FieldInfo, ImportNote } from './importTypes.ts';
import { importNote } from './importNote.ts';
import { createGeoJsonSplitter } from './splitGeoJsonFeatures.ts';

export interface GeoJsonRead {
  /** In file order; null where the reader already rejected the item (with a note). */
  features: (Feature | null)[];
  fields: FieldInfo[];
  /** A legacy `crs` member ("EPSG:5898", "urn:ogc:def:crs:EPSG::5898"), as written. */
  crsName?: string;
  notes: ImportNote[];
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Bytes scanned per step of a whole file held in memory (a subarray each: nothing is copied). */
const SLICE_BYTES = 1 << 24;

/**
 * Reads a GeoJSON file's bytes in slices through the streaming splitter, so a file past V8's longest string
 * (~512 MB) reads too. `onSlice` is called after each slice with the share read (0–1).
 */
export function readGeoJson(bytes: Uint8Array, fileName: string, onSlice?: (read01: number) => void): GeoJsonRead {
  const splitter = createGeoJsonSplitter(fileName);
  const items: unknown[] = [];
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    const slice = splitter.push(bytes.subarray(at, Math.min(bytes.length, at + SLICE_BYTES)));
    for (let k = 0; k < slice.length; k++) items.push(slice[k]);
    onSlice?.(Math.min(1, (at + SLICE_BYTES) / bytes.length));
  }
  return collectGeoJson(splitter.end(), items, fileName);
}

/** The features of a split GeoJSON document: a FeatureCollection's, a single Feature, or a bare Geometry. */
export function collectGeoJson(split: { members: Record<string, unknown>; hasFeatures: boolean }, items: unknown[], fileName: string): GeoJsonRead {
  const data = split.hasFeatures ? { ...split.members, features: items } : split.members;
  const notes: ImportNote[] = [];
  let raw: unknown[];
  if (data.type === 'FeatureCollection' && Array.isArray(data.features)) raw = data.features;
  else if (data.type === 'Feature') raw = [data];
  else if (typeof data.type === 'string' && GEOMETRY_TYPES.has(data.type)) raw = [{ type: 'Feature', properties: {}, geometry: data }];
  else {
    throw new ImportError('geojson-not-geojson', { file: fileName });
  }
  const fieldTypes = new Map<string, string>();
  const features: (Feature | null)[] = raw.map((item, index) => {
    const f = item as Partial<Feature> & { type?: unknown };
    if (!f || typeof f !== 'object' || f.type !== 'Feature') {
      notes.push(importNote('rejected', 'feature-invalid', {}, index));
      return null;
    }
    const properties = f.properties && typeof f.properties === 'object' ? { ...f.properties } : {};
    for (const [k, v] of Object.entries(properties)) {
      if (!fieldTypes.has(k) && v !== null && v !== undefined) fieldTypes.set(k, typeof v);
    }
    const feature: Feature = { type: 'Feature', properties, geometry: (f.geometry ?? null) as Geometry };
    if (f.id !== undefined) feature.id = f.id;
    return feature;
  });
  const crs = data.crs as { properties?: { name?: unknown } } | undefined;
  const crsName = typeof crs?.properties?.name === 'string' ? crs.properties.name : undefined;
  return { features, fields: [...fieldTypes].map(([name, type]) => ({ name, type })), crsName, notes };
}
