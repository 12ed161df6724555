// The illustrative land-use plan: a jittered grid of blocks over focus regions (city + VSIP, Dung
// Quất, Đức Phổ; in the former Kon Tum part the Kon Tum wards, Đăk Hà and Plei Kần), cut around "overlay" blocks whose code must be exact (rivers SON, industrial
// zones SKK/SKN, projects ODT, TM-04's rice patch LUC, a landfill DRA). Blocks never overlap.
import Flatbush from 'flatbush';
import * as turf from '@turf/turf';
import type { Feature, Geometry, Polygon } from 'geojson';
import type { Base } from './base.ts';
import { type Properties, makeFeature } from './features.ts';
import {
  type Area,
  type LonLat,
  areaM2,
  blockPolygon,
  containsPoint,
  distanceToLineM,
  polygonFrom,
  splitArea,
  subtractArea,
  unionAreas,
} from './geometry.ts';
import { clipToProvince } from './admin.ts';
import { COAST_APPROX } from './places.ts';
import { createRandom, type Random } from './random.ts';

export const PLAN_NAME = 'Quy hoạch sử dụng đất đến 2030 (minh họa)';
export const PLAN_PERIOD = '2021–2030';
export const PLAN_DECISION = 'QĐ 1234/QĐ-UBND ngày 28/12/2023 (minh họa)';

export interface LandUseBlock {
  code: string;
  geometry: Polygon;
}

interface Region {
  west: number;
  south: number;
  east: number;
  north: number;
  cellDeg: number;
}

const REGIONS: Region[] = [
  { west: 108.7, south: 15.02, east: 108.934, north: 15.32, cellDeg: 0.02 },
  { west: 108.68, south: 15.32, east: 108.878, north: 15.43, cellDeg: 0.022 },
  { west: 108.86, south: 14.74, east: 109.04, north: 14.884, cellDeg: 0.02 },
  // Former Kon Tum part: Kon Tum wards and Hòa Bình / Sao Mai industrial parks, Đăk Hà, Plei Kần (Bờ Y).
  { west: 107.9, south: 14.27, east: 108.08, north: 14.43, cellDeg: 0.02 },
  { west: 107.88, south: 14.47, east: 107.98, north: 14.55, cellDeg: 0.02 },
  { west: 107.64, south: 14.67, east: 107.74, north: 14.75, cellDeg: 0.02 },
];

/** Jittered grid: shared corners move together, region borders stay straight, so cells tile the region. */
function gridCells(region: Region, rng: Random): Polygon[] {
  const nx = Math.round((region.east - region.west) / region.cellDeg);
  const ny = Math.round((region.north - region.south) / region.cellDeg);
  const dx = (region.east - region.west) / nx;
  const dy = (region.north - region.south) / ny;
  const corners: LonLat[][] = [];
  for (let i = 0; i <= nx; i++) {
    corners.push([]);
    for (let j = 0; j <= ny; j++) {
      const inner = i > 0 && i < nx && j > 0 && j < ny;
      const jx = inner ? rng.range(-0.22, 0.22) * dx : 0;
      const jy = inner ? rng.range(-0.22, 0.22) * dy : 0;
      corners[i].push([region.west + i * dx + jx, region.south + j * dy + jy]);
    }
  }
  const cells: Polygon[] = [];
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      cells.push(polygonFrom([corners[i][j], corners[i + 1][j], corners[i + 1][j + 1], corners[i][j + 1]]));
    }
  }
  return cells;
}

/** Splits a quadrilateral cell into four through its edge midpoints and centre (finer blocks in towns). */
function quarter(cell: Polygon): Polygon[] {
  const [a, b, c, d] = cell.coordinates[0] as LonLat[];
  const mid = (p: LonLat, q: LonLat): LonLat => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  const o: LonLat = [(a[0] + b[0] + c[0] + d[0]) / 4, (a[1] + b[1] + c[1] + d[1]) / 4];
  const [ab, bc, cd, da] = [mid(a, b), mid(b, c), mid(c, d), mid(d, a)];
  return [
    polygonFrom([a, ab, o, da]),
    polygonFrom([ab, b, bc, o]),
    polygonFrom([o, bc, c, cd]),
    polygonFrom([da, o, cd, d]),
  ];
}

function pickCode(base: Base, at: LonLat, rng: Random): string {
  const inArea = (id: string) => containsPoint(base.urbanAreas.find((u) => u.id === id)!.geometry, at);
  const dungQuat = base.industrialZones.find((z) => z.id === 'KKT-DQ')!.geometry;
  const nearRiver = base.rivers.some((r) => distanceToLineM(at, r.line) < 1100);
  const nearCoast = distanceToLineM(at, COAST_APPROX) < 1300;
  if (inArea('DT-VTG')) return rng.weighted({ ODT: 5, TMD: 2, DKV: 1, DGD: 1 });
  if (containsPoint(dungQuat, at)) return rng.weighted({ SKK: 6, TMD: 1.2, DGT: 0.6, ONT: 1, RPH: nearCoast ? 2 : 0.2 });
  if (inArea('DT-QNG')) {
    if (nearRiver) return rng.weighted({ ODT: 3, LUC: 3, DKV: 1, HNK: 1 });
    return rng.weighted({ ODT: 8, TMD: 2, DGD: 1, DYT: 0.5, DKV: 1, DCH: 0.5, DGT: 0.4, LUC: 1, NTD: 0.3, ONT: 1 });
  }
  if (['DT-KTM', 'DT-PKN', 'DT-DHA'].some(inArea)) return rng.weighted({ ODT: 6, TMD: 2, DGD: 1, DCH: 0.5, DKV: 0.5, CLN: 1, ONT: 1 });
  // Former Kon Tum highlands: coffee and rubber (CLN), upland crops, villages, planted forest.
  if (at[0] < 108.2) return rng.weighted({ CLN: 4, HNK: 2, ONT: 2, RSX: 1, LUC: 1, NTD: 0.3, TMD: 0.3, DGD: 0.2 });
  if (inArea('DT-LHA') || inArea('DT-CHO') || inArea('DT-DPO')) return rng.weighted({ ODT: 6, TMD: 2, DGD: 1, DCH: 0.5, DKV: 0.5, LUC: 1, ONT: 1 });
  if (nearRiver) return rng.weighted({ LUC: 6, HNK: 2, ONT: 1.5 });
  if (nearCoast) return rng.weighted({ RPH: 2, ONT: 2, HNK: 2, NTD: 0.6 });
  if (at[0] < 108.73) return rng.weighted({ RSX: 4, CLN: 3, HNK: 1, ONT: 1, RPH: 0.5, NTD: 0.3 });
  return rng.weighted({ ONT: 3, LUC: 3, HNK: 2, CLN: 1.5, NTD: 0.5, TMD: 0.5, DGD: 0.3 });
}

