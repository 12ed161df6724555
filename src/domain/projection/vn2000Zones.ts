// VN-2000: the Vietnamese national datum, its official shift to WGS84, and the provincial
// 3° transverse Mercator (TM-3) central meridians of Circular 973/2001/TT-TCĐC.
//
// The provincial table is data a surveyor can check, not logic: it lists the 63 provinces
// as they were before the 2025 mergers (old files still carry those meridians), plus Hà Tây
// (merged into Hà Nội in 2008) because pre-2008 files exist. Source: Circular 973/2001/TT-TCĐC
// appendix as reproduced in survey practice — "verify" in the sense of docs/DOMAIN.md (§4).
import type { CrsDefinition } from './crsDefinition.ts';
import { formatMeridianDeg } from './crsDefinition.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

/**
 * The official 7 parameters VN-2000 → WGS84 (EPSG transformation 6960), in PROJ's
 * POSITION-VECTOR form (tx, ty, tz in m; rx, ry, rz in arc-seconds; scale in ppm).
 * EPSG publishes them in coordinate-frame form, where the three rotations have the opposite
 * sign; writing those into +towgs84 puts points 1–2 m off. Keep this exact string.
 */
export const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

/** The same parameters as numbers: [tx, ty, tz (m), rx, ry, rz (arc-seconds), ds (ppm)]. */
export const VN2000_TOWGS84_PARAMS: readonly number[] = VN2000_TOWGS84.split(',').map(Number);

/** TM-3 scale factor on the central meridian. */
export const VN2000_TM3_SCALE = 0.9999;
/** UTM scale factor on the central meridian. */
export const UTM_SCALE = 0.9996;
export const FALSE_EASTING_M = 500000;

export interface Vn2000Province {
  /** Vietnamese name with diacritics, as in the Circular. */
  nameVi: string;
  /** ASCII name, for matching file names and typing without diacritics. */
  nameAscii: string;
  /** TM-3 central meridian in decimal degrees. */
  centralMeridianDeg: number;
  /** True for a province that no longer exists as such (kept for old files). */
  historical?: boolean;
}

const p = (nameVi: string, nameAscii: string, centralMeridianDeg: number, historical?: boolean): Vn2000Province =>
  historical ? { nameVi, nameAscii, centralMeridianDeg, historical } : { nameVi, nameAscii, centralMeridianDeg };

