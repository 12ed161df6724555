// The import dialog's model: one draft per layer the files produced, holding what the engine returned and what the
// user chose (role, title, field mapping, CRS, encoding, CSV columns). Re-running a draft with a CRS, an encoding or
// other CSV columns goes through the import worker again, with only the files of that layer.
import type { Feature } from 'geojson';
import type { CsvImportOptions, ImportFile, ImportLayer, ImportNote, ImportResult, SourceFormat } from '../../domain/import/importTypes.ts';
import type { CsvColumnInfo } from '../../domain/import/readCsv.ts';
import { guessFieldMapping, type FieldMapping } from '../../domain/import/guessFieldMapping.ts';
import type { LayerRole } from '../../domain/model/layerRoles.ts';
import { guessCrsFromCoordinates, type CrsDefinition, type CrsSuggestion } from '../../domain/projection/index.ts';
import type { EncodingGuess } from '../../domain/encoding/detectVietnameseEncoding.ts';
import type { TextEncodingId } from '../../domain/encoding/textEncodings.ts';
import { guessImportRole } from './guessImportRole.ts';
import type { ImportRun, ImportService } from './runImportInWorker.ts';
import type { WorkerImportOptions } from '../../workers/importLib.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

type Bbox = [number, number, number, number];

export interface CsvSettings {
  xColumn: string | null;
  yColumn: string | null;
  /** True when the X column is the northing (Vietnamese convention). */
  swapped: boolean;
  columns: CsvColumnInfo[];
  /** True once the user picked the columns / the axis order: re-runs then pass them instead of guessing again. */
  userColumns?: boolean;
  userSwapped?: boolean;
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
  /** The encoding the user chose (kept when a CRS or CSV columns are applied afterwards). */
  appliedEncoding?: TextEncodingId;
}

const stemOf = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '').toLowerCase();

/** A draft as the engine's layer gives it, before the user's choices are filled in. */
type DraftFromEngine = Omit<LayerDraft, 'key' | 'include' | 'role' | 'title' | 'mapping' | 'crsChoiceId' | 'swapXY'>;

/** Fills the user-facing choices of a fresh draft from the engine's layer. */
function withGuesses(partial: DraftFromEngine, key: string): LayerDraft {
  const role = guessImportRole(partial.features, partial.fields, partial.sourceFormat === 'csv' ? 'point' : undefined);
  const top = partial.crsSuggestions[0];
  return {
    ...partial,
    key,
    include: true,
    role,
    title: partial.name,
    mapping: guessFieldMapping(partial.fields, role),
    crsChoiceId: partial.crsNeeded && top ? top.crs.id : '',
    // A CSV's axis order is its X = northing setting; the CRS question's buttons show it.
    swapXY: partial.csv ? partial.csv.swapped : partial.crsNeeded && top ? top.swapped : false,
  };
}

function fromImportLayer(layer: ImportLayer, notes: ImportNote[], files: ImportFile[]): DraftFromEngine {
  // CSV: the reader's own suggestions (they carry the X = northing axis order); metres never offer lon/lat.
  const crsSuggestions = layer.csv
    ? layer.csv.guess.suggestions.filter((s) => !(layer.csv!.guess.units === 'metres' && s.crs.isGeographic))
    : layer.crsNeeded
      ? guessCrsFromCoordinates(layer.crsNeeded.rawBbox).suggestions.filter((s) => !s.crs.isGeographic)
      : [];
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
    ...(layer.csv ? { csv: { xColumn: layer.csv.xColumn, yColumn: layer.csv.yColumn, swapped: layer.csv.swapped, columns: layer.csv.columns } } : {}),
  };
}

/** The files that belong to a layer: its Shapefile parts / its own file (zips and KMZ carry their layers inside). */
function filesOfLayer(name: string, files: ImportFile[]): ImportFile[] {
  const own = files.filter((f) => stemOf(f.name) === name.toLowerCase());
  if (own.length) return own;
  const archives = files.filter((f) => /\.(zip|kmz)$/i.test(f.name));
  return archives.length ? archives : files;
}

/**
 * The drafts of one import run. `runId` makes their keys unique across the app's runs, so a re-run still
 * finishing for an earlier dialog never lands on a draft of the next one.
 */
export function draftsFromResult(result: ImportResult, files: ImportFile[], runId = 0): { drafts: LayerDraft[]; globalNotes: ImportNote[] } {
  const names = new Set(result.layers.map((l) => l.name));
  const drafts = result.layers.map((layer, i) => withGuesses(fromImportLayer(layer, result.notes, filesOfLayer(layer.name, files)), `draft-${runId}-${i}`));
  const globalNotes = result.notes.filter((n) => !n.layer || !names.has(n.layer));
  return { drafts, globalNotes };
}

