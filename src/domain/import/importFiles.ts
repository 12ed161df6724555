// The import pipeline: files (bytes + names) → layers in WGS84 with an import report.
//   1. expand .zip files (zip-bomb safe) and group files by name (a Shapefile is .shp + .dbf + .prj + .cpg + .shx);
//   2. dispatch: each driver of the registry (importDrivers.ts) says which files it reads, and reads them
//      (→ features + notes; the coordinate system is decided by decideCrs.ts, the same way for every format);
//   3. the shared second half (finishImportedLayer.ts): reproject to WGS84, fix swapped lat/lon, validate and repair
//      every feature (notes with indexes), bbox, overlap warning against layers already loaded, summary.
// A problem with one file becomes an 'error' note; the other files still import. Nothing throws except bugs
// and cancellation (AbortSignal → the signal's reason / AbortError), and a UserError for an unknown `crs` option.
import { isUserError } from '../model/userError.ts';
import { resolveCrs } from '../projection/resolveCrs.ts';
import { baseName, extOf, stemOf, yieldToEventLoop, zipLimitsOf, type DriverContext, type FileGroup, type ImportDriver } from './drivers/importDriver.ts';
import { finishImportedLayer } from './finishImportedLayer.ts';
import { IMPORT_DRIVERS } from './importDrivers.ts';
import { ImportError } from './importError.ts';
import { importNote } from './importNote.ts';
import type { ImportFile, ImportLayer, ImportNote, ImportOptions, ImportResult } from './importTypes.ts';
import { unzipSafely } from './unzipSafely.ts';

/** Files that travel with data but hold none (readmes, previews): skipped without a note. */
const DOCUMENTS = new Set(['txt', 'md', 'html', 'htm', 'pdf', 'png', 'jpg']);

interface ReadUnit {
  driver: ImportDriver;
  file: ImportFile;
  group: FileGroup;
  name: string;
}

export async function importFiles(files: ImportFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const notes: ImportNote[] = [];
  const layers: ImportLayer[] = [];
  const report = options.onProgress ?? (() => {});
  options.signal?.throwIfAborted();
  // A CRS option the app does not know is a bad parameter for the whole import: a UserError, thrown now.
  if (options.crs) resolveCrs(options.crs);

  const units = detectUnits(groupFiles(expandZips(files, options, notes)), notes);
  if (units.length === 0 && notes.length === 0) notes.push(importNote('error', 'file-empty', {}));

  // Each unit: read (0–40 %), then reproject + validate (40–100 %) of its share.
  for (let u = 0; u < units.length; u++) {
    // Never backwards: a driver that reports its own reading (Shapefile, CSV) may pass the 40 % mark set below.
    let unitProgress01 = 0;
    const share = (p01: number) => {
      unitProgress01 = Math.max(unitProgress01, p01);
      report((u + unitProgress01) / units.length);
    };
    const { driver, file, group, name } = units[u];
    const ctx: DriverContext = {
      options,
      note: (...more) => {
        for (const n of more) notes.push({ ...n, layer: name });
      },
      progress: share,
      step: async (p01) => {
        share(p01);
        await yieldToEventLoop();
        options.signal?.throwIfAborted();
      },
    };
    let raw;
    try {
      share(0);
      raw = await driver.read(file, group, ctx);
    } catch (error) {
      notes.push(errorNote(error));
      continue;
    }
    options.signal?.throwIfAborted();
    share(0.4);
    await yieldToEventLoop();
    layers.push(await finishImportedLayer(raw, options, notes, (p) => share(0.4 + 0.6 * p)));
  }
  report(1);
  return { layers, notes };
}

/** Zips replaced by their entries; a bad or empty zip is an error note, the other files go on. */
function expandZips(files: ImportFile[], options: ImportOptions, notes: ImportNote[]): { files: ImportFile[]; fromZip: Set<ImportFile> } {
  const expanded: ImportFile[] = [];
  const fromZip = new Set<ImportFile>();
  for (const file of files) {
    if (extOf(file.name) !== 'zip') {
      expanded.push(file);
      continue;
    }
    try {
      const entries = unzipSafely(baseName(file.name), file.bytes, zipLimitsOf(options));
      if (entries.length === 0) notes.push(importNote('error', 'zip-empty', { file: baseName(file.name) }));
      expanded.push(...entries);
      for (const entry of entries) fromZip.add(entry);
    } catch (error) {
      notes.push(errorNote(error));
    }
  }
  return { files: expanded, fromZip };
}

/** Files grouped by name (case-insensitive): a Shapefile's parts travel together. */
function groupFiles({ files, fromZip }: { files: ImportFile[]; fromZip: Set<ImportFile> }): FileGroup[] {
  const groups = new Map<string, FileGroup>();
  for (const file of files) {
    const key = stemOf(file.name).toLowerCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name: baseName(stemOf(file.name)), files: new Map(), fromZip: (f) => fromZip.has(f) }));
    group.files.set(extOf(file.name), file);
  }
  return [...groups.values()];
}

/** The reads to run, in file order: each file a driver detects; a file nobody reads and nobody uses gets a note. */
function detectUnits(groups: FileGroup[], notes: ImportNote[]): ReadUnit[] {
  const units: ReadUnit[] = [];
  for (const group of groups) {
    for (const driver of IMPORT_DRIVERS) notes.push(...(driver.checkGroup?.(group) ?? []));
    for (const [ext, file] of group.files) {
      const driver = IMPORT_DRIVERS.find((d) => d.detect(file, ext, group));
      if (driver) units.push({ driver, file, group, name: driver.layerName?.(file, group) ?? group.name });
      else if (!DOCUMENTS.has(ext) && !IMPORT_DRIVERS.some((d) => d.parts?.includes(ext))) {
        notes.push(importNote('info', 'file-unsupported', { file: baseName(file.name), ext }));
      }
    }
  }
  return units;
}

/** A file the user must fix, as an error note; anything else is a bug and is rethrown. */
function errorNote(error: unknown): ImportNote {
  if (error instanceof ImportError) return importNote('error', error.code, error.params as never);
  if (isUserError(error)) return importNote('error', 'file-unreadable', { message: error.userMessage });
  throw error;
}
