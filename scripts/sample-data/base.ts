// The shared skeleton every layer is built on: urban areas, industrial zones, rivers and the
// hand-placed projects, all inside the real 2025 province outline (admin.ts). Built once per run; later layers avoid or refer to these shapes.
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { clipToProvince, loadAdmin } from './admin.ts';
import {
  type Area,
  type LonLat,
  areaM2,
  blockPolygon,
  cleanArea,
  offsetM,
  polygonFrom,
  smoothLine,
  unionAreas,
} from './geometry.ts';
import { RIVERS, URBAN_AREAS } from './places.ts';
import { createRandom } from './random.ts';

export interface IndustrialZonePlace {
  id: string;
  name: string;
  kind: 'KKT' | 'KCN' | 'CCN';
  areaHa: number;
  workers: number;
  status: 'operating' | 'planned';
  geometry: Area;
  /** What is unverified about it (shown as the feature's notes); null when names and areas are as published. */
  notes?: string;
}

export interface CommercialCase {
  id: string;
  name: string;
  geometry: Polygon;
  totalLandM2: number;
  residentialLandM2: number;
  existingResidentialM2: number;
  resettlementM2: number;
  obligation: 'land_in_project' | 'land_elsewhere' | 'payment';
  decision: string;
  investor: string;
  /** Expected audit figure: 20 % × (residential − existing residential − resettlement). */
  requiredM2: number;
  reserve: { geometry: Polygon; areaM2: number; status: 'planned' | 'serviced' | 'handed_over'; deadline: string } | null;
  /** Roads drawn along the project's south edge and, for land elsewhere, along that plot (every reserve sits next to a road). */
  accessRoads: LonLat[][];
  /** The audit finding the case is built to show (documented in data/README.md). */
  expected: string;
}

export interface HousingPlace {
  id: string;
  name: string;
  form: 'sale' | 'rent' | 'lease_purchase' | 'worker_dormitory' | 'student' | 'armed_forces';
  units: number;
  status: 'proposed' | 'approved' | 'under_construction' | 'completed';
  startYear: number;
  completionYear: number;
  investor: string;
  geometry: Polygon | { type: 'Point'; coordinates: LonLat };
  areaM2: number | null;
}

export interface Base {
  urbanAreas: { id: string; name: string; urbanClass: string; geometry: Area }[];
  industrialZones: IndustrialZonePlace[];
  /** Smoothed river centre lines and their water polygons (clipped to the province). */
  rivers: { name: string; line: LonLat[]; water: Area }[];
  commercial: CommercialCase[];
  housing: HousingPlace[];
  /** A rice-land (LUC) patch of the land-use plan that cuts into TM-04's reserve. */
  tm04RicePatch: Polygon;
}

const clean = (a: Area): Area => {
  const c = cleanArea(a);
  if (!c) throw new Error('empty geometry in the sample-data skeleton');
  return c;
};

const rect = (center: LonLat, widthM: number, heightM: number): Polygon => clean(blockPolygon(center, widthM, heightM)) as Polygon;

/** A rectangle inside a project rectangle, flush with its south edge (inset by `insetM`), starting `fromWestM` from its west edge. */
function southStrip(center: LonLat, projectW: number, projectH: number, fromWestM: number, widthM: number, depthM: number, insetM = 5): Polygon {
  const cx = -projectW / 2 + fromWestM + widthM / 2;
  const cy = -projectH / 2 + insetM + depthM / 2;
  return rect(offsetM(center, cx, cy), widthM, depthM);
}

function roadAlongSouth(center: LonLat, projectW: number, projectH: number, extendM = 350): LonLat[] {
  const y = -projectH / 2 - 15;
  const points: LonLat[] = [];
  for (let x = -projectW / 2 - extendM; x <= projectW / 2 + extendM + 1; x += 100) points.push(offsetM(center, x, y));
  return points;
}