/** Circular 973/2001/TT-TCĐC: the 63 provinces and cities (pre-2025) and their TM-3 central meridians. */
export const VN2000_PROVINCES: readonly Vn2000Province[] = [
  p('Lai Châu', 'Lai Chau', 103),
  p('Điện Biên', 'Dien Bien', 103),
  p('Sơn La', 'Son La', 104),
  p('Kiên Giang', 'Kien Giang', 104.5),
  p('Cà Mau', 'Ca Mau', 104.5),
  p('Lào Cai', 'Lao Cai', 104.75),
  p('Yên Bái', 'Yen Bai', 104.75),
  p('Nghệ An', 'Nghe An', 104.75),
  p('Phú Thọ', 'Phu Tho', 104.75),
  p('An Giang', 'An Giang', 104.75),
  p('Thanh Hóa', 'Thanh Hoa', 105),
  p('Vĩnh Phúc', 'Vinh Phuc', 105),
  p('Hà Nội', 'Ha Noi', 105),
  p('Hà Tây', 'Ha Tay', 105, true),
  p('Hà Nam', 'Ha Nam', 105),
  p('Ninh Bình', 'Ninh Binh', 105),
  p('Đồng Tháp', 'Dong Thap', 105),
  p('Cần Thơ', 'Can Tho', 105),
  p('Hậu Giang', 'Hau Giang', 105),
  p('Bạc Liêu', 'Bac Lieu', 105),
  p('Hà Giang', 'Ha Giang', 105.5),
  p('Hải Dương', 'Hai Duong', 105.5),
  p('Hưng Yên', 'Hung Yen', 105.5),
  p('Bắc Ninh', 'Bac Ninh', 105.5),
  p('Thái Bình', 'Thai Binh', 105.5),
  p('Nam Định', 'Nam Dinh', 105.5),
  p('Hà Tĩnh', 'Ha Tinh', 105.5),
  p('Tây Ninh', 'Tay Ninh', 105.5),
  p('Vĩnh Long', 'Vinh Long', 105.5),
  p('Trà Vinh', 'Tra Vinh', 105.5),
  p('Sóc Trăng', 'Soc Trang', 105.5),
  p('Cao Bằng', 'Cao Bang', 105.75),
  p('Hải Phòng', 'Hai Phong', 105.75),
  p('Long An', 'Long An', 105.75),
  p('Tiền Giang', 'Tien Giang', 105.75),
  p('Bến Tre', 'Ben Tre', 105.75),
  p('Bình Dương', 'Binh Duong', 105.75),
  p('TP. Hồ Chí Minh', 'Ho Chi Minh', 105.75),
  p('Tuyên Quang', 'Tuyen Quang', 106),
  p('Hòa Bình', 'Hoa Binh', 106),
  p('Quảng Bình', 'Quang Binh', 106),
  p('Quảng Trị', 'Quang Tri', 106.25),
  p('Bình Phước', 'Binh Phuoc', 106.25),
  p('Bắc Kạn', 'Bac Kan', 106.5),
  p('Thái Nguyên', 'Thai Nguyen', 106.5),
  p('Bắc Giang', 'Bac Giang', 107),
  p('Thừa Thiên Huế', 'Thua Thien Hue', 107),
  p('Lạng Sơn', 'Lang Son', 107.25),
  p('Kon Tum', 'Kon Tum', 107.5),
  p('Quảng Ninh', 'Quang Ninh', 107.75),
  p('Đồng Nai', 'Dong Nai', 107.75),
  p('Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 107.75),
  p('Quảng Nam', 'Quang Nam', 107.75),
  p('Lâm Đồng', 'Lam Dong', 107.75),
  p('Đà Nẵng', 'Da Nang', 107.75),
  p('Quảng Ngãi', 'Quang Ngai', 108),
  p('Ninh Thuận', 'Ninh Thuan', 108.25),
  p('Khánh Hòa', 'Khanh Hoa', 108.25),
  p('Bình Định', 'Binh Dinh', 108.25),
  p('Đắk Lắk', 'Dak Lak', 108.5),
  p('Gia Lai', 'Gia Lai', 108.5),
  p('Đắk Nông', 'Dak Nong', 108.5),
  p('Phú Yên', 'Phu Yen', 108.5),
  p('Bình Thuận', 'Binh Thuan', 108.5),
];

/**
 * EPSG codes of the VN-2000 TM-3 projected CRSs, by central meridian.
 * 5898 (108°00′) and 9216 (107°30′) are the project's reference codes (docs/DOMAIN.md §4).
 * The 9205–9218 series runs in meridian order (103-00 … 108-30, skipping 105°00′ = 5897 and
 * 107°45′ = 5899); it was cross-checked against published EPSG entries for 9206 (104-00),
 * 9216 (107-30) and 9218 (108-30). A meridian missing here simply has no EPSG code.
 */
export const VN2000_TM3_EPSG: ReadonlyMap<number, number> = new Map([
  [103, 9205],
  [104, 9206],
  [104.5, 9207],
  [104.75, 9208],
  [105, 5897],
  [105.5, 9209],
  [105.75, 9210],
  [106, 9211],
  [106.25, 9212],
  [106.5, 9213],
  [107, 9214],
  [107.25, 9215],
  [107.5, 9216],
  [107.75, 5899],
  [108, 5898],
  [108.25, 9217],
  [108.5, 9218],
]);

export const VN2000_UTM_EPSG: ReadonlyMap<number, number> = new Map([
  [48, 3405],
  [49, 3406],
]);

/** The distinct provincial meridians, west to east. */
export const VN2000_TM3_MERIDIANS_DEG: readonly number[] = [
  ...new Set(VN2000_PROVINCES.map((prov) => prov.centralMeridianDeg)),
].sort((a, b) => a - b);

/** Provinces (current names first) that use a given meridian. */
export function provincesOnMeridian(centralMeridianDeg: number): Vn2000Province[] {
  return VN2000_PROVINCES.filter((prov) => Math.abs(prov.centralMeridianDeg - centralMeridianDeg) < 1e-9);
}

export function vn2000Tm3Proj4(centralMeridianDeg: number): string {
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${centralMeridianDeg} +k=${VN2000_TM3_SCALE} +x_0=${FALSE_EASTING_M} +y_0=0 ` +
    `+ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`
  );
}

export function vn2000UtmProj4(zone: 48 | 49): string {
  const lon0 = zone * 6 - 183;
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=${UTM_SCALE} +x_0=${FALSE_EASTING_M} +y_0=0 ` +
    `+ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`
  );
}

/** VN-2000 TM-3 on any central meridian (decimal degrees); the EPSG code when one exists. */
export function createVn2000Tm3Crs(centralMeridianDeg: number): CrsDefinition {
  const epsg = VN2000_TM3_EPSG.get(centralMeridianDeg);
  const meridian = formatMeridianDeg(centralMeridianDeg);
  const provinces = provincesOnMeridian(centralMeridianDeg).filter((prov) => !prov.historical);
  return {
    id: epsg ? `EPSG:${epsg}` : `vn2000:${centralMeridianDeg}`,
    label: renderBoth(
      msg('crs.label.vn2000-tm3', { meridian, epsg: epsg ?? null, provinces: provinces.map((prov) => ({ vi: prov.nameVi, ascii: prov.nameAscii })) }),
    ),
    proj4: vn2000Tm3Proj4(centralMeridianDeg),
    isGeographic: false,
    kind: 'vn2000-tm3',
    epsg,
    centralMeridianDeg,
  };
}

export function createVn2000UtmCrs(zone: 48 | 49): CrsDefinition {
  const epsg = VN2000_UTM_EPSG.get(zone);
  return {
    id: `EPSG:${epsg}`,
    label: renderBoth(msg('crs.label.vn2000-utm', { zone, epsg })),
    proj4: vn2000UtmProj4(zone),
    isGeographic: false,
    kind: 'vn2000-utm',
    epsg,
    centralMeridianDeg: zone * 6 - 183,
  };
}
