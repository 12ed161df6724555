// GeoParquet parcels packed straight from the WKB column into typed arrays (PackedParcels), one row group at a time:
// only the geometry and the attribute columns the scenario reads are decoded, and no GeoJSON object is made — the
// CLI's whole-cadastre path (a million parcels and more). The rings are packed as packParcels packs GeoJSON ones
// (same ring writer, createParcelPacker): closing vertex dropped, outer rings counter-clockwise, holes clockwise. ISO and EWKB, either byte
// order, XY / XYZ / XYM / XYZM (the first two ordinates kept).
import type { PackedParcels, PackOptions } from '../scoring/packParcels.ts';
import { createParcelPacker, type ParcelPacker } from '../scoring/createParcelPacker.ts';
import { plainValue, readGeoParquetColumns, type OpenGeoParquet } from './drivers/geoParquetDriver.ts';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';

export interface PackedGeoParquet {
  parcels: PackedParcels;
  /** Rows whose geometry is null (no geometry at all, as opposed to a non-polygon one). */
  withoutGeometry: number;
  /** The GeoJSON types of the geometries met (Polygon, MultiPolygon, Point …). */
  geometryTypes: Set<string>;
}

const TYPE_NAMES = ['', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'];

/** Reads WKB polygons into the builder as the current parcel's rings (other types add none). */

/** A WKB value's byte order, base type (1 Point … 7 GeometryCollection), coordinates per vertex and where its body starts. */
function readWkbHeader(view: DataView, at: number): { le: boolean; base: number; dims: number; body: number } {
  const le = view.getUint8(at) === 1;
  const raw = view.getUint32(at + 1, le);
  let body = at + 5;
  // EWKB: flags in the high bits (Z 0x80000000, M 0x40000000, SRID 0x20000000); ISO: type + 1000 Z, 2000 M, 3000 ZM.
  let dims = 2;
  if (raw & 0x20000000) body += 4;
  if (raw & 0x80000000) dims++;
  if (raw & 0x40000000) dims++;
  const iso = raw & 0xffff;
  const flag = Math.floor(iso / 1000);
  if (flag === 1 || flag === 2) dims++;
  else if (flag === 3) dims += 2;
  return { le, base: iso % 1000, dims, body };
}

/** A WKB geometry type this reader does not know (packGeoParquet names the feature). */
class WkbTypeError extends Error {
  constructor(readonly wkbType: number) {
    super(`WKB geometry type ${wkbType}`);
  }
}

class WkbRings {
  private xy = new Float64Array(1024);
  /** The last geometry's base type (1 Point … 7 GeometryCollection), 0 when unknown. */
  type = 0;

  constructor(private readonly packer: ParcelPacker) {}

  /** Adds the rings of one WKB value; returns the byte offset after it. */
  read(view: DataView, at: number, top: boolean): number {
    const { le, base, dims, body } = readWkbHeader(view, at);
    at = body;
    if (top) this.type = base;
    if (base === 3) return this.polygon(view, at, le, dims);
    if (base === 6 || base === 7) {
      const n = view.getUint32(at, le);
      at += 4;
      // A MultiPolygon's parts are polygons; a collection's polygons count too (as the GeoJSON path does not:
      // there only Polygon and MultiPolygon are packed) — so a collection is read past, not packed.
      for (let i = 0; i < n; i++) at = base === 6 ? this.read(view, at, false) : this.skip(view, at);
      return at;
    }
    return this.skipBody(view, at, le, base, dims);
  }

  private polygon(view: DataView, at: number, le: boolean, dims: number): number {
    const rings = view.getUint32(at, le);
    at += 4;
    for (let r = 0; r < rings; r++) {
      const n = view.getUint32(at, le);
      at += 4;
      if (2 * n > this.xy.length) this.xy = new Float64Array(Math.max(2 * n, 2 * this.xy.length));
      const xy = this.xy;
      const step = 8 * dims;
      for (let i = 0; i < n; i++, at += step) {
        xy[2 * i] = view.getFloat64(at, le);
        xy[2 * i + 1] = view.getFloat64(at + 8, le);
      }
      this.packer.addRing(xy, 0, n, r === 0);
    }
    return at;
  }

  /** Past one whole WKB value without packing it. */
  private skip(view: DataView, at: number): number {
    const { le, base, dims, body } = readWkbHeader(view, at);
    return this.skipBody(view, body, le, base, dims);
  }

  private skipBody(view: DataView, at: number, le: boolean, base: number, dims: number): number {
    if (base === 1) return at + 8 * dims;
    if (base === 2) return at + 4 + 8 * dims * view.getUint32(at, le);
    if (base === 3) {
      const rings = view.getUint32(at, le);
      at += 4;
      for (let r = 0; r < rings; r++) at += 4 + 8 * dims * view.getUint32(at, le);
      return at;
    }
    if (base >= 4 && base <= 7) {
      const n = view.getUint32(at, le);
      at += 4;
      for (let i = 0; i < n; i++) at = this.skip(view, at);
      return at;
    }
    throw new WkbTypeError(base);
  }
}

/**
 * Packs the parcels of an opened GeoParquet file (`openGeoParquet`), row group by row group, with the attribute
 * columns `attributeKeys` (as packParcels keeps them: text, null when missing or empty).
 */
export async function packGeoParquet(open: OpenGeoParquet, attributeKeys: string[] = [], options: PackOptions = {}): Promise<PackedGeoParquet> {
  const rows = open.rowGroupRows.reduce((a, b) => a + b, 0);
  // A first guess of the sizes (the arrays grow if it is short): a cadastre parcel has ~8 vertices.
  const packer = createParcelPacker(attributeKeys, { parcels: rows, vertices: 8 * rows, rings: rows }, options);
  const wkb = new WkbRings(packer);
  const present = attributeKeys.filter((k) => open.attributeNames.includes(k));
  let p = 0;
  const geometryTypes = new Set<string>();
  let withoutGeometry = 0;
  let rowStart = 0;
  for (const groupRows of open.rowGroupRows) {
    const rowEnd = rowStart + groupRows;
    const geometries = (await readGeoParquetColumns(open, [open.geomName], rowStart, rowEnd, false)).get(open.geomName)!;
    const attributes = await readGeoParquetColumns(open, present, rowStart, rowEnd, true);
    for (let i = 0; i < groupRows; i++, p++) {
      packer.beginParcel(p);
      const b = geometries[i];
      if (b instanceof Uint8Array && b.byteLength >= 5) {
        try {
          wkb.read(new DataView(b.buffer, b.byteOffset, b.byteLength), 0, true);
        } catch (error) {
          // Which feature, and what to fix: a type this reader does not know, or bytes that end inside the geometry.
          if (error instanceof WkbTypeError) throw new UserError(msg('import.parquet-invalid', { file: open.fileName, problem: 'wkb-type', featureIndex: p, wkbType: error.wkbType }));
          if (error instanceof RangeError) throw new UserError(msg('import.parquet-invalid', { file: open.fileName, problem: 'wkb-damaged', featureIndex: p }));
          throw error;
        }
        geometryTypes.add(TYPE_NAMES[wkb.type] ?? 'Unknown');
      } else withoutGeometry++;
      packer.endParcel();
      for (const key of present) {
        // As the GeoJSON path keeps it: the app's value (plainValue), then text.
        const v = plainValue(attributes.get(key)![i]);
        packer.setAttribute(key, p, v === undefined || v === null ? null : String(v));
      }
    }
    rowStart = rowEnd;
  }
  return { parcels: packer.finish(), withoutGeometry, geometryTypes };
}
