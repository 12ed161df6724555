// The import dialog's model: one draft per layer the files produced, holding what the engine returned and what the
// user chose (role, title, field mapping, CRS, encoding). Re-running a draft with a CRS or an encoding goes through
// the worker again (or readCsv for CSV), with only the files of that layer.
import type { Feature } from 'geojson';
import type { ImportFile, ImportLayer, ImportNote, ImportResult, SourceFormat } from '../../domain/import/importTypes.ts';
import { readCsv, type CsvColumnInfo } from '../../domain/import/readCsv.ts';
import { guessFieldMapping, type FieldMapping } from '../../domain/import/guessFieldMapping.ts';
import { checkLayerOverlap } from '../../domain/import/checkLayerOverlap.ts';
import type { LayerRole } from '../../domain/model/layerRoles.ts';
import { guessCrsFromCoordinates, type CrsDefinition, type CrsSuggestion } from '../../domain/projection/index.ts';
import { decodeText } from '../../domain/encoding/decodeText.ts';
import { detectVietnameseEncoding, type EncodingGuess } from '../../domain/encoding/detectVietnameseEncoding.ts';
import type { TextEncodingId } from '../../domain/encoding/textEncodings.ts';
import { guessImportRole } from './guessImportRole.ts';
import { runImportInWorker, type ImportRun } from './runImportInWorker.ts';

type Bbox = [number, number, number, number];

export interface CsvSettings {
  xColumn: string | null;
  yColumn: string | null;
  /** True when the X column is the northing (Vietnamese convention). */
  swapped: boolean;
  columns: CsvColumnInfo[];
}

export interface LayerDraft {
  key: string;
  name: string;
  sourceFormat: SourceFormat;
  files: ImportFile[];
  features: Feature[];
  fields: string[];
  bbox: Bbox | null;
  crs: CrsDefinition | null;
  /** True while the coordinates are metres with no known system: nothing can be added yet. */
  crsNeeded: boolean;
  /** Most likely first, each with its reason. */
  crsSuggestions: CrsSuggestion[];
  /** The CRS the user picked in the question ('' = none yet). */
  crsChoiceId: string;
  swapXY: boolean;
  encoding: TextEncodingId | null;
  encodingGuesses?: EncodingGuess[];
  notes: ImportNote[];
  include: boolean;
  role: LayerRole;
  title: string;
  mapping: FieldMapping;
  csv?: CsvSettings;
  /** True once the user picked the role: a re-run then keeps it instead of guessing again. */
  roleTouched?: boolean;
  /** The CRS the user applied (kept when the encoding is changed afterwards). */
  appliedCrsId?: string;
}

const stemOf = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '').toLowerCase();
export const isCsvFile = (name: string) => /\.(csv|txt|tsv)$/i.test(name);

let keySeq = 0;

/** Fills the user-facing choices of a fresh draft from the engine's layer. */
function withGuesses(partial: Omit<LayerDraft, 'key' | 'include' | 'role' | 'title' | 'mapping' | 'crsChoiceId' | 'swapXY'>): LayerDraft {
  const role = guessImportRole(partial.features, partial.fields, partial.sourceFormat === 'csv' ? 'point' : undefined);
  const top = partial.crsSuggestions[0];
  return {
    ...partial,
    key: `draft-${++keySeq}`,
    include: true,
    role,
    title: partial.name,
    mapping: guessFieldMapping(partial.fields, role),
    crsChoiceId: partial.crsNeeded && top ? top.crs.id : '',
    swapXY: partial.crsNeeded && top ? top.swapped : false,
  };
}

function fromImportLayer(layer: ImportLayer, notes: ImportNote[], files: ImportFile[]) {
  const crsSuggestions = layer.crsNeeded ? guessCrsFromCoordinates(layer.crsNeeded.rawBbox).suggestions.filter((s) => !s.crs.isGeographic) : [];
  return {
    name: layer.name,
    sourceFormat: layer.sourceFormat,
    files,
    features: layer.features,
    fields: layer.fields.map((f) => f.name),
    bbox: layer.bbox,
    crs: layer.crs,
    crsNeeded: Boolean(layer.crsNeeded),
    crsSuggestions,
    encoding: layer.encoding,
    ...(layer.encodingGuesses ? { encodingGuesses: layer.encodingGuesses } : {}),
    notes: notes.filter((n) => n.layer === layer.name),
  };
}