/** Overlays, highest priority first; each is cut by all earlier ones. */
function overlays(base: Base): LandUseBlock[] {
  const raw: { code: string; geometry: Area }[] = [];
  base.rivers.forEach((r) => raw.push({ code: 'SON', geometry: r.water }));
  raw.push({ code: 'LUC', geometry: base.tm04RicePatch });
  base.industrialZones.filter((z) => z.kind !== 'KKT').forEach((z) => raw.push({ code: z.kind === 'KCN' ? 'SKK' : 'SKN', geometry: z.geometry }));
  for (const c of base.commercial) {
    raw.push({ code: 'ODT', geometry: c.reserve ? unionAreas([c.geometry, c.reserve.geometry])! : c.geometry });
  }
  base.housing.forEach((h) => {
    if (h.geometry.type === 'Polygon') raw.push({ code: 'ODT', geometry: h.geometry });
  });
  raw.push({ code: 'DRA', geometry: blockPolygon([108.728, 15.078], 420, 320, 10) });
  raw.push({ code: 'NTD', geometry: blockPolygon([108.772, 15.163], 380, 260, -15) });
  const out: LandUseBlock[] = [];
  raw.forEach((o, i) => {
    const [w, s, e, n] = turf.bbox(o.geometry);
    let left: Area | null = o.geometry;
    for (const earlier of raw.slice(0, i)) {
      const [ew, es, ee, en] = turf.bbox(earlier.geometry);
      if (left && ew <= e && ee >= w && es <= n && en >= s && turf.booleanIntersects(left, earlier.geometry)) left = subtractArea(left, earlier.geometry);
    }
    if (!left) return;
    splitArea(left).filter((p) => areaM2(p) > 500).forEach((geometry) => out.push({ code: o.code, geometry }));
  });
  return out;
}

export function buildLandUseBlocks(base: Base): LandUseBlock[] {
  const rng = createRandom(51_0005);
  const fixed = overlays(base);
  const fixedBoxes = fixed.map((b) => turf.bbox(b.geometry));
  const towns = unionAreas(base.urbanAreas.map((u) => u.geometry))!;
  const blocks: LandUseBlock[] = [...fixed];
  // Only the overlays whose boxes meet a piece are cut from it (a union of all of them is slow).
  const cutOverlays = (piece: Area): Area | null => {
    const [w, s, e, n] = turf.bbox(piece);
    const near = fixed.filter((_, i) => fixedBoxes[i][0] <= e && fixedBoxes[i][2] >= w && fixedBoxes[i][1] <= n && fixedBoxes[i][3] >= s);
    let left: Area | null = piece;
    for (const o of near) {
      if (left && turf.booleanIntersects(left, o.geometry)) left = subtractArea(left, o.geometry);
    }
    return left;
  };
  for (const region of REGIONS) {
    for (const cell of gridCells(region, rng)) {
      const inTown = containsPoint(towns, turf.centroid(cell).geometry.coordinates as LonLat);
      for (const piece of inTown ? quarter(cell) : [cell]) {
        // Clipping is slow (exact arithmetic): only clip pieces that cross the coast or border.
        const onLand = clipToProvince(piece);
        if (!onLand) continue;
        const free = cutOverlays(onLand);
        if (!free) continue;
        const code = pickCode(base, turf.pointOnFeature(free).geometry.coordinates as LonLat, rng);
        splitArea(free).filter((p) => areaM2(p) > 2000).forEach((geometry) => blocks.push({ code, geometry }));
      }
    }
  }
  return blocks;
}

export function buildLandUseFeatures(blocks: LandUseBlock[]): Feature<Geometry, Properties>[] {
  return blocks.map((b, i) =>
    makeFeature(
      {
        id: `QH-${String(i + 1).padStart(4, '0')}`,
        landuse_code: b.code,
        plan_name: PLAN_NAME,
        period: PLAN_PERIOD,
        decision: PLAN_DECISION,
        area_m2: Math.round(areaM2(b.geometry)),
      },
      b.geometry,
    ),
  );
}

/** Finds the land-use block containing a point, via a bbox index. */
export function indexBlocks(blocks: LandUseBlock[]): (at: LonLat) => LandUseBlock | null {
  const index = new Flatbush(blocks.length);
  for (const b of blocks) {
    const [minX, minY, maxX, maxY] = turf.bbox(b.geometry);
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  return (at) => {
    for (const i of index.search(at[0], at[1], at[0], at[1])) {
      if (containsPoint(blocks[i].geometry, at)) return blocks[i];
    }
    return null;
  };
}
