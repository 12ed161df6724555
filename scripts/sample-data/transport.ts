// Transport: hand-traced national/provincial roads, expressway and railway (approximate alignments),
// a small city street grid, project access roads, procedurally wiggled local roads near the parcel
// clusters, and points for stations, Dung Quất port and bus stops.
import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { Base } from './base.ts';
import { type Properties, makeFeature } from './features.ts';
import { type LonLat, lineFrom, offsetM, round6, smoothLine } from './geometry.ts';
import { insideProvince, keepInside } from './admin.ts';
import { createRandom } from './random.ts';

export const QL1: LonLat[] = [
  [108.672, 15.388], [108.69, 15.365], [108.708, 15.34], [108.725, 15.318], [108.742, 15.3], [108.75, 15.288],
  [108.76, 15.268], [108.77, 15.245], [108.778, 15.222], [108.785, 15.205], [108.79, 15.18], [108.793, 15.16],
  [108.795, 15.14], [108.797, 15.124], [108.798, 15.11], [108.8, 15.095], [108.803, 15.082], [108.808, 15.065],
  [108.815, 15.045], [108.823, 15.02], [108.832, 14.995], [108.84, 14.97], [108.846, 14.95], [108.852, 14.93],
  [108.865, 14.905], [108.885, 14.88], [108.905, 14.862], [108.928, 14.843], [108.945, 14.826], [108.958, 14.81],
  [108.975, 14.79], [108.995, 14.765], [109.015, 14.74], [109.035, 14.715], [109.052, 14.69], [109.06, 14.67],
  [109.055, 14.647],
];

const EXPRESSWAY: LonLat[] = [
  [108.64, 15.37], [108.652, 15.35], [108.665, 15.33], [108.68, 15.305], [108.695, 15.28], [108.703, 15.26],
  [108.706, 15.24], [108.705, 15.22], [108.71, 15.195], [108.72, 15.17], [108.735, 15.13], [108.742, 15.11],
  [108.748, 15.085], [108.76, 15.04], [108.785, 14.99], [108.81, 14.94], [108.84, 14.89], [108.87, 14.845],
  [108.9, 14.8], [108.93, 14.76], [108.96, 14.72], [108.99, 14.68], [109.02, 14.637],
];

const QL24: LonLat[] = [
  [108.852, 14.93], [108.83, 14.915], [108.81, 14.9], [108.79, 14.88], [108.775, 14.86], [108.765, 14.835],
  [108.75, 14.81], [108.738, 14.79], [108.73, 14.772], [108.715, 14.755], [108.69, 14.74], [108.665, 14.725],
  [108.64, 14.715], [108.615, 14.7], [108.59, 14.685], [108.58, 14.672],
  // Former Kon Tum part: over the pass to Măng Đen, then down to Kon Tum.
  [108.53, 14.675], [108.47, 14.668], [108.4, 14.66], [108.33, 14.635], [108.29, 14.6], [108.27, 14.55],
  [108.24, 14.5], [108.18, 14.465], [108.12, 14.43], [108.06, 14.39], [108.015, 14.36],
];

/** Former Kon Tum part (approximate alignments). */
const KON_TUM_ROADS: { id: string; name: string; ref: string; points: LonLat[] }[] = [
  {
    id: 'GT-QL14',
    name: 'Quốc lộ 14 (đường Hồ Chí Minh: Đăk Pék – Bờ Y – Đăk Tô – Đăk Hà – Kon Tum)',
    ref: 'QL14',
    points: [
      [107.745, 15.155], [107.74, 15.1], [107.742, 15.06], [107.735, 15.0], [107.72, 14.95], [107.705, 14.9], [107.7, 14.85],
      [107.695, 14.8], [107.69, 14.75], [107.69, 14.712], [107.73, 14.69], [107.78, 14.675], [107.835, 14.655], [107.87, 14.61],
      [107.9, 14.56], [107.928, 14.515], [107.955, 14.46], [107.98, 14.41], [108.0, 14.37], [108.01, 14.345], [108.025, 14.3],
      [108.035, 14.26], [108.04, 14.235],
    ],
  },
  {
    id: 'GT-QL40',
    name: 'Quốc lộ 40 (Plei Kần – cửa khẩu quốc tế Bờ Y)',
    ref: 'QL40',
    points: [[107.69, 14.712], [107.65, 14.713], [107.6, 14.712], [107.56, 14.714], [107.53, 14.716], [107.51, 14.718]],
  },
  {
    id: 'GT-QL40B',
    name: 'Quốc lộ 40B (Đăk Tô – Tu Mơ Rông – Quảng Nam)',
    ref: 'QL40B',
    points: [[107.835, 14.655], [107.87, 14.7], [107.91, 14.75], [107.95, 14.8], [107.98, 14.85], [108.0, 14.9], [108.02, 14.96], [108.04, 15.02], [108.06, 15.08]],
  },
];

