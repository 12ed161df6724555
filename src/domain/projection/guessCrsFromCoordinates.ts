// When a file has coordinates but no .prj, suggest which CRS it is in — ranked, with a reason a
// user can check — from the coordinate ranges alone. Metres are never taken for degrees.
import { msg, type Message } from '../../i18n/message.ts';
import type { CrsDefinition } from './crsDefinition.ts';
import { formatMeridianDeg } from './crsDefinition.ts';
import { createCoordinateTransform } from './createCoordinateTransform.ts';
import { VN2000_TM3_MERIDIANS_DEG, createVn2000Tm3Crs, createVn2000UtmCrs, provincesOnMeridian } from './vn2000Zones.ts';
import { WGS84_CRS } from './wellKnownCrs.ts';

/** [minX, minY, maxX, maxY] of the raw file coordinates (x = first value of each pair). */
export type Bbox = [number, number, number, number];

export interface GuessOptions {
  /**
   * The area the data should fall in, WGS84 [west, south, east, north]. Default: Quảng Ngãi
   * after the 2025 merger (with ex-Kon Tum and Lý Sơn).
   */
  regionLonLat?: Bbox;
  /** Meridians to rank first when the data lands in the region. Default: 108 (Quảng Ngãi), 107.5 (ex-Kon Tum). */
  preferredMeridiansDeg?: number[];
}

export interface CrsSuggestion {
  crs: CrsDefinition;
  /** True when the file's first value is the northing (Vietnamese surveying convention X = northing). */
  swapped: boolean;
  /** Where the bbox centre lands with this guess, WGS84 [lon, lat]. */
  centerLonLat: [number, number];
  insideRegion: boolean;
  reason: Message;
}

export interface CrsGuess {
  units: 'degrees' | 'metres' | 'unknown';
  /** Most likely first; empty when nothing fits (the user must choose). */
  suggestions: CrsSuggestion[];
  note: Message;
}

export const QUANG_NGAI_REGION_LONLAT: Bbox = [107.3, 13.9, 109.25, 15.6];
const VIETNAM_LONLAT: Bbox = [102.0, 8.0, 110.0, 23.5];

const inside = (lon: number, lat: number, b: Bbox) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

export function guessCrsFromCoordinates(bbox: Bbox, options: GuessOptions = {}): CrsGuess {
  const region = options.regionLonLat ?? QUANG_NGAI_REGION_LONLAT;
  const preferred = options.preferredMeridiansDeg ?? [108, 107.5];
  const [minX, minY, maxX, maxY] = bbox;
  if (![minX, minY, maxX, maxY].every(Number.isFinite)) {
    return { units: 'unknown', suggestions: [], note: msg('crs-guess.no-coordinates') };
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;

  const looksLikeDegrees = Math.abs(minX) <= 180 && Math.abs(maxX) <= 180 && Math.abs(minY) <= 180 && Math.abs(maxY) <= 180;
  if (looksLikeDegrees) {
    const suggestions: CrsSuggestion[] = [];
    const inVn = (lon: number, lat: number) => inside(lon, lat, VIETNAM_LONLAT);
    if (Math.abs(minY) <= 90 && Math.abs(maxY) <= 90) {
      suggestions.push({
        crs: WGS84_CRS,
        swapped: false,
        centerLonLat: [cx, cy],
        insideRegion: inside(cx, cy, region),
        reason: msg('crs-guess.degrees', { lon: cx, lat: cy, inVietnam: inVn(cx, cy) }),
      });
    }
    if (Math.abs(minX) <= 90 && Math.abs(maxX) <= 90 && inVn(cy, cx)) {
      const swapped: CrsSuggestion = {
        crs: WGS84_CRS,
        swapped: true,
        centerLonLat: [cy, cx],
        insideRegion: inside(cy, cx, region),
        reason: msg('crs-guess.degrees-swapped', { first: cx, second: cy }),
      };
      // Swapped ranks first when the straight reading is not in Vietnam but the swapped one is.
      if (!inVn(cx, cy)) suggestions.unshift(swapped);
      else suggestions.push(swapped);
    }
    return {
      units: 'degrees',
      suggestions,
      note: msg('crs-guess.degrees-note'),
    };
  }

  // Metres. Try both axis orders and every VN-2000 system; keep those that land in Vietnam.
  const candidates: CrsDefinition[] = [
    ...VN2000_TM3_MERIDIANS_DEG.map((m) => createVn2000Tm3Crs(m)),
    createVn2000UtmCrs(48),
    createVn2000UtmCrs(49),
  ];
  const suggestions: (CrsSuggestion & { rank: number })[] = [];
  for (const swapped of [false, true]) {
    const easting = swapped ? cy : cx;
    const northing = swapped ? cx : cy;
    // VN-2000 northings: 8°–23.5° N ≈ 880 000–2 610 000 m; eastings within a few hundred km of 500 000.
    if (northing < 850000 || northing > 2650000 || easting < 0 || easting > 1000000) continue;
    for (const crs of candidates) {
      const pt = new Float64Array([easting, northing]);
      createCoordinateTransform(crs, WGS84_CRS).transformInPlace(pt);
      const [lon, lat] = [pt[0], pt[1]];
      if (!inside(lon, lat, VIETNAM_LONLAT)) continue;
      const cm = crs.centralMeridianDeg!;
      const offMeridianDeg = Math.abs(lon - cm);
      const isTm3 = crs.kind === 'vn2000-tm3';
      // A TM-3 zone is used within about 1.5° of its meridian, a UTM zone within 3°.
      if (offMeridianDeg > (isTm3 ? 1.6 : 3.2)) continue;
      const inRegion = inside(lon, lat, region);
      const prefIndex = preferred.indexOf(cm);
      // Lower rank = more likely: in region first, then preferred meridians, then TM-3 before UTM,
      // then closeness to the meridian; the surveyor's X = northing order is as likely as E,N.
      let rank = inRegion ? 0 : 100;
      rank += isTm3 ? (prefIndex >= 0 ? prefIndex : 10) : 20;
      rank += offMeridianDeg;
      const provinces = provincesOnMeridian(cm)
        .filter((prov) => !prov.historical)
        .map((prov) => prov.nameVi);
      const tm3 = `VN-2000 TM-3 ${formatMeridianDeg(cm)}`;
      const system = isTm3 ? { vi: tm3, en: tm3 } : crs.label;
      suggestions.push({
        crs,
        swapped,
        centerLonLat: [lon, lat],
        insideRegion: inRegion,
        rank,
        reason: msg('crs-guess.metres', {
          system,
          lat,
          lon,
          inRegion,
          provinces: isTm3 ? provinces : [],
          northingFirst: swapped ? { x: Math.round(cx), y: Math.round(cy) } : null,
        }),
      });
    }
  }
  suggestions.sort((a, b) => a.rank - b.rank);
  const note = suggestions.length ? msg('crs-guess.metres-note') : msg('crs-guess.metres-no-match', { x: Math.round(cx), y: Math.round(cy) });
  return { units: 'metres', suggestions: suggestions.map(({ rank: _rank, ...s }) => s), note };
}
