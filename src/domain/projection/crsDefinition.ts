// What the app knows about a coordinate reference system (CRS): enough to show it to a user,
// hand it to proj4, recognise it again in a .prj, and write it back out.
import type { LocalText } from '../model/layerRoles.ts';
import type { Message } from '../../i18n/message.ts';

/**
 * - `geographic`: longitude/latitude in degrees (WGS84 or VN-2000 geographic).
 * - `vn2000-tm3`: VN-2000 provincial 3° transverse Mercator (k = 0.9999), Circular 973/2001/TT-TCĐC.
 * - `vn2000-utm`: VN-2000 6° UTM (k = 0.9996), zones 48N / 49N.
 * - `wgs84-projected`: WGS84 UTM, Web Mercator or a transverse Mercator with no datum shift.
 * - `custom`: anything else proj4 understands (read from a proj4 string or a WKT .prj).
 */
export type CrsKind = 'geographic' | 'vn2000-tm3' | 'vn2000-utm' | 'wgs84-projected' | 'custom';

export interface CrsDefinition {
  /** Stable identifier: `EPSG:4326`, `EPSG:5898`, `vn2000:108.25`, `vn2000-utm:49`, or `custom:<hash>`. */
  id: string;
  label: LocalText;
  /** A definition proj4js accepts: a proj4 string, or (for `custom` CRSs read from a .prj) the WKT itself. */
  proj4: string;
  /** True when coordinates are longitude/latitude degrees; false when they are projected metres. */
  isGeographic: boolean;
  kind: CrsKind;
  /** EPSG code when one is known for certain; undefined rather than guessed. */
  epsg?: number;
  /** Transverse Mercator / UTM central meridian in decimal degrees (e.g. 107.5 for 107°30′). */
  centralMeridianDeg?: number;
  /** Anything the user should know about how this CRS was read (e.g. a .prj TOWGS84 that was replaced). */
  notes?: Message[];
}

/** Format decimal degrees as the Vietnamese surveying label: 107.5 → "107°30′". */
export function formatMeridianDeg(deg: number): string {
  const whole = Math.floor(deg + 1e-9);
  const minutes = Math.round((deg - whole) * 60);
  return `${whole}°${String(minutes).padStart(2, '0')}′`;
}