function buildCommercial(): { cases: CommercialCase[]; ricePatch: Polygon } {
  const cases: CommercialCase[] = [];
  const add = (
    id: string,
    name: string,
    center: LonLat,
    w: number,
    h: number,
    residentialShare: number,
    existing: number,
    resettlement: number,
    obligation: CommercialCase['obligation'],
    investor: string,
    expected: string,
    reserveOf: (required: number) => CommercialCase['reserve'],
  ): CommercialCase => {
    const geometry = rect(center, w, h);
    const total = Math.round(areaM2(geometry));
    const residential = Math.round((total * residentialShare) / 100) * 100;
    const requiredM2 = Math.round(0.2 * (residential - existing - resettlement));
    const c: CommercialCase = {
      id,
      name,
      geometry,
      totalLandM2: total,
      residentialLandM2: residential,
      existingResidentialM2: existing,
      resettlementM2: resettlement,
      obligation,
      decision: `QĐ ${100 + cases.length * 17}/QĐ-UBND ngày 15/0${cases.length + 3}/2024 (minh họa)`,
      investor,
      requiredM2,
      reserve: reserveOf(requiredM2),
      accessRoads: [roadAlongSouth(center, w, h)],
      expected,
    };
    cases.push(c);
    return c;
  };
  const withArea = (geometry: Polygon, status: 'planned' | 'serviced' | 'handed_over', deadline: string) => ({
    geometry,
    areaM2: Math.round(areaM2(geometry)),
    status,
    deadline,
  });

  // TM-01: compliant — reserve 105 % of the requirement, inside the project, on ODT, next to a road, class II city.
  const c1: LonLat = [108.822, 15.108];
  add('TM-01', 'Khu đô thị mới Nghĩa Chánh Nam (minh họa)', c1, 650, 480, 0.5, 10_000, 20_000, 'land_in_project',
    'Công ty CP Đầu tư Đô thị Sông Trà (minh họa)', 'compliant',
    (req) => withArea(southStrip(c1, 650, 480, 60, 300, (req * 1.05) / 300), 'serviced', '30/06/2027'));
  // TM-02: reserve only 17 % of the base instead of 20 %.
  const c2: LonLat = [108.848, 15.112];
  add('TM-02', 'Khu dân cư Nghĩa Dõng (minh họa)', c2, 500, 420, 0.5, 5_000, 15_000, 'land_in_project',
    'Công ty TNHH Địa ốc Thiên Ấn (minh họa)', 'too_small',
    (req) => withArea(southStrip(c2, 500, 420, 40, 200, (req * 0.85) / 200), 'planned', '31/12/2026'));
  // TM-03: reserve large enough but 40 % of it lies outside the project boundary (east side).
  const c3: LonLat = [108.815, 15.16];
  add('TM-03', 'Khu dân cư Tịnh Ấn Đông (minh họa)', c3, 560, 450, 0.48, 8_000, 12_000, 'land_in_project',
    'Công ty CP Phát triển Nhà Cổ Lũy (minh họa)', 'partly_outside',
    (req) => {
      const width = 200;
      const depth = (req * 1.02) / width;
      return withArea(rect(offsetM(c3, 560 / 2 - width * 0.6 + width / 2, -450 / 2 + 5 + depth / 2), width, depth), 'planned', '31/12/2027');
    });
  // TM-04: reserve inside the project and big enough, but its east half is rice land (LUC) in the land-use plan.
  const c4: LonLat = [108.87, 15.1];
  const tm04 = add('TM-04', 'Khu dân cư Nghĩa Hà (minh họa)', c4, 550, 450, 0.55, 6_000, 10_000, 'land_in_project',
    'Công ty CP Bất động sản Bàu Giang (minh họa)', 'on_rice_land',
    (req) => withArea(southStrip(c4, 550, 450, 150, 240, (req * 1.03) / 240), 'planned', '31/03/2027'));
  // TM-05: Đức Phổ is a class IV urban area — Art. 83 applies only if the province decides so.
  add('TM-05', 'Khu dân cư Phổ Ninh – Đức Phổ (minh họa)', [108.96, 14.815], 450, 380, 0.5, 4_000, 6_000, 'land_in_project',
    'Công ty TNHH Xây dựng Sa Huỳnh (minh họa)', 'not_subject_class_iv', () => null);
  // TM-06: obligation met with equivalent land elsewhere in the same (class II) urban area.
  const c6: LonLat = [108.778, 15.112];
  const elsewhere: LonLat = [108.876, 15.122];
  const tm06 = add('TM-06', 'Khu đô thị Quảng Phú Nam (minh họa)', c6, 500, 400, 0.45, 3_000, 7_000, 'land_elsewhere',
    'Công ty CP Đầu tư Thiên Bút (minh họa)', 'land_elsewhere_same_urban_area',
    (req) => withArea(rect(elsewhere, 160, (req * 1.02) / 160), 'planned', '31/12/2027'));
  tm06.accessRoads.push(roadAlongSouth(elsewhere, 160, (tm06.requiredM2 * 1.02) / 160, 150));
  // TM-07: the former Kon Tum part (class III urban area, assumed — see data/README.md), approved after
  // 1 Aug 2024 so the 2024 rules apply; reserve 100 % of the requirement inside the project, north of the
  // Đăk Bla flood zones.
  const c7: LonLat = [107.984, 14.437];
  add('TM-07', 'Khu đô thị Đăk Cấm (minh họa)', c7, 520, 420, 0.5, 4_000, 8_000, 'land_in_project',
    'Công ty CP Đầu tư Ngọc Linh (minh họa)', 'compliant',
    (req) => withArea(southStrip(c7, 520, 420, 50, 240, (req * 1.0) / 240), 'planned', '31/12/2027'));

  // The rice patch covers the east half of TM-04's reserve and spills south of the project.
  const [minX, minY, maxX, maxY] = turf.bbox(tm04.reserve!.geometry);
  const midX = (minX + maxX) / 2;
  const ricePatch = clean(polygonFrom([
    [midX, minY - 0.0025],
    [maxX + 0.004, minY - 0.0025],
    [maxX + 0.004, maxY + 0.0004],
    [midX, maxY + 0.0004],
  ])) as Polygon;
  return { cases, ricePatch };
}

