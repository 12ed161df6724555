// Why hyparquet could not read a file, said as a GeoParquet problem: a Parquet file starts and ends with the magic
// bytes "PAR1", so a file cut short (an interrupted copy) or not Parquet at all is told apart from the library's
// English (e.g. "parquet file invalid (footer != PAR1)"), which is kept, as a technical detail, only otherwise. A
// compression codec still not decoded is named.
import type { GeoParquetProblem } from './importNote.ts';
import type { ByteSource } from './readFlatGeobufHeader.ts';

const isMagic = (b: Uint8Array) => b.length === 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;

export function diagnoseGeoParquet(source: ByteSource, libraryError: unknown): GeoParquetProblem {
  if (!isMagic(source.read(0, 4))) return { problem: 'not-parquet' };
  if (source.byteLength < 12 || !isMagic(source.read(source.byteLength - 4, 4))) return { problem: 'cut', fileBytes: source.byteLength };
  // A codec hyparquet and hyparquet-compressors do not decode (LZO; a future one): named, not left in English.
  const codec = /unsupported compression codec: (\w+)/.exec(libraryError instanceof Error ? libraryError.message : '')?.[1];
  if (codec) return { problem: 'codec', codec };
  return { problem: 'library', detail: libraryError instanceof Error ? libraryError.message : String(libraryError) };
}
