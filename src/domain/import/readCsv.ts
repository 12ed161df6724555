// Reads a CSV of points — survey control points in VN-2000 (X = northing!), or lon/lat lists —
// into WGS84 Point features. Every rejected row gets a note with its Excel row number and reason.
import Papa from 'papaparse';
import type { Feature, Point } from 'geojson';
import type { LocalText } from '../model/layerRoles.ts';
import type { CrsDefinition } from '../projection/crsDefinition.ts';
import type { ImportNote, ImportNoteLevel } from './importTypes.ts';
import { resolveCrs } from '../projection/resolveCrs.ts';
import { guessCrsFromCoordinates, type CrsSuggestion, type GuessOptions } from '../projection/guessCrsFromCoordinates.ts';
import { reprojectCoordinatesInPlace } from '../projection/reprojectCoordinatesInPlace.ts';
import { WGS84_CRS } from '../projection/wellKnownCrs.ts';
import { detectCsvDelimiter, type CsvDelimiter } from './detectCsvDelimiter.ts';
import { parseCsvNumber } from './parseCsvNumber.ts';
import { foldCsvHeader, guessCsvCoordinateColumns, type CsvColumnStats } from './guessCsvCoordinateColumns.ts';

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
}

const VIETNAM = { west: 102, south: 8, east: 110, north: 23.5 };

function note(level: ImportNoteLevel, code: string, vi: string, en: string, featureIndex?: number): ImportNote {
  const n: ImportNote = { level, code, message: { vi, en } };
  if (featureIndex !== undefined) n.featureIndex = featureIndex;
  return n;
}

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

/**
 * readCsv as a generator: it yields its progress (0–1) after parsing, per column of statistics and every
 * ROWS_PER_STEP rows, and returns the result. The caller may pause at each yield (the import worker yields to
 * its event loop there, so a cancel message is seen) or stop iterating to abandon the read.
 */
