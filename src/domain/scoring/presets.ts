// Preset scenarios. Bands come from the planning standards in docs/DOMAIN.md §6 (QCVN 01:2021/BXD
// walking radii; verify against the current text): they are data, editable in the criteria panel.
import type { LocalText } from '../model/layerRoles.ts';
import type { Constraint, ConstraintCondition, Criterion, Scenario } from './scenario.ts';

const t = (vi: string, en: string): LocalText => ({ vi, en });
/** "No upper limit" for the last stepped class (JSON has no Infinity). */
const ANY = 1e9;

const LAND_USE_SUITABILITY: Record<string, number> = { ODT: 1, ONT: 0.8, TMD: 0.7, BCS: 0.6, HNK: 0.5, CLN: 0.4, SKK: 0.3, SKN: 0.3, DGT: 0 };

const mainRoad: Criterion = {
  id: 'main_road',
  label: t('Khoảng cách đến quốc lộ, đường tỉnh', 'Distance to a national/provincial road'),
  measure: { kind: 'distance_to_nearest', source: { role: 'transport', filter: { property: 'class', op: 'in', values: ['expressway', 'national', 'provincial', 'urban_main'] } } },
  transform: { type: 'linear', from: 1000, to: 500 },
  weight: 2,
};
const transit: Criterion = {
  id: 'transit_stop',
  label: t('Khoảng cách đến ga, điểm dừng xe buýt', 'Distance to a station or bus stop'),
  measure: { kind: 'distance_to_nearest', source: { role: 'transport', filter: { property: 'class', op: 'in', values: ['station', 'bus_stop'] } } },
  transform: { type: 'linear', from: 1500, to: 300 },
  weight: 1,
};
const facilityCount = (id: string, kind: string, radiusM: number, label: LocalText, weight: number): Criterion => ({
  id,
  label,
  measure: { kind: 'count_within_radius', radiusM, source: { role: 'facility', filter: { property: 'kind', op: 'eq', values: [kind] } } },
  transform: { type: 'stepped', classes: [{ upTo: 0, value01: 0 }, { upTo: 1, value01: 0.7 }, { upTo: ANY, value01: 1 }] },
  weight,
});
const facilityDistance = (id: string, kinds: string[], near: number, far: number, label: LocalText, weight: number): Criterion => ({
  id,
  label,
  measure: { kind: 'distance_to_nearest', source: { role: 'facility', filter: { property: 'kind', op: 'in', values: kinds } } },
  transform: { type: 'linear', from: far, to: near },
  weight,
});
const floodShare: Criterion = {
  id: 'flood_share',
  label: t('Tỷ lệ diện tích trong vùng ngập', 'Share of the parcel in a flood zone'),
  measure: { kind: 'overlap_share', source: { role: 'hazard', filter: { property: 'kind', op: 'eq', values: ['flood'] } } },
  transform: { type: 'linear', from: 1, to: 0 },
  weight: 2,
};
const landUse: Criterion = {
  id: 'land_use',
  label: t('Mã loại đất quy hoạch', 'Planned land-use code'),
  measure: { kind: 'attribute', property: 'landuse_code', source: { role: 'land_use_plan' } },
  transform: { type: 'categorical', values: LAND_USE_SUITABILITY, otherValue01: 0.3 },
  weight: 1,
};
const water: Criterion = {
  id: 'water_service',
  label: t('Trong vùng cấp nước', 'Inside a water-supply service area'),
  measure: { kind: 'inside_polygon', source: { role: 'utility', filter: { property: 'kind', op: 'eq', values: ['water_service_area'] } } },
  transform: { type: 'linear', from: 0, to: 1 },
  weight: 1,
};
const substation: Criterion = {
  id: 'substation',
  label: t('Khoảng cách đến trạm biến áp', 'Distance to a power substation'),
  measure: { kind: 'distance_to_nearest', source: { role: 'utility', filter: { property: 'kind', op: 'eq', values: ['substation'] } } },
  transform: { type: 'linear', from: 3000, to: 1000 },
  weight: 0.5,
};

