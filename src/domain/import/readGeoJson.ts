// GeoJSON driver: FeatureCollection, single Feature, or a bare Geometry. Invalid JSON is a UserError that
// says the line and column; features that are not objects are kept as null-geometry features so the
// validator can reject them with their index (nothing is dropped silently).
import type { Feature, Geometry } from 'geojson';
import { ImportError } from './importError.ts';
import type { FieldInfo, ImportNote } from './importTypes.ts';
import { importNote } from './importNote.ts';

export interface GeoJsonRead {
  /** In file order; null where the reader already rejected the item (with a note). */
  features: (Feature | null)[];
  fields: FieldInfo[];
  /** A legacy `crs` member ("EPSG:5898", "urn:ogc:def:crs:EPSG::5898"), as written. */
  crsName?: string;
  notes: ImportNote[];
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/** Finds where JSON.parse stopped, from its message ("at position 123" or "(line 4 column 7)"). */
function errorOffset(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < Number(lc[1]) - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    return offset + Number(lc[2]) - 1;
  }
  if (/Unexpected end/i.test(message)) return text.length;
  return undefined;
}

export function parseJsonWithPosition(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(text, message);
    if (offset !== undefined) {
      throw new ImportError('json-invalid', { file: fileName, at: lineColumn(text, offset) });
    }
    throw new ImportError('json-invalid', { file: fileName });
  }
}

export function readGeoJson(text: string, fileName: string): GeoJsonRead {
  const data = parseJsonWithPosition(text.replace(/^\uFEFF/, ''), fileName) as Record<string, unknown> | null;
  const notes: ImportNote[] = [];
  let raw: unknown[];
  if (data && data.type === 'FeatureCollection' && Array.isArray(data.features)) raw = data.features;
  else if (data && data.type === 'Feature') raw = [data];
  else if (data && typeof data.type === 'string' && GEOMETRY_TYPES.has(data.type)) raw = [{ type: 'Feature', properties: {}, geometry: data }];
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
