// The closed list of import note codes, each with the typed parameters its message needs, and the one builder.
// Readers say WHAT happened (code + params); the words are in the one catalogue per language (src/i18n/catalog.*.ts,
// note code `c` is message code `import.c`), rendered by the UI and the CLI with importNoteMessage() + renderMessage.
import type { LocalText } from '../model/layerRoles.ts';
import { msg, type Message } from '../../i18n/message.ts';
import type { CsvDelimiter } from './detectCsvDelimiter.ts';
import type { ImportNote, ImportNoteLevel } from './importTypes.ts';

type Bbox = [number, number, number, number];

/** Why a zip could not be read (zip-corrupt) or was refused (zip-bomb). */
export type ZipProblem =
  | { problem: 'no-end-record' | 'directory-outside' | 'directory-damaged' }
  | { problem: 'entry-header-damaged' | 'entry-truncated' | 'entry-not-inflated' | 'entry-inflates-past-size'; entry: string }
  | { problem: 'entry-method'; entry: string; method: number }
  | { problem: 'entry-size'; entry: string; producedBytes: number; declaredBytes: number }
  | { problem: 'zip64' }
  | { problem: 'entry-ratio'; entry: string; ratio: number }
  | { problem: 'total-size'; totalMb: string; limitMb: string };

/**
 * Why a FlatGeobuf file could not be read (flatgeobuf-invalid). `featureIndex` is 0-based (shown from 1); `library`
 * is the flatgeobuf package's own reason (English, technical), shown after the Vietnamese words as a detail.
 */
export type FlatGeobufProblem =
  | { problem: 'not-flatgeobuf' | 'header-cut' | 'header-damaged' }
  | { problem: 'version'; version: number }
  | { problem: 'column-unknown'; featureIndex: number; column: number }
  | { problem: 'feature-cut'; featureIndex: number; byteOffset: number; fileBytes: number }
  | { problem: 'feature-damaged'; featureIndex: number }
  | { problem: 'fewer-features'; announced: number; found: number }
  | { problem: 'feature-missing'; byteOffset: number }
  | { problem: 'library'; detail: string; featureIndex?: number };

/** Why a GeoParquet file could not be read (parquet-invalid); `library` is hyparquet's own reason (English, technical). */
export type GeoParquetProblem =
  | { problem: 'wkb-type'; featureIndex: number; wkbType: number }
  | { problem: 'wkb-damaged'; featureIndex: number }
  | { problem: 'not-parquet' }
  | { problem: 'cut'; fileBytes: number }
  /** Compressed with a codec not decoded (LZO): its Parquet name. */
  | { problem: 'codec'; codec: string }
  | { problem: 'library'; detail: string };

/** Why a geometry was rejected as invalid (geometry-invalid). */
export type GeometryProblem =
  | { problem: 'not-a-pair' | 'bad-coordinate-list' | 'bad-line-coordinates' | 'bad-polygon-coordinates' }
  | { problem: 'line-too-short'; points: number }
  | { problem: 'unknown-type'; type: string }
  | { problem: 'structure'; details: string[] };

/** One bad cell of a CSV row: empty, or not a number. */
export interface CsvCellProblem {
  column: string;
  /** The cell as written; '' when empty. */
  cell: string;
}

