// Hand-authored geometry of old Quảng Ngãi province (pre-2025 boundary, before the merger with
// Kon Tum), written from public maps and facts at a coarse scale. Nothing here is derived from
// any boundary file: these are approximate, ILLUSTRATIVE shapes for NOXH Atlas's sample dataset.
import type { LonLat } from './geometry.ts';

/** Mainland outline, ~70 vertices, going round: north coast → east coast → south → west → north. */
export const MAINLAND_OUTLINE: LonLat[] = [
  [108.765, 15.405], // the Quảng Nam border meets Dung Quất bay
  [108.78, 15.404],
  [108.795, 15.401], // Dung Quất port
  [108.812, 15.404],
  [108.826, 15.414], // Khe Hai cape
  [108.842, 15.405],
  [108.86, 15.386],
  [108.88, 15.36],
  [108.9, 15.332],
  [108.915, 15.302], // Trà Bồng river mouth (Sa Cần)
  [108.928, 15.272],
  [108.948, 15.242], // Ba Làng An cape
  [108.936, 15.216],
  [108.927, 15.196], // Sa Kỳ
  [108.912, 15.172],
  [108.902, 15.158], // Cửa Đại, Trà Khúc river mouth
  [108.906, 15.122], // Mỹ Khê
  [108.916, 15.09],
  [108.926, 15.06], // Vệ river mouth
  [108.935, 15.032],
  [108.945, 15.0],
  [108.956, 14.962],
  [108.97, 14.922],
  [108.985, 14.882],
  [109.0, 14.842],
  [109.015, 14.802],
  [109.031, 14.771],
  [109.05, 14.741],
  [109.066, 14.711],
  [109.08, 14.686], // Sa Huỳnh
  [109.074, 14.652], // Bình Định border at the coast
  [109.04, 14.64],
  [109.0, 14.63],
  [108.96, 14.64],
  [108.92, 14.62],
  [108.88, 14.59],
  [108.85, 14.562],
  [108.81, 14.541],
  [108.77, 14.531], // southern tip, Ba Tơ
  [108.73, 14.54],
  [108.69, 14.56],
  [108.65, 14.59],
  [108.62, 14.63],
  [108.59, 14.67], // Kon Tum border
  [108.56, 14.72],
  [108.54, 14.77],
  [108.51, 14.81],
  [108.47, 14.84],
  [108.43, 14.86],
  [108.38, 14.88],
  [108.33, 14.9],
  [108.29, 14.93],
  [108.255, 14.97],
  [108.235, 15.02], // westernmost, Sơn Tây
  [108.24, 15.07],
  [108.26, 15.11],
  [108.29, 15.15],
  [108.32, 15.19],
  [108.35, 15.23],
  [108.38, 15.27],
  [108.42, 15.3],
  [108.46, 15.33],
  [108.5, 15.34],
  [108.54, 15.33],
  [108.58, 15.34],
  [108.62, 15.36],
  [108.65, 15.38],
  [108.68, 15.39],
  [108.71, 15.383], // Chu Lai airport lies just north, in Quảng Nam
  [108.74, 15.393],
];

/** Lý Sơn island (≈ 10 km²), about 25 km off the coast. */
export const LY_SON_OUTLINE: LonLat[] = [
  [109.086, 15.382],
  [109.093, 15.373],
  [109.106, 15.367],
  [109.12, 15.366],
  [109.133, 15.37],
  [109.143, 15.377],
  [109.146, 15.386],
  [109.138, 15.393],
  [109.124, 15.396],
  [109.108, 15.395],
  [109.095, 15.391],
];

/** Pre-2025 districts: a seed point near each one's middle (the mainland is split by nearest seed). */
export const DISTRICT_SEEDS: { name: string; code: string; seed: LonLat }[] = [
  { name: 'Thành phố Quảng Ngãi', code: '522', seed: [108.845, 15.14] },
  { name: 'Bình Sơn', code: '524', seed: [108.8, 15.31] },
  { name: 'Trà Bồng', code: '525', seed: [108.48, 15.22] },
  { name: 'Sơn Tịnh', code: '527', seed: [108.7, 15.195] },
  { name: 'Tư Nghĩa', code: '528', seed: [108.75, 15.085] },
  { name: 'Sơn Hà', code: '529', seed: [108.54, 15.04] },
  { name: 'Sơn Tây', code: '530', seed: [108.34, 15.0] },
  { name: 'Minh Long', code: '531', seed: [108.65, 14.96] },
  { name: 'Nghĩa Hành', code: '532', seed: [108.77, 14.99] },
  { name: 'Mộ Đức', code: '533', seed: [108.88, 14.96] },
  { name: 'Thị xã Đức Phổ', code: '534', seed: [108.97, 14.77] },
  { name: 'Ba Tơ', code: '535', seed: [108.72, 14.72] },
];