function buildHousing(): HousingPlace[] {
  const items: HousingPlace[] = [];
  const poly = (
    id: string, name: string, form: HousingPlace['form'], units: number, status: HousingPlace['status'],
    startYear: number, completionYear: number, investor: string, center: LonLat, w: number, h: number,
  ) => {
    const geometry = rect(center, w, h);
    items.push({ id, name, form, units, status, startYear, completionYear, investor, geometry, areaM2: Math.round(areaM2(geometry)) });
  };
  const point = (
    id: string, name: string, form: HousingPlace['form'], units: number, status: HousingPlace['status'],
    startYear: number, completionYear: number, investor: string, at: LonLat,
  ) => {
    items.push({ id, name, form, units, status, startYear, completionYear, investor, geometry: { type: 'Point', coordinates: at }, areaM2: null });
  };
  poly('NOXH-01', 'Nhà ở xã hội Cẩm Thành (minh họa)', 'sale', 900, 'under_construction', 2023, 2026, 'Công ty CP Đầu tư Nhà ở Quảng Ngãi (minh họa)', [108.814, 15.1125], 200, 150);
  poly('NOXH-02', 'Nhà ở xã hội cho thuê An Phú (minh họa)', 'rent', 500, 'approved', 2025, 2027, 'Trung tâm Phát triển quỹ đất tỉnh (minh họa)', [108.836, 15.123], 230, 150);
  poly('NOXH-03', 'Nhà lưu trú công nhân VSIP Quảng Ngãi (minh họa)', 'worker_dormitory', 1000, 'under_construction', 2024, 2026, 'Công ty Liên doanh TNHH KCN VSIP Quảng Ngãi (minh họa)', [108.7635, 15.224], 250, 200);
  poly('NOXH-04', 'Nhà lưu trú công nhân KKT Dung Quất (minh họa)', 'worker_dormitory', 800, 'approved', 2025, 2028, 'Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi (minh họa)', [108.8, 15.33], 300, 220);
  poly('NOXH-05', 'Nhà ở xã hội thuê mua Thọ Phong (minh họa)', 'lease_purchase', 600, 'proposed', 2026, 2029, 'Công ty CP Nhà ở Xã hội Miền Trung (minh họa)', [108.792, 15.196], 300, 160);
  poly('NOXH-06', 'Nhà ở xã hội Trương Quang Trọng (minh họa)', 'sale', 300, 'completed', 2023, 2025, 'Công ty TNHH Xây dựng Trà Khúc (minh họa)', [108.785, 15.15], 160, 140);
  point('NOXH-07', 'Nhà ở sinh viên Đại học Phạm Văn Đồng (minh họa)', 'student', 400, 'proposed', 2027, 2029, 'Sở Xây dựng tỉnh Quảng Ngãi (minh họa)', [108.8235, 15.1305]);
  poly('NOXH-08', 'Nhà ở xã hội Đức Phổ (minh họa)', 'sale', 350, 'proposed', 2026, 2030, 'Công ty CP Đầu tư Phổ Thạnh (minh họa)', [108.952, 14.806], 180, 150);
  poly('NOXH-09', 'Nhà ở xã hội cho thuê Tư Nghĩa (minh họa)', 'rent', 250, 'approved', 2025, 2027, 'Công ty CP Nhà ở Tư Nghĩa (minh họa)', [108.808, 15.088], 160, 120);
  point('NOXH-10', 'Nhà lưu trú công nhân KCN Phổ Phong (minh họa)', 'worker_dormitory', 300, 'proposed', 2027, 2030, 'Công ty CP Hạ tầng KCN Phổ Phong (minh họa)', [108.922, 14.838]);
  poly('NOXH-11', 'Nhà ở xã hội Bình Sơn (minh họa)', 'sale', 280, 'proposed', 2026, 2029, 'Công ty TNHH Xây dựng Bình Sơn (minh họa)', [108.756, 15.294], 180, 140);
  poly('NOXH-12', 'Nhà ở lực lượng vũ trang An Phú (minh họa)', 'armed_forces', 150, 'approved', 2025, 2027, 'Bộ Chỉ huy Quân sự tỉnh (minh họa)', [108.8452, 15.132], 170, 120);
  // Former Kon Tum part.
  poly('NOXH-13', 'Nhà ở xã hội phường Kon Tum (minh họa)', 'sale', 250, 'approved', 2025, 2028, 'Công ty CP Đầu tư Đăk Bla (minh họa)', [108.012, 14.366], 170, 130);
  point('NOXH-14', 'Nhà lưu trú công nhân KCN Hòa Bình (minh họa)', 'worker_dormitory', 200, 'proposed', 2027, 2029, 'Công ty CP Hạ tầng KCN Kon Tum (minh họa)', [108.041, 14.293]);
  return items;
}