/**
 * Separation distances (m) of the preset constraints, from QCVN 01:2021/BXD (the clauses and the whole
 * tables are in docs/DOMAIN.md §6, marked "verify" where not confirmed): data, editable per scenario in
 * the constraints panel (each becomes a constraint's `test.value`).
 */
export const SEPARATION_M = {
  /** From an industrial park / cluster boundary to housing (environmental safety distance). */
  industrialZone: 50,
  /** From a sanitary landfill or waste-treatment site (land-use DRA). */
  landfill: 1000,
  /** From a cemetery (land-use NTD): burial once; temporary burial (hung táng) needs 1,500 m. */
  cemetery: 500,
  /** From a wastewater treatment plant (mechanical + biological, covered). */
  wastewaterPlant: 100,
};

const QCVN_01 = 'QCVN 01:2021/BXD';
const LAND_LAW = 'Luật Đất đai số 31/2024/QH15';

/** Service land (TMD) inside an industrial park: worker dormitories may go there (Decree 100/2024 Art. 58–59). */
export const INDUSTRIAL_SERVICE_LAND: ConstraintCondition[] = [
  { measure: { kind: 'attribute', property: 'landuse_code', source: { role: 'land_use_plan' } }, test: { op: 'in', values: ['TMD'] } },
  { measure: { kind: 'inside_polygon', source: { role: 'industrial_zone', filter: { property: 'kind', op: 'in', values: ['KCN'] } } }, test: { op: 'gte', value: 1 } },
];

const landUseCode = { kind: 'attribute', property: 'landuse_code', source: { role: 'land_use_plan' } } as const;
const distanceToCodes = (codes: string[]) => ({ kind: 'distance_to_nearest', source: { role: 'land_use_plan', filter: { property: 'landuse_code', op: 'in', values: codes } } }) as const;
const metres = (m: number, locale: string) => m.toLocaleString(locale);

