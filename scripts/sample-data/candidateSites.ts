// Candidate parcels: small quadrilaterals/pentagons scattered in clusters around the towns and
// industrial zones (named after, and owned by, the 2025 commune holding most of their area), each wholly inside one land-use block (so its plan code is unambiguous), off
// roads and projects, and at least GAP_M away from the other parcels (so they never overlap).
import * as turf from '@turf/turf';
import type { Feature, Geometry, Polygon } from 'geojson';
import type { Base } from './base.ts';
import { type Properties, makeFeature } from './features.ts';
import { type Commune, loadAdmin, unitLabel } from './admin.ts';
import { type Area, type LonLat, areaM2, blockPolygon, cleanArea, offsetM } from './geometry.ts';
import { type LandUseBlock, indexBlocks } from './landUsePlan.ts';
import { geodesicAreaM2 } from '../../src/domain/geo/geodesicAreaM2.ts';
import { createRandom, type Random } from './random.ts';
import { CLUSTERS } from './transport.ts';

const GAP_M = 12;
const EXCLUDED_CODES = new Set(['SON', 'SKK', 'SKN', 'DGT', 'DRA', 'RPH']);

const CURRENT_USE: Record<string, string[]> = {
  LUC: ['Đất trồng lúa'],
  HNK: ['Đất trồng cây hằng năm', 'Đất trồng hoa màu'],
  CLN: ['Đất trồng cây lâu năm', 'Vườn cây ăn quả'],
  RSX: ['Rừng trồng keo'],
  ODT: ['Đất trống', 'Đất ở hiện hữu thấp tầng', 'Đất trụ sở cũ (sau di dời)', 'Đất cơ sở sản xuất cũ (sau di dời)'],
  ONT: ['Đất ở hiện hữu thấp tầng', 'Đất vườn tạp', 'Đất trống'],
  TMD: ['Đất trống', 'Kho bãi tạm'],
  DGD: ['Đất trường học cũ', 'Đất trống'],
  DYT: ['Đất trống'],
  DKV: ['Đất cây xanh hiện hữu', 'Đất trống'],
  DCH: ['Chợ tạm'],
  NTD: ['Nghĩa địa hiện hữu'],
};

function ownerFor(code: string, commune: Commune, rng: Random): string {
  const ubnd = `UBND ${unitLabel(commune)}`;
  if (code === 'LUC' || code === 'HNK' || code === 'CLN') return rng.weighted({ [ubnd]: 1, 'Hộ gia đình, cá nhân': 3 });
  if (code === 'RSX') return rng.weighted({ 'Công ty TNHH MTV Lâm nghiệp (minh họa)': 1, 'Hộ gia đình, cá nhân': 1 });
  if (code === 'NTD') return ubnd;
  return rng.weighted({
    [ubnd]: 3,
    'Nhà nước quản lý': 2,
    'Trung tâm Phát triển quỹ đất tỉnh': 2,
    'Hộ gia đình, cá nhân': 1.5,
    'Doanh nghiệp (thuê đất)': 1,
  });
}

type Box = [number, number, number, number];
const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

export function buildCandidateSites(base: Base, blocks: LandUseBlock[], roads: LonLat[][]): Feature<Geometry, Properties>[] {
  const rng = createRandom(51_0009);
  const blockAt = indexBlocks(blocks);
  const obstacles: { box: Box; geometry: Geometry }[] = [];
  const addObstacle = (geometry: Geometry) => obstacles.push({ box: turf.bbox(geometry) as Box, geometry });
  base.industrialZones.filter((z) => z.kind !== 'KKT').forEach((z) => addObstacle(z.geometry));
  base.commercial.forEach((c) => {
    addObstacle(c.geometry);
    if (c.reserve) addObstacle(c.reserve.geometry);
  });
  base.housing.forEach((h) => addObstacle(h.geometry as Geometry));
  roads.forEach((r) => addObstacle({ type: 'LineString', coordinates: r }));

  const placed: { box: Box }[] = [];
  const out: Feature<Geometry, Properties>[] = [];
  const perCommune = new Map<string, number>();
  for (const cluster of CLUSTERS) {
    let made = 0;
    for (let attempt = 0; made < cluster.count && attempt < cluster.count * 80; attempt++) {
      const r = cluster.radiusM * Math.sqrt(rng.next());
      const a = rng.range(0, Math.PI * 2);
      const center = offsetM(cluster.center, Math.cos(a) * r, Math.sin(a) * r);
      // Mostly 0.5–2 ha, a few up to 6 ha and down to 0.3 ha.
      const targetM2 = Math.exp(rng.range(Math.log(3500), Math.log(52_000)));
      const aspect = rng.range(0.6, 1.7);
      const w = Math.sqrt(targetM2 * aspect);
      const geometry = cleanArea(blockPolygon(center, w, targetM2 / w, rng.range(-35, 35), rng, 0.07, rng.next() < 0.35)) as Polygon;
      const area = areaM2(geometry);
      if (area < 3000 || area > 60_000) continue;
      const block = blockAt(center);
      if (!block || EXCLUDED_CODES.has(block.code)) continue;
      const box = turf.bbox(geometry) as Box;
      const [gx, gy] = [GAP_M / 107_000, GAP_M / 110_600];
      const padded: Box = [box[0] - gx, box[1] - gy, box[2] + gx, box[3] + gy];
      if (placed.some((p) => boxesMeet(p.box, padded))) continue;
      if (!turf.booleanWithin(geometry, block.geometry)) continue;
      if (obstacles.some((o) => boxesMeet(o.box, padded) && turf.booleanIntersects(geometry, o.geometry))) continue;
      placed.push({ box: padded });
      made++;
      const ref = loadAdmin().communeOf(geometry);
      if (!ref) throw new Error('a parcel inside a land-use block lies outside every commune');
      const commune = loadAdmin().byName(ref.name);
      const k = (perCommune.get(commune.name) ?? 0) + 1;
      perCommune.set(commune.name, k);
      out.push(
        makeFeature(
          {
            id: '',
            name: `Khu đất ${commune.name} ${k}`,
            // Ellipsoidal, like the scoring and audit engines, so every panel shows the same area.
            area_m2: Math.round(geodesicAreaM2(geometry)),
            current_use: rng.pick(CURRENT_USE[block.code] ?? ['Đất trống']),
            owner: ownerFor(block.code, commune, rng),
            landuse_code: block.code,
            commune_code: commune.code,
            commune_name: commune.name,
          },
          geometry as Area,
        ),
      );
    }
  }
  out.forEach((f, i) => (f.properties.id = `QN-${String(i + 1).padStart(4, '0')}`));
  return out;
}
