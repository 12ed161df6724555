// The real 2025 administrative units of the merged Quảng Ngãi province (96 communes, wards and the
// Lý Sơn special zone) and the province outline dissolved from them, read from sources/ (copied from
// the project's open-data folder; see sources/README.md for origin and the UNCERTAIN licence).
// Everything else in the sample is drawn inside this outline and reported by these communes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { assignCommune, type CommuneRef } from '../../src/domain/geo/assignCommune.ts';
import type { Area, LonLat } from './geometry.ts';

const SOURCES = join(dirname(fileURLToPath(import.meta.url)), 'sources');

export interface Commune {
  code: string;
  name: string;
  fullName: string;
  unitType: 'xã' | 'phường' | 'đặc khu';
  formerProvince: 'Quảng Ngãi' | 'Kon Tum';
  areaKm2: number;
  population: number;
  formedFrom: string;
  adminCenter: string;
  geometry: Area;
}

export interface Admin {
  /** The whole 2025 province (mainland, Lý Sơn and islets). */
  province: MultiPolygon;
  /** The parts formerly Quảng Ngãi and formerly Kon Tum. */
  formerQuangNgai: Area;
  formerKonTum: Area;
  communes: Commune[];
  /** The commune of a geometry (src/domain/geo/assignCommune.ts), or null outside the province. */
  communeOf: (geometry: Feature['geometry']) => CommuneRef | null;
  byName: (name: string) => Commune;
}

const readSource = <T>(file: string): T => JSON.parse(readFileSync(join(SOURCES, file), 'utf8')) as T;

let cached: Admin | null = null;

export function loadAdmin(): Admin {
  if (cached) return cached;
  const communeFc = readSource<FeatureCollection<Polygon | MultiPolygon>>('admin_communes_2025_quangngai.geojson');
  const provinceFc = readSource<FeatureCollection<Polygon | MultiPolygon>>('admin_province_2025_quangngai_from_communes.geojson');
  const communes: Commune[] = communeFc.features.map((f) => {
    const p = f.properties!;
    return {
      code: p.commune_code as string,
      name: p.name as string,
      fullName: p.full_name as string,
      unitType: p.unit_type as Commune['unitType'],
      formerProvince: p.former_province as Commune['formerProvince'],
      areaKm2: p.area_km2 as number,
      population: p.population as number,
      formedFrom: p.formed_from as string,
      adminCenter: p.admin_center as string,
      geometry: f.geometry,
    };
  });
  const part = (former: string | null) => provinceFc.features.find((f) => f.properties!.former_province === former)!.geometry;
  const assign = assignCommune(communes.map((c) => ({ code: c.code, name: c.name, geometry: c.geometry })));
  cached = {
    province: part(null) as MultiPolygon,
    formerQuangNgai: part('Quảng Ngãi'),
    formerKonTum: part('Kon Tum'),
    communes,
    communeOf: (g) => assign(g),
    byName: (name) => {
      const c = communes.find((x) => x.name === name);
      if (!c) throw new Error(`no commune named ${name}`);
      return c;
    },
  };
  return cached;
}

/** The province clipped to a box around `bbox` (cheap: the outline has ~23,000 vertices). */
export function provinceNear(bbox: number[], padDeg = 0.002): Area | null {
  const box: [number, number, number, number] = [bbox[0] - padDeg, bbox[1] - padDeg, bbox[2] + padDeg, bbox[3] + padDeg];
  const clipped = turf.bboxClip(loadAdmin().province, box).geometry as Area;
  const polys = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates).filter((rings) => rings.length > 0 && rings[0].length >= 4);
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

export function insideProvince(at: LonLat): boolean {
  return turf.booleanPointInPolygon(at, loadAdmin().province);
}

/** "phường Cẩm Thành", "xã Bình Sơn", "đặc khu Lý Sơn". */
export const unitLabel = (c: { unitType: string; name: string }): string => `${c.unitType} ${c.name}`;

/** `area` ∩ the province (the same geometry, untouched, when it lies wholly inside), or null outside. */
export function clipToProvince(area: Area): Area | null {
  const local = provinceNear(turf.bbox(area));
  if (!local) return null;
  if (area.type === 'Polygon' && turf.booleanWithin(area, local)) return area;
  const result = turf.intersect(turf.featureCollection([turf.feature(area), turf.feature(local)]));
  return result ? (result.geometry as Area) : null;
}

/** The longest run of consecutive vertices inside the province (hand-traced lines may stray out to sea). */
export function keepInside(points: LonLat[]): LonLat[] {
  let best: LonLat[] = [];
  let run: LonLat[] = [];
  for (const p of points) {
    if (insideProvince(p)) run.push(p);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  return best;
}
