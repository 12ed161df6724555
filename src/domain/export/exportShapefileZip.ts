// A zipped Shapefile (.shp .shx .dbf .prj .cpg) in WGS84 or reprojected to VN-2000, written by our
// own writer. A Shapefile holds one shape type, so a mixed layer becomes one file set per type.
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import type { LocalText } from '../model/layerRoles.ts';
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
  notes: LocalText[];
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
  const notes: LocalText[] = [];
  const name = options.name.replace(/\.(shp|zip)$/i, '') || 'layer';
  fc.features.forEach((f, i) => {
    if (f.geometry?.type === 'GeometryCollection')
      throw new UserError(
        `Đối tượng thứ ${i + 1} là GeometryCollection: Shapefile không lưu được kiểu này. Hãy tách thành các đối tượng riêng.`,
        `Feature ${i + 1} is a GeometryCollection, which a Shapefile cannot hold. Split it into separate features.`,
      );
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
    notes.push({
      vi: `${nulls.length} đối tượng không có hình học được ghi dạng "null shape" trong tệp ${kinds.length > 1 ? `${name}_${KIND_SUFFIX[kinds[0]]}` : name}.`,
      en: `${nulls.length} features without geometry are written as null shapes in ${kinds.length > 1 ? `${name}_${KIND_SUFFIX[kinds[0]]}` : name}.`,
    });
  }
  if (kinds.length > 1)
    notes.push({
      vi: `Lớp có nhiều kiểu hình học: xuất thành ${kinds.length} bộ tệp (${kinds.map((k) => `${name}_${KIND_SUFFIX[k]}`).join(', ')}).`,
      en: `The layer mixes geometry types: written as ${kinds.length} file sets (${kinds.map((k) => `${name}_${KIND_SUFFIX[k]}`).join(', ')}).`,
    });

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
    notes.push(...dbf.notes.filter((n) => !notes.some((m) => m.en === n.en)));
    files[`${base}.shp`] = shp;
    files[`${base}.shx`] = shx;
    files[`${base}.dbf`] = dbf.bytes;
    files[`${base}.prj`] = prj;
    files[`${base}.cpg`] = cpg;
  }
  return { files, notes };
}

/** The .zip bytes of exportShapefileFiles. */
export function exportShapefileZip(fc: FeatureCollection, options: ExportShapefileOptions): Uint8Array {
  return zipSync(exportShapefileFiles(fc, options).files, { level: 6 });
}
