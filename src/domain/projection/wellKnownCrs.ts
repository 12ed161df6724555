// The CRSs NOXH Atlas knows by EPSG code, besides the VN-2000 TM-3 table (vn2000Zones.ts).
import type { CrsDefinition } from './crsDefinition.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import {
  VN2000_TM3_EPSG,
  VN2000_TOWGS84,
  VN2000_UTM_EPSG,
  createVn2000Tm3Crs,
  createVn2000UtmCrs,
} from './vn2000Zones.ts';

/** WGS84 longitude/latitude: what the app stores (RFC 7946 GeoJSON). */
export const WGS84_CRS: CrsDefinition = {
  id: 'EPSG:4326',
  label: renderBoth(msg('crs.label.wgs84')),
  proj4: '+proj=longlat +datum=WGS84 +no_defs',
  isGeographic: true,
  kind: 'geographic',
  epsg: 4326,
};

/** VN-2000 longitude/latitude (EPSG:4756): differs from WGS84 by the datum shift (≈ 200 m here). */
export const VN2000_GEOGRAPHIC_CRS: CrsDefinition = {
  id: 'EPSG:4756',
  label: renderBoth(msg('crs.label.vn2000-geographic')),
  proj4: `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`,
  isGeographic: true,
  kind: 'geographic',
  epsg: 4756,
};

export const WEB_MERCATOR_CRS: CrsDefinition = {
  id: 'EPSG:3857',
  label: renderBoth(msg('crs.label.web-mercator')),
  proj4:
    '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  isGeographic: false,
  kind: 'wgs84-projected',
  epsg: 3857,
};

export function createWgs84UtmCrs(zone: 48 | 49): CrsDefinition {
  const epsg = 32600 + zone;
  return {
    id: `EPSG:${epsg}`,
    label: renderBoth(msg('crs.label.wgs84-utm', { zone, epsg })),
    proj4: `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`,
    isGeographic: false,
    kind: 'wgs84-projected',
    epsg,
    centralMeridianDeg: zone * 6 - 183,
  };
}

/** The CRS for an EPSG code NOXH Atlas knows, or undefined. */
export function crsFromEpsg(code: number): CrsDefinition | undefined {
  if (code === 4326) return WGS84_CRS;
  if (code === 4756) return VN2000_GEOGRAPHIC_CRS;
  if (code === 3857 || code === 900913) return WEB_MERCATOR_CRS;
  if (code === 32648 || code === 32649) return createWgs84UtmCrs(code === 32648 ? 48 : 49);
  for (const [zone, epsg] of VN2000_UTM_EPSG) if (epsg === code) return createVn2000UtmCrs(zone as 48 | 49);
  for (const [meridian, epsg] of VN2000_TM3_EPSG) if (epsg === code) return createVn2000Tm3Crs(meridian);
  return undefined;
}
