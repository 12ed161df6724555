// A FlatGeobuf cadastre straight into PackedParcels: coordinates copied from each feature's bytes into the
// typed arrays, only the columns the caller asks for decoded, no GeoJSON object per parcel. The file is read
// through a window of a few MB, so a 2-million-parcel file is never one copy in memory; the byte offset of
// every feature is kept so an output pass or a clicked parcel can read one feature again.
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import type { FlatGeobufProblem } from './importNote.ts';
import { createParcelPacker, type ParcelPacker } from '../scoring/createParcelPacker.ts';
import type { PackedParcels, PackOptions } from '../scoring/packParcels.ts';
import { fieldAt, follow, readColumnValue, readFlatGeobufHeader, type ByteSource, type FlatGeobufInfo, valueBytesAt } from './readFlatGeobufHeader.ts';

export { bytesSource, type ByteSource, type FlatGeobufInfo } from './readFlatGeobufHeader.ts';

export interface PackedFlatGeobuf {
  info: FlatGeobufInfo;
  /**
   * Rings packed as packParcels does, a box per feature, `attributes` the asked columns as text (numbers as
   * String(n), '' as null), `invalid` the features that are not (multi)polygons with a usable ring (file order).
   */
  parcels: PackedParcels;
  /** Byte offset of feature i's 4-byte size prefix; featureOffsets[count] = the end of the last feature. */
  featureOffsets: Float64Array;
}

export interface FlatGeobufPacker {
  info: FlatGeobufInfo;
  doneFeatures: number;
  /** Packs up to `maxFeatures` more features; true when the file is done (progress and cancel go between steps). */
  step(maxFeatures: number): boolean;
  /** The packed file, after the step that returned true. */
  result(): PackedFlatGeobuf;
}

export interface FlatGeobufPackOptions extends PackOptions {
  /** Columns kept per parcel (e.g. `landuse_code`); the others stay in the file. */
  attributeKeys?: string[];
  /** The name said in messages. */
  fileName?: string;
  /** Bytes read at a time (default 8 MB). */
  windowBytes?: number;
}

/** Bytes read at a time. */
const WINDOW_BYTES = 8 << 20;

