// The projection API other modules call (import, export, CLI). One operation per file; this only re-exports.
export type { CrsDefinition, CrsKind } from './crsDefinition.ts';
export { formatMeridianDeg } from './crsDefinition.ts';
export { resolveCrs, parseMeridianDeg } from './resolveCrs.ts';
export { parsePrj } from './parsePrj.ts';
export { formatPrjWkt } from './formatPrjWkt.ts';
export { guessCrsFromCoordinates, QUANG_NGAI_REGION_LONLAT } from './guessCrsFromCoordinates.ts';
export type { Bbox, CrsGuess, CrsSuggestion, GuessOptions } from './guessCrsFromCoordinates.ts';
export { reprojectFeatureCollection } from './reprojectFeatureCollection.ts';
export { reprojectCoordinatesInPlace } from './reprojectCoordinatesInPlace.ts';
export { reprojectPartsInPlace } from './reprojectPartsInPlace.ts';
export { createCoordinateTransform } from './createCoordinateTransform.ts';
export type { CoordinateTransform, TransformOptions } from './createCoordinateTransform.ts';
export { WGS84_CRS, VN2000_GEOGRAPHIC_CRS, WEB_MERCATOR_CRS, crsFromEpsg, createWgs84UtmCrs } from './wellKnownCrs.ts';
export {
  VN2000_PROVINCES,
  VN2000_TM3_EPSG,
  VN2000_TM3_MERIDIANS_DEG,
  VN2000_TOWGS84,
  createVn2000Tm3Crs,
  createVn2000UtmCrs,
  provincesOnMeridian,
} from './vn2000Zones.ts';