/** The preset constraints; `workerHousing` adds the exception of an industrial park's service land. */
function constraints(minAreaM2: number, workerHousing = false): Constraint[] {
  const industrialException = workerHousing ? { unless: INDUSTRIAL_SERVICE_LAND } : {};
  const sep = SEPARATION_M;
  return [
    {
      id: 'high_flood',
      measure: { kind: 'overlap_share', source: { role: 'hazard', filter: { property: 'severity', op: 'in', values: ['high'] } } },
      test: { op: 'gt', value: 0 },
      reason: t('Nằm trong vùng thiên tai mức cao (ngập lụt, sạt lở)', 'Inside a high-severity hazard zone (flood, landslide)'),
      reference: `${QCVN_01} — đất xây dựng phải ngoài vùng có nguy cơ thiên tai`,
    },
    {
      id: 'forbidden_land_use',
      measure: { ...landUseCode },
      test: { op: 'in', values: ['NTD', 'DRA', 'CQP', 'CAN', 'SON', 'MNC'] },
      reason: t('Loại đất không được bố trí nhà ở (nghĩa trang, bãi thải, quốc phòng, an ninh, mặt nước)', 'Land use where housing is not allowed (cemetery, waste, defence, security, water)'),
      reference: `${LAND_LAW}, Điều 9 (phân loại đất); mã đất theo Thông tư 08/2024/TT-BTNMT`,
    },
    {
      id: 'protected_forest',
      measure: { ...landUseCode },
      test: { op: 'in', values: ['RPH', 'RDD'] },
      reason: t('Đất rừng phòng hộ, rừng đặc dụng: không chuyển sang đất ở', 'Protection or special-use forest land: not converted to housing'),
      reference: `${LAND_LAW}, Điều 116, 122 (chuyển mục đích đất rừng cần nghị quyết HĐND tỉnh), Điều 184–185; Luật Lâm nghiệp 16/2017/QH14, Điều 19–20`,
    },
    {
      id: 'rice_land',
      measure: { ...landUseCode },
      test: { op: 'in', values: ['LUC'] },
      reason: t('Đất chuyên trồng lúa: cần chấp thuận chuyển mục đích sử dụng đất lúa', 'Specialised rice land: needs approval to convert rice land'),
      reference: `${LAND_LAW}, Điều 116, 121, 122 (nghị quyết HĐND tỉnh), Điều 182; Nghị định 112/2024/NĐ-CP`,
      severity: 'warning',
    },
    {
      id: 'industrial_land',
      measure: { ...landUseCode },
      test: { op: 'in', values: ['SKK', 'SKN'] },
      reason: t('Đất sản xuất công nghiệp (khu, cụm công nghiệp)', 'Industrial production land (industrial park or cluster)'),
      reference: `Nghị định 100/2024/NĐ-CP, Điều 58–59 (nhà ở cho công nhân); ${QCVN_01}`,
    },
    {
      id: 'near_industrial_zone',
      measure: { kind: 'distance_to_nearest', source: { role: 'industrial_zone', filter: { property: 'kind', op: 'in', values: ['KCN', 'CCN'] } } },
      test: { op: 'lt', value: sep.industrialZone },
      reason: t(
        `Cách khu, cụm công nghiệp dưới ${metres(sep.industrialZone, 'vi-VN')} m (khoảng cách ly)`,
        `Less than ${metres(sep.industrialZone, 'en-US')} m from an industrial park or cluster (separation distance)`,
      ),
      reference: `${QCVN_01}, khoảng cách an toàn về môi trường của khu công nghiệp; Nghị định 100/2024/NĐ-CP, Điều 58–59`,
      ...industrialException,
    },
    {
      id: 'near_landfill',
      measure: distanceToCodes(['DRA']),
      test: { op: 'lt', value: sep.landfill },
      reason: t(`Cách bãi chôn lấp, xử lý chất thải dưới ${metres(sep.landfill, 'vi-VN')} m`, `Less than ${metres(sep.landfill, 'en-US')} m from a landfill or waste-treatment site`),
      reference: `${QCVN_01}, khoảng cách an toàn về môi trường của cơ sở xử lý chất thải rắn`,
    },
    {
      id: 'near_cemetery',
      measure: distanceToCodes(['NTD']),
      test: { op: 'lt', value: sep.cemetery },
      reason: t(`Cách nghĩa trang dưới ${metres(sep.cemetery, 'vi-VN')} m`, `Less than ${metres(sep.cemetery, 'en-US')} m from a cemetery`),
      reference: `${QCVN_01}, khoảng cách an toàn về môi trường của nghĩa trang`,
    },
    {
      id: 'near_wastewater_plant',
      measure: { kind: 'distance_to_nearest', source: { role: 'utility', filter: { property: 'kind', op: 'in', values: ['wastewater_plant'] } } },
      test: { op: 'lt', value: sep.wastewaterPlant },
      reason: t(`Cách trạm xử lý nước thải dưới ${metres(sep.wastewaterPlant, 'vi-VN')} m`, `Less than ${metres(sep.wastewaterPlant, 'en-US')} m from a wastewater treatment plant`),
      reference: `${QCVN_01}, khoảng cách an toàn về môi trường của trạm xử lý nước thải`,
    },
    {
      id: 'min_area',
      measure: { kind: 'area' },
      test: { op: 'lt', value: minAreaM2 },
      reason: t(`Diện tích nhỏ hơn ${minAreaM2.toLocaleString('vi-VN')} m²`, `Smaller than ${minAreaM2.toLocaleString('en-US')} m²`),
      reference: 'Tiêu chí của kịch bản (chỉnh được)',
    },
  ];
}

