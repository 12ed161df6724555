// The import pipeline: files (bytes + names) → layers in WGS84 with an import report.
//   1. expand .zip files (zip-bomb safe) and group files by name (a Shapefile is .shp + .dbf + .prj + .cpg + .shx);
//   2. read each group with its driver (GeoJSON, Shapefile, KML/KMZ, CSV);
//   3. decide the CRS (option > .prj / GeoJSON crs > degrees = WGS84; metres without .prj → ask the user);
//   4. reproject to WGS84; fix swapped lat/lon; validate and repair every feature (notes with indexes);
//   5. bbox, overlap warning against layers already loaded, summary.
// A problem with one file becomes an 'error' note; the other files still import. Nothing throws except bugs
// and cancellation (AbortSignal → the signal's reason / AbortError), and a UserError for an unknown `crs` option.
import type { Feature } from 'geojson';
import { isUserError } from '../model/userError.ts';
import type { CrsDefinition } from '../projection/crsDefinition.ts';
import { parsePrj } from '../projection/parsePrj.ts';
import { resolveCrs } from '../projection/resolveCrs.ts';
import { guessCrsFromCoordinates } from '../projection/guessCrsFromCoordinates.ts';
import { reprojectCoordinatesInPlace } from '../projection/reprojectCoordinatesInPlace.ts';
import { WGS84_CRS } from '../projection/wellKnownCrs.ts';
import { decodeText } from '../encoding/decodeText.ts';
import { parseEncodingName, type TextEncodingId } from '../encoding/textEncodings.ts';
import { detectSwappedLatLon, rawBbox, swapLatLonInPlace } from '../validate/detectSwappedLatLon.ts';
import { validateFeature } from '../validate/validateFeatures.ts';
import { buildShpFeatures } from './buildShpFeatures.ts';
import { checkLayerOverlap } from './checkLayerOverlap.ts';
import { ImportError } from './importError.ts';
import { importNote } from './importNote.ts';
import type { FieldInfo, ImportFile, ImportLayer, ImportNote, ImportOptions, ImportResult, SourceFormat } from './importTypes.ts';
import { readDbf, type DbfTable } from './readDbf.ts';
import { readGeoJson } from './readGeoJson.ts';
import { readKml } from './readKml.ts';
import { readShp } from './readShp.ts';
import { readCsvInSteps, type ReadCsvResult } from './readCsv.ts';
import { detectCsvEncoding } from './detectCsvEncoding.ts';
import { reprojectFeaturesInPlace } from './reprojectFeaturesInPlace.ts';
import { unzipSafely } from './unzipSafely.ts';

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;
const extOf = (name: string) => (/\.([^.]+)$/.exec(name)?.[1] ?? '').toLowerCase();
const stemOf = (name: string) => name.replace(/\.[^./\\]+$/, '');
const utf8 = new TextDecoder('utf-8');
const textOf = (bytes: Uint8Array) => utf8.decode(bytes);
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What a driver hands to the shared second half of the pipeline. */
interface RawLayer {
  name: string;
  sourceFormat: SourceFormat;
  /** File order; null = already rejected by the reader (with a note). */
  features: (Feature | null)[];
  fields: FieldInfo[];
  encoding: TextEncodingId | null;
  encodingGuesses?: ImportLayer['encodingGuesses'];
  crs: CrsDefinition | null;
  /** True when the features are already in WGS84 (Shapefiles are reprojected on their flat arrays). */
  reprojected: boolean;
  crsNeeded?: ImportLayer['crsNeeded'];
  /** True when the driver already validated every feature and noted rejections by its own row numbers (CSV). */
  validated?: boolean;
  csv?: ImportLayer['csv'];
}

interface Context {
  options: ImportOptions;
  notes: ImportNote[];
  progress: (p01: number) => void;
}

