// Turns what a user types or a file says (`EPSG:5898`, `vn2000:107°30'`, `vn2000-utm:49`, `wgs84`,
// a proj4 string, a WKT) into a CrsDefinition. Unknown input is a UserError the user can fix.
import proj4 from 'proj4';
import type { CrsDefinition } from './crsDefinition.ts';
import { UserError } from '../model/userError.ts';
import { parsePrj } from './parsePrj.ts';
import { VN2000_PROVINCES, createVn2000Tm3Crs, createVn2000UtmCrs } from './vn2000Zones.ts';
import { WGS84_CRS, crsFromEpsg } from './wellKnownCrs.ts';

const HELP_VI =
  'Dùng: EPSG:4326, EPSG:5898, EPSG:9216, EPSG:3405, EPSG:3406, vn2000:108, vn2000:107.5, vn2000:107°30\', vn2000:Quảng Ngãi, vn2000-utm:48, wgs84, một chuỗi proj4 (+proj=…) hoặc WKT.';
const HELP_EN =
  "Use: EPSG:4326, EPSG:5898, EPSG:9216, EPSG:3405, EPSG:3406, vn2000:108, vn2000:107.5, vn2000:107°30', vn2000:Quang Ngai, vn2000-utm:48, wgs84, a proj4 string (+proj=…) or WKT.";

function fail(spec: string, whyVi: string, whyEn: string): never {
  throw new UserError(`Không nhận ra hệ tọa độ "${spec}": ${whyVi} ${HELP_VI}`, `Unknown coordinate system "${spec}": ${whyEn} ${HELP_EN}`);
}

/** Parses a meridian: `108`, `107.5`, `107°30'`, `107°30′`, `107-30`, `107 30`, `107d30m`. */
export function parseMeridianDeg(text: string): number | undefined {
  const t = text.trim().replace(/,/g, '.');
  if (/^\d{2,3}(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(\d{2,3})\s*(?:°|º|d|-|\s|:)\s*(\d{1,2}(?:\.\d+)?)\s*(?:'|′|’|m)?$/i.exec(t);
  if (m) return Number(m[1]) + Number(m[2]) / 60;
  const deg = /^(\d{2,3})\s*(?:°|º|d)$/i.exec(t);
  if (deg) return Number(deg[1]);
  return undefined;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Resolves a CRS spec; throws a UserError (vi + en) when it is not one NOXH Atlas can use. */
export function resolveCrs(spec: string): CrsDefinition {
  const raw = spec.trim();
  if (!raw) fail(spec, 'chuỗi rỗng.', 'empty.');
  const lower = raw.toLowerCase();

  if (/^(wgs ?84|crs84|lonlat|latlon|urn:ogc:def:crs:ogc:1\.3:crs84|urn:ogc:def:crs:ogc::crs84)$/.test(lower)) return WGS84_CRS;

  const epsgMatch = /^(?:epsg:|urn:ogc:def:crs:epsg::|urn:ogc:def:crs:epsg:[\d.]*:)?(\d{4,6})$/.exec(lower);
  if (epsgMatch) {
    const crs = crsFromEpsg(Number(epsgMatch[1]));
    if (crs) return crs;
    fail(spec, `NOXH Atlas chưa có định nghĩa cho EPSG:${epsgMatch[1]}; hãy nhập chuỗi proj4 hoặc WKT của hệ này.`, `NOXH Atlas has no definition for EPSG:${epsgMatch[1]}; give its proj4 string or WKT instead.`);
  }

  const utm = /^vn-?2000-?utm:?\s*(\d{2})\s*n?$/.exec(lower);
  if (utm) {
    const zone = Number(utm[1]);
    if (zone === 48 || zone === 49) return createVn2000UtmCrs(zone);
    fail(spec, 'VN-2000 UTM chỉ có múi 48N và 49N.', 'VN-2000 UTM has zones 48N and 49N only.');
  }

  const tm3 = /^vn-?2000(?:-?tm-?3)?:\s*(.+)$/i.exec(raw);
  if (tm3) {
    const meridian = parseMeridianDeg(tm3[1]);
    if (meridian !== undefined) {
      if (meridian < 100 || meridian > 118) fail(spec, `kinh tuyến trục ${meridian}° nằm ngoài Việt Nam.`, `central meridian ${meridian}° is outside Vietnam.`);
      return createVn2000Tm3Crs(meridian);
    }
    const wanted = fold(tm3[1]);
    const province = VN2000_PROVINCES.find((prov) => fold(prov.nameVi) === wanted || fold(prov.nameAscii) === wanted);
    if (province) return createVn2000Tm3Crs(province.centralMeridianDeg);
    fail(spec, `"${tm3[1]}" không phải kinh tuyến trục hay tên tỉnh.`, `"${tm3[1]}" is neither a central meridian nor a province name.`);
  }

  if (raw.startsWith('+')) {
    try {
      proj4(raw);
    } catch {
      fail(spec, 'proj4 không đọc được chuỗi này.', 'proj4 cannot read this string.');
    }
    const isGeographic = /\+proj=(longlat|latlong|lonlat|latlon)\b/.test(raw);
    return {
      id: `proj4:${raw}`,
      label: { vi: `Hệ tọa độ proj4: ${raw}`, en: `proj4 CRS: ${raw}` },
      proj4: raw,
      isGeographic,
      kind: isGeographic ? 'geographic' : 'custom',
    };
  }

  if (/^(PROJCS|GEOGCS|COMPD_CS|PROJCRS|GEOGCRS|GEODCRS|PROJECTEDCRS|GEOGRAPHICCRS|COMPOUNDCRS)\s*[[(]/i.test(raw)) {
    const crs = parsePrj(raw);
    if (crs) return crs;
    fail(spec, 'WKT không hợp lệ hoặc proj4 không đọc được.', 'invalid WKT, or proj4 cannot read it.');
  }

  fail(spec, 'không đúng dạng nào đã biết.', 'not a recognised form.');
}
