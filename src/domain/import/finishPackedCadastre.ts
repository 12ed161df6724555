// A FlatGeobuf cadastre packed into typed arrays (the lead's packFlatGeobuf) made ready for the map and the
// scoring engine: coordinates in WGS84 (a VN-2000 file is reprojected in place, no copy), parcel boxes again,
// and the mesh the map draws. Pure: runs in the import worker, the tests and the benchmark.
import { buildParcelMesh, meshBuffers, type ParcelMesh } from '../geo/buildParcelMesh.ts';
import { createCoordinateTransform } from '../projection/createCoordinateTransform.ts';
import { crsFromEpsg, WGS84_CRS } from '../projection/wellKnownCrs.ts';
import type { PackedParcels } from '../scoring/packParcels.ts';
import { fromTransit, toTransit, transitBuffers, type ParcelsInTransit } from '../scoring/parcelsInTransit.ts';
import { msg } from '../../i18n/message.ts';
import { UserError } from '../model/userError.ts';
import type { FlatGeobufInfo, PackedFlatGeobuf } from './packFlatGeobuf.ts';

/**
 * A FlatGeobuf of at least this many features is read into typed arrays (a cadastre); a smaller one becomes
 * GeoJSON features like every other import (every tool, editing and saving in the document work on those).
 * 100,000 parcels are about 60 MB as features; the project document holds at most 1M features a layer.
 */
export const PACKED_IMPORT_MIN_FEATURES = 100_000;

/** flatgeobuf's GeometryType: Unknown (mixed) 0, Polygon 3, MultiPolygon 6. */
const AREAL_TYPES = new Set([0, 3, 6]);

/** True when the file is read as a cadastre (packed): its header counts at least PACKED_IMPORT_MIN_FEATURES features. */
export function readsAsCadastre(info: FlatGeobufInfo): boolean {
  return info.featureCount >= PACKED_IMPORT_MIN_FEATURES;
}

export interface PackedCadastre {
  fileName: string;
  info: FlatGeobufInfo;
  parcels: PackedParcels;
  featureOffsets: Float64Array;
  mesh: ParcelMesh;
  /**
   * The scoring worker's own copy of the parcels, made in the import worker and moved on to the scoring worker
   * untouched (the page's thread never copies 2M parcels); absent where no one scores them (the CLI, tests).
   */
  scoringCopy?: ParcelsInTransit;
}

/** A cadastre as the import worker posts it: parcels in transit form, with the scoring worker's copy. */
export interface PackedCadastreInTransit extends Omit<PackedCadastre, 'parcels' | 'scoringCopy'> {
  parcels: ParcelsInTransit;
  scoringCopy: ParcelsInTransit;
}

/** Refuses a file whose header says it holds no polygons (points, lines). */
export function checkCadastreGeometry(info: FlatGeobufInfo, fileName: string): void {
  if (!AREAL_TYPES.has(info.geometryType)) throw new UserError(msg('cadastre.not-polygons', { file: fileName }));
}

/** Coordinates of the file's CRS (EPSG code in the header) to WGS84, in place; parcel boxes computed again. */
function reprojectPackedInPlace(parcels: PackedParcels, crsCode: number): void {
  if (crsCode === 0 || crsCode === 4326) return;
  const from = crsFromEpsg(crsCode);
  // An EPSG code this app does not know: the import's CRS question is the feature path's; say which code.
  if (!from) throw new UserError(msg('crs.unknown', { spec: `EPSG:${crsCode}`, why: { why: 'epsg-unknown', epsg: String(crsCode) } }));
  const transform = createCoordinateTransform(from, WGS84_CRS);
  if (transform.engine === 'identity') return;
  transform.transformInPlace(parcels.coords);
  const { coords, ringStarts, parcelRingStarts, bbox } = parcels;
  for (let p = 0; p < parcels.count; p++) {
    const from = ringStarts[parcelRingStarts[p]];
    const to = ringStarts[parcelRingStarts[p + 1]];
    if (from === to) continue;
    let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
    for (let i = from; i < to; i++) {
      const x = coords[2 * i];
      const y = coords[2 * i + 1];
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
    bbox[4 * p] = w;
    bbox[4 * p + 1] = s;
    bbox[4 * p + 2] = e;
    bbox[4 * p + 3] = n;
  }
}

export function finishPackedCadastre(fileName: string, packed: PackedFlatGeobuf): PackedCadastre {
  reprojectPackedInPlace(packed.parcels, packed.info.crsCode);
  return { fileName, info: packed.info, parcels: packed.parcels, featureOffsets: packed.featureOffsets, mesh: buildParcelMesh(packed.parcels) };
}

/**
 * The cadastre's parcels with every column `keys` names (the attributes the scenario reads, parcelAttributeKeys):
 * a column the file lacks is all nulls, as a missing property is for features (the source polygon's code is used);
 * a column the file has but that was not read when it was opened is a UserError (measuring without it would be
 * wrong). The same parcels when nothing is missing.
 */
export function cadastreWithColumns(parcels: PackedParcels, keys: string[], file: { fileName: string; columns: string[] }): PackedParcels {
  const missing = keys.filter((k) => !(k in parcels.attributes));
  if (missing.length === 0) return parcels;
  const unread = missing.find((k) => file.columns.includes(k));
  if (unread !== undefined) throw new UserError(msg('cadastre.column-missing', { column: unread, file: file.fileName }));
  const nulls = new Array<string | null>(parcels.count).fill(null);
  return { ...parcels, attributes: { ...parcels.attributes, ...Object.fromEntries(missing.map((k) => [k, nulls])) } };
}

/** The cadastre to post (with a copy of its parcels for the scoring worker) and the buffers to move with it. */
export function cadastreForTransfer(c: PackedCadastre): { transit: PackedCadastreInTransit; buffers: ArrayBuffer[] } {
  const transit: PackedCadastreInTransit = { ...c, parcels: toTransit(c.parcels), scoringCopy: c.scoringCopy ?? toTransit(c.parcels, true) };
  const all = [...transitBuffers(transit.parcels), ...transitBuffers(transit.scoringCopy), c.featureOffsets.buffer, ...meshBuffers(c.mesh)];
  return { transit, buffers: [...new Set(all.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))] };
}

/** The cadastre as it arrived (the parcels' columns decoded; the scoring copy kept as it is, to be moved on). */
export function cadastreFromTransfer(t: PackedCadastreInTransit): PackedCadastre {
  return { ...t, parcels: fromTransit(t.parcels) };
}