export async function importFiles(files: ImportFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const notes: ImportNote[] = [];
  const layers: ImportLayer[] = [];
  const report = options.onProgress ?? (() => {});
  options.signal?.throwIfAborted();
  // A CRS option the app does not know is a bad parameter for the whole import: a UserError, thrown now.
  if (options.crs) resolveCrs(options.crs);

  // 1. Expand zips; a bad zip is an error note, the other files go on.
  const expanded: ImportFile[] = [];
  const fromZip = new Set<ImportFile>();
  for (const file of files) {
    const ext = extOf(file.name);
    if (ext === 'zip') {
      try {
        const entries = unzipSafely(baseName(file.name), file.bytes, zipLimits(options));
        if (entries.length === 0) notes.push(importNote('error', 'zip-empty', `Tệp nén ${baseName(file.name)} không chứa tệp nào.`, `The zip ${baseName(file.name)} holds no files.`));
        expanded.push(...entries);
        for (const entry of entries) fromZip.add(entry);
      } catch (error) {
        notes.push(errorNote(error, 'zip-corrupt'));
      }
    } else expanded.push(file);
  }

  // 2. Group by stem (case-insensitive): Shapefile parts travel together.
  const groups = new Map<string, Map<string, ImportFile>>();
  for (const file of expanded) {
    const key = stemOf(file.name).toLowerCase();
    const group = groups.get(key) ?? new Map<string, ImportFile>();
    group.set(extOf(file.name), file);
    groups.set(key, group);
  }
  const units: { name: string; run: (ctx: Context) => RawLayer[] | Promise<RawLayer[]> }[] = [];
  for (const group of groups.values()) {
    const any = [...group.values()][0];
    const name = baseName(stemOf(any.name));
    if (group.has('shp')) units.push({ name, run: async (ctx) => [await readShapefileGroup(name, group, ctx)] });
    else if (group.has('dbf')) {
      notes.push(importNote('error', 'shp-missing', `${name}.dbf không có tệp ${name}.shp đi kèm — cần chọn cả tệp .shp (và .shx, .prj).`,
        `${name}.dbf came without ${name}.shp: select the .shp too (and the .shx, .prj).`));
    }
    for (const [ext, file] of group) {
      if (ext === 'geojson' || ext === 'json') units.push({ name: baseName(stemOf(file.name)), run: (ctx) => [readGeoJsonFile(file, ctx)] });
      else if (ext === 'kml') units.push({ name, run: (ctx) => [readKmlText(name, textOf(file.bytes), 'kml', baseName(file.name), ctx)] });
      else if (ext === 'kmz') units.push({ name, run: (ctx) => [readKmz(name, file, ctx)] });
      // A dropped .txt is a point list saved from a spreadsheet; inside a zip or next to a .shp it is a readme.
      else if (ext === 'csv' || ext === 'tsv' || (ext === 'txt' && !fromZip.has(file) && !group.has('shp') && !group.has('dbf'))) {
        units.push({ name, run: async (ctx) => [await readCsvFile(name, file, ctx)] });
      }
      else if (!['shp', 'shx', 'dbf', 'prj', 'cpg', 'qix', 'sbn', 'sbx', 'xml', 'qmd', 'fix', 'qpj', 'txt', 'md', 'html', 'htm', 'pdf', 'png', 'jpg'].includes(ext)) {
        notes.push(importNote('info', 'file-unsupported', `${baseName(file.name)}: định dạng .${ext} không được hỗ trợ — bỏ qua.`,
          `${baseName(file.name)}: .${ext} files are not supported: skipped.`));
      }
    }
  }
  if (units.length === 0 && notes.length === 0) {
    notes.push(importNote('error', 'file-empty', 'Không có tệp dữ liệu nào để nhập (GeoJSON, Shapefile, KML/KMZ, CSV).', 'No data file to import (GeoJSON, Shapefile, KML/KMZ, CSV).'));
  }

  // 3–5. Each unit: read (0–40 %), then reproject + validate (40–100 %) of its share.
  for (let u = 0; u < units.length; u++) {
    // Never backwards: a driver that reports its own reading (Shapefile, CSV) may pass the 40 % mark set below.
    let unitProgress01 = 0;
    const share = (p01: number) => {
      unitProgress01 = Math.max(unitProgress01, p01);
      report((u + unitProgress01) / units.length);
    };
    const ctx: Context = { options, notes, progress: share };
    let raws: RawLayer[];
    try {
      share(0);
      raws = await units[u].run(ctx);
    } catch (error) {
      if (!isUserError(error)) throw error;
      notes.push(errorNote(error, 'file-unsupported'));
      continue;
    }
    for (const raw of raws) {
      options.signal?.throwIfAborted();
      share(0.4);
      await yieldToEventLoop();
      layers.push(await finishLayer(raw, ctx, (p) => share(0.4 + 0.6 * p)));
    }
  }
  report(1);
  return { layers, notes };
}

