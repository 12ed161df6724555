// Reads a CSV of points — survey control points in VN-2000 (X = northing!), or lon/lat lists —
// into WGS84 Point features. Every rejected row gets a note with its Excel row number and reason.
import Papa from 'papaparse';
import type { Feature, Point } from 'geojson';
import type { CrsDefinition } from '../projection/crsDefinition.ts';
import type { CrsChoiceNeeded, ImportNote } from './importTypes.ts';
import { guessCrsFromCoordinates, type CrsGuess, type CrsSuggestion, type GuessOptions } from '../projection/guessCrsFromCoordinates.ts';
import { reprojectCoordinatesInPlace } from '../projection/reprojectCoordinatesInPlace.ts';
import { WGS84_CRS } from '../projection/wellKnownCrs.ts';
import { parseLocaleNumber, type LocaleNumberOptions } from '../text/parseLocaleNumber.ts';
import { decideCrs } from './decideCrs.ts';
import { detectCsvDelimiter, type CsvDelimiter } from './detectCsvDelimiter.ts';
import { importNote, type CsvCellProblem } from './importNote.ts';
import { foldCsvHeader, guessCsvCoordinateColumns, type CsvColumnStats } from './guessCsvCoordinateColumns.ts';
import { startsWithControl } from './isPlainImportedText.ts';

export interface ReadCsvOptions {
  delimiter?: CsvDelimiter;
  /** Whether the first row holds column names; detected when omitted. */
  hasHeader?: boolean;
  /** Column read as the first coordinate (named X, lon, E, …) — overrides the guess. */
  xColumn?: string;
  /** Column read as the second coordinate. */
  yColumn?: string;
  /**
   * True when xColumn holds the northing (or latitude) and yColumn the easting (longitude):
   * the Vietnamese surveying convention X = northing. Guessed from the values when omitted.
   */
  swapped?: boolean;
  /**
   * CRS of the coordinates: a spec for resolveCrs (`EPSG:5898`, `vn2000:108`…), a CrsDefinition,
   * or 'auto' to apply the best guess (with a warning note). When omitted, degrees are read as WGS84
   * and metres are NOT converted: `crsNeeded` is set and the user is asked.
   */
  crs?: string | CrsDefinition | 'auto';
  /** Lone commas are decimal separators; default: true unless the delimiter is a comma. */
  decimalComma?: boolean;
  /** Region and preferred meridians for the CRS guess (default: Quảng Ngãi, 108° then 107°30′). */
  guess?: GuessOptions;
}

export interface CsvColumnInfo extends CsvColumnStats {
  /** The first few non-empty values, for the column-mapping preview. */
  samples: string[];
}

export interface CsvGuess {
  xColumn: string | null;
  yColumn: string | null;
  /** Best CRS guess (WGS84 for degrees), null when nothing fits. */
  crs: CrsDefinition | null;
  swapped: boolean;
  units: 'degrees' | 'metres' | 'unknown';
  /** All CRS suggestions, best first, for the "which system?" question. */
  suggestions: CrsSuggestion[];
}

export interface ReadCsvResult {
  /** WGS84 points, one per accepted row; properties are the row's cells (numbers where they are numbers). */
  features: Feature<Point>[];
  notes: ImportNote[];
  columns: CsvColumnInfo[];
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  hasHeader: boolean;
  guess: CsvGuess;
  /** The CRS the coordinates were read in; null when `crsNeeded`. */
  crs: CrsDefinition | null;
  /** True when the coordinates are metres and no CRS was given: features is empty until the user chooses. */
  crsNeeded: boolean;
  /** What to ask the user when crsNeeded (the systems to suggest, the raw extent). */
  crsChoice?: CrsChoiceNeeded;
}

const VIETNAM = { west: 102, south: 8, east: 110, north: 23.5 };

const isBlank = (row: string[]) => row.every((c) => c.trim() === '');

