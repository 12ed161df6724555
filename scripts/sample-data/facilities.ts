// Social facilities (points): a few well-known ones placed by hand, the rest scattered around each
// town centre with a seeded PRNG and named after the nearest commune or ward.
import type { Feature, Geometry } from 'geojson';
import { type Properties, makeFeature } from './features.ts';
import { type LonLat, distanceM, offsetM, round6 } from './geometry.ts';
import { COMMUNES } from './places.ts';
import { createRandom } from './random.ts';

type Kind = 'kindergarten' | 'primary' | 'secondary' | 'high_school' | 'health_station' | 'hospital' | 'market' | 'park';

const FIXED: [Kind, string, LonLat][] = [
  ['hospital', 'Bệnh viện Đa khoa tỉnh Quảng Ngãi', [108.8045, 15.1165]],
  ['hospital', 'Bệnh viện Sản – Nhi tỉnh Quảng Ngãi', [108.8255, 15.1225]],
  ['hospital', 'Bệnh viện Đa khoa Dung Quất', [108.772, 15.305]],
  ['hospital', 'Trung tâm Y tế thị xã Đức Phổ', [108.9545, 14.8135]],
  ['hospital', 'Trung tâm Y tế huyện Tư Nghĩa', [108.8065, 15.0905]],
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
];

const KINDERGARTEN_NAMES = ['Hoa Sen', 'Sơn Ca', 'Họa Mi', 'Hoa Hồng', 'Tuổi Thơ', 'Vành Khuyên', 'Hướng Dương', 'Bình Minh', 'Măng Non', 'Hoa Mai', 'Sao Mai', 'Ánh Dương', 'Hoa Phượng', 'Thỏ Ngọc', 'Búp Sen Hồng'];

function nearestCommune(at: LonLat): (typeof COMMUNES)[number] {
  let best = COMMUNES[0];
  for (const c of COMMUNES) if (distanceM(at, c.at) < distanceM(at, best.at)) best = c;
  return best;
}

function nameFor(kind: Kind, at: LonLat, k: number): string {
  const c = nearestCommune(at);
  const unit = `${c.kind} ${c.name}`;
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
        let name = nameFor(kind, at, kind === 'kindergarten' ? kinder++ : i);
        for (let s = 2; used.has(name); s++) name = `${nameFor(kind, at, i)} số ${s}`;
        used.add(name);
        items.push([kind, name, at]);
      }
    }
  }
  return items.map(([kind, name, at], i) =>
    makeFeature({ id: `CS-${String(i + 1).padStart(3, '0')}`, name, kind }, { type: 'Point', coordinates: [round6(at[0]), round6(at[1])] }),
  );
}