/** The files that belong to a layer: its Shapefile parts / its own file (zips and KMZ carry their layers inside). */
function filesOfLayer(name: string, files: ImportFile[]): ImportFile[] {
  const own = files.filter((f) => stemOf(f.name) === name.toLowerCase());
  if (own.length) return own;
  const archives = files.filter((f) => /\.(zip|kmz)$/i.test(f.name));
  return archives.length ? archives : files;
}

export function draftsFromResult(result: ImportResult, files: ImportFile[]): { drafts: LayerDraft[]; globalNotes: ImportNote[] } {
  const names = new Set(result.layers.map((l) => l.name));
  const drafts = result.layers.map((layer) => withGuesses(fromImportLayer(layer, result.notes, filesOfLayer(layer.name, files))));
  const globalNotes = result.notes.filter((n) => !n.layer || !names.has(n.layer));
  return { drafts, globalNotes };
}

export interface CsvRunOptions {
  encoding?: TextEncodingId;
  xColumn?: string | null;
  yColumn?: string | null;
  swapped?: boolean;
  crs?: string;
  otherLayerBboxes: Bbox[];
}

function detectCsvEncoding(bytes: Uint8Array): EncodingGuess[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length && lines.length < 2000; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (i > start) lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return detectVietnameseEncoding(lines);
}

/** Reads a CSV on the main thread (point lists are small): encoding detection, then readCsv with the user's choices. */
export function runCsv(file: ImportFile, options: CsvRunOptions, previous?: LayerDraft): LayerDraft {
  const encodingGuesses = previous?.encodingGuesses ?? detectCsvEncoding(file.bytes);
  const encoding = options.encoding ?? previous?.encoding ?? encodingGuesses[0]?.encoding ?? 'utf8';
  const text = decodeText(file.bytes, encoding === 'latin1' ? 'latin1' : encoding);
  const read = readCsv(text, {
    ...(options.xColumn ? { xColumn: options.xColumn } : {}),
    ...(options.yColumn ? { yColumn: options.yColumn } : {}),
    ...(options.swapped !== undefined ? { swapped: options.swapped } : {}),
    ...(options.crs ? { crs: options.crs } : {}),
  });
  const name = stemOf(file.name);
  const layerNotes: ImportNote[] = read.notes.map((n) => ({ ...n, layer: name }));
  const xCol = read.columns.find((c) => c.name === read.guess.xColumn);
  const yCol = read.columns.find((c) => c.name === read.guess.yColumn);
  let bbox: Bbox | null = null;
  for (const f of read.features) {
    const [lon, lat] = f.geometry.coordinates;
    bbox = bbox ? [Math.min(bbox[0], lon), Math.min(bbox[1], lat), Math.max(bbox[2], lon), Math.max(bbox[3], lat)] : [lon, lat, lon, lat];
  }
  if (bbox) {
    const overlap = checkLayerOverlap(bbox, options.otherLayerBboxes, name);
    if (overlap) layerNotes.push(overlap);
  }
  const crsSuggestions = read.guess.suggestions.filter((s) => !(read.guess.units === 'metres' && s.crs.isGeographic));
  const csv: CsvSettings = {
    xColumn: read.guess.xColumn,
    yColumn: read.guess.yColumn,
    swapped: options.swapped ?? read.guess.swapped,
    columns: read.columns,
  };
  const partial = {
    name,
    sourceFormat: 'csv' as const,
    files: [file],
    features: read.features,
    fields: read.columns.map((c) => c.name),
    bbox,
    crs: read.crs,
    crsNeeded: read.crsNeeded || (read.features.length === 0 && read.guess.units === 'metres' && !read.crs),
    crsSuggestions,
    encoding,
    encodingGuesses,
    notes: layerNotes,
    csv,
  };
  if (!previous) {
    const draft = withGuesses(partial);
    // The question pre-selects the best guess; the user confirms it (metres are never converted unasked).
    if (xCol && yCol && !draft.crsChoiceId && crsSuggestions[0] && read.guess.units === 'metres') draft.crsChoiceId = crsSuggestions[0].crs.id;
    return draft;
  }
  return mergeDraft(previous, partial);
}