/** Keeps the user's choices (role, title, include) across a re-run; re-guesses the mapping when the fields changed. */
function mergeDraft(previous: LayerDraft, next: DraftFromEngine): LayerDraft {
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
  /** CSV only: the columns / axis order the user picked (the others stay as the draft has them). */
  csv?: { xColumn?: string | null; yColumn?: string | null; swapped?: boolean };
  otherLayerBboxes: Bbox[];
}

/** What a re-run applies: the user's choices so far plus the new ones. */
interface AppliedChoices {
  crs?: string;
  swapXY: boolean;
  encoding?: TextEncodingId;
  csv?: CsvImportOptions;
  userColumns: boolean;
  userSwapped: boolean;
}

function appliedChoices(draft: LayerDraft, options: RerunOptions): AppliedChoices {
  // A CRS or an encoding the user already applied stays applied when something else changes.
  const crs = options.crs ?? draft.appliedCrsId;
  const encoding = options.encoding ?? draft.appliedEncoding;
  const applied: AppliedChoices = { ...(crs ? { crs } : {}), ...(encoding ? { encoding } : {}), swapXY: false, userColumns: false, userSwapped: false };
  if (draft.sourceFormat !== 'csv') return { ...applied, swapXY: crs ? (options.swapXY ?? draft.swapXY) : false };
  // CSV: the axis order is the CSV's own (X = northing, draft.csv.swapped), not the generic swap (options.swapXY). Columns and order the user never
  // touched are guessed again: a new encoding may change the header names.
  const userColumns = Boolean(draft.csv?.userColumns || options.csv?.xColumn !== undefined || options.csv?.yColumn !== undefined);
  const userSwapped = Boolean(draft.csv?.userSwapped || options.csv?.swapped !== undefined);
  const swapped = options.csv?.swapped ?? draft.csv?.swapped ?? false;
  const xColumn = options.csv?.xColumn !== undefined ? options.csv.xColumn : draft.csv?.xColumn;
  const yColumn = options.csv?.yColumn !== undefined ? options.csv.yColumn : draft.csv?.yColumn;
  const csv: CsvImportOptions = {
    ...(userColumns ? { xColumn: xColumn ?? null, yColumn: yColumn ?? null } : {}),
    ...(userSwapped ? { swapped } : {}),
  };
  return { ...applied, csv, userColumns, userSwapped };
}

/** The draft after a re-run: the engine's new layer merged into the user's choices. Pure (tested without a worker). */
export function draftAfterRerun(draft: LayerDraft, result: ImportResult, options: RerunOptions): LayerDraft {
  const applied = appliedChoices(draft, options);
  const layer = result.layers.find((l) => l.name === draft.name) ?? result.layers[0];
  if (!layer) return { ...draft, notes: result.notes };
  const next = mergeDraft(draft, fromImportLayer(layer, result.notes, draft.files));
  return {
    ...next,
    swapXY: next.csv ? next.csv.swapped : applied.swapXY,
    ...(next.csv ? { csv: { ...next.csv, userColumns: applied.userColumns, userSwapped: applied.userSwapped } } : {}),
    ...(applied.crs ? { appliedCrsId: applied.crs, crsChoiceId: applied.crs } : {}),
    ...(applied.encoding ? { appliedEncoding: applied.encoding, encoding: applied.encoding } : {}),
  };
}

/** The import options a re-run sends to the worker. */
export function rerunWorkerOptions(draft: LayerDraft, options: RerunOptions): WorkerImportOptions {
  const applied = appliedChoices(draft, options);
  return {
    ...(applied.crs ? { crs: applied.crs } : {}),
    ...(applied.swapXY ? { swapXY: true } : {}),
    ...(applied.encoding ? { encoding: applied.encoding } : {}),
    ...(applied.csv ? { csv: applied.csv } : {}),
    otherLayerBboxes: options.otherLayerBboxes,
  };
}

/** Imports a draft's files again in the worker with a chosen CRS, encoding or CSV columns; resolves to the updated draft. */
export function rerunDraft(importer: ImportService, draft: LayerDraft, options: RerunOptions, onProgress: (p01: number) => void): { run: Promise<LayerDraft>; cancel: () => void } {
  const running: ImportRun = importer.run(draft.files, rerunWorkerOptions(draft, options), onProgress);
  return { run: running.result.then((result) => draftAfterRerun(draft, result, options)), cancel: running.cancel };
}

/** Whether a draft can be added now, and if not, why (for the confirm button). */
export function draftBlocker(draft: LayerDraft): { vi: string; en: string } | null {
  if (draft.crsNeeded) return renderBoth(msg('import-dialog.draft-crs-needed', { title: draft.title }));
  if (draft.features.length === 0) return renderBoth(msg('import-dialog.draft-empty', { title: draft.title }));
  return null;
}
