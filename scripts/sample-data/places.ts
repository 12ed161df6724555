// Hand-authored, ILLUSTRATIVE shapes for NOXH Atlas's sample dataset, written from public maps and
// facts at a coarse scale: a rough coastline (only to pick plan codes near the sea), river centre lines
// and urban-area extents. The real boundaries (communes, province) come from admin.ts.
import type { LonLat } from './geometry.ts';

/** A rough coastline from the Quảng Nam border at Dung Quất south to Sa Huỳnh (31 vertices). */
export const COAST_APPROX: LonLat[] = [
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
  {
    // Former Kon Tum part: the Đăk Bla along the south edge of the Kon Tum wards (approximate).
    name: 'Sông Đăk Bla',
    widthM: 160,
    line: [
      [108.13, 14.405], [108.1, 14.385], [108.07, 14.366], [108.045, 14.352], [108.02, 14.341], [107.998, 14.334],
      [107.975, 14.327], [107.95, 14.318], [107.925, 14.305], [107.9, 14.29],
    ],
  },
];

export interface UrbanAreaPlace {
  id: string;
  /** Named after today's communes/wards (no district level since 1 July 2025). */
  name: string;
  urbanClass: 'II' | 'III' | 'IV' | 'V';
  /** A hand-drawn extent, or the union of these real wards/communes (admin.ts). */
  outline: LonLat[] | { wards: string[] };
}

export const URBAN_AREAS: UrbanAreaPlace[] = [
  {
    id: 'DT-QNG',
    name: 'Đô thị Quảng Ngãi (phường Cẩm Thành, Nghĩa Lộ, Trương Quang Trọng)',
    urbanClass: 'II',
    outline: [
      [108.755, 15.105], [108.775, 15.099], [108.83, 15.098], [108.84, 15.086], [108.88, 15.085], [108.91, 15.11],
      [108.91, 15.14], [108.91, 15.178], [108.88, 15.19], [108.84, 15.186], [108.805, 15.178], [108.78, 15.17],
      [108.762, 15.15], [108.752, 15.125],
    ],
  },
  {
    id: 'DT-VTG',
    name: 'Đô thị Vạn Tường (xã Vạn Tường, KKT Dung Quất)',
    urbanClass: 'III',
    outline: [
      [108.812, 15.337], [108.84, 15.332], [108.862, 15.338], [108.866, 15.356], [108.85, 15.368], [108.822, 15.366],
      [108.81, 15.352],
    ],
  },
  {
    id: 'DT-DPO',
    name: 'Đô thị Đức Phổ (phường Đức Phổ, Trà Câu)',
    urbanClass: 'IV',
    outline: [
      [108.935, 14.795], [108.965, 14.785], [108.99, 14.79], [109.0, 14.815], [108.99, 14.838], [108.96, 14.842],
      [108.94, 14.832], [108.93, 14.812],
    ],
  },
  {
    id: 'DT-CHO',
    name: 'Đô thị Châu Ổ (xã Bình Sơn)',
    urbanClass: 'V',
    outline: [
      [108.738, 15.281], [108.755, 15.279], [108.764, 15.288], [108.76, 15.3], [108.745, 15.302], [108.736, 15.292],
    ],
  },
  {
    id: 'DT-LHA',
    name: 'Đô thị La Hà (xã Tư Nghĩa)',
    urbanClass: 'V',
    outline: [
      [108.79, 15.079], [108.806, 15.076], [108.817, 15.082], [108.816, 15.092], [108.803, 15.094], [108.791, 15.09],
    ],
  },
  // Former Kon Tum part. Classes are ASSUMPTIONS (editable), see data/README.md.
  { id: 'DT-KTM', name: 'Đô thị Kon Tum (phường Kon Tum, Đăk Bla, Đăk Cấm)', urbanClass: 'III', outline: { wards: ['Kon Tum', 'Đăk Bla', 'Đăk Cấm'] } },
  {
    id: 'DT-PKN',
    name: 'Đô thị Plei Kần (xã Bờ Y)',
    urbanClass: 'V',
    outline: [[107.672, 14.698], [107.688, 14.692], [107.703, 14.697], [107.708, 14.712], [107.697, 14.724], [107.68, 14.724], [107.67, 14.712]],
  },
  {
    id: 'DT-DHA',
    name: 'Đô thị Đăk Hà (xã Đăk Hà)',
    urbanClass: 'V',
    outline: [[107.914, 14.503], [107.93, 14.5], [107.944, 14.507], [107.945, 14.522], [107.933, 14.531], [107.917, 14.528], [107.91, 14.516]],
  },
  {
    id: 'DT-MDN',
    name: 'Đô thị Măng Đen (xã Măng Đen)',
    urbanClass: 'V',
    outline: [[108.262, 14.588], [108.28, 14.584], [108.296, 14.592], [108.298, 14.608], [108.284, 14.617], [108.266, 14.614], [108.258, 14.601]],
  },
];