const QL24B: LonLat[] = [
  [108.793, 15.165], [108.81, 15.168], [108.83, 15.172], [108.845, 15.176], [108.86, 15.18], [108.875, 15.185],
  [108.89, 15.19], [108.905, 15.194], [108.915, 15.197], [108.925, 15.198],
];

const PROVINCIAL: { name: string; ref: string; points: LonLat[] }[] = [
  {
    name: 'Đường tỉnh 622 (Sơn Tịnh – Trà Bồng)',
    ref: 'ĐT622',
    points: [[108.791, 15.17], [108.77, 15.178], [108.745, 15.185], [108.72, 15.19], [108.69, 15.2], [108.66, 15.21], [108.62, 15.222], [108.58, 15.232], [108.54, 15.24]],
  },
  {
    name: 'Đường tỉnh 623 (Quảng Ngãi – Sơn Hà – Sơn Tây)',
    ref: 'ĐT623',
    points: [[108.786, 15.128], [108.765, 15.138], [108.74, 15.145], [108.71, 15.15], [108.68, 15.152], [108.65, 15.145], [108.62, 15.125], [108.59, 15.1], [108.56, 15.075], [108.52, 15.055], [108.48, 15.045], [108.44, 15.03], [108.4, 15.01], [108.36, 14.99]],
  },
  {
    name: 'Đường tỉnh 624 (Nghĩa Hành – Minh Long)',
    ref: 'ĐT624',
    points: [[108.8, 15.046], [108.785, 15.04], [108.775, 15.03], [108.76, 15.015], [108.74, 15.0], [108.715, 14.985], [108.69, 14.975], [108.67, 14.965]],
  },
  {
    name: 'Đường tỉnh 628 (Quảng Ngãi – Nghĩa Hành)',
    ref: 'ĐT628',
    points: [[108.79, 15.1], [108.775, 15.09], [108.765, 15.075], [108.772, 15.055], [108.775, 15.03], [108.77, 15.0], [108.77, 14.97], [108.772, 14.94], [108.78, 14.905], [108.79, 14.88]],
  },
  {
    name: 'Đường ven biển Dung Quất – Sa Huỳnh (đoạn Tịnh Khê – Đức Phổ)',
    ref: 'ĐT639',
    points: [[108.905, 15.2], [108.895, 15.175], [108.892, 15.15], [108.895, 15.12], [108.905, 15.09], [108.912, 15.06], [108.92, 15.03], [108.93, 15.0], [108.94, 14.96], [108.955, 14.92], [108.968, 14.88], [108.982, 14.85], [108.995, 14.82], [108.99, 14.795]],
  },
];

/** Illustrative links (alignments approximate): to Dung Quất port from QL1 at Trì Bình, and QL1 to the expressway at Đức Phổ. */
const DUNG_QUAT_ROAD: LonLat[] = [[108.703, 15.346], [108.72, 15.355], [108.74, 15.362], [108.76, 15.37], [108.775, 15.383], [108.786, 15.39]];
const DUC_PHO_LINK: LonLat[] = [[108.958, 14.8], [108.935, 14.796], [108.915, 14.793]];

/** City streets (approximate; names illustrative): [name, from, to]. */
const CITY_STREETS: [string, LonLat, LonLat][] = [
  ['Đường Hùng Vương', [108.785, 15.127], [108.885, 15.127]],
  ['Đường Lê Lợi', [108.765, 15.118], [108.885, 15.118]],
  ['Đường Nguyễn Văn Linh', [108.772, 15.1005], [108.86, 15.1005]],
  ['Đường Lê Thánh Tôn', [108.786, 15.1], [108.786, 15.13]],
  ['Đường Phạm Văn Đồng', [108.808, 15.1], [108.808, 15.131]],
  ['Đường Nguyễn Công Phương', [108.83, 15.1], [108.83, 15.131]],
  ['Đường Trường Chinh', [108.842, 15.1], [108.842, 15.13]],
  ['Đường Bàu Giang', [108.86, 15.1005], [108.86, 15.134]],
];

