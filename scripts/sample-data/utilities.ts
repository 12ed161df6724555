// Utilities: water service areas (Quảng Ngãi, Dung Quất, Đức Phổ, Kon Tum), 220/110 kV lines and substations, one
// drainage canal. Approximate, illustrative alignments.
import type { Feature, Geometry } from 'geojson';
import { type Properties, makeFeature } from './features.ts';
import { clipToProvince, keepInside } from './admin.ts';
import { type LonLat, lineFrom, offsetM, polygonFrom, round6, smoothLine } from './geometry.ts';
import { createRandom } from './random.ts';

export function buildUtilities(): Feature<Geometry, Properties>[] {
  const rng = createRandom(51_0007);
  const out: Feature<Geometry, Properties>[] = [];
  const blob = (center: LonLat, rxM: number, ryM: number): LonLat[] => {
    const v: LonLat[] = [];
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * Math.PI * 2;
      const s = rng.range(0.88, 1.1);
      v.push(offsetM(center, Math.cos(a) * rxM * s, Math.sin(a) * ryM * s));
    }
    return v;
  };
  const areas: [string, string, LonLat, number, number][] = [
    ['CN-01', 'Vùng cấp nước Nhà máy nước Quảng Ngãi (minh họa)', [108.815, 15.13], 7500, 6500],
    ['CN-02', 'Vùng cấp nước KKT Dung Quất (minh họa)', [108.8, 15.35], 8000, 5500],
    ['CN-03', 'Vùng cấp nước phường Đức Phổ, Trà Câu (minh họa)', [108.955, 14.815], 4500, 4000],
    ['CN-04', 'Vùng cấp nước Kon Tum (phường Kon Tum, Đăk Bla, Đăk Cấm; minh họa)', [108.0, 14.36], 6000, 5500],
  ];
  for (const [id, name, c, rx, ry] of areas) {
    out.push(makeFeature({ id, name, kind: 'water_service_area' }, clipToProvince(polygonFrom(blob(c, rx, ry)))!));
  }
  const subs: [string, string, LonLat][] = [
    ['TBA-01', 'Trạm biến áp 220 kV Dốc Sỏi', [108.7, 15.362]],
    ['TBA-02', 'Trạm biến áp 220 kV Quảng Ngãi', [108.758, 15.097]],
    ['TBA-03', 'Trạm biến áp 110 kV Tịnh Phong', [108.788, 15.2]],
    ['TBA-04', 'Trạm biến áp 110 kV Quảng Phú', [108.768, 15.121]],
    ['TBA-05', 'Trạm biến áp 110 kV Dung Quất', [108.802, 15.372]],
    ['TBA-06', 'Trạm biến áp 110 kV Mộ Đức', [108.868, 14.952]],
    ['TBA-07', 'Trạm biến áp 110 kV Đức Phổ', [108.948, 14.822]],
    ['TBA-08', 'Trạm biến áp 110 kV Ba Tơ', [108.726, 14.775]],
    ['TBA-09', 'Trạm biến áp 220 kV Kon Tum', [107.985, 14.385]],
    ['TBA-10', 'Trạm biến áp 110 kV Đăk Tô', [107.84, 14.655]],
    ['TBA-11', 'Trạm biến áp 110 kV Ngọc Hồi', [107.695, 14.715]],
  ];
  const at = (id: string): LonLat => subs.find((s) => s[0] === id)![2];
  const lines: [string, string, LonLat[]][] = [
    ['DZ-01', 'Đường dây 220 kV Dốc Sỏi – Quảng Ngãi (minh họa)', [at('TBA-01'), [108.69, 15.3], [108.695, 15.24], [108.705, 15.18], [108.73, 15.13], at('TBA-02')]],
    ['DZ-02', 'Đường dây 220 kV Quảng Ngãi – Quy Nhơn, đoạn trong tỉnh (minh họa)', [at('TBA-02'), [108.77, 15.03], [108.8, 14.96], [108.84, 14.9], [108.9, 14.82], [108.96, 14.74], [109.0, 14.66], [109.01, 14.635]]],
    ['DZ-03', 'Đường dây 110 kV Quảng Ngãi – Tịnh Phong (minh họa)', [at('TBA-02'), [108.762, 15.115], at('TBA-04'), [108.776, 15.16], at('TBA-03')]],
    ['DZ-04', 'Đường dây 110 kV Dốc Sỏi – Dung Quất (minh họa)', [at('TBA-01'), [108.74, 15.37], [108.775, 15.375], at('TBA-05')]],
    ['DZ-05', 'Đường dây 110 kV Quảng Ngãi – Mộ Đức – Đức Phổ (minh họa)', [at('TBA-02'), [108.79, 15.04], [108.83, 14.99], at('TBA-06'), [108.9, 14.88], at('TBA-07')]],
    ['DZ-06', 'Đường dây 110 kV Đức Phổ – Ba Tơ (minh họa)', [at('TBA-07'), [108.88, 14.83], [108.8, 14.8], at('TBA-08')]],
    ['DZ-07', 'Đường dây 110 kV Kon Tum – Đăk Tô – Ngọc Hồi (minh họa)', [at('TBA-09'), [107.93, 14.5], [107.88, 14.6], at('TBA-10'), [107.76, 14.69], at('TBA-11')]],
  ];
  for (const [id, name, pts] of lines) out.push(makeFeature({ id, name, kind: 'power_line' }, lineFrom(keepInside(pts))));
  for (const [id, name, p] of subs) out.push(makeFeature({ id, name, kind: 'substation' }, { type: 'Point', coordinates: [round6(p[0]), round6(p[1])] }));
  out.push(
    makeFeature(
      { id: 'TN-01', name: 'Kênh thoát nước Bàu Giang – Nghĩa Dũng (minh họa)', kind: 'drainage' },
      lineFrom(smoothLine([[108.79, 15.106], [108.8, 15.108], [108.812, 15.115], [108.825, 15.119], [108.838, 15.1205], [108.85, 15.125], [108.854, 15.131], [108.856, 15.1375]], 2)),
    ),
  );
  return out;
}