export function* readCsvInSteps(text: string, options: ReadCsvOptions = {}): Generator<number, ReadCsvResult, void> {
  const clean = text.replace(/^\uFEFF/, '');
  const notes: ImportNote[] = [];
  const delimiter = options.delimiter ?? detectCsvDelimiter(clean);
  const decimalComma = options.decimalComma ?? delimiter !== ',';
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  if (records.length > 0 && isBlank(records[records.length - 1])) records.pop();
  // Papa parses the whole text in one go (about 1 s for 500,000 rows here). The weights of the stages below follow
  // their share of the time on a 500,000-row file: parse 10 %, column statistics 20 %, rows 25 %, reprojection 5 %,
  // features 40 %.
  yield 0.1;

  const delimiterName: Record<CsvDelimiter, LocalText> = {
    ',': { vi: 'dấu phẩy', en: 'comma' },
    ';': { vi: 'dấu chấm phẩy', en: 'semicolon' },
    '\t': { vi: 'tab', en: 'tab' },
    '|': { vi: 'dấu |', en: 'pipe' },
  };
  notes.push(
    note(
      'info',
      'csv-format',
      `Tệp CSV phân cách bằng ${delimiterName[delimiter].vi}${decimalComma ? ', dấu phẩy thập phân' : ''}.`,
      `CSV separated by ${delimiterName[delimiter].en}${decimalComma ? ', with decimal commas' : ''}.`,
    ),
  );

  const first = records[0] ?? [];
  const firstNumeric = first.filter((c) => !Number.isNaN(parseCsvNumber(c, decimalComma))).length;
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

  const columns: CsvColumnInfo[] = [];
  for (let c = 0; c < width; c++) {
    columns.push(columnStats(names[c], c, rows, decimalComma));
    yield 0.1 + (0.2 * (c + 1)) / width;
  }

  const named = guessCsvCoordinateColumns(columns);
  const xColumn = options.xColumn ?? named?.xColumn ?? null;
  const yColumn = options.yColumn ?? named?.yColumn ?? null;
  for (const [col, which] of [
    [options.xColumn, 'X'],
    [options.yColumn, 'Y'],
  ] as const) {
    if (col !== undefined && !names.includes(col)) {
      notes.push(
        note('error', 'csv-column-missing', `Không có cột "${col}" (chọn cho ${which}). Các cột: ${names.join(', ')}.`, `There is no column "${col}" (chosen for ${which}). Columns: ${names.join(', ')}.`),
      );
    }
  }
  const emptyGuess: CsvGuess = { xColumn, yColumn, crs: null, swapped: false, units: 'unknown', suggestions: [] };
  const result = (partial: Partial<ReadCsvResult>): ReadCsvResult => ({
    features: [],
    notes,
    columns,
    delimiter,
    decimalComma,
    hasHeader,
    guess: emptyGuess,
    crs: null,
    crsNeeded: false,
    ...partial,
  });
  if (!xColumn || !yColumn || !names.includes(xColumn) || !names.includes(yColumn)) {
    if (!notes.some((n) => n.code === 'csv-column-missing'))
      notes.push(
        note(
          'error',
          'csv-no-coordinates',
          `Không tìm thấy hai cột tọa độ (X/Y, kinh độ/vĩ độ, Đông/Bắc). Các cột: ${names.join(', ') || '(không có)'}. Hãy chọn cột tọa độ.`,
          `No pair of coordinate columns found (X/Y, lon/lat, E/N). Columns: ${names.join(', ') || '(none)'}. Choose the coordinate columns.`,
        ),
      );
    return result({});
  }
  if (named && !options.xColumn && !options.yColumn) notes.push(note('info', 'csv-columns', named.reason.vi, named.reason.en));
  const xi = names.indexOf(xColumn);
  const yi = names.indexOf(yColumn);

  // Parse every row's pair; rejected rows get a note now, with their Excel row number.
  const accepted: { excelRow: number; dataIndex: number; cells: string[]; x: number; y: number }[] = [];
  let blankRows = 0;
  let rejected = 0;
  for (let r = 0; r < rows.length; r++) {
    if (r > 0 && r % ROWS_PER_STEP === 0) yield 0.3 + (0.25 * r) / rows.length;
    const row = rows[r];
    if (isBlank(row.cells)) {
      blankRows++;
      continue;
    }
    const problems: LocalText[] = [];
    const values: number[] = [];
    for (const [ci, colName] of [
      [xi, xColumn],
      [yi, yColumn],
    ] as const) {
      const cell = (row.cells[ci] ?? '').trim();
      const v = parseCsvNumber(cell, decimalComma);
      values.push(v);
      if (cell === '') problems.push({ vi: `ô "${colName}" trống`, en: `"${colName}" is empty` });
      else if (Number.isNaN(v)) problems.push({ vi: `"${colName}" = "${cell}" không phải số`, en: `"${colName}" = "${cell}" is not a number` });
    }
    if (problems.length) {
      rejected++;
      notes.push(
        note(
          'rejected',
          'csv-row-rejected',
          `Dòng ${row.excelRow}: ${problems.map((p) => p.vi).join('; ')} — dòng bị bỏ qua, hãy sửa trong tệp.`,
          `Row ${row.excelRow}: ${problems.map((p) => p.en).join('; ')} — row skipped, fix it in the file.`,
          row.dataIndex,
        ),
      );
      continue;
    }
    accepted.push({ ...row, x: values[0], y: values[1] });
  }

  // Guess units, axis order and CRS from the accepted values.
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const a of accepted) {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  }
  const crsGuess = guessCrsFromCoordinates([minX, minY, maxX, maxY], options.guess);
  const top = crsGuess.suggestions[0];
  // Vietnamese convention: columns named X/Y in metres are X = northing unless the values say otherwise.
  const namedXY = /^(x|xm|toadox\w*)$/.test(foldCsvHeader(xColumn));
  const guessedSwapped = top ? top.swapped : crsGuess.units === 'metres' && namedXY;
  const guess: CsvGuess = {
    xColumn,
    yColumn,
    crs: top?.crs ?? null,
    swapped: guessedSwapped,
    units: crsGuess.units,
    suggestions: crsGuess.suggestions,
  };
  const swapped = options.swapped ?? guessedSwapped;
  if (options.swapped === undefined && swapped && top) notes.push(note('info', 'csv-axis-order', top.reason.vi, top.reason.en));

  let crs: CrsDefinition | null = null;
  if (options.crs === 'auto') {
    crs = guess.crs;
    if (crs && crsGuess.units === 'metres')
      notes.push(
        note('warning', 'crs-guessed', `Hệ tọa độ được đoán là ${crs.label.vi}. ${top!.reason.vi} Hãy xác nhận.`, `Coordinate system guessed as ${crs.label.en}. ${top!.reason.en} Please confirm.`),
      );
  } else if (typeof options.crs === 'string') {
    crs = resolveCrs(options.crs);
    notes.push(note('info', 'crs-from-option', `Hệ tọa độ theo lựa chọn: ${crs.label.vi}.`, `Coordinate system as chosen: ${crs.label.en}.`));
  } else if (options.crs) {
    crs = options.crs;
    notes.push(note('info', 'crs-from-option', `Hệ tọa độ theo lựa chọn: ${crs.label.vi}.`, `Coordinate system as chosen: ${crs.label.en}.`));
  } else if (crsGuess.units === 'degrees') {
    crs = WGS84_CRS;
    notes.push(note('info', 'crs-assumed-wgs84', 'Tọa độ là độ: đọc theo WGS84 (kinh độ/vĩ độ).', 'Coordinates are degrees: read as WGS84 longitude/latitude.'));
  }
  if (!crs) {
    const list = crsGuess.suggestions
      .slice(0, 3)
      .map((s) => s.crs.label.vi)
      .join('; ');
    const listEn = crsGuess.suggestions
      .slice(0, 3)
      .map((s) => s.crs.label.en)
      .join('; ');
    notes.push(
      note(
        'warning',
        'crs-needed',
        `${crsGuess.note.vi}${list ? ` Gợi ý: ${list}.` : ''}`,
        `${crsGuess.note.en}${listEn ? ` Suggestions: ${listEn}.` : ''}`,
      ),
    );
    return result({ guess, crsNeeded: accepted.length > 0 });
  }
  if (crs.isGeographic && crsGuess.units === 'metres') {
    notes.push(
      note(
        'error',
        'crs-mismatch',
        `Tọa độ là mét (ví dụ ${accepted[0]?.x}, ${accepted[0]?.y}) nhưng hệ tọa độ đã chọn là kinh độ/vĩ độ: không đọc mét thành độ. Hãy chọn hệ VN-2000.`,
        `Coordinates are metres (e.g. ${accepted[0]?.x}, ${accepted[0]?.y}) but the chosen system is longitude/latitude: metres are never read as degrees. Choose a VN-2000 system.`,
      ),
    );
    return result({ guess, crs, crsNeeded: true });
  }

  // Reproject all accepted rows at once (easting/longitude first).
  const coords = new Float64Array(accepted.length * 2);
  accepted.forEach((a, i) => {
    coords[2 * i] = swapped ? a.y : a.x;
    coords[2 * i + 1] = swapped ? a.x : a.y;
  });
  reprojectCoordinatesInPlace(coords, crs, WGS84_CRS);
  yield 0.6;

  const features: Feature<Point>[] = [];
  let outside = 0;
  for (let i = 0; i < accepted.length; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield 0.6 + (0.4 * i) / accepted.length;
    const a = accepted[i];
    const lon = coords[2 * i];
    const lat = coords[2 * i + 1];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      rejected++;
      notes.push(
        note(
          'rejected',
          'csv-row-rejected',
          `Dòng ${a.excelRow}: tọa độ (${a.x}, ${a.y}) không hợp lệ trong hệ ${crs.label.vi} — dòng bị bỏ qua.`,
          `Row ${a.excelRow}: coordinates (${a.x}, ${a.y}) are not valid in ${crs.label.en} — row skipped.`,
          a.dataIndex,
        ),
      );
      continue;
    }
    if (lon < VIETNAM.west || lon > VIETNAM.east || lat < VIETNAM.south || lat > VIETNAM.north) {
      outside++;
      notes.push(
        note(
          'warning',
          'csv-point-outside-vietnam',
          `Dòng ${a.excelRow}: điểm (${a.x}, ${a.y}) nằm ngoài Việt Nam (${lat.toFixed(5)}°B, ${lon.toFixed(5)}°Đ) — kiểm tra số liệu hoặc hệ tọa độ.`,
          `Row ${a.excelRow}: point (${a.x}, ${a.y}) lies outside Vietnam (${lat.toFixed(5)}°N, ${lon.toFixed(5)}°E) — check the value or the coordinate system.`,
          a.dataIndex,
        ),
      );
    }
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: rowProperties(names, a.cells, decimalComma) });
  }

  if (features.length > 0 && outside === features.length)
    notes.push(
      note(
        'warning',
        'csv-all-outside-vietnam',
        `Tất cả ${outside} điểm nằm ngoài Việt Nam: hệ tọa độ (${crs.label.vi}) hoặc thứ tự cột X/Y có thể sai.`,
        `All ${outside} points lie outside Vietnam: the coordinate system (${crs.label.en}) or the X/Y column order is probably wrong.`,
      ),
    );
  notes.push(
    note(
      'info',
      'summary',
      `Đọc ${features.length} điểm từ ${rows.length - blankRows} dòng dữ liệu; ${rejected} dòng bị bỏ qua${outside ? `, ${outside} điểm ngoài Việt Nam` : ''}${blankRows ? `; ${blankRows} dòng trống` : ''}.`,
      `Read ${features.length} points from ${rows.length - blankRows} data rows; ${rejected} rows skipped${outside ? `, ${outside} points outside Vietnam` : ''}${blankRows ? `; ${blankRows} blank rows` : ''}.`,
    ),
  );
  return result({ features, guess, crs });
}

/** Count, range and a few samples of one column, for the coordinate guess and the column pickers. */
function columnStats(name: string, c: number, rows: { cells: string[] }[], decimalComma: boolean): CsvColumnInfo {
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
    const v = parseCsvNumber(cell, decimalComma);
    if (!Number.isNaN(v)) {
      numericCount++;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { name, numericCount, filledCount, min, max, samples };
}

/** Cells become numbers when they are plain numbers without a leading zero (codes like "012" stay text). */
function rowProperties(names: string[], cells: string[], decimalComma: boolean): Record<string, string | number | null> {
  const props: Record<string, string | number | null> = {};
  names.forEach((name, c) => {
    const cell = (cells[c] ?? '').trim();
    if (cell === '') {
      props[name] = null;
      return;
    }
    const v = parseCsvNumber(cell, decimalComma);
    props[name] = !Number.isNaN(v) && !/^[-+]?0\d/.test(cell) && !/[°º]/.test(cell) ? v : cell;
  });
  return props;
}
