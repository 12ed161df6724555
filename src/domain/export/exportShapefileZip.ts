// A zipped Shapefile (.shp .shx .dbf .prj .cpg) in WGS84 or reprojected to VN-2000, written by our
// own writer. A Shapefile holds one shape type, so a mixed layer becomes one file set per type.
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import { msg, type Message } from '../../i18n/message.ts';
import type { CrsDefinition } from '../projection/crsDefinition.ts';
import { UserError } from '../model/userError.ts';
import { formatPrjWkt } from '../projection/formatPrjWkt.ts';
import { reprojectFeatureCollection } from '../projection/reprojectFeatureCollection.ts';
import { WGS84_CRS } from '../projection/wellKnownCrs.ts';
import { shapeParts, writeShp, type ShpKind } from './writeShp.ts';
import { writeDbf } from './writeDbf.ts';

export interface ExportShapefileOptions {
  /** Target CRS; the features are WGS84 and are reprojected when this is not WGS84. */
  crs: CrsDefinition;
  /** Base file name (without extension); ASCII is safest for old GIS software. */
  name: string;
  /** Attribute encoding. Only UTF-8 is written (declared in the .cpg). */
  encoding?: 'utf8';
}

export interface ShapefileFiles {
  /** File name → bytes, e.g. "khu-dat.shp". */
  files: Record<string, Uint8Array>;
  notes: Message[];
}

const KIND_SUFFIX: Record<ShpKind, string> = { point: 'points', multipoint: 'multipoints', line: 'lines', polygon: 'polygons' };

function kindOf(f: Feature): ShpKind | null {
  switch (f.geometry?.type) {
    case 'Point':
      return 'point';
    case 'MultiPoint':
      return 'multipoint';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Polygon':
    case 'MultiPolygon':
      return 'polygon';
    default:
      return null;
  }
}

export function exportShapefileFiles(fc: FeatureCollection, options: ExportShapefileOptions): ShapefileFiles {
  const notes: Message[] = [];
  const name = options.name.replace(/\.(shp|zip)$/i, '') || 'layer';
  fc.features.forEach((f, i) => {
    if (f.geometry?.type === 'GeometryCollection')
      throw new UserError(msg('export.geometry-collection', { featureIndex: i }));
  });
  const data = options.crs.proj4 === WGS84_CRS.proj4 ? fc : reprojectFeatureCollection(fc, WGS84_CRS, options.crs);

  const groups = new Map<ShpKind, Feature[]>();
  const nulls: Feature[] = [];
  for (const f of data.features) {
    const k = kindOf(f);
    if (!k) nulls.push(f);
    else groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  if (groups.size === 0) groups.set('point', []);
  const order: ShpKind[] = ['polygon', 'line', 'point', 'multipoint'];
  const kinds = order.filter((k) => groups.has(k));
  // Features without geometry stay in the attribute table of the first file as null shapes.
  if (nulls.length) {
    groups.get(kinds[0])!.push(...nulls);
    notes.push(msg('export.null-shapes', { count: nulls.length, file: kinds.length > 1 ? `${name}_${KIND_SUFFIX[kinds[0]]}` : name }));
  }
  if (kinds.length > 1)
    notes.push(msg('export.mixed-kinds', { files: kinds.map((k) => `${name}_${KIND_SUFFIX[k]}`) }));

  const prj = new TextEncoder().encode(formatPrjWkt(options.crs));
  const cpg = new TextEncoder().encode('UTF-8');
  const files: Record<string, Uint8Array> = {};
  for (const kind of kinds) {
    const features = groups.get(kind)!;
    const base = kinds.length > 1 ? `${name}_${KIND_SUFFIX[kind]}` : name;
    const { shp, shx } = writeShp(
      kind,
      features.map((f) => shapeParts(f.geometry, kind)),
    );
    const rows = features.map((f) => ({ ...(f.properties ?? {}) }));
    const dbf = writeDbf(rows);
    notes.push(...dbf.notes.filter((n) => !notes.some((m) => JSON.stringify(m) === JSON.stringify(n))));
    files[`${base}.shp`] = shp;
    files[`${base}.shx`] = shx;
    files[`${base}.dbf`] = dbf.bytes;
    files[`${base}.prj`] = prj;
    files[`${base}.cpg`] = cpg;
  }
  return { files, notes };
}

/** The .zip bytes of exportShapefileFiles, with its notes (what the format changed: the user must see them). */
export function exportShapefileZip(fc: FeatureCollection, options: ExportShapefileOptions): { bytes: Uint8Array; notes: Message[] } {
  const { files, notes } = exportShapefileFiles(fc, options);
  return { bytes: zipSync(files, { level: 6 }), notes };
}
