// CSV / TSV point lists (and a dropped .txt saved from a spreadsheet; inside a zip or next to a .shp a .txt is a
// readme). The CSV reader (../readCsv.ts) guesses the coordinate columns, the X = northing convention and the
// system, and notes each rejected row by its spreadsheet row; the user's column choices come in options.csv.
// Text encoding: the option, else UTF-8 when the bytes are valid UTF-8, else the best legacy guess; the ranked
// guesses go with the layer for the encoding preview. Reading reports progress (0–95 % of this file) and honours
// the AbortSignal between its steps.
import { decodeText } from '../../encoding/decodeText.ts';
import type { TextEncodingId } from '../../encoding/textEncodings.ts';
import { detectCsvEncoding } from '../detectCsvEncoding.ts';
import { importNote } from '../importNote.ts';
import type { FieldInfo, ImportFile, ImportLayer, ImportOptions } from '../importTypes.ts';
import { readCsvInSteps, type ReadCsvOptions } from '../readCsv.ts';
import { baseName, textOf, type DriverContext, type ImportDriver, type RawLayer } from './importDriver.ts';

export const csvDriver: ImportDriver = {
  label: 'CSV',
  detect: (file, ext, group) =>
    ext === 'csv' || ext === 'tsv' || (ext === 'txt' && !group.fromZip(file) && !group.files.has('shp') && !group.files.has('dbf')),
  read: (file, group, ctx) => readCsvFile(group.name, file, ctx),
};

async function readCsvFile(name: string, file: ImportFile, ctx: DriverContext): Promise<RawLayer> {
  const { options } = ctx;
  const { text, encoding, encodingGuesses } = decodeCsv(file, options, ctx);
  ctx.progress(0.05);
  const chosen = options.csv ?? {};
  const swapped = chosen.swapped ?? (options.swapXY ? true : undefined);
  const steps = readCsvInSteps(text, csvReadOptions(options, swapped));
  let step = steps.next();
  while (!step.done) {
    // A read costs ~100 ms per step on a big file: let the worker see a cancel message between steps.
    await ctx.step(0.05 + 0.9 * step.value);
    step = steps.next();
  }
  const read = step.value;
  ctx.note(...read.notes);
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
  if (read.crsChoice) return { ...base, features: [], crs: null, crsNeeded: read.crsChoice };
  return { ...base, features: read.features, crs: read.crs };
}

/** The text in the chosen encoding, else UTF-8, else the best guess when UTF-8 does not fit (with a note). */
function decodeCsv(file: ImportFile, options: ImportOptions, ctx: DriverContext): { text: string; encoding: TextEncodingId; encodingGuesses: ImportLayer['encodingGuesses'] } {
  const encodingGuesses = detectCsvEncoding(file.bytes);
  let encoding: TextEncodingId = options.encoding ?? 'utf8';
  let text = encoding === 'utf8' ? textOf(file.bytes) : decodeText(file.bytes, encoding);
  if (!options.encoding && text.includes('\ufffd')) {
    encoding = encodingGuesses[0].encoding;
    text = decodeText(file.bytes, encoding);
    ctx.note(importNote('info', 'csv-encoding-detected', { file: baseName(file.name), encoding }));
  }
  return { text, encoding, encodingGuesses };
}

function csvReadOptions(options: ImportOptions, swapped: boolean | undefined): ReadCsvOptions {
  const chosen = options.csv ?? {};
  return {
    ...(options.crs ? { crs: options.crs } : {}),
    ...(chosen.xColumn ? { xColumn: chosen.xColumn } : {}),
    ...(chosen.yColumn ? { yColumn: chosen.yColumn } : {}),
    ...(swapped !== undefined ? { swapped } : {}),
    ...(chosen.delimiter ? { delimiter: chosen.delimiter } : {}),
    ...(chosen.decimalComma !== undefined ? { decimalComma: chosen.decimalComma } : {}),
  };
}