export const WORKER_HOUSING: Scenario = {
  id: 'worker_housing',
  label: t('Nhà ở công nhân gần KCN', 'Worker housing near industrial zones'),
  description: t(
    'Ưu tiên gần khu, cụm công nghiệp (≤ 5 km tốt, 5–10 km khá), gần đường chính, đủ trường mầm non, ngoài vùng ngập.',
    'Favours industrial zones within 5 km (good) or 5–10 km (fair), main roads, kindergartens, outside flood zones.',
  ),
  groups: [
    { id: 'jobs_transport', label: t('Việc làm và giao thông', 'Jobs and transport'), weight: 0.5 },
    { id: 'services', label: t('Hạ tầng xã hội, kỹ thuật', 'Social and technical infrastructure'), weight: 0.3 },
    { id: 'site', label: t('Điều kiện khu đất', 'Site conditions'), weight: 0.2 },
  ],
  criteria: [
    {
      id: 'industrial_zone',
      label: t('Khoảng cách đến KCN/CCN', 'Distance to an industrial zone'),
      measure: { kind: 'distance_to_nearest', source: { role: 'industrial_zone' } },
      transform: { type: 'stepped', classes: [{ upTo: 5000, value01: 1 }, { upTo: 10000, value01: 0.5 }, { upTo: ANY, value01: 0 }] },
      weight: 3,
      group: 'jobs_transport',
    },
    { ...mainRoad, group: 'jobs_transport' },
    { ...transit, group: 'jobs_transport' },
    { ...facilityCount('kindergartens', 'kindergarten', 300, t('Số trường mầm non trong 300 m', 'Kindergartens within 300 m'), 2), group: 'services' },
    { ...facilityDistance('health', ['health_station', 'hospital'], 1000, 2000, t('Khoảng cách đến trạm y tế', 'Distance to a health station'), 1), group: 'services' },
    { ...facilityDistance('market', ['market'], 1000, 2000, t('Khoảng cách đến chợ', 'Distance to a market'), 1), group: 'services' },
    { ...water, group: 'services' },
    { ...floodShare, group: 'site' },
    { ...landUse, group: 'site' },
    {
      id: 'area',
      label: t('Diện tích khu đất', 'Parcel area'),
      measure: { kind: 'area' },
      transform: { type: 'target_band', min: 10000, max: 50000, sigma: 5000 },
      weight: 1,
      group: 'site',
    },
  ],
  constraints: constraints(5000, true),
};

export const URBAN_LOW_INCOME: Scenario = {
  id: 'urban_low_income',
  label: t('NOXH cho người thu nhập thấp tại đô thị', 'Urban low-income housing'),
  description: t(
    'Ưu tiên trong đô thị: trường học, y tế, chợ trong bán kính đi bộ, gần đường chính và giao thông công cộng, ngoài vùng ngập.',
    'Favours urban sites: schools, health and markets within walking distance, main roads and public transport, outside flood zones.',
  ),
  criteria: [
    facilityCount('kindergartens', 'kindergarten', 300, t('Số trường mầm non trong 300 m', 'Kindergartens within 300 m'), 1.5),
    facilityCount('primary_schools', 'primary', 500, t('Số trường tiểu học trong 500 m', 'Primary schools within 500 m'), 1.5),
    facilityCount('secondary_schools', 'secondary', 1000, t('Số trường THCS trong 1 km', 'Lower secondary schools within 1 km'), 1),
    facilityDistance('health', ['health_station', 'hospital'], 1000, 2000, t('Khoảng cách đến trạm y tế', 'Distance to a health station'), 1),
    facilityDistance('market', ['market'], 500, 1000, t('Khoảng cách đến chợ', 'Distance to a market'), 1),
    facilityDistance('park', ['park'], 300, 1000, t('Khoảng cách đến công viên, sân chơi', 'Distance to a park or playground'), 0.5),
    mainRoad,
    transit,
    water,
    substation,
    floodShare,
    landUse,
  ],
  constraints: constraints(1000),
};

export const PRESET_SCENARIOS: Scenario[] = [WORKER_HOUSING, URBAN_LOW_INCOME];

/** A fresh copy of a preset (scenarios are edited in place by the UI's commands). */
export function presetScenario(id: string): Scenario | undefined {
  const s = PRESET_SCENARIOS.find((p) => p.id === id);
  return s ? (JSON.parse(JSON.stringify(s)) as Scenario) : undefined;
}