/** Keeps the user's choices (role, title, include) across a re-run; re-guesses the mapping when the fields changed. */
function mergeDraft(previous: LayerDraft, next: Omit<LayerDraft, 'key' | 'include' | 'role' | 'title' | 'mapping' | 'crsChoiceId' | 'swapXY'>): LayerDraft {
  const sameFields = previous.fields.join('\u0000') === next.fields.join('\u0000');
  // Features that were missing (CRS not known yet) now show the geometry: guess the role again unless the user chose it.
  const role =
    !previous.roleTouched && previous.features.length === 0 && next.features.length > 0
      ? guessImportRole(next.features, next.fields, next.sourceFormat === 'csv' ? 'point' : undefined)
      : previous.role;
  return {
    ...previous,
    ...next,
    role,
    encodingGuesses: previous.encodingGuesses ?? next.encodingGuesses,
    crsSuggestions: previous.crsSuggestions.length ? previous.crsSuggestions : next.crsSuggestions,
    mapping: sameFields && role === previous.role ? previous.mapping : guessFieldMapping(next.fields, role),
  };
}

export interface RerunOptions {
  crs?: string;
  swapXY?: boolean;
  encoding?: TextEncodingId;
  otherLayerBboxes: Bbox[];
}

/** Imports a draft's files again with a chosen CRS and/or encoding; resolves to the updated draft. */
export function rerunDraft(draft: LayerDraft, options: RerunOptions, onProgress: (p01: number) => void): { run: Promise<LayerDraft>; cancel: () => void } {
  if (draft.sourceFormat === 'csv') {
    const csvCrs = options.crs ?? draft.appliedCrsId;
    const read = runCsv(draft.files[0], {
      otherLayerBboxes: options.otherLayerBboxes,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(csvCrs ? { crs: csvCrs } : {}),
      xColumn: draft.csv?.xColumn ?? null,
      yColumn: draft.csv?.yColumn ?? null,
      swapped: options.swapXY ?? draft.csv?.swapped,
    }, draft);
    const updated = csvCrs ? { ...read, appliedCrsId: csvCrs, crsChoiceId: csvCrs } : read;
    return { run: Promise.resolve(updated), cancel: () => {} };
  }
  // A CRS the user already applied stays applied when only the encoding changes.
  const crs = options.crs ?? draft.appliedCrsId;
  const swapXY = crs ? (options.swapXY ?? draft.swapXY) : false;
  const running: ImportRun = runImportInWorker(
    draft.files,
    {
      ...(crs ? { crs } : {}),
      ...(swapXY ? { swapXY: true } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      otherLayerBboxes: options.otherLayerBboxes,
    },
    onProgress,
  );
  const run = running.result.then((result) => {
    const layer = result.layers.find((l) => l.name === draft.name) ?? result.layers[0];
    if (!layer) return { ...draft, notes: result.notes };
    const next = mergeDraft(draft, fromImportLayer(layer, result.notes, draft.files));
    return { ...next, swapXY, ...(crs ? { appliedCrsId: crs, crsChoiceId: crs } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) };
  });
  return { run, cancel: running.cancel };
}

/** Whether a draft can be added now, and if not, why (for the confirm button). */
export function draftBlocker(draft: LayerDraft): { vi: string; en: string } | null {
  if (draft.crsNeeded) return { vi: `Lớp "${draft.title}": hãy chọn hệ tọa độ trước.`, en: `Layer "${draft.title}": choose the coordinate system first.` };
  if (draft.features.length === 0) return { vi: `Lớp "${draft.title}" không có đối tượng hợp lệ nào.`, en: `Layer "${draft.title}" has no valid feature.` };
  return null;
}
