// Turns what a user types or a file says (`EPSG:5898`, `vn2000:107°30'`, `vn2000-utm:49`, `wgs84`,
// a proj4 string, a WKT) into a CrsDefinition. Unknown input is a UserError the user can fix.
import proj4 from 'proj4';
import type { CrsDefinition } from './crsDefinition.ts';
import { UserError } from '../model/userError.ts';
import { msg, type CrsUnknownWhy } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import { parsePrj } from './parsePrj.ts';
import { VN2000_PROVINCES, createVn2000Tm3Crs, createVn2000UtmCrs } from './vn2000Zones.ts';
import { WGS84_CRS, crsFromEpsg } from './wellKnownCrs.ts';

function fail(spec: string, why: CrsUnknownWhy): never {
  throw new UserError(msg('crs.unknown', { spec, why }));
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
  if (!raw) fail(spec, { why: 'empty' });
  const lower = raw.toLowerCase();

  if (/^(wgs ?84|crs84|lonlat|latlon|urn:ogc:def:crs:ogc:1\.3:crs84|urn:ogc:def:crs:ogc::crs84)$/.test(lower)) return WGS84_CRS;

  const epsgMatch = /^(?:epsg:|urn:ogc:def:crs:epsg::|urn:ogc:def:crs:epsg:[\d.]*:)?(\d{4,6})$/.exec(lower);
  if (epsgMatch) {
    const crs = crsFromEpsg(Number(epsgMatch[1]));
    if (crs) return crs;
    fail(spec, { why: 'epsg-unknown', epsg: epsgMatch[1] });
  }

  const utm = /^vn-?2000-?utm:?\s*(\d{2})\s*n?$/.exec(lower);
  if (utm) {
    const zone = Number(utm[1]);
    if (zone === 48 || zone === 49) return createVn2000UtmCrs(zone);
    fail(spec, { why: 'utm-zone' });
  }

  const tm3 = /^vn-?2000(?:-?tm-?3)?:\s*(.+)$/i.exec(raw);
  if (tm3) {
    const meridian = parseMeridianDeg(tm3[1]);
    if (meridian !== undefined) {
      if (meridian < 100 || meridian > 118) fail(spec, { why: 'meridian-outside', meridian });
      return createVn2000Tm3Crs(meridian);
    }
    const wanted = fold(tm3[1]);
    const province = VN2000_PROVINCES.find((prov) => fold(prov.nameVi) === wanted || fold(prov.nameAscii) === wanted);
    if (province) return createVn2000Tm3Crs(province.centralMeridianDeg);
    fail(spec, { why: 'not-meridian-or-province', text: tm3[1] });
  }

  if (raw.startsWith('+')) {
    try {
      proj4(raw);
    } catch {
      fail(spec, { why: 'proj4-unreadable' });
    }
    const isGeographic = /\+proj=(longlat|latlong|lonlat|latlon)\b/.test(raw);
    return {
      id: `proj4:${raw}`,
      label: renderBoth(msg('crs.label.proj4', { proj4: raw })),
      proj4: raw,
      isGeographic,
      kind: isGeographic ? 'geographic' : 'custom',
    };
  }

  if (/^(PROJCS|GEOGCS|COMPD_CS|PROJCRS|GEOGCRS|GEODCRS|PROJECTEDCRS|GEOGRAPHICCRS|COMPOUNDCRS)\s*[[(]/i.test(raw)) {
    const crs = parsePrj(raw);
    if (crs) return crs;
    fail(spec, { why: 'wkt-invalid' });
  }

  fail(spec, { why: 'unrecognised' });
}