function buildIndustrialZones(): IndustrialZonePlace[] {
  const rng = createRandom(51_0001);
  const zones: IndustrialZonePlace[] = [];
  const dungQuat = clipToProvince(
    polygonFrom([
      [108.752, 15.3], [108.83, 15.297], [108.93, 15.297], [108.95, 15.43], [108.752, 15.43], [108.748, 15.36],
    ]),
  );
  zones.push({ id: 'KKT-DQ', name: 'Khu kinh tế Dung Quất (phần đất liền)', kind: 'KKT', areaHa: 45_332, workers: 30_000, status: 'operating', geometry: clean(dungQuat!) });
  const block = (id: string, name: string, kind: 'KCN' | 'CCN', areaHa: number, workers: number, status: 'operating' | 'planned', center: LonLat, aspect: number, rot: number, notes?: string) => {
    const areaTarget = areaHa * 10_000;
    const w = Math.sqrt(areaTarget * aspect);
    const geometry = clean(clipToProvince(blockPolygon(center, w, areaTarget / w, rot, rng, 0.05, kind === 'KCN'))!);
    zones.push({ id, name, kind, areaHa, workers, status, geometry, notes });
  };
  block('KCN-VSIP', 'KCN VSIP Quảng Ngãi', 'KCN', 1226, 18_000, 'operating', [108.74, 15.22], 1.45, 0);
  block('KCN-TP', 'KCN Tịnh Phong', 'KCN', 140, 9_000, 'operating', [108.774, 15.207], 1.4, 8);
  block('KCN-QP', 'KCN Quảng Phú', 'KCN', 100, 12_000, 'operating', [108.775, 15.1295], 1.1, -5);
  block('KCN-PP', 'KCN Phổ Phong', 'KCN', 150, 2_500, 'operating', [108.912, 14.83], 1.2, 12);
  block('CCN-BL', 'CCN Bình Long', 'CCN', 75, 1_800, 'planned', [108.715, 15.325], 1.3, 20);
  block('CCN-TP', 'CCN Tịnh Phong', 'CCN', 75, 1_600, 'planned', [108.8, 15.222], 1.2, -10);
  block('CCN-DX', 'CCN Đồng Xe', 'CCN', 70, 1_500, 'planned', [108.752, 15.01], 1.5, 15);
  block('CCN-ND', 'CCN Núi Đầu', 'CCN', 75, 1_500, 'planned', [108.742, 15.058], 1.2, 0);
  block('CCN-MD', 'CCN Mộ Đức', 'CCN', 30, 800, 'planned', [108.86, 14.965], 1.3, -20);
  block('CCN-BD', 'CCN Ba Đình', 'CCN', 18, 400, 'planned', [108.738, 14.785], 1.4, 30);
  // The industrial parks inside the Dung Quất economic zone (the zone itself holds towns, farmland and sea).
  block('KCN-DDQ', 'KCN phía Đông Dung Quất', 'KCN', 1_300, 12_000, 'operating', [108.832, 15.383], 1.6, -35, 'Diện tích chưa xác minh.');
  block('KCN-TDQ', 'KCN phía Tây Dung Quất', 'KCN', 900, 4_000, 'operating', [108.772, 15.357], 1.3, 10, 'Diện tích chưa xác minh.');
  // Former Kon Tum part (names from public knowledge; areas and positions unverified).
  block('KCN-HB', 'KCN Hòa Bình (Kon Tum)', 'KCN', 130, 3_000, 'operating', [108.032, 14.302], 1.3, 25, 'Diện tích, vị trí chưa xác minh.');
  block('KCN-SM', 'KCN Sao Mai (Kon Tum)', 'KCN', 150, 2_500, 'planned', [107.945, 14.392], 1.2, -10, 'Diện tích, vị trí chưa xác minh.');
  const admin = loadAdmin();
  // Bờ Y international border-gate economic zone: about the former Ngọc Hồi district, drawn as the three
  // communes formed from it (a generalised outline; the zone's own boundary is not in the sources).
  const boY = unionAreas(['Bờ Y', 'Sa Loong', 'Dục Nông'].map((n) => admin.byName(n).geometry))!;
  const boYSimple = clipToProvince(turf.simplify(boY, { tolerance: 0.002, highQuality: true }) as typeof boY)!;
  zones.push({ id: 'KKT-BY', name: 'KKT cửa khẩu quốc tế Bờ Y', kind: 'KKT', areaHa: 70_438, workers: 5_000, status: 'operating', geometry: clean(boYSimple), notes: 'Ranh giới gần đúng (3 xã hình thành từ huyện Ngọc Hồi cũ); diện tích chưa xác minh.' });
  return zones;
}

function urbanExtent(outline: (typeof URBAN_AREAS)[number]['outline']): Area {
  if (Array.isArray(outline)) return clean(clipToProvince(polygonFrom(outline))!);
  const admin = loadAdmin();
  const union = unionAreas(outline.wards.map((n) => admin.byName(n).geometry))!;
  return clean(clipToProvince(turf.simplify(union, { tolerance: 0.0005, highQuality: true }) as Area)!);
}

export function buildBase(): Base {
  const urbanAreas = URBAN_AREAS.map((u) => ({
    id: u.id,
    name: u.name,
    urbanClass: u.urbanClass,
    geometry: urbanExtent(u.outline),
  }));
  const rivers = RIVERS.map((r) => {
    const line = smoothLine(r.line, 2);
    const buffered = turf.buffer(turf.lineString(line), r.widthM / 2, { units: 'meters', steps: 4 })!;
    return { name: r.name, line, water: clean(clipToProvince(buffered.geometry as Area)!) };
  });
  const { cases, ricePatch } = buildCommercial();
  return {
    urbanAreas,
    industrialZones: buildIndustrialZones(),
    rivers,
    commercial: cases,
    housing: buildHousing(),
    tm04RicePatch: ricePatch,
  };
}
