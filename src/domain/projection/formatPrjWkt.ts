// Writes the ESRI-flavoured WKT a Shapefile .prj needs (ArcGIS, QGIS and MapInfo read it).
// VN-2000 is written with the official shift as a TOWGS84 in position-vector form, the way
// GDAL writes it, so QGIS applies the right transformation.
import type { CrsDefinition } from './crsDefinition.ts';
import { formatMeridianDeg } from './crsDefinition.ts';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import { VN2000_TOWGS84, VN2000_TM3_SCALE, UTM_SCALE } from './vn2000Zones.ts';

const GEOGCS_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const GEOGCS_VN2000 = `GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563],TOWGS84[${VN2000_TOWGS84}]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;

function tm(name: string, geogcs: string, lon0: number, k: number): string {
  return (
    `PROJCS["${name}",${geogcs},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],` +
    `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${lon0}],PARAMETER["Scale_Factor",${k}],` +
    `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}

/** The .prj text for a CRS; custom CRSs read from WKT are written back as they were read. */
export function formatPrjWkt(crs: CrsDefinition): string {
  const lon0 = crs.centralMeridianDeg;
  switch (crs.kind) {
    case 'geographic':
      if (crs.id === 'EPSG:4326') return GEOGCS_WGS84;
      if (crs.id === 'EPSG:4756') return GEOGCS_VN2000;
      break;
    case 'vn2000-tm3':
      return tm(`VN_2000_TM_3_${formatMeridianDeg(lon0!).replace('°', '_').replace('′', '')}`, GEOGCS_VN2000, lon0!, VN2000_TM3_SCALE);
    case 'vn2000-utm':
      return tm(`VN_2000_UTM_Zone_${(lon0! + 183) / 6}N`, GEOGCS_VN2000, lon0!, UTM_SCALE);
    case 'wgs84-projected':
      if (crs.id === 'EPSG:32648' || crs.id === 'EPSG:32649') return tm(`WGS_1984_UTM_Zone_${(lon0! + 183) / 6}N`, GEOGCS_WGS84, lon0!, UTM_SCALE);
      break;
    case 'custom':
      if (/^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS)/i.test(crs.proj4)) return crs.proj4;
      break;
  }
  throw new UserError(msg('crs.no-prj', { crs: crs.label }));
}
