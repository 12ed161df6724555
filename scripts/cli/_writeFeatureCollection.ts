// Node only: writes a GeoJSON FeatureCollection feature by feature. JSON.stringify of the whole
// collection fails past V8's longest string (~512 MB: about 600,000 scored parcels with their
// criteria); this writes the same bytes as `JSON.stringify(collection)` in pieces. The features may come one
// at a time from an iterable, so the output collection is never all in memory.
import type { Feature } from 'geojson';
import { Pieces, writeOutput, writeOutputFile, type OutputSink } from './_writeOutput.ts';
import { planFlatGeobuf, writeFlatGeobuf } from '../../src/domain/export/exportFlatGeobuf.ts';
import { exportGeoParquet } from '../../src/domain/export/exportGeoParquet.ts';

/** Bytes gathered before each write (fewer system calls than one per feature). */
const PIECE_CHARS = 1 << 22;

/** A FeatureCollection written to a sink feature by feature (4 MB of text per write). */
export class GeoJsonCollectionWriter {
  private piece = '{"type":"FeatureCollection","features":[';
  private first = true;
  constructor(private readonly sink: OutputSink) {}

  add(feature: Feature): void {
    this.piece += (this.first ? '' : ',') + JSON.stringify(feature);
    this.first = false;
    if (this.piece.length >= PIECE_CHARS) {
      this.sink.write(this.piece);
      this.piece = '';
    }
  }

  end(trailingNewline = false): void {
    this.sink.write(this.piece + ']}' + (trailingNewline ? '\n' : ''));
  }
}

/** Through the CLI's one output writer (_writeOutput.ts): a temporary file renamed when complete. */
export function writeFeatureCollection(path: string, features: Iterable<Feature>, trailingNewline = false): void {
  writeOutput(path, (sink) => {
    const writer = new GeoJsonCollectionWriter(sink);
    for (const feature of features) writer.add(feature);
    writer.end(trailingNewline);
  });
}

/**
 * Writes features by the output's extension: `.fgb` FlatGeobuf (two passes over `features()`: the columns and count
 * first, then the features), `.parquet` GeoParquet, anything else GeoJSON. Returns the features not written
 * (FlatGeobuf cannot hold a feature without geometry).
 */
export function writeFeatures(path: string, features: () => Iterable<Feature>): { skipped: number } {
  if (/\.parquet$/i.test(path)) {
    // GeoParquet is written whole (columns, then the footer): two passes over features(), only the columns held.
    writeOutputFile(path, exportGeoParquet(features));
    return { skipped: 0 };
  }
  if (!/\.fgb$/i.test(path)) {
    writeFeatureCollection(path, features());
    return { skipped: 0 };
  }
  const plan = planFlatGeobuf(features());
  writeOutput(path, (sink) => {
    const pieces = new Pieces(sink);
    for (const part of writeFlatGeobuf(features(), plan)) pieces.add(part);
    pieces.flush();
  });
  return { skipped: plan.skipped };
}