/** Where the parcel clusters are: local roads are drawn here (shared with candidateSites.ts). */
export const CLUSTERS: { key: string; center: LonLat; radiusM: number; count: number; roads: number }[] = [
  { key: 'city', center: [108.83, 15.12], radiusM: 4500, count: 85, roads: 5 },
  { key: 'laha', center: [108.8, 15.078], radiusM: 2600, count: 34, roads: 3 },
  { key: 'chauo', center: [108.752, 15.29], radiusM: 2800, count: 34, roads: 3 },
  { key: 'vsip', center: [108.765, 15.212], radiusM: 4200, count: 64, roads: 4 },
  { key: 'quangphu', center: [108.765, 15.13], radiusM: 2600, count: 32, roads: 2 },
  { key: 'dungquat', center: [108.81, 15.34], radiusM: 4500, count: 48, roads: 4 },
  { key: 'ducpho', center: [108.94, 14.822], radiusM: 4500, count: 52, roads: 4 },
  // Former Kon Tum part.
  { key: 'kontum', center: [108.0, 14.36], radiusM: 4500, count: 36, roads: 4 },
  { key: 'hoabinh', center: [108.03, 14.305], radiusM: 2500, count: 14, roads: 2 },
  { key: 'dakha', center: [107.928, 14.515], radiusM: 2500, count: 12, roads: 2 },
  { key: 'pleikan', center: [107.69, 14.71], radiusM: 2500, count: 14, roads: 2 },
];

type Out = Feature<Geometry, Properties>[];

const lengthKm = (points: LonLat[]): number => Math.round(turf.length(turf.lineString(points), { units: 'kilometers' }) * 10) / 10;

function line(id: string, name: string, cls: string, ref: string | null, points: LonLat[]): Feature<Geometry, Properties> {
  return makeFeature({ id, name, class: cls, ref, length_km: lengthKm(points) }, lineFrom(points));
}

function point(id: string, name: string, cls: string, at: LonLat): Feature<Geometry, Properties> {
  if (!insideProvince(at)) throw new Error(`${id} (${name}) lies outside the province`);
  return makeFeature({ id, name, class: cls, ref: null, length_km: null }, { type: 'Point', coordinates: [round6(at[0]), round6(at[1])] });
}

function straight(a: LonLat, b: LonLat, stepM = 250): LonLat[] {
  const n = Math.max(1, Math.round(turf.distance(a, b, { units: 'meters' }) / stepM));
  return Array.from({ length: n + 1 }, (_, i) => [a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n] as LonLat);
}

interface PendingLine {
  id: string;
  name: string;
  cls: string;
  ref: string | null;
  points: LonLat[];
}

/** A line end this close to another road is extended onto it (the traced alignments stop near, not on, the road they meet). */
const JOIN_M = 2000;
const isRoad = (p: PendingLine) => p.cls !== 'rail' && p.cls !== 'expressway';

/**
 * Extends every road end that stops within JOIN_M of another road (not the expressway, which has no side
 * access, nor the railway) to the nearest point on it, so the road graph joins them: hand-traced national
 * and provincial roads meet QL1 and each other, local roads reach the road network. In order, so a line
 * may join one already extended.
 */
function joinRoadEnds(pending: PendingLine[]) {
  for (const p of pending) {
    if (!isRoad(p)) continue;
    for (const end of ['start', 'end'] as const) {
      const at = end === 'start' ? p.points[0] : p.points[p.points.length - 1];
      let best: { d: number; point: LonLat } | null = null;
      for (const other of pending) {
        if (other === p || !isRoad(other)) continue;
        const near = turf.nearestPointOnLine(turf.lineString(other.points), at, { units: 'meters' });
        const d = near.properties.dist ?? Infinity;
        if (d <= JOIN_M && (!best || d < best.d)) best = { d, point: near.geometry.coordinates as LonLat };
      }
      if (!best || best.d < 0.5) continue;
      const point: LonLat = [round6(best.point[0]), round6(best.point[1])];
      if (end === 'start') p.points = [point, ...p.points];
      else p.points = [...p.points, point];
    }
  }
}