function zipLimits(options: ImportOptions) {
  const l = options.zipLimits ?? {};
  return { ...(l.maxTotalBytes ? { maxTotalBytes: l.maxTotalBytes } : {}), ...(l.maxRatio ? { maxRatio: l.maxRatio } : {}) };
}

function errorNote(error: unknown, fallback: ImportNote['code'] & string): ImportNote {
  if (error instanceof ImportError) return importNote('error', error.code, error.messageVi, error.messageEn);
  if (isUserError(error)) return importNote('error', fallback as never, error.messageVi, error.messageEn);
  throw error;
}

/** The CRS the user chose (option), or undefined. A bad spec is an error the user must fix: rethrown. */
function optionCrs(ctx: Context): CrsDefinition | undefined {
  return ctx.options.crs ? resolveCrs(ctx.options.crs) : undefined;
}

async function readShapefileGroup(name: string, group: Map<string, ImportFile>, ctx: Context): Promise<RawLayer> {
  const { notes, options } = ctx;
  // Between stages: report progress, let the worker see a cancel message, honour it.
  const step = async (progress01: number) => {
    ctx.progress(progress01);
    await yieldToEventLoop();
    options.signal?.throwIfAborted();
  };
  const note = (n: ImportNote) => notes.push({ ...n, layer: name });
  const table = readShp(group.get('shp')!.bytes);
  if (table.truncatedAt >= 0) {
    note(importNote('warning', 'shp-truncated',
      `Tệp ${name}.shp bị cắt cụt: chỉ đọc được ${table.truncatedAt} đối tượng đầu; phần còn lại bị mất (tệp tải về chưa xong?).`,
      `${name}.shp is truncated: only the first ${table.truncatedAt} features could be read; the rest is lost (incomplete download?).`));
  }
  for (const [index, type] of table.unsupported) {
    note(importNote('rejected', 'shp-unsupported-shape', `kiểu hình học ${type} không được hỗ trợ.`, `shape type ${type} is not supported.`, index));
  }
  if (!group.has('shx')) {
    note(importNote('info', 'shx-missing', `Thiếu ${name}.shx — không sao, tệp .shp được đọc tuần tự.`, `${name}.shx is missing: not needed, the .shp is read sequentially.`));
  }

  await step(0.05);

  // Attributes.
  let dbf: DbfTable | undefined;
  let encoding: TextEncodingId | null = null;
  if (!group.has('dbf')) {
    note(importNote('warning', 'dbf-missing', `Thiếu ${name}.dbf: nhập hình học không có thuộc tính. Hãy chọn cả tệp .dbf nếu cần thuộc tính.`,
      `${name}.dbf is missing: geometry imported without attributes. Select the .dbf too if you need the attributes.`));
  } else {
    let chosen = options.encoding;
    if (chosen) note(importNote('info', 'encoding-from-option', `Bảng mã thuộc tính: ${chosen} (do người dùng chọn).`, `Attribute encoding: ${chosen} (chosen by the user).`));
    else if (group.has('cpg')) {
      const cpgText = decodeText(group.get('cpg')!.bytes, 'latin1').trim();
      chosen = parseEncodingName(cpgText);
      if (chosen) note(importNote('info', 'encoding-from-cpg', `Bảng mã thuộc tính theo ${name}.cpg: ${cpgText}.`, `Attribute encoding from ${name}.cpg: ${cpgText}.`));
      else note(importNote('warning', 'cpg-unknown', `${name}.cpg ghi bảng mã "${cpgText}" không nhận ra; sẽ tự dò.`, `${name}.cpg names an unknown encoding "${cpgText}"; detecting instead.`));
    }
    dbf = readDbf(group.get('dbf')!.bytes, chosen);
    encoding = dbf.encoding;
    if (dbf.guesses && !chosen && dbf.guesses[0].sample.length > 0) {
      const best = dbf.guesses[0];
      const level = best.confidence < 0.6 ? 'warning' : 'info';
      note(importNote(level, best.confidence < 0.6 ? 'encoding-uncertain' : 'encoding-detected',
        `Bảng mã thuộc tính dò được: ${best.encoding} (độ tin cậy ${Math.round(best.confidence * 100)} %). Ví dụ: ${best.sample.slice(0, 3).join(' · ')}. Có thể chọn bảng mã khác nếu chữ hiển thị sai.`,
        `Detected attribute encoding: ${best.encoding} (confidence ${Math.round(best.confidence * 100)} %). Sample: ${best.sample.slice(0, 3).join(' · ')}. Choose another encoding if the text looks wrong.`));
    }
    if (dbf.rows.length !== table.recordCount) {
      note(importNote('warning', 'dbf-count-mismatch',
        `${name}.dbf có ${dbf.rows.length} bản ghi nhưng ${name}.shp có ${table.recordCount} hình; các đối tượng thiếu bản ghi sẽ không có thuộc tính.`,
        `${name}.dbf has ${dbf.rows.length} records but ${name}.shp has ${table.recordCount} shapes; features without a record get no attributes.`));
    }
    for (const r of dbf.deleted) {
      if (r < table.recordCount) note(importNote('warning', 'dbf-deleted-record', 'bản ghi thuộc tính bị đánh dấu xóa trong .dbf; vẫn giữ đối tượng.', 'its attribute record is marked deleted in the .dbf; the feature is kept.', r));
    }
  }

  await step(0.15);

  // Coordinate system: option > .prj > degrees; metres without a usable .prj → ask.
  let crs = optionCrs(ctx);
  if (crs) note(importNote('info', 'crs-from-option', `Hệ tọa độ: ${crs.label.vi} (do người dùng chọn).`, `Coordinate system: ${crs.label.en} (chosen by the user).`));
  let prjUnreadable = false;
  if (!crs && group.has('prj')) {
    const prj = parsePrj(decodeText(group.get('prj')!.bytes, 'latin1'));
    if (prj) {
      crs = prj;
      note(importNote('info', 'crs-from-prj', `Hệ tọa độ theo ${name}.prj: ${prj.label.vi}.`, `Coordinate system from ${name}.prj: ${prj.label.en}.`));
      for (const n of prj.notes ?? []) note(importNote('info', 'crs-from-prj', n.vi, n.en));
    } else {
      prjUnreadable = true;
      note(importNote('warning', 'prj-unreadable', `Không đọc được ${name}.prj.`, `${name}.prj could not be read.`));
    }
  }
  if (options.swapXY) swapPairs(table.xy);
  const bbox = flatBbox(table.xy);
  if (!crs && bbox) {
    const guess = guessCrsFromCoordinates(bbox);
    if (guess.units === 'degrees') {
      crs = WGS84_CRS;
      note(importNote('info', 'crs-assumed-wgs84', `Không có .prj; tọa độ là độ nên coi là WGS84 (kinh độ, vĩ độ).`, `No .prj; coordinates are degrees, so taken as WGS84 (longitude, latitude).`));
    } else {
      return crsNeededLayer(name, 'shapefile', dbf?.fields ?? [], encoding, prjUnreadable, bbox, guess.suggestions.map((s) => s.crs), ctx);
    }
  }
  const fields = dbf?.fields ?? [];
  if (crs && crs.proj4 !== WGS84_CRS.proj4) {
    const failed = reprojectCoordinatesInPlace(table.xy, crs, WGS84_CRS);
    note(importNote(failed ? 'warning' : 'info', 'reprojected',
      `Đã chuyển ${table.xy.length / 2} điểm từ ${crs.label.vi} sang WGS84${failed ? `; ${failed} điểm không chuyển được` : ''}.`,
      `Reprojected ${table.xy.length / 2} points from ${crs.label.en} to WGS84${failed ? `; ${failed} could not be transformed` : ''}.`));
  }
  await step(0.3);
  const shpNotes: ImportNote[] = [];
  const features = buildShpFeatures(table, dbf?.rows, shpNotes);
  for (const n of shpNotes) note(n);
  return { name, sourceFormat: 'shapefile', features, fields, encoding, encodingGuesses: dbf?.guesses, crs: crs ?? null, reprojected: true };
}

