import type { ImportNote, ImportNoteLevel } from './importTypes.ts';

/**
 * Every note code the import can produce. Codes are stable (the UI and tests key on them); messages carry the detail.
 */
export const IMPORT_NOTE_CODES = [
  // files and formats
  'file-unsupported', 'file-empty', 'json-invalid', 'geojson-not-geojson', 'zip-corrupt', 'zip-bomb', 'zip-empty',
  'shp-invalid', 'shp-truncated', 'shp-unsupported-shape', 'shx-missing', 'dbf-missing', 'dbf-invalid',
  'dbf-count-mismatch', 'dbf-deleted-record', 'shp-missing', 'kml-invalid', 'kmz-no-kml', 'prj-unreadable', 'cpg-unknown',
  // coordinates
  'crs-from-prj', 'crs-from-option', 'crs-assumed-wgs84', 'crs-needed', 'crs-geojson-member', 'reprojected',
  'layer-no-overlap', 'encoding-from-cpg', 'encoding-detected', 'encoding-from-option', 'encoding-uncertain',
  // features
  'geometry-null', 'geometry-empty', 'geometry-invalid', 'ring-closed', 'ring-too-short', 'ring-rewound',
  'duplicate-points-removed', 'self-intersection-repaired', 'self-intersection-kept', 'coordinates-out-of-range',
  'coordinates-not-finite', 'latlon-swapped', 'feature-invalid', 'summary',
] as const;

export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

/** Builds a note; `featureIndex` is 0-based, messages say "đối tượng thứ N" counting from 1 as users do. */
export function importNote(
  level: ImportNoteLevel,
  code: ImportNoteCode,
  vi: string,
  en: string,
  featureIndex?: number,
): ImportNote {
  const note: ImportNote = { level, code, message: { vi, en } };
  if (featureIndex !== undefined) {
    note.featureIndex = featureIndex;
    note.message = { vi: `Đối tượng thứ ${featureIndex + 1}: ${vi}`, en: `Feature ${featureIndex + 1}: ${en}` };
  }
  return note;
}
