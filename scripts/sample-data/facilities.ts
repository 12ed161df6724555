// Social facilities (points): a few well-known ones placed by hand, the rest scattered around each
// town centre with a seeded PRNG and named after the commune or ward they fall in (2025 units).
import type { Feature, Geometry } from 'geojson';
import type { CommuneRef } from '../../src/domain/geo/assignCommune.ts';
import { insideProvince, loadAdmin, unitLabel } from './admin.ts';
import { type Properties, makeFeature } from './features.ts';
import { type LonLat, offsetM, round6 } from './geometry.ts';
import { createRandom } from './random.ts';

type Kind = 'kindergarten' | 'primary' | 'secondary' | 'high_school' | 'health_station' | 'hospital' | 'market' | 'park';

const FIXED: [Kind, string, LonLat][] = [
  ['hospital', 'Bệnh viện Đa khoa tỉnh Quảng Ngãi', [108.8045, 15.1165]],
  ['hospital', 'Bệnh viện Sản – Nhi tỉnh Quảng Ngãi', [108.8255, 15.1225]],
  ['hospital', 'Bệnh viện Đa khoa Dung Quất', [108.772, 15.305]],
  ['hospital', 'Trung tâm Y tế khu vực Đức Phổ', [108.9545, 14.8135]],
  ['hospital', 'Trung tâm Y tế khu vực Tư Nghĩa', [108.8065, 15.0905]],
  ['market', 'Chợ Quảng Ngãi', [108.8035, 15.1225]],
  ['market', 'Chợ Châu Ổ', [108.7515, 15.2915]],
  ['market', 'Chợ La Hà', [108.8015, 15.0865]],
  ['market', 'Chợ Đức Phổ', [108.958, 14.8155]],
  ['park', 'Công viên Ba Tơ', [108.807, 15.1195]],
  ['park', 'Quảng trường Phạm Văn Đồng', [108.8135, 15.1245]],
  ['park', 'Công viên Thiên Bút', [108.823, 15.1295]],
  ['high_school', 'Trường THPT chuyên Lê Khiết', [108.8175, 15.1215]],
  ['high_school', 'Trường THPT Trần Quốc Tuấn', [108.8115, 15.1085]],
  ['high_school', 'Trường THPT Bình Sơn', [108.7545, 15.2855]],
  ['high_school', 'Trường THPT Số 1 Đức Phổ', [108.9625, 14.8085]],
  // Former Kon Tum part.
  ['hospital', 'Bệnh viện Đa khoa Kon Tum', [108.0005, 14.3545]],
  ['hospital', 'Trung tâm Y tế khu vực Ngọc Hồi', [107.6925, 14.7105]],
  ['hospital', 'Trung tâm Y tế khu vực Đăk Hà', [107.9285, 14.5155]],
  ['market', 'Chợ Kon Tum', [108.0055, 14.3515]],
  ['market', 'Chợ Plei Kần', [107.6885, 14.7075]],
  ['high_school', 'Trường THPT chuyên Nguyễn Tất Thành', [108.0125, 14.3605]],
];

