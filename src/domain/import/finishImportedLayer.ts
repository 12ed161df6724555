// The shared second half of the import, after a driver has read a layer: reproject to WGS84, fix swapped lat/lon,
// validate and repair every feature (notes with indexes), bbox, overlap warning, summary.
import type { Feature } from 'geojson';
import { WGS84_CRS } from '../projection/wellKnownCrs.ts';
import { detectSwappedLatLon, rawBbox, swapLatLonInPlace } from '../validate/detectSwappedLatLon.ts';
import { validateFeature } from '../validate/validateFeatures.ts';
import { checkLayerOverlap, checkOutsideVietnam } from './checkLayerOverlap.ts';
import { cleanImportedProperties } from './cleanImportedProperties.ts';
import { stripBidiControls } from '../text/stripBidiControls.ts';
import { importNote } from './importNote.ts';
import type { ImportLayer, ImportNote, ImportOptions } from './importTypes.ts';
import { reprojectFeaturesInPlace } from './reprojectFeaturesInPlace.ts';
import { yieldToEventLoop, type RawLayer } from './drivers/importDriver.ts';

/** Features validated between two progress reports. */
const FEATURES_PER_STEP = 20000;

/** `notes` is the import's list: this layer's notes are appended (tagged with its name) and read back for the summary. */
export async function finishImportedLayer(raw: RawLayer, options: ImportOptions, notes: ImportNote[], progress: (p01: number) => void): Promise<ImportLayer> {
  raw.name = stripBidiControls(raw.name); // a file name is shown as the layer's title
  const note = (n: ImportNote) => notes.push({ ...n, layer: raw.name });
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
    note(importNote(failed ? 'warning' : 'info', 'reprojected', { crs: raw.crs.label, points: null, failed }));
  }
  // Swapped lat/lon: only for degrees in the file, and not when the user chose the CRS (their choice wins).
  if (!options.crs && !options.swapXY && raw.crs?.isGeographic && detectSwappedLatLon(features)) {
    swapLatLonInPlace(features);
    note(importNote('repaired', 'latlon-swapped', { layer: raw.name, count: features.length }));
  }
  for (const n of cleanImportedProperties(features, raw.fields, { plainValues: raw.plainValues })) note(n);
  const accepted: Feature[] = raw.validated ? (features.filter(Boolean) as Feature[]) : [];
  const featureNotes: ImportNote[] = [];
  const box = [Infinity, Infinity, -Infinity, -Infinity]; // extended by validateFeature with each accepted feature
  for (let i = 0; i < features.length && !raw.validated; i++) {
    if (i % FEATURES_PER_STEP === 0 && i > 0) {
      progress(i / features.length);
      await yieldToEventLoop();
      options.signal?.throwIfAborted();
    }
    const ok = validateFeature(features[i], i, featureNotes, { trustedStructure: raw.sourceFormat === 'shapefile', bbox: box });
    if (ok) accepted.push(ok);
  }
  for (const n of featureNotes) note(n);
  const rejected = raw.validated ? notes.filter((n) => n.layer === raw.name && n.level === 'rejected').length : features.length - accepted.length;
  const total = raw.validated ? accepted.length + rejected : features.length;
  const bbox = raw.validated ? rawBbox(accepted) : box[0] <= box[2] ? ([box[0], box[1], box[2], box[3]] as [number, number, number, number]) : null;
  // A CSV says it per row already (csv-point-outside-vietnam).
  const outside = bbox && raw.sourceFormat !== 'csv' ? checkOutsideVietnam(bbox, raw.name) : null;
  if (outside) notes.push(outside);
  if (bbox && options.otherLayerBboxes) {
    const overlap = checkLayerOverlap(bbox, options.otherLayerBboxes, raw.name);
    if (overlap) notes.push(overlap);
  }
  const repaired = new Set(featureNotes.filter((n) => n.level === 'repaired').map((n) => n.featureIndex)).size;
  note(importNote(accepted.length === 0 ? 'error' : 'info', 'summary', { of: 'layer', layer: raw.name, accepted: accepted.length, total, repaired, rejected }));
  progress(1);
  return { ...base, features: accepted, bbox };
}