function crsNeededLayer(
  name: string, sourceFormat: SourceFormat, fields: FieldInfo[], encoding: TextEncodingId | null, prjUnreadable: boolean,
  bbox: [number, number, number, number], suggestions: CrsDefinition[], ctx: Context,
): RawLayer {
  const first = suggestions[0];
  ctx.notes.push({
    ...importNote('error', 'crs-needed',
      `${name}: tọa độ là mét (hoành độ/Đông ${Math.round(bbox[0])}–${Math.round(bbox[2])}, tung độ/Bắc ${Math.round(bbox[1])}–${Math.round(bbox[3])}) và không có .prj đọc được — cần chọn hệ tọa độ. ${first ? `Gợi ý: ${first.label.vi} (${first.id}).` : 'Không đoán được hệ nào.'}`,
      `${name}: coordinates are metres (easting ${Math.round(bbox[0])}–${Math.round(bbox[2])}, northing ${Math.round(bbox[1])}–${Math.round(bbox[3])}) and there is no readable .prj: choose the coordinate system. ${first ? `Suggestion: ${first.label.en} (${first.id}).` : 'No system could be guessed.'}`),
    layer: name,
  });
  return {
    name, sourceFormat, features: [], fields, encoding, crs: null, reprojected: true,
    crsNeeded: { reason: prjUnreadable ? 'unreadable-prj' : 'no-prj', suggestions, rawBbox: bbox },
  };
}

