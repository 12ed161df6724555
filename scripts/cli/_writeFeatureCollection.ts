// Node only: writes a GeoJSON FeatureCollection feature by feature. JSON.stringify of the whole
// collection fails past V8's longest string (~512 MB: about 600,000 scored parcels with their
// criteria); this writes the same bytes as `JSON.stringify(collection)` in pieces. The features may come one
// at a time from an iterable, so the output collection is never all in memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Feature } from 'geojson';

/** Bytes gathered before each write (fewer system calls than one per feature). */
const PIECE_CHARS = 1 << 22;

/** writeSync may write fewer bytes than given (a pipe, a signal): write until all are out. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
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