/** Town centres and how many facilities of each kind to scatter around them. */
const CENTRES: { center: LonLat; radiusM: number; counts: Partial<Record<Kind, number>> }[] = [
  { center: [108.815, 15.118], radiusM: 3800, counts: { kindergarten: 12, primary: 9, secondary: 6, high_school: 2, health_station: 8, market: 4, park: 4 } },
  { center: [108.8, 15.165], radiusM: 3000, counts: { kindergarten: 4, primary: 3, secondary: 2, health_station: 3, market: 1, park: 1 } },
  { center: [108.803, 15.083], radiusM: 2500, counts: { kindergarten: 4, primary: 3, secondary: 2, high_school: 1, health_station: 3, market: 1, park: 1 } },
  { center: [108.752, 15.29], radiusM: 2800, counts: { kindergarten: 4, primary: 3, secondary: 2, health_station: 3, market: 1, park: 1 } },
  { center: [108.775, 15.21], radiusM: 3500, counts: { kindergarten: 5, primary: 4, secondary: 2, high_school: 1, health_station: 3, market: 2, park: 1 } },
  { center: [108.825, 15.35], radiusM: 4000, counts: { kindergarten: 5, primary: 4, secondary: 2, high_school: 1, health_station: 3, market: 2, park: 1 } },
  { center: [108.955, 14.815], radiusM: 3500, counts: { kindergarten: 6, primary: 4, secondary: 3, health_station: 4, market: 2, park: 2 } },
  { center: [108.875, 14.955], radiusM: 2500, counts: { kindergarten: 3, primary: 2, secondary: 1, high_school: 1, health_station: 2, market: 1 } },
  { center: [108.775, 15.03], radiusM: 2000, counts: { kindergarten: 2, primary: 2, secondary: 1, high_school: 1, health_station: 2, market: 1 } },
  { center: [108.912, 14.83], radiusM: 2500, counts: { kindergarten: 2, primary: 2, secondary: 1, health_station: 2, market: 1 } },
  // Former Kon Tum part: Kon Tum wards, Đăk Hà, Plei Kần, Đăk Tô, Măng Đen.
  { center: [108.003, 14.355], radiusM: 4500, counts: { kindergarten: 8, primary: 6, secondary: 4, high_school: 1, health_station: 5, market: 2, park: 3 } },
  { center: [107.928, 14.515], radiusM: 2500, counts: { kindergarten: 2, primary: 2, secondary: 1, health_station: 2, market: 1 } },
  { center: [107.69, 14.71], radiusM: 2500, counts: { kindergarten: 2, primary: 2, secondary: 1, high_school: 1, health_station: 2, market: 1 } },
  { center: [107.835, 14.655], radiusM: 2000, counts: { kindergarten: 2, primary: 1, secondary: 1, health_station: 1, market: 1 } },
  { center: [108.28, 14.6], radiusM: 2000, counts: { kindergarten: 1, primary: 1, secondary: 1, health_station: 1, park: 1 } },
];

const KINDERGARTEN_NAMES = ['Hoa Sen', 'Sơn Ca', 'Họa Mi', 'Hoa Hồng', 'Tuổi Thơ', 'Vành Khuyên', 'Hướng Dương', 'Bình Minh', 'Măng Non', 'Hoa Mai', 'Sao Mai', 'Ánh Dương', 'Hoa Phượng', 'Thỏ Ngọc', 'Búp Sen Hồng'];

function communeAt(at: LonLat): CommuneRef & { unitType: string } {
  const admin = loadAdmin();
  const ref = admin.communeOf({ type: 'Point', coordinates: at });
  if (!ref) throw new Error(`facility at ${at.join(',')} is outside the province`);
  return { ...ref, unitType: admin.byName(ref.name).unitType };
}

function nameFor(kind: Kind, at: LonLat, k: number): string {
  const c = communeAt(at);
  const unit = unitLabel(c);
  switch (kind) {
    case 'kindergarten':
      return `Trường Mầm non ${KINDERGARTEN_NAMES[k % KINDERGARTEN_NAMES.length]} (${c.name})`;
    case 'primary':
      return `Trường Tiểu học ${c.name}`;
    case 'secondary':
      return `Trường THCS ${c.name}`;
    case 'high_school':
      return `Trường THPT ${c.name}`;
    case 'health_station':
      return `Trạm Y tế ${unit}`;
    case 'market':
      return `Chợ ${c.name}`;
    case 'park':
      return `Công viên cây xanh ${c.name}`;
    default:
      return `Cơ sở y tế ${c.name}`;
  }
}

export function buildFacilities(): Feature<Geometry, Properties>[] {
  const rng = createRandom(51_0008);
  const items: [Kind, string, LonLat][] = [...FIXED];
  const used = new Set(items.map((i) => i[1]));
  let kinder = 0;
  for (const centre of CENTRES) {
    for (const [kind, count] of Object.entries(centre.counts) as [Kind, number][]) {
      for (let i = 0; i < count; i++) {
        const r = centre.radiusM * Math.sqrt(rng.next());
        const a = rng.range(0, Math.PI * 2);
        const at = offsetM(centre.center, Math.cos(a) * r, Math.sin(a) * r);
        if (!insideProvince(at)) continue;
        let name = nameFor(kind, at, kind === 'kindergarten' ? kinder++ : i);
        for (let s = 2; used.has(name); s++) name = `${nameFor(kind, at, i)} số ${s}`;
        used.add(name);
        items.push([kind, name, at]);
      }
    }
  }
  return items.map(([kind, name, at], i) => {
    const point: LonLat = [round6(at[0]), round6(at[1])];
    const c = communeAt(point);
    return makeFeature({ id: `CS-${String(i + 1).padStart(3, '0')}`, name, kind, commune_code: c.code, commune_name: c.name }, { type: 'Point', coordinates: point });
  });
}