/** Reads a whole CSV at once (tests, CLI). The import pipeline runs readCsvInSteps to report progress and honour cancel. */
export function readCsv(text: string, options: ReadCsvOptions = {}): ReadCsvResult {
  const steps = readCsvInSteps(text, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Rows handled between two progress yields of readCsvInSteps. */
const ROWS_PER_STEP = 20000;

/** A data row of the file: its cells, its Excel row number (the header, when present, is row 1), its index among data rows. */
interface CsvRow {
  cells: string[];
  excelRow: number;
  dataIndex: number;
}

/** A row whose two coordinate cells are numbers. */
interface CsvPair extends CsvRow {
  x: number;
  y: number;
}

/** The text cut into rows and named columns. */
interface CsvTable {
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  numbers: LocaleNumberOptions;
  hasHeader: boolean;
  names: string[];
  rows: CsvRow[];
  /** Unclosed or stray quotes, by line of the file. */
  quoteNotes: ImportNote[];
}

/**
 * readCsv as a generator: it yields its progress (0–1) after parsing, per column of statistics and every
 * ROWS_PER_STEP rows, and returns the result. The caller may pause at each yield (the import worker yields to
 * its event loop there, so a cancel message is seen) or stop iterating to abandon the read.
 * The weights of the stages follow their share of the time on a 500,000-row file: parse 10 %, column statistics
 * 20 %, rows 25 %, reprojection 5 %, features 40 %.
 */
export function* readCsvInSteps(text: string, options: ReadCsvOptions = {}): Generator<number, ReadCsvResult, void> {
  const table = parseCsvTable(text, options);
  yield 0.1;
  const notes: ImportNote[] = [importNote('info', 'csv-format', { delimiter: table.delimiter, decimalComma: table.decimalComma }), ...table.quoteNotes];
  const columns = yield* measureColumns(table);
  const { delimiter, decimalComma, hasHeader } = table;
  const result = (partial: Partial<ReadCsvResult> & Pick<ReadCsvResult, 'guess'>): ReadCsvResult => ({
    features: [], notes, columns, delimiter, decimalComma, hasHeader, crs: null, crsNeeded: false, ...partial,
  });

  const picked = pickCoordinateColumns(table.names, columns, options, notes);
  if (!picked.found) return result({ guess: { xColumn: picked.xColumn, yColumn: picked.yColumn, crs: null, swapped: false, units: 'unknown', suggestions: [] } });
  const { xColumn, yColumn } = picked;

  const pairs = yield* readCoordinatePairs(table, xColumn, yColumn, notes);
  const { guess, crsGuess } = guessAxesAndCrs(pairs.accepted, xColumn, yColumn, options);
  const swapped = options.swapped ?? guess.swapped;
  const top = crsGuess.suggestions[0];
  if (options.swapped === undefined && swapped && top) notes.push(importNote('info', 'csv-axis-order', { reason: top.reason }));

  const first = pairs.accepted[0];
  const decision = decideCrs({
    ...(options.crs ? { chosen: options.crs } : {}),
    rawBbox: pairBbox(pairs.accepted),
    guess: crsGuess,
    ...(first ? { samplePoint: [first.x, first.y] as [number, number] } : {}),
  });
  notes.push(...decision.notes);
  const crs = decision.crs;
  if (decision.needed) return result({ guess, crs, crsNeeded: true, crsChoice: decision.needed });
  if (!crs) return result({ guess });

  const lonLat = reprojectPairs(pairs.accepted, swapped, crs);
  yield 0.6;
  const points = yield* buildPointFeatures(pairs.accepted, lonLat, crs, table, notes);
  const rejected = pairs.rejected + points.invalid;
  if (points.features.length > 0 && points.outside === points.features.length) {
    notes.push(importNote('warning', 'csv-all-outside-vietnam', { count: points.outside, crs: crs.label }));
  }
  notes.push(
    importNote('info', 'summary', {
      of: 'csv-rows', points: points.features.length, rows: table.rows.length - pairs.blank, rejected, outside: points.outside, blank: pairs.blank,
    }),
  );
  return result({ features: points.features, guess, crs });
}

/** BOM off, delimiter and decimal mark (given or detected), rows, header (given or detected) and column names. */
function parseCsvTable(text: string, options: ReadCsvOptions): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? detectCsvDelimiter(clean);
  const decimalComma = options.decimalComma ?? delimiter !== ',';
  const numbers: LocaleNumberOptions = { decimalComma };
  // Papa parses the whole text in one go (about 1 s for 500,000 rows here).
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  if (records.length > 0 && isBlank(records[records.length - 1])) records.pop();
  const first = records[0] ?? [];
  const firstNumeric = first.filter((c) => !Number.isNaN(parseLocaleNumber(c, numbers))).length;
  const hasHeader = options.hasHeader ?? (first.length > 0 && firstNumeric < first.filter((c) => c.trim() !== '').length / 2);
  // A loop, not Math.max(...spread): a spread of 500,000 row lengths overflows the call stack.
  let width = 0;
  for (const r of records) if (r.length > width) width = r.length;
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = (hasHeader ? (first[c] ?? '').trim() : '') || `col${c + 1}`;
    while (names.includes(name)) name = `${name}_${c + 1}`;
    names.push(name);
  }
  const dataStart = hasHeader ? 1 : 0;
  // Excel row numbers: record i of the file is row i + 1 (the header, when present, is row 1).
  const rows = records.slice(dataStart).map((cells, i) => ({ cells, excelRow: dataStart + i + 1, dataIndex: i }));
  return { delimiter, decimalComma, numbers, hasHeader, names, rows, quoteNotes: quoteProblemNotes(clean, parsed.errors) };
}