/** River centre lines (lower courses), west → east. */
export const RIVERS: { name: string; widthM: number; line: LonLat[] }[] = [
  {
    name: 'Sông Trà Khúc',
    widthM: 300,
    line: [
      [108.6, 15.135], [108.63, 15.15], [108.66, 15.163], [108.69, 15.17], [108.72, 15.162], [108.745, 15.152],
      [108.77, 15.146], [108.795, 15.138], [108.815, 15.135], [108.835, 15.137], [108.855, 15.141],
      [108.875, 15.148], [108.89, 15.154], [108.908, 15.16],
    ],
  },
  {
    name: 'Sông Vệ',
    widthM: 180,
    line: [
      [108.7, 14.985], [108.72, 14.997], [108.74, 15.01], [108.76, 15.027], [108.78, 15.04], [108.8, 15.046],
      [108.815, 15.048], [108.835, 15.05], [108.855, 15.052], [108.875, 15.053], [108.9, 15.053], [108.93, 15.056],
    ],
  },
  {
    name: 'Sông Trà Bồng',
    widthM: 160,
    line: [
      [108.6, 15.245], [108.63, 15.25], [108.66, 15.258], [108.69, 15.266], [108.715, 15.274], [108.735, 15.279],
      [108.75, 15.282], [108.775, 15.285], [108.8, 15.283], [108.83, 15.285], [108.86, 15.29], [108.89, 15.295],
      [108.92, 15.301],
    ],
  },
];

export interface UrbanAreaPlace {
  id: string;
  name: string;
  urbanClass: 'II' | 'III' | 'IV' | 'V';
  outline: LonLat[];
}

export const URBAN_AREAS: UrbanAreaPlace[] = [
  {
    id: 'DT-QNG',
    name: 'Thành phố Quảng Ngãi',
    urbanClass: 'II',
    outline: [
      [108.755, 15.105], [108.775, 15.099], [108.83, 15.098], [108.84, 15.086], [108.88, 15.085], [108.91, 15.11],
      [108.91, 15.14], [108.91, 15.178], [108.88, 15.19], [108.84, 15.186], [108.805, 15.178], [108.78, 15.17],
      [108.762, 15.15], [108.752, 15.125],
    ],
  },
  {
    id: 'DT-VTG',
    name: 'Đô thị Vạn Tường (KKT Dung Quất)',
    urbanClass: 'III',
    outline: [
      [108.812, 15.337], [108.84, 15.332], [108.862, 15.338], [108.866, 15.356], [108.85, 15.368], [108.822, 15.366],
      [108.81, 15.352],
    ],
  },
  {
    id: 'DT-DPO',
    name: 'Thị xã Đức Phổ',
    urbanClass: 'IV',
    outline: [
      [108.935, 14.795], [108.965, 14.785], [108.99, 14.79], [109.0, 14.815], [108.99, 14.838], [108.96, 14.842],
      [108.94, 14.832], [108.93, 14.812],
    ],
  },
  {
    id: 'DT-CHO',
    name: 'Thị trấn Châu Ổ',
    urbanClass: 'V',
    outline: [
      [108.738, 15.281], [108.755, 15.279], [108.764, 15.288], [108.76, 15.3], [108.745, 15.302], [108.736, 15.292],
    ],
  },
  {
    id: 'DT-LHA',
    name: 'Thị trấn La Hà',
    urbanClass: 'V',
    outline: [
      [108.79, 15.079], [108.806, 15.076], [108.817, 15.082], [108.816, 15.092], [108.803, 15.094], [108.791, 15.09],
    ],
  },
];

