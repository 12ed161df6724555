// The one interface every import driver sits behind (see importFiles.ts).
import type { Feature } from 'geojson';
import type { CrsDefinition } from '../projection/crsDefinition.ts';
import type { TextEncodingId } from '../encoding/textEncodings.ts';
import type { EncodingGuess } from '../encoding/detectVietnameseEncoding.ts';
import type { CsvColumnInfo, CsvGuess } from './readCsv.ts';
import type { CsvDelimiter } from './detectCsvDelimiter.ts';
import type { ImportNoteCode, ImportNoteParams } from './importNote.ts';

export interface ImportFile {
  /** File name as the user gave it (a path is fine: only the last part is used). */
  name: string;
  bytes: Uint8Array;
}

export type ImportNoteLevel = 'info' | 'repaired' | 'rejected' | 'warning' | 'error';

interface ImportNoteBase {
  level: ImportNoteLevel;
  /** Index of the feature in its source file (0-based, in file order) when the note is about one feature. */
  featureIndex?: number;
  /** Layer name the note belongs to, when the import produced several layers. */
  layer?: string;
}

/**
 * A note of the import report: a stable machine code from the closed list in importNote.ts and the parameters its
 * message needs. Build one with importNote(); render one with renderMessage(language, importNoteMessage(note)).
 */
export type ImportNote = { [C in ImportNoteCode]: ImportNoteBase & { code: C; params: ImportNoteParams[C] } }[ImportNoteCode];

export type SourceFormat = 'geojson' | 'shapefile' | 'kml' | 'kmz' | 'csv' | 'flatgeobuf' | 'geoparquet';

export interface FieldInfo {
  name: string;
  /** DBF type letter (C, N, F, L, D, …) or a JSON type for GeoJSON/KML ('string', 'number', 'boolean'). */
  type: string;
  length?: number;
  decimals?: number;
}

export interface CrsChoiceNeeded {
  /** Why the CRS could not be taken from the file. */
  reason: 'no-prj' | 'unreadable-prj';
  /** Likely systems, best first, from the projection API's guess on the coordinate ranges. */
  suggestions: CrsDefinition[];
  /** Extent of the raw coordinates, [minX, minY, maxX, maxY] in file units. */
  rawBbox: [number, number, number, number];
}

export interface ImportLayer {
  name: string;
  /** WGS84 lon/lat features (RFC 7946). Empty when `crsNeeded` is set: nothing is shown in a guessed system. */
  features: Feature[];
  /** The CRS the file was in (already reprojected to WGS84), or null when unknown (see crsNeeded). */
  crs: CrsDefinition | null;
  /** Set when the file holds projected metres and no usable .prj: ask the user, then import again with options.crs. */
  crsNeeded?: CrsChoiceNeeded;
  /** Attribute encoding used, and the ranked guesses when it was detected (for a preview and an override). */
  encoding: TextEncodingId | null;
  encodingGuesses?: EncodingGuess[];
  fields: FieldInfo[];
  sourceFormat: SourceFormat;
  /** [west, south, east, north] in degrees of the accepted features, or null when there are none. */
  bbox: [number, number, number, number] | null;
  /** CSV layers only: what the column pickers and the "X = northing" explanation show. */
  csv?: CsvLayerInfo;
}

/** How a CSV was read, so the user can check it and import again with other columns (ImportOptions.csv). */
export interface CsvLayerInfo {
  /** Every column with its count, numeric range and a few sample values. */
  columns: CsvColumnInfo[];
  /** The reader's guesses from names and values (coordinate columns, X = northing, CRS suggestions). */
  guess: CsvGuess;
  /** The coordinate columns actually read (the user's choice, else the guess); null when none was found. */
  xColumn: string | null;
  yColumn: string | null;
  /** True when the X column was read as the northing (Vietnamese convention). */
  swapped: boolean;
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  hasHeader: boolean;
}

/** The user's choices for a CSV, overriding the reader's guesses. Null / undefined = guess. */
export interface CsvImportOptions {
  xColumn?: string | null;
  yColumn?: string | null;
  /** True when xColumn holds the northing (X = northing); wins over ImportOptions.swapXY for CSV. */
  swapped?: boolean;
  delimiter?: CsvDelimiter;
  decimalComma?: boolean;
}

export interface ImportResult {
  layers: ImportLayer[];
  notes: ImportNote[];
}

export interface XmlParserLike {
  parseFromString(text: string, mimeType: string): unknown;
}

export interface ImportOptions {
  /** CRS of the input, overriding any .prj / guess: an id the projection API resolves (`EPSG:5898`, `vn2000:108`). */
  crs?: string;
  /** True when the file's first coordinate is the northing (Vietnamese X = northing): swap before reprojecting. */
  swapXY?: boolean;
  /** Attribute encoding, overriding .cpg and detection. */
  encoding?: TextEncodingId;
  /** CSV column choices (every CSV of the import gets them; the UI imports one CSV per run when re-reading). */
  csv?: CsvImportOptions;
  /** Called with 0–1 as the import proceeds. */
  onProgress?: (progress01: number) => void;
  signal?: AbortSignal;
  /** XML DOMParser for KML (the browser's; in Node and workers @xmldom/xmldom is used when none is given). */
  xmlParser?: XmlParserLike;
  /** Bounding boxes of layers already loaded: a note warns when the new layer overlaps none of them. */
  otherLayerBboxes?: [number, number, number, number][];
  /** Zip safety limits (bytes); defaults: 2 GiB total, ratio 100:1 on entries over 1 MiB. */
  zipLimits?: { maxTotalBytes?: number; maxRatio?: number };
}