/**
 * Interchanges of the expressway (illustrative positions): where a national or provincial road crosses it,
 * as the real Đà Nẵng – Quảng Ngãi and Quảng Ngãi – Hoài Nhơn sections have at these roads. Without them the
 * road graph keeps the expressway apart from every road (it connects only at `class` interchange points).
 */
function interchanges(pending: PendingLine[]): Out {
  const expressway = pending.find((p) => p.cls === 'expressway');
  if (!expressway) return [];
  const out: Out = [];
  const exLine = turf.lineString(expressway.points);
  for (const road of pending) {
    if (road.cls !== 'national' && road.cls !== 'provincial') continue;
    if (road.id === 'GT-ĐT-IC-DP') {
      // The link ends on the expressway: the interchange is there.
      const near = turf.nearestPointOnLine(exLine, road.points[road.points.length - 1]).geometry.coordinates as LonLat;
      const at: LonLat = [round6(near[0]), round6(near[1])];
      road.points = [...road.points, at];
      out.push(point(`GT-IC-${String(out.length + 1).padStart(2, '0')}`, 'Nút giao cao tốc Đức Phổ (minh họa)', 'interchange', at));
      continue;
    }
    for (const crossing of turf.lineIntersect(exLine, turf.lineString(road.points)).features) {
      const at = crossing.geometry.coordinates as LonLat;
      out.push(point(`GT-IC-${String(out.length + 1).padStart(2, '0')}`, `Nút giao cao tốc với ${road.ref} (minh họa)`, 'interchange', at));
    }
  }
  return out;
}

/** A polyline with extra vertices every ~250 m (so keepInside can cut it finely). */
function straightPath(points: LonLat[]): LonLat[] {
  return points.slice(1).flatMap((b, i) => straight(points[i], b).slice(i === 0 ? 0 : 1));
}

export interface TransportResult {
  features: Out;
  /** Every line, for the parcel generator to keep parcels off roads. */
  lines: LonLat[][];
}