function swapPairs(xy: Float64Array): void {
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i];
    xy[i] = xy[i + 1];
    xy[i + 1] = x;
  }
}

function flatBbox(xy: Float64Array): [number, number, number, number] | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i], y = xy[i + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/** GeoJSON and KML: features in memory; CRS from option, GeoJSON `crs` member, else degrees. */
function vectorLayer(name: string, sourceFormat: SourceFormat, features: (Feature | null)[], fields: FieldInfo[], declared: string | undefined, ctx: Context): RawLayer {
  const note = (n: ImportNote) => ctx.notes.push({ ...n, layer: name });
  let crs = optionCrs(ctx);
  if (crs) note(importNote('info', 'crs-from-option', `Hệ tọa độ: ${crs.label.vi} (do người dùng chọn).`, `Coordinate system: ${crs.label.en} (chosen by the user).`));
  if (!crs && declared) {
    try {
      crs = resolveCrs(declared);
      note(importNote('info', 'crs-geojson-member', `Hệ tọa độ theo thành phần "crs" của tệp: ${crs.label.vi}.`, `Coordinate system from the file's "crs" member: ${crs.label.en}.`));
    } catch (error) {
      if (!isUserError(error)) throw error;
      note(importNote('warning', 'prj-unreadable', `Không nhận ra hệ tọa độ "${declared}" khai báo trong tệp.`, `The declared coordinate system "${declared}" is not recognised.`));
    }
  }
  if (ctx.options.swapXY) swapLatLonInPlace(features);
  if (!crs) {
    const bbox = rawBbox(features);
    if (bbox) {
      const guess = guessCrsFromCoordinates(bbox);
      if (guess.units === 'metres') return crsNeededLayer(name, sourceFormat, fields, null, false, bbox, guess.suggestions.map((s) => s.crs), ctx);
    }
    crs = WGS84_CRS;
  }
  return { name, sourceFormat, features, fields, encoding: sourceFormat === 'geojson' || sourceFormat === 'kml' || sourceFormat === 'kmz' ? 'utf8' : null, crs, reprojected: false };
}

function readGeoJsonFile(file: ImportFile, ctx: Context): RawLayer {
  const name = baseName(stemOf(file.name));
  const read = readGeoJson(textOf(file.bytes), baseName(file.name));
  for (const n of read.notes) ctx.notes.push({ ...n, layer: name });
  return vectorLayer(name, 'geojson', read.features, read.fields, read.crsName, ctx);
}

function readKmlText(name: string, text: string, format: 'kml' | 'kmz', fileName: string, ctx: Context): RawLayer {
  const read = readKml(text, fileName, ctx.options.xmlParser);
  return vectorLayer(name, format, read.features, read.fields, undefined, ctx);
}

function readKmz(name: string, file: ImportFile, ctx: Context): RawLayer {
  const entries = unzipSafely(baseName(file.name), file.bytes, zipLimits(ctx.options));
  const kmls = entries.filter((e) => extOf(e.name) === 'kml');
  const doc = kmls.find((e) => baseName(e.name).toLowerCase() === 'doc.kml') ?? kmls[0];
  if (!doc) {
    throw new ImportError('kmz-no-kml', `${baseName(file.name)} không chứa tệp .kml nào.`, `${baseName(file.name)} holds no .kml file.`);
  }
  return readKmlText(name, textOf(doc.bytes), 'kmz', baseName(file.name), ctx);
}

/**
 * CSV points through the CSV reader (src/domain/import/readCsv.ts, which guesses the coordinate columns, the
 * X = northing convention and the CRS, and notes each rejected row by its spreadsheet row), with the user's column
 * choices (options.csv). Text encoding: the option, else UTF-8 when the bytes are valid UTF-8, else the best legacy
 * guess; the ranked guesses go with the layer for the encoding preview. Reading reports progress (0–95 % of this
 * file) and honours the AbortSignal between its steps.
 */
async function readCsvFile(name: string, file: ImportFile, ctx: Context): Promise<RawLayer> {
  const { options } = ctx;
  const encodingGuesses = detectCsvEncoding(file.bytes);
  let encoding: TextEncodingId = options.encoding ?? 'utf8';
  let text = encoding === 'utf8' ? textOf(file.bytes) : decodeText(file.bytes, encoding);
  if (!options.encoding && text.includes('\ufffd')) {
    encoding = encodingGuesses[0].encoding;
    text = decodeText(file.bytes, encoding);
    ctx.notes.push({ ...importNote('info', 'encoding-detected', `${baseName(file.name)} không phải UTF-8; bảng mã dò được: ${encoding}.`, `${baseName(file.name)} is not UTF-8; detected encoding: ${encoding}.`), layer: name });
  }
  ctx.progress(0.05);
  const chosen = options.csv ?? {};
  const swapped = chosen.swapped ?? (options.swapXY ? true : undefined);
  const steps = readCsvInSteps(text, {
    ...(options.crs ? { crs: options.crs } : {}),
    ...(chosen.xColumn ? { xColumn: chosen.xColumn } : {}),
    ...(chosen.yColumn ? { yColumn: chosen.yColumn } : {}),
    ...(swapped !== undefined ? { swapped } : {}),
    ...(chosen.delimiter ? { delimiter: chosen.delimiter } : {}),
    ...(chosen.decimalComma !== undefined ? { decimalComma: chosen.decimalComma } : {}),
  });
  let step = steps.next();
  while (!step.done) {
    ctx.progress(0.05 + 0.9 * step.value);
    // Let the worker see a cancel message, then honour it (a read costs ~100 ms per step on a big file).
    await yieldToEventLoop();
    options.signal?.throwIfAborted();
    step = steps.next();
  }
  const read = step.value;
  for (const n of read.notes) ctx.notes.push({ ...n, layer: name });
  const fields: FieldInfo[] = read.columns.map((c) => ({ name: c.name, type: c.filledCount > 0 && c.numericCount === c.filledCount ? 'number' : 'string' }));
  const csv: ImportLayer['csv'] = {
    columns: read.columns,
    guess: read.guess,
    xColumn: read.guess.xColumn,
    yColumn: read.guess.yColumn,
    swapped: swapped ?? read.guess.swapped,
    delimiter: read.delimiter,
    decimalComma: read.decimalComma,
    hasHeader: read.hasHeader,
  };
  const base = { name, sourceFormat: 'csv' as const, fields, encoding, encodingGuesses, reprojected: true, validated: true, csv };
  if (read.crsNeeded) {
    const b = read.guess.suggestions.length ? rawBboxOfColumns(read) : null;
    return { ...base, features: [], crs: null, crsNeeded: { reason: 'no-prj', suggestions: read.guess.suggestions.map((s) => s.crs), rawBbox: b ?? [NaN, NaN, NaN, NaN] } };
  }
  return { ...base, features: read.features, crs: read.crs };
}

function rawBboxOfColumns(read: ReadCsvResult): [number, number, number, number] | null {
  const x = read.columns.find((c) => c.name === read.guess.xColumn);
  const y = read.columns.find((c) => c.name === read.guess.yColumn);
  if (!x || !y || !Number.isFinite(x.min) || !Number.isFinite(y.min)) return null;
  return [x.min, y.min, x.max, y.max];
}

async function finishLayer(raw: RawLayer, ctx: Context, progress: (p01: number) => void): Promise<ImportLayer> {
  const { options } = ctx;
  const note = (n: ImportNote) => ctx.notes.push({ ...n, layer: raw.name });
  const base: Omit<ImportLayer, 'features' | 'bbox'> = {
    name: raw.name, crs: raw.crs, encoding: raw.encoding, fields: raw.fields, sourceFormat: raw.sourceFormat,
    ...(raw.encodingGuesses ? { encodingGuesses: raw.encodingGuesses } : {}),
    ...(raw.crsNeeded ? { crsNeeded: raw.crsNeeded } : {}),
    ...(raw.csv ? { csv: raw.csv } : {}),
  };
  if (raw.crsNeeded) return { ...base, features: [], bbox: null };
  const features = raw.features;
  if (!raw.reprojected && raw.crs && raw.crs.proj4 !== WGS84_CRS.proj4) {
    const failed = reprojectFeaturesInPlace(features, raw.crs);
    note(importNote(failed ? 'warning' : 'info', 'reprojected', `Đã chuyển tọa độ từ ${raw.crs.label.vi} sang WGS84${failed ? `; ${failed} điểm không chuyển được` : ''}.`,
      `Reprojected from ${raw.crs.label.en} to WGS84${failed ? `; ${failed} points could not be transformed` : ''}.`));
  }
  // Swapped lat/lon: only for degrees in the file, and not when the user chose the CRS (their choice wins).
  if (!options.crs && !options.swapXY && raw.crs?.isGeographic && detectSwappedLatLon(features)) {
    swapLatLonInPlace(features);
    note(importNote('repaired', 'latlon-swapped',
      `Tất cả tọa độ của lớp ${raw.name} nằm ở Việt Nam chỉ khi đọc là [vĩ độ, kinh độ]: đã đổi chỗ thành [kinh độ, vĩ độ] cho ${features.length} đối tượng.`,
      `Every coordinate of layer ${raw.name} lies in Vietnam only when read as [latitude, longitude]: swapped to [longitude, latitude] for ${features.length} features.`));
  }
  const accepted: Feature[] = raw.validated ? (features.filter(Boolean) as Feature[]) : [];
  const featureNotes: ImportNote[] = [];
  const chunk = 20000;
  for (let i = 0; i < features.length && !raw.validated; i++) {
    if (i % chunk === 0 && i > 0) {
      progress(i / features.length);
      await yieldToEventLoop();
      options.signal?.throwIfAborted();
    }
    const ok = validateFeature(features[i], i, featureNotes, { trustedStructure: raw.sourceFormat === 'shapefile' });
    if (ok) accepted.push(ok);
  }
  for (const n of featureNotes) note(n);
  const rejected = raw.validated ? ctx.notes.filter((n) => n.layer === raw.name && n.level === 'rejected').length : features.length - accepted.length;
  const total = raw.validated ? accepted.length + rejected : features.length;
  const bbox = rawBbox(accepted);
  if (bbox && options.otherLayerBboxes) {
    const overlap = checkLayerOverlap(bbox, options.otherLayerBboxes, raw.name);
    if (overlap) ctx.notes.push(overlap);
  }
  const repaired = new Set(featureNotes.filter((n) => n.level === 'repaired').map((n) => n.featureIndex)).size;
  note(importNote(accepted.length === 0 ? 'error' : 'info', 'summary',
    `Lớp ${raw.name}: nhập ${accepted.length}/${total} đối tượng, sửa ${repaired}, loại ${rejected}.`,
    `Layer ${raw.name}: imported ${accepted.length}/${total} features, repaired ${repaired}, rejected ${rejected}.`));
  progress(1);
  return { ...base, features: accepted, bbox };
}