/** Lines listed in a stray-quote note; the count says how many there were in all. */
const STRAY_LINES_SHOWN = 10;

/**
 * Papa's quote errors as notes with the file's line numbers: an unclosed quote merges every following line into one
 * cell (rows lost silently otherwise); a stray quote inside a quoted field is kept as read but said.
 */
function quoteProblemNotes(text: string, errors: Papa.ParseError[]): ImportNote[] {
  const quotes = errors.filter((e) => e.type === 'Quotes' && typeof e.index === 'number').sort((a, b) => a.index! - b.index!);
  if (!quotes.length) return [];
  // One pass over the text: the line of each error's character offset.
  const lineAt: number[] = [];
  let line = 1;
  let pos = 0;
  for (const e of quotes) {
    const end = Math.min(e.index!, text.length);
    for (; pos < end; pos++) if (text.charCodeAt(pos) === 10) line++;
    lineAt.push(line);
  }
  let lastLine = line;
  for (; pos < text.length; pos++) if (text.charCodeAt(pos) === 10) lastLine++;
  if (text.endsWith('\n')) lastLine--;
  const notes: ImportNote[] = [];
  const stray = new Set<number>();
  quotes.forEach((e, i) => {
    if (e.code === 'MissingQuotes') notes.push(importNote('warning', 'csv-quote-unclosed', { line: lineAt[i], lastLine: Math.max(lastLine, lineAt[i]) }));
    else stray.add(lineAt[i]);
  });
  if (stray.size) notes.push(importNote('warning', 'csv-quote-stray', { lines: [...stray].slice(0, STRAY_LINES_SHOWN), count: stray.size }));
  return notes;
}

/** Statistics of every column, yielding after each (10–30 %). */
function* measureColumns(table: CsvTable): Generator<number, CsvColumnInfo[], void> {
  const columns: CsvColumnInfo[] = [];
  const width = table.names.length;
  for (let c = 0; c < width; c++) {
    columns.push(columnStats(table.names[c], c, table.rows, table.numbers));
    yield 0.1 + (0.2 * (c + 1)) / width;
  }
  return columns;
}

/** The user's coordinate columns, else the guess from names and values; notes when they are missing or guessed. */
function pickCoordinateColumns(
  names: string[], columns: CsvColumnInfo[], options: ReadCsvOptions, notes: ImportNote[],
): { found: true; xColumn: string; yColumn: string } | { found: false; xColumn: string | null; yColumn: string | null } {
  const named = guessCsvCoordinateColumns(columns);
  const xColumn = options.xColumn ?? named?.xColumn ?? null;
  const yColumn = options.yColumn ?? named?.yColumn ?? null;
  let missing = false;
  for (const [column, axis] of [[options.xColumn, 'X'], [options.yColumn, 'Y']] as const) {
    if (column !== undefined && !names.includes(column)) {
      missing = true;
      notes.push(importNote('error', 'csv-column-missing', { column, axis, columns: names }));
    }
  }
  if (!xColumn || !yColumn || !names.includes(xColumn) || !names.includes(yColumn)) {
    if (!missing) notes.push(importNote('error', 'csv-no-coordinates', { columns: names }));
    return { found: false, xColumn, yColumn };
  }
  if (named && !options.xColumn && !options.yColumn) notes.push(importNote('info', 'csv-columns', { reason: named.reason }));
  return { found: true, xColumn, yColumn };
}

/** Every row's pair of numbers (25 % of the progress); a row with an empty or non-numeric coordinate is noted by its Excel row. */
function* readCoordinatePairs(
  table: CsvTable, xColumn: string, yColumn: string, notes: ImportNote[],
): Generator<number, { accepted: CsvPair[]; rejected: number; blank: number }, void> {
  const { rows, numbers } = table;
  const xi = table.names.indexOf(xColumn);
  const yi = table.names.indexOf(yColumn);
  const accepted: CsvPair[] = [];
  let blank = 0;
  let rejected = 0;
  for (let r = 0; r < rows.length; r++) {
    if (r > 0 && r % ROWS_PER_STEP === 0) yield 0.3 + (0.25 * r) / rows.length;
    const row = rows[r];
    if (isBlank(row.cells)) {
      blank++;
      continue;
    }
    const xCell = (row.cells[xi] ?? '').trim();
    const yCell = (row.cells[yi] ?? '').trim();
    const x = parseLocaleNumber(xCell, numbers);
    const y = parseLocaleNumber(yCell, numbers);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const cells: CsvCellProblem[] = [];
      if (Number.isNaN(x)) cells.push({ column: xColumn, cell: xCell });
      if (Number.isNaN(y)) cells.push({ column: yColumn, cell: yCell });
      rejected++;
      notes.push(importNote('rejected', 'csv-row-rejected', { row: row.excelRow, cells }, row.dataIndex));
      continue;
    }
    accepted.push({ ...row, x, y });
  }
  return { accepted, rejected, blank };
}

