// The one interface every import format sits behind. A new format is one file in this folder implementing
// ImportDriver, and one line in importDrivers.ts. importFiles groups the files, asks each driver which it reads
// (detect), reads them (read → features + notes), then runs the shared second half (finishImportedLayer.ts).
import type { Feature } from 'geojson';
import type { CrsDefinition } from '../../projection/crsDefinition.ts';
import type { TextEncodingId } from '../../encoding/textEncodings.ts';
import type { FieldInfo, ImportFile, ImportLayer, ImportNote, ImportOptions, SourceFormat } from '../importTypes.ts';

/** Files sharing one name (a Shapefile's .shp, .dbf, .prj … travel together), keyed by lower-case extension. */
export interface FileGroup {
  /** The shared name, as the first file of the group spells it (no folder, no extension). */
  name: string;
  files: Map<string, ImportFile>;
  /** True for a file that came out of a .zip. */
  fromZip(file: ImportFile): boolean;
}

/** What a driver hands to the shared second half of the pipeline. */
export interface RawLayer {
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
  /**
   * True when every feature's properties are flat values under the layer's field names, all text plain
   * (isPlainImportedText.ts): cleanImportedProperties then only looks at the field names (Shapefile's .dbf).
   */
  plainValues?: boolean;
  /** True when the driver already validated every feature and noted rejections by its own row numbers (CSV). */
  validated?: boolean;
  csv?: ImportLayer['csv'];
}

export interface DriverContext {
  options: ImportOptions;
  /** Appends notes about this layer (tagged with its name). */
  note(...notes: ImportNote[]): void;
  /** Progress of this file, 0–1 (reading is the first 40 %; the driver may report its own steps). */
  progress(p01: number): void;
  /** Between steps: report progress, let a cancel message in, honour it. */
  step(p01: number): Promise<void>;
}

export interface ImportDriver {
  /** What the driver reads, for messages and docs. */
  label: string;
  /** Extensions this driver uses as parts of what it reads: never reported as unsupported. */
  parts?: readonly string[];
  /** True when the driver reads `file` (ext = its lower-case extension) as one layer. */
  detect(file: ImportFile, ext: string, group: FileGroup): boolean;
  /** Notes about a group the driver recognises but cannot read (a .dbf without its .shp). */
  checkGroup?(group: FileGroup): ImportNote[];
  /** The layer's name for its notes (default: the group's name). */
  layerName?(file: ImportFile, group: FileGroup): string;
  read(file: ImportFile, group: FileGroup, ctx: DriverContext): RawLayer | Promise<RawLayer>;
}

export const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;
export const extOf = (name: string) => (/\.([^.]+)$/.exec(name)?.[1] ?? '').toLowerCase();
export const stemOf = (name: string) => name.replace(/\.[^./\\]+$/, '');
const utf8 = new TextDecoder('utf-8');
export const textOf = (bytes: Uint8Array) => utf8.decode(bytes);
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The zip limits of the options, without undefined members. */
export function zipLimitsOf(options: ImportOptions) {
  const l = options.zipLimits ?? {};
  return { ...(l.maxTotalBytes ? { maxTotalBytes: l.maxTotalBytes } : {}), ...(l.maxRatio ? { maxRatio: l.maxRatio } : {}) };
}
