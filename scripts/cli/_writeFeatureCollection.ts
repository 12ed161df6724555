// Node only: writes a GeoJSON FeatureCollection feature by feature. JSON.stringify of the whole
// collection fails past V8's longest string (~512 MB: about 600,000 scored parcels with their
// criteria); this writes the same bytes as `JSON.stringify(collection)` in pieces. The features may come one
// at a time from an iterable, so the output collection is never all in memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Feature } from 'geojson';
import { planFlatGeobuf, writeFlatGeobuf } from '../../src/domain/export/exportFlatGeobuf.ts';
import { exportGeoParquet } from '../../src/domain/export/exportGeoParquet.ts';

/** Bytes gathered before each write (fewer system calls than one per feature). */
const PIECE_CHARS = 1 << 22;

/** writeSync may write fewer bytes than given (a pipe, a signal): write until all are out. */
function writeAll(fd: number, text: string): void {
  writeBytes(fd, Buffer.from(text));
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

/** A whole text output (e.g. the SQL of `score --sql`): every CLI output file is written in this module. */
export function writeTextFile(path: string, text: string): void {
  writeFileBytes(path, Buffer.from(text));
}

/** A whole binary output (GeoParquet). */
function writeFileBytes(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeBytes(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

export function writeFeatureCollection(path: string, features: Iterable<Feature>, trailingNewline = false): void {
  const fd = openSync(path, 'w');
  try {
    let piece = '{"type":"FeatureCollection","features":[';
    let first = true;
    for (const feature of features) {
      piece += (first ? '' : ',') + JSON.stringify(feature);
      first = false;
      if (piece.length >= PIECE_CHARS) {
        writeAll(fd, piece);
        piece = '';
      }
    }
    writeAll(fd, piece + ']}' + (trailingNewline ? '\n' : ''));
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes features by the output's extension: `.fgb` FlatGeobuf (two passes over `features()` or `planFrom`: the
 * columns and count first, then the features), anything else GeoJSON. Returns the features not written (FlatGeobuf cannot
 * hold a feature without geometry).
 */
export function writeFeatures(
  path: string,
  features: () => Iterable<Feature>,
  options: {
    trailingNewline?: boolean;
    extraColumns?: Parameters<typeof planFlatGeobuf>[1];
    /** FlatGeobuf: plan the columns from these (the input parcels, same geometries) + extraColumns, not from features(). */
    planFrom?: Iterable<Feature>;
  } = {},
): { skipped: number } {
  if (/\.parquet$/i.test(path)) {
    // GeoParquet is written whole (columns, then the footer): two passes over features(), only the columns held.
    writeFileBytes(path, exportGeoParquet(features));
    return { skipped: 0 };
  }
  if (!/\.fgb$/i.test(path)) {
    writeFeatureCollection(path, features(), options.trailingNewline);
    return { skipped: 0 };
  }
  const plan = planFlatGeobuf(options.planFrom ?? features(), options.extraColumns);
  const fd = openSync(path, 'w');
  try {
    let piece: Uint8Array[] = [];
    let bytes = 0;
    for (const part of writeFlatGeobuf(features(), plan)) {
      piece.push(part);
      bytes += part.length;
      if (bytes >= PIECE_CHARS) {
        writeBytes(fd, Buffer.concat(piece));
        piece = [];
        bytes = 0;
      }
    }
    writeBytes(fd, Buffer.concat(piece));
  } finally {
    closeSync(fd);
  }
  return { skipped: plan.skipped };
}