function pairBbox(pairs: CsvPair[]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const a of pairs) {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  }
  return [minX, minY, maxX, maxY];
}

/** Units, axis order and likely systems from the accepted values. */
function guessAxesAndCrs(pairs: CsvPair[], xColumn: string, yColumn: string, options: ReadCsvOptions): { guess: CsvGuess; crsGuess: CrsGuess } {
  const crsGuess = guessCrsFromCoordinates(pairBbox(pairs), options.guess);
  const top = crsGuess.suggestions[0];
  // Vietnamese convention: columns named X/Y in metres are X = northing unless the values say otherwise.
  const namedXY = /^(x|xm|toadox\w*)$/.test(foldCsvHeader(xColumn));
  const swapped = top ? top.swapped : crsGuess.units === 'metres' && namedXY;
  return { guess: { xColumn, yColumn, crs: top?.crs ?? null, swapped, units: crsGuess.units, suggestions: crsGuess.suggestions }, crsGuess };
}

/** All accepted pairs to WGS84 at once (easting/longitude first), as [lon, lat, lon, lat, …]. */
function reprojectPairs(pairs: CsvPair[], swapped: boolean, crs: CrsDefinition): Float64Array {
  const coords = new Float64Array(pairs.length * 2);
  for (let i = 0; i < pairs.length; i++) {
    const a = pairs[i];
    coords[2 * i] = swapped ? a.y : a.x;
    coords[2 * i + 1] = swapped ? a.x : a.y;
  }
  reprojectCoordinatesInPlace(coords, crs, WGS84_CRS);
  return coords;
}

/** One point per accepted row (60–100 %): rows that did not transform are rejected, points outside Vietnam noted. */
function* buildPointFeatures(
  pairs: CsvPair[], lonLat: Float64Array, crs: CrsDefinition, table: CsvTable, notes: ImportNote[],
): Generator<number, { features: Feature<Point>[]; invalid: number; outside: number }, void> {
  const features: Feature<Point>[] = [];
  let invalid = 0;
  let outside = 0;
  for (let i = 0; i < pairs.length; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield 0.6 + (0.4 * i) / pairs.length;
    const a = pairs[i];
    const lon = lonLat[2 * i];
    const lat = lonLat[2 * i + 1];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      invalid++;
      notes.push(importNote('rejected', 'csv-row-rejected', { row: a.excelRow, x: a.x, y: a.y, crs: crs.label }, a.dataIndex));
      continue;
    }
    if (lon < VIETNAM.west || lon > VIETNAM.east || lat < VIETNAM.south || lat > VIETNAM.north) {
      outside++;
      notes.push(importNote('warning', 'csv-point-outside-vietnam', { row: a.excelRow, x: a.x, y: a.y, lat, lon }, a.dataIndex));
    }
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: rowProperties(table.names, a.cells, table.numbers) });
  }
  return { features, invalid, outside };
}

/** Count, range and a few samples of one column, for the coordinate guess and the column pickers. */
function columnStats(name: string, c: number, rows: { cells: string[] }[], numbers: LocaleNumberOptions): CsvColumnInfo {
  let numericCount = 0,
    filledCount = 0,
    min = Infinity,
    max = -Infinity;
  const samples: string[] = [];
  for (const { cells } of rows) {
    const cell = (cells[c] ?? '').trim();
    if (!cell) continue;
    filledCount++;
    if (samples.length < 5) samples.push(cell);
    const v = parseLocaleNumber(cell, numbers);
    if (!Number.isNaN(v)) {
      numericCount++;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { name, numericCount, filledCount, min, max, samples };
}

/** Cells become numbers when they are plain numbers without a leading zero (codes like "012" stay text). */
function rowProperties(names: string[], cells: string[], numbers: LocaleNumberOptions): Record<string, string | number | null> {
  const props: Record<string, string | number | null> = {};
  names.forEach((name, c) => {
    const cell = (cells[c] ?? '').trim();
    if (cell === '') {
      props[name] = null;
      return;
    }
    const v = parseLocaleNumber(cell, numbers);
    const isNumber = !Number.isNaN(v) && !/^[-+]?0\d/.test(cell) && !/[°º]/.test(cell);
    // Text that starts with a tab or a line break is kept as written, not trimmed silently: the import notes it
    // (cleanImportedProperties: a hidden formula start) and CSV exports neutralise it.
    props[name] = isNumber ? v : startsWithControl(cells[c]) ? cells[c] : cell;
  });
  return props;
}
