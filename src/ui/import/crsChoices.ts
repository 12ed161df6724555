// The coordinate systems a user can pick when a file has no .prj (import) or when writing a Shapefile (export):
// every VN-2000 provincial TM-3 meridian (Circular 973/2001), VN-2000 UTM 48N/49N, WGS84 UTM and WGS84 lon/lat.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import {
  VN2000_TM3_MERIDIANS_DEG,
  createVn2000Tm3Crs,
  createVn2000UtmCrs,
  createWgs84UtmCrs,
  WGS84_CRS,
  type CrsDefinition,
} from '../../domain/projection/index.ts';

export interface CrsChoice {
  /** A spec resolveCrs accepts (`EPSG:5898`, `vn2000:105.5`, `EPSG:4326`). */
  id: string;
  label: LocalText;
  group: 'vn2000-tm3' | 'vn2000-utm' | 'wgs84';
  /** False for lon/lat degrees: never offered for a file whose coordinates are metres. */
  metres: boolean;
  crs: CrsDefinition;
}

/** Quảng Ngãi's meridian, the default for exports (EPSG:5898). */
export const DEFAULT_EXPORT_CRS_ID = createVn2000Tm3Crs(108).id;

export function listCrsChoices(): CrsChoice[] {
  const choices: CrsChoice[] = [];
  // Quảng Ngãi (108°00′) and ex-Kon Tum (107°30′) first: the province's own meridians since the 2025 merger.
  const meridians = [108, 107.5, ...VN2000_TM3_MERIDIANS_DEG.filter((m) => m !== 108 && m !== 107.5)];
  for (const m of meridians) {
    const crs = createVn2000Tm3Crs(m);
    choices.push({ id: crs.id, label: crs.label, group: 'vn2000-tm3', metres: true, crs });
  }
  for (const zone of [48, 49] as const) {
    const crs = createVn2000UtmCrs(zone);
    choices.push({ id: crs.id, label: crs.label, group: 'vn2000-utm', metres: true, crs });
  }
  for (const zone of [48, 49] as const) {
    const crs = createWgs84UtmCrs(zone);
    choices.push({ id: crs.id, label: crs.label, group: 'wgs84', metres: true, crs });
  }
  choices.push({ id: WGS84_CRS.id, label: WGS84_CRS.label, group: 'wgs84', metres: false, crs: WGS84_CRS });
  return choices;
}