/** Every note code and the parameters of its message. A code not listed here does not compile. */
export interface ImportNoteParams {
  // files and formats
  'file-unsupported': { file: string; ext: string };
  /** A file a lower layer refused with its own message (a UserError that is not an ImportError). */
  'file-unreadable': { message: Message };
  'file-empty': Record<string, never>;
  'json-invalid': { file: string; at?: { line: number; column: number } };
  'geojson-not-geojson': { file: string };
  'flatgeobuf-invalid': { file: string } & FlatGeobufProblem;
  'parquet-invalid': { file: string } & GeoParquetProblem;
  'zip-corrupt': { file: string } & ZipProblem;
  'zip-bomb': { file: string } & ZipProblem;
  'zip-empty': { file: string };
  'shp-invalid': { problem: 'too-short' } | { problem: 'not-shapefile' } | { problem: 'shape-type'; shapeType: number };
  'shp-truncated': { name: string; count: number };
  'shp-unsupported-shape': { shapeType: number };
  /** A record whose part or point counts do not fit inside it (huge or negative): rejected, the rest of the file is read. */
  'shp-record-damaged': Record<string, never>;
  'shx-missing': { name: string };
  'dbf-missing': { name: string };
  'dbf-invalid': { problem: 'too-short' | 'bad-header' };
  'dbf-count-mismatch': { name: string; records: number; shapes: number };
  /** The header counts more records than the file holds (cut short): the missing ones have no attributes. */
  'dbf-records-missing': { name: string; declared: number; read: number };
  'dbf-deleted-record': Record<string, never>;
  'shp-missing': { name: string };
  'kml-invalid': { file: string };
  'kmz-no-kml': { file: string };
  'prj-unreadable': { name: string };
  'cpg-unknown': { name: string; cpg: string };
  // coordinates
  'crs-from-prj': { name: string; crs: LocalText };
  /** A remark of the .prj reader about the system it found (datum shift assumed, …). */
  'crs-prj-detail': { detail: Message };
  'crs-from-option': { crs: LocalText };
  'crs-assumed-wgs84': Record<string, never>;
  /** Metres without a usable system: the user must choose. `name` is absent when a reader runs alone (readCsv). */
  'crs-needed': { name?: string; rawBbox: Bbox; suggestion: { id: string; label: LocalText } | null };
  'crs-geojson-member': { crs: LocalText };
  'crs-member-unknown': { declared: string };
  'crs-guessed': { crs: LocalText; reason: Message };
  'crs-mismatch': { x: number; y: number };
  /** `points` is the number of coordinates converted when known (Shapefile), else null. */
  'reprojected': { crs: LocalText; points: number | null; failed: number };
  'layer-no-overlap': { layer: string; centreLat: number; centreLon: number };
  'encoding-from-cpg': { name: string; cpg: string };
  'encoding-detected': { encoding: string; confidencePct: number; samples: string[] };
  'encoding-uncertain': { encoding: string; confidencePct: number; samples: string[] };
  'encoding-from-option': { encoding: string };
  'csv-encoding-detected': { file: string; encoding: string };
  // features
  'geometry-null': Record<string, never>;
  'geometry-empty': { problem: 'no-rings' | 'no-coordinates' };
  'geometry-invalid': GeometryProblem;
  'ring-closed': { rings: number };
  /** Rejected: the outer ring has too few points; repaired: degenerate holes dropped. */
  'ring-too-short': { outerPoints: number } | { droppedHoles: number };
  /** Repaired: rings rewound to RFC 7946; or a Shapefile hole inside no outer ring taken as an outer ring. */
  'ring-rewound': { rings: number } | { orphanHole: true };
  'duplicate-points-removed': { points: number };
  /** Kept, but an outer ring encloses no area (all its points on a line): it cannot be measured or drawn as a surface. */
  'polygon-zero-area': { rings: number };
  'self-intersection-repaired': { near: [number, number] | null; parts: number };
  /** Kept unrepaired: the union failed, or the polygon has more than `limit` vertices (REPAIR_VERTEX_LIMIT). */
  'self-intersection-kept': { near: [number, number] | null; vertices?: number; limit?: number };
  /** Rejected: a property value nested deeper than `limit` levels (it would overflow every writer's stack). */
  'properties-too-deep': { field: string; limit: number };
  /** Text in decomposed Unicode (NFD) stored composed (NFC), bidi controls removed, so equal-looking names are equal. */
  'text-normalized': { values: number; fields: number };
  /** Values that start with a tab or a line break: kept as written (a spreadsheet would hide or run them). */
  'text-leading-control': { values: number; field: string; example: number };
  /** The layer lies far outside Vietnam: almost always a wrong coordinate system. */
  'layer-outside-vietnam': { layer: string; centreLat: number; centreLon: number };
  'coordinates-out-of-range': { x: number; y: number };
  'coordinates-not-finite': { x: string; y: string };
  'latlon-swapped': { layer: string; count: number };
  'feature-invalid': Record<string, never>;
  /** The closing count: of a layer (importFiles), or of a CSV's rows (readCsv). */
  'summary':
    | { of: 'layer'; layer: string; accepted: number; total: number; repaired: number; rejected: number }
    | { of: 'csv-rows'; points: number; rows: number; rejected: number; outside: number; blank: number };
  // CSV
  'csv-format': { delimiter: CsvDelimiter; decimalComma: boolean };
  'csv-column-missing': { column: string; axis: 'X' | 'Y'; columns: string[] };
  'csv-no-coordinates': { columns: string[] };
  'csv-columns': { reason: Message };
  'csv-axis-order': { reason: Message };
  'csv-row-rejected': { row: number; cells: CsvCellProblem[] } | { row: number; x: number; y: number; crs: LocalText };
  'csv-point-outside-vietnam': { row: number; x: number; y: number; lat: number; lon: number };
  'csv-all-outside-vietnam': { count: number; crs: LocalText };
  /** A quoted field never closed: every line from `line` to `lastLine` (of the file) went into one cell. */
  'csv-quote-unclosed': { line: number; lastLine: number };
  /** Quotes inside a quoted field that do not close it (`"ab"c"`): the cells were kept as read; `lines` lists the first few. */
  'csv-quote-stray': { lines: number[]; count: number };
  // the import dialog
  /** Importing a draft again failed; the text is the error's, as the worker's error envelope carries it. */
  'rerun-failed': { text: LocalText };
}

export type ImportNoteCode = keyof ImportNoteParams;

/** Builds a note. `featureIndex` is 0-based; its text counts from 1 as users do. */
export function importNote<C extends ImportNoteCode>(level: ImportNoteLevel, code: C, params: ImportNoteParams[C], featureIndex?: number): ImportNote {
  const note = { level, code, params } as ImportNote;
  if (featureIndex !== undefined) note.featureIndex = featureIndex;
  return note;
}

/** Codes whose text names its own place (a CSV's spreadsheet row): no "Feature N:" prefix. */
const PLACED_BY_ROW = new Set<ImportNoteCode>(['csv-row-rejected', 'csv-point-outside-vietnam']);

/** The message of a note (render it with renderMessage): a note about one feature starts with its number, from 1. */
export function importNoteMessage(note: Pick<ImportNote, 'code' | 'params' | 'featureIndex'>): Message {
  const message = { code: `import.${note.code}`, params: note.params } as Message;
  if (note.featureIndex === undefined || PLACED_BY_ROW.has(note.code)) return message;
  return msg('import.at-feature', { featureIndex: note.featureIndex, message });
}