/** A reader of a whole file into packed parcels, in steps; a UserError naming the file and feature on bad bytes. */
export function createFlatGeobufPacker(source: ByteSource, options: FlatGeobufPackOptions = {}): FlatGeobufPacker {
  const fileName = options.fileName ?? 'FlatGeobuf';
  const info = readFlatGeobufHeader(source, fileName);
  const keys = options.attributeKeys ?? [];
  // Column number → the kept key (or undefined).
  const keptKey: (string | undefined)[] = info.columns.map((c) => (keys.includes(c.name) ? c.name : undefined));
  const expected = info.featureCount;
  // A first guess of the sizes (the arrays grow if it is short): a cadastre parcel has ~8 vertices.
  const packer: ParcelPacker = createParcelPacker(keys, { parcels: expected, vertices: expected * 8, rings: expected }, options);
  let featureOffsets = new Float64Array(Math.max(expected, 16) + 1);
  featureOffsets[0] = info.firstFeatureOffset;
  let window: Uint8Array = new Uint8Array(0);
  let view = new DataView(window.buffer);
  let windowStart = 0;
  let offset = info.firstFeatureOffset;
  let done = 0;
  let ringXy = new Float64Array(1024);

  const bad = (problem: FlatGeobufProblem) => new UserError(msg('import.flatgeobuf-invalid', { file: fileName, ...problem }));

  /** Makes bytes offset … offset + length readable in the window; false at the end of the file. */
  function ensure(at: number, length: number): boolean {
    if (at >= windowStart && at + length <= windowStart + window.length) return true;
    if (at + length > source.byteLength) return false;
    window = source.read(at, Math.max(options.windowBytes ?? WINDOW_BYTES, length));
    view = new DataView(window.buffer, window.byteOffset, window.byteLength);
    windowStart = at;
    return window.length >= length;
  }

  function addRings(geometry: number): void {
    const endsAt = fieldAt(view, geometry, 0);
    const xyAt = fieldAt(view, geometry, 1);
    if (!xyAt) return;
    const xy = follow(view, xyAt);
    const values = view.getUint32(xy, true);
    if (values > ringXy.length) ringXy = new Float64Array(Math.max(values, 2 * ringXy.length));
    for (let k = 0; k < values; k++) ringXy[k] = view.getFloat64(xy + 4 + 8 * k, true);
    const vertices = values >> 1;
    if (!endsAt) {
      packer.addRing(ringXy, 0, vertices, true);
      return;
    }
    const ends = follow(view, endsAt);
    let from = 0;
    for (let r = 0, n = view.getUint32(ends, true); r < n; r++) {
      const to = Math.min(view.getUint32(ends + 4 + 4 * r, true), vertices);
      if (to > from) packer.addRing(ringXy, from, to - from, r === 0);
      from = to;
    }
  }

  function packFeature(p: number, feature: number): void {
    packer.beginParcel(p);
    const geometryAt = fieldAt(view, feature, 0);
    if (geometryAt) {
      const geometry = follow(view, geometryAt);
      const typeAt = fieldAt(view, geometry, 6);
      const type = info.geometryType !== GeometryType.Unknown ? info.geometryType : typeAt ? view.getUint8(typeAt) : GeometryType.Unknown;
      if (type === GeometryType.Polygon) addRings(geometry);
      else if (type === GeometryType.MultiPolygon) {
        const partsAt = fieldAt(view, geometry, 7);
        if (partsAt) {
          const parts = follow(view, partsAt);
          for (let q = 0, n = view.getUint32(parts, true); q < n; q++) addRings(follow(view, parts + 4 + 4 * q));
        } else addRings(geometry);
      }
    }
    packer.endParcel();
    if (keys.length === 0) return;
    const propertiesAt = fieldAt(view, feature, 1);
    if (!propertiesAt) return;
    const properties = follow(view, propertiesAt);
    const end = properties + 4 + view.getUint32(properties, true);
    let at = properties + 4;
    while (at < end) {
      const column = view.getUint16(at, true);
      at += 2;
      const type = info.columns[column]?.type;
      if (type === undefined) throw bad({ problem: 'column-unknown', featureIndex: p, column });
      const key = keptKey[column];
      if (key !== undefined) {
        const value = readColumnValue(view, at, type);
        packer.setAttribute(key, p, value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
      at += valueBytesAt(view, at, type);
    }
  }

  return {
    info,
    get doneFeatures() {
      return done;
    },
    step(maxFeatures) {
      for (let k = 0; k < maxFeatures; k++) {
        if ((expected > 0 && done === expected) || offset >= source.byteLength) return finishCheck();
        if (!ensure(offset, 4)) throw bad({ problem: 'feature-cut', featureIndex: done, byteOffset: offset, fileBytes: source.byteLength });
        const size = view.getUint32(offset - windowStart, true);
        if (!ensure(offset, 4 + size)) throw bad({ problem: 'feature-cut', featureIndex: done, byteOffset: offset, fileBytes: source.byteLength });
        if (done + 2 > featureOffsets.length) {
          const grown = new Float64Array(2 * featureOffsets.length);
          grown.set(featureOffsets);
          featureOffsets = grown;
        }
        featureOffsets[done] = offset;
        const root = offset - windowStart + 4;
        try {
          packFeature(done, follow(view, root));
        } catch (error) {
          if (error instanceof RangeError) throw bad({ problem: 'feature-damaged', featureIndex: done });
          throw error;
        }
        offset += 4 + size;
        done++;
        featureOffsets[done] = offset;
      }
      return (expected > 0 && done === expected) || offset >= source.byteLength ? finishCheck() : false;
    },
    result() {
      return { info, parcels: packer.finish(), featureOffsets: featureOffsets.slice(0, done + 1) };
    },
  };

  function finishCheck(): true {
    if (expected > 0 && done < expected) throw bad({ problem: 'fewer-features', announced: expected, found: done });
    return true;
  }
}

/** The whole file packed in one go (the CLI; a worker steps through createFlatGeobufPacker for progress). */
export function packFlatGeobuf(source: ByteSource, options: FlatGeobufPackOptions = {}): PackedFlatGeobuf {
  const packer = createFlatGeobufPacker(source, options);
  packer.step(Infinity);
  return packer.result();
}