export function buildTransport(base: Base): TransportResult {
  const rng = createRandom(51_0004);
  const features: Out = [];
  const lines: LonLat[][] = [];
  // Lines are collected first, then their loose ends are joined to the roads they meet (joinRoadEnds).
  const pending: PendingLine[] = [];
  // Hand-traced lines may stray out to sea or over the province border: keep their part inside.
  const addLine = (id: string, name: string, cls: string, ref: string | null, traced: LonLat[]) => {
    const points = keepInside(traced);
    if (points.length < 2) throw new Error(`${id} lies outside the province`);
    pending.push({ id, name, cls, ref, points });
  };

  addLine('GT-CT-01', 'Cao tốc Bắc – Nam (Đà Nẵng – Quảng Ngãi – Hoài Nhơn)', 'expressway', 'CT.01', smoothLine(EXPRESSWAY, 1));
  const ql1 = smoothLine(QL1, 1);
  addLine('GT-QL1', 'Quốc lộ 1', 'national', 'QL1', ql1);
  addLine('GT-QL24', 'Quốc lộ 24 (Thạch Trụ – Ba Tơ – Măng Đen – Kon Tum)', 'national', 'QL24', smoothLine(QL24, 1));
  addLine('GT-QL24B', 'Quốc lộ 24B (Quảng Ngãi – cảng Sa Kỳ)', 'national', 'QL24B', smoothLine(QL24B, 1));
  PROVINCIAL.forEach((p) => addLine(`GT-${p.ref}`, p.name, 'provincial', p.ref, smoothLine(p.points, 1)));
  KON_TUM_ROADS.forEach((r) => addLine(r.id, r.name, 'national', r.ref, smoothLine(r.points, 1)));

  // The railway runs about 600 m west of QL1 and passes through Quảng Ngãi station (15.117 N 108.791 E).
  addLine('GT-ĐT-TBDQ', 'Đường Trì Bình – cảng Dung Quất (minh họa)', 'provincial', null, straightPath(DUNG_QUAT_ROAD));
  addLine('GT-ĐT-IC-DP', 'Đường dẫn nút giao cao tốc Đức Phổ (minh họa)', 'provincial', null, DUC_PHO_LINK);

  const rail = smoothLine(QL1.map(([x, y]) => [x - 0.006, y] as LonLat), 1);
  addLine('GT-DS', 'Đường sắt Bắc – Nam', 'rail', null, rail);

  CITY_STREETS.forEach(([name, a, b], i) => addLine(`GT-DT-${String(i + 1).padStart(2, '0')}`, name, 'urban_main', null, straight(a, b)));
  base.commercial.forEach((c) =>
    c.accessRoads.forEach((road, i) =>
      addLine(`GT-DA-${c.id}${i ? `-${i + 1}` : ''}`, `Đường vào ${i ? 'quỹ đất NOXH của ' : ''}${c.name.replace(' (minh họa)', '')} (minh họa)`, 'local', null, road),
    ),
  );

  // Local roads: wiggly lines from near each cluster centre outwards, so parcels get varied road distances.
  let n = 0;
  for (const cluster of CLUSTERS) {
    for (let r = 0; r < cluster.roads; r++) {
      const start = offsetM(cluster.center, rng.range(-0.5, 0.5) * cluster.radiusM, rng.range(-0.5, 0.5) * cluster.radiusM);
      let heading = rng.range(0, Math.PI * 2);
      const pts: LonLat[] = [start];
      const segments = rng.int(8, 14);
      for (let s = 0; s < segments; s++) {
        heading += rng.range(-0.35, 0.35);
        const stepM = rng.range(180, 320);
        pts.push(offsetM(pts[pts.length - 1], Math.cos(heading) * stepM, Math.sin(heading) * stepM));
      }
      n++;
      addLine(`GT-DP-${String(n).padStart(3, '0')}`, `Đường giao thông nông thôn ${cluster.key === 'city' ? 'ven đô' : 'liên xã'} số ${n} (minh họa)`, 'local', null, smoothLine(pts, 1));
    }
  }

  joinRoadEnds(pending);
  const interchangePoints = interchanges(pending);
  for (const p of pending) {
    lines.push(p.points);
    features.push(line(p.id, p.name, p.cls, p.ref, p.points));
  }
  features.push(...interchangePoints);

  const railLine = turf.lineString(rail);
  const stations: [string, LonLat][] = [
    ['Ga Trì Bình', [108.687, 15.366]],
    ['Ga Bình Sơn', [108.738, 15.3]],
    ['Ga Quảng Ngãi', [108.791, 15.117]],
    ['Ga Đại An', [108.81, 15.05]],
    ['Ga Mộ Đức', [108.834, 14.985]],
    ['Ga Thạch Trụ', [108.845, 14.93]],
    ['Ga Đức Phổ', [108.952, 14.81]],
    ['Ga Sa Huỳnh', [109.053, 14.68]],
  ];
  stations.forEach(([name, at], i) => {
    const snapped = turf.nearestPointOnLine(railLine, at).geometry.coordinates as LonLat;
    features.push(point(`GT-GA-${String(i + 1).padStart(2, '0')}`, name, 'station', snapped));
  });
  features.push(point('GT-CANG-DQ', 'Cảng biển Dung Quất', 'port', [108.7905, 15.397]));
  features.push(point('GT-CANG-SK', 'Cảng Sa Kỳ', 'port', [108.9185, 15.202]));

  // Bus stops: along QL1 through Tịnh Phong, the city and La Hà, on Hùng Vương, and in Đức Phổ.
  const ql1Line = turf.lineString(ql1);
  const startKm = turf.length(turf.lineSlice(ql1[0], [108.785, 15.205], ql1Line));
  let stop = 0;
  for (let km = startKm; stop < 13; km += 1.2) {
    const at = turf.along(ql1Line, km).geometry.coordinates as LonLat;
    stop++;
    features.push(point(`GT-BUS-${String(stop).padStart(2, '0')}`, `Điểm dừng xe buýt QL1 số ${stop}`, 'bus_stop', offsetM(at, 12, 0)));
  }
  for (const lon of [108.8, 108.818, 108.836, 108.852, 108.87]) {
    stop++;
    features.push(point(`GT-BUS-${String(stop).padStart(2, '0')}`, `Điểm dừng xe buýt Hùng Vương số ${stop - 13}`, 'bus_stop', [lon, 15.1272]));
  }
  for (const at of [[108.958, 14.8105], [108.943, 14.8265], [108.973, 14.7925]] as LonLat[]) {
    stop++;
    features.push(point(`GT-BUS-${String(stop).padStart(2, '0')}`, `Điểm dừng xe buýt Đức Phổ số ${stop - 18}`, 'bus_stop', offsetM(at, 12, 0)));
  }
  return { features, lines };
}