/** Communes and wards used to name parcels and facilities (approximate centres). */
export const COMMUNES: { name: string; kind: 'phường' | 'xã' | 'thị trấn'; at: LonLat }[] = [
  { name: 'Nghĩa Lộ', kind: 'phường', at: [108.805, 15.11] },
  { name: 'Chánh Lộ', kind: 'phường', at: [108.808, 15.118] },
  { name: 'Trần Phú', kind: 'phường', at: [108.815, 15.128] },
  { name: 'Lê Hồng Phong', kind: 'phường', at: [108.795, 15.122] },
  { name: 'Nghĩa Chánh', kind: 'phường', at: [108.825, 15.112] },
  { name: 'Quảng Phú', kind: 'phường', at: [108.775, 15.122] },
  { name: 'Trương Quang Trọng', kind: 'phường', at: [108.795, 15.155] },
  { name: 'Nghĩa Dõng', kind: 'xã', at: [108.845, 15.115] },
  { name: 'Nghĩa Dũng', kind: 'xã', at: [108.84, 15.128] },
  { name: 'Nghĩa Hà', kind: 'xã', at: [108.872, 15.102] },
  { name: 'Nghĩa Phú', kind: 'xã', at: [108.89, 15.118] },
  { name: 'Tịnh Ấn Tây', kind: 'xã', at: [108.782, 15.158] },
  { name: 'Tịnh Ấn Đông', kind: 'xã', at: [108.815, 15.16] },
  { name: 'Tịnh Long', kind: 'xã', at: [108.845, 15.16] },
  { name: 'Tịnh Khê', kind: 'xã', at: [108.88, 15.175] },
  { name: 'Tịnh An', kind: 'xã', at: [108.76, 15.162] },
  { name: 'La Hà', kind: 'thị trấn', at: [108.803, 15.085] },
  { name: 'Nghĩa Kỳ', kind: 'xã', at: [108.745, 15.085] },
  { name: 'Nghĩa Trung', kind: 'xã', at: [108.775, 15.085] },
  { name: 'Nghĩa Thương', kind: 'xã', at: [108.815, 15.065] },
  { name: 'Nghĩa Hòa', kind: 'xã', at: [108.85, 15.07] },
  { name: 'Tịnh Phong', kind: 'xã', at: [108.785, 15.21] },
  { name: 'Tịnh Thọ', kind: 'xã', at: [108.735, 15.225] },
  { name: 'Tịnh Hà', kind: 'xã', at: [108.76, 15.185] },
  { name: 'Tịnh Sơn', kind: 'xã', at: [108.73, 15.195] },
  { name: 'Tịnh Bình', kind: 'xã', at: [108.72, 15.245] },
  { name: 'Tịnh Thiện', kind: 'xã', at: [108.835, 15.2] },
  { name: 'Tịnh Hòa', kind: 'xã', at: [108.86, 15.22] },
  { name: 'Châu Ổ', kind: 'thị trấn', at: [108.75, 15.29] },
  { name: 'Bình Long', kind: 'xã', at: [108.72, 15.32] },
  { name: 'Bình Hiệp', kind: 'xã', at: [108.73, 15.27] },
  { name: 'Bình Trung', kind: 'xã', at: [108.775, 15.3] },
  { name: 'Bình Nguyên', kind: 'xã', at: [108.77, 15.27] },
  { name: 'Bình Thạnh', kind: 'xã', at: [108.79, 15.37] },
  { name: 'Bình Đông', kind: 'xã', at: [108.825, 15.39] },
  { name: 'Bình Trị', kind: 'xã', at: [108.84, 15.365] },
  { name: 'Bình Thuận', kind: 'xã', at: [108.77, 15.35] },
  { name: 'Bình Chánh', kind: 'xã', at: [108.79, 15.325] },
  { name: 'Bình Hải', kind: 'xã', at: [108.865, 15.345] },
  { name: 'Bình Phước', kind: 'xã', at: [108.815, 15.31] },
  { name: 'Nguyễn Nghiêm', kind: 'phường', at: [108.96, 14.815] },
  { name: 'Phổ Ninh', kind: 'phường', at: [108.945, 14.805] },
  { name: 'Phổ Hòa', kind: 'phường', at: [108.975, 14.83] },
  { name: 'Phổ Minh', kind: 'phường', at: [108.985, 14.8] },
  { name: 'Phổ Văn', kind: 'phường', at: [108.96, 14.78] },
  { name: 'Phổ Phong', kind: 'xã', at: [108.91, 14.83] },
  { name: 'Phổ Thuận', kind: 'xã', at: [108.935, 14.85] },
  { name: 'Phổ Nhơn', kind: 'xã', at: [108.9, 14.805] },
  { name: 'Mộ Đức', kind: 'thị trấn', at: [108.875, 14.955] },
  { name: 'Chợ Chùa', kind: 'thị trấn', at: [108.775, 15.03] },
  { name: 'Ba Tơ', kind: 'thị trấn', at: [108.73, 14.772] },
];
