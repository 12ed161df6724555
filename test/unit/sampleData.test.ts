// The sample dataset in data/: the real 96 communes of the 2025 province, and illustrative layers that
// are valid GeoJSON following the layer roles, with clean geometry inside the province (former Kon Tum
// part included), enough non-overlapping parcels, a commune on every parcel/project/facility,
// consistent audit cases, and byte-identical to a fresh run of the generator (scripts/sample-data/).
import { geodesicAreaM2 } from '../../src/domain/geo/geodesicAreaM2.ts';
import { findRingCrossings } from '../../src/domain/validate/findRingCrossings.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import GJV from 'geojson-validation';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMON_PROPERTIES, type GeometryKind, ROLE_SPECS } from '../../src/domain/model/layerRoles.ts';
import type { SampleManifest } from '../../src/domain/model/sampleManifest.ts';
import { buildSampleData, serializeSampleFile } from '../../scripts/sample-data/buildSampleData.ts';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');
const SOURCES_DIR = join(import.meta.dirname, '..', '..', 'scripts', 'sample-data', 'sources');
/** The province outline dissolved from the communes: [former Quảng Ngãi, former Kon Tum, whole province]. */
const outline = JSON.parse(readFileSync(join(SOURCES_DIR, 'admin_province_2025_quangngai_from_communes.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const outlineOf = (former: string | null) => outline.features.find((f) => f.properties!.former_province === former)!;

/**
 * The 96 commune-level units of Quảng Ngãi from 1 July 2025 (Decision 19/2025/QĐ-TTg; as carried by
 * open-admin-data/vietnam-administrative-divisions and thanglequoc/vietnamese-provinces-database).
 */
const PUBLISHED_CODES = (
  '21025 21028 21034 21040 21061 21085 21100 21109 21115 21124 21127 21136 21154 21157 21172 21181 21196 21205 ' +
  '21211 21220 21235 21238 21244 21250 21289 21292 21307 21319 21325 21334 21340 21343 21349 21361 21364 21370 ' +
  '21385 21388 21400 21409 21421 21433 21439 21451 21457 21472 21478 21484 21490 21496 21499 21520 21523 21529 ' +
  '21538 21548 23284 23293 23302 23317 23326 23332 23341 23344 23356 23365 23368 23374 23377 23383 23392 23401 ' +
  '23416 23419 23425 23428 23430 23446 23455 23473 23476 23479 23485 23497 23500 23504 23510 23512 23515 23527 ' +
  '23530 23534 23535 23536 23538 23548'
).split(' ');

/** Vertices of a feature that lie outside the province by more than `toleranceM` (rounding to 6 decimals moves clipped edges ≤ 0.1 m). */
function verticesOutside(f: Feature, toleranceM = 0.5): Position[] {
  const province = outlineOf(null);
  const [w, s, e, n] = turf.bbox(f);
  const local = turf.bboxClip(province, [w - 0.01, s - 0.01, e + 0.01, n + 0.01]) as Feature<Polygon | MultiPolygon>;
  const out: Position[] = [];
  turf.coordEach(f, (c) => {
    if (turf.booleanPointInPolygon(c, local)) return;
    const g = local.geometry;
    const ringsNear: Position[][] = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    const d = Math.min(...ringsNear.filter((r) => r.length >= 2).map((r) => turf.pointToLineDistance(c, turf.lineString(r), { units: 'meters' })));
    if (d > toleranceM) out.push(c);
  });
  return out;
}
const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as SampleManifest;
const read = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as FeatureCollection & { metadata?: { illustrative?: boolean }; name?: string };
const layer = (id: string) => read(manifest.layers.find((l) => l.id === id)!.file);

const GEOMETRY_TYPES: Record<GeometryKind, string[]> = {
  polygon: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString'],
  point: ['Point', 'MultiPoint'],
};

const rings = (g: Geometry): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
const outerRings = (g: Geometry): Position[][] =>
  g.type === 'Polygon' ? [g.coordinates[0]] : g.type === 'MultiPolygon' ? g.coordinates.map((p) => p[0]) : [];

/** Signed area (shoelace, degrees²): positive = counter-clockwise. */
const signedArea = (ring: Position[]) => ring.slice(1).reduce((s, p, i) => s + (ring[i][0] * p[1] - p[0] * ring[i][1]), 0) / 2;

/**
 * Pairs of polygons that overlap. Blocks that share an edge may overlap by a sliver where a vertex on
 * the shared edge was rounded to 6 decimals (≤ 0.1 m off the line): `maxSliverM` tolerates overlaps
 * thinner than that (area ÷ half the perimeter of the overlap); 0 means no overlap at all.
 */
function overlappingPairs(features: Feature[], maxSliverM: number): string[] {
  const index = new Flatbush(features.length);
  const boxes = features.map((f) => turf.bbox(f));
  boxes.forEach((b) => index.add(b[0], b[1], b[2], b[3]));
  index.finish();
  const problems: string[] = [];
  features.forEach((f, i) => {
    for (const j of index.search(...(boxes[i] as [number, number, number, number]))) {
      if (j <= i) continue;
      const both = turf.featureCollection([f as Feature<Polygon>, features[j] as Feature<Polygon>]);
      const common = turf.intersect(both);
      if (!common) continue;
      const areaM2 = turf.area(common);
      const thicknessM = areaM2 / (turf.length(turf.polygonToLine(common), { units: 'meters' }) / 2);
      if (areaM2 > 0 && thicknessM > maxSliverM) problems.push(`${f.properties?.id} ∩ ${features[j].properties?.id}: ${areaM2.toFixed(1)} m², ${thicknessM.toFixed(2)} m thick`);
    }
  });
  return problems;
}

describe('sample data manifest', () => {
  it('lists every layer in draw order with illustrative metadata in both languages', () => {
    expect(manifest.layers.map((l) => l.id)).toEqual([
      'admin_units', 'land_use_plan', 'urban_areas', 'hazards', 'utilities', 'industrial_zones', 'transport',
      'facilities', 'candidate_sites', 'housing_projects', 'commercial_projects', 'reserved_land',
    ]);
    expect(manifest.title.vi).toMatch(/minh họa/i);
    expect(manifest.note.vi).toMatch(/Dữ liệu minh họa/);
    expect(manifest.note.en).toMatch(/[Ii]llustrative/);
    for (const entry of manifest.layers) {
      expect(entry.file).toBe(`${entry.id}.geojson`);
      expect(entry.metadata.note.vi.length).toBeGreaterThan(20);
      expect(entry.metadata.note.en.length).toBeGreaterThan(20);
      if (entry.id === 'admin_units') continue;
      expect(entry.metadata.illustrative).toBe(true);
      expect(entry.metadata.license).toBe('CC0-1.0');
    }
    // The real commune boundaries are not part of the CC0 sample: their licence is uncertain and said so.
    const admin = manifest.layers.find((l) => l.id === 'admin_units')!.metadata;
    expect(admin.illustrative).toBe(false);
    expect(admin.license).toMatch(/CHƯA RÕ.*uncertain/);
    expect(admin.source).toContain('sapnhap.bando.com.vn');
    expect(admin.note.vi).toMatch(/Nhập dữ liệu/);
    expect(admin.note.en).toMatch(/replace with your own boundaries/);
    const visible = manifest.layers.filter((l) => l.visible).map((l) => l.id).sort();
    expect(visible).toEqual(['admin_units', 'commercial_projects', 'housing_projects', 'industrial_zones', 'reserved_land', 'transport', 'urban_areas']);
  });
});

describe.each(manifest.layers.map((l) => [l.id, l] as const))('sample layer %s', (_id, entry) => {
  const spec = ROLE_SPECS[entry.role];
  const path = join(DATA_DIR, entry.file);

  it('exists, is valid GeoJSON and carries the manifest metadata and a name', () => {
    expect(existsSync(path)).toBe(true);
    const fc = read(entry.file);
    expect(GJV.valid(fc, true)).toEqual([]);
    expect(fc.metadata).toEqual(entry.metadata);
    expect(typeof fc.name).toBe('string');
    expect(fc.features.length).toBeGreaterThan(0);
  });

  it("uses the role's geometry types, exactly the role's property keys plus id, and valid enum values", () => {
    const allowedGeometry = spec.geometry.flatMap((k) => GEOMETRY_TYPES[k]);
    // `notes` (a property every layer may carry) says what is unverified about an industrial zone.
    const common = entry.id === 'industrial_zones' ? COMMON_PROPERTIES.map((p) => p.key) : [];
    const keys = ['id', ...spec.properties.map((p) => p.key).filter((k) => k !== 'id'), ...common].sort();
    const ids = new Set<string>();
    for (const f of read(entry.file).features) {
      expect(allowedGeometry).toContain(f.geometry.type);
      expect(Object.keys(f.properties ?? {}).sort()).toEqual(keys);
      const id = f.properties!.id as string;
      expect(typeof id).toBe('string');
      expect(ids.has(id), `duplicate id ${id}`).toBe(false);
      ids.add(id);
      for (const p of spec.properties) {
        const value = f.properties![p.key];
        if (value === null) continue;
        if (p.type === 'enum') expect(Object.keys(p.values!), `${id}.${p.key}`).toContain(value);
        if (p.type === 'number') expect(Number.isFinite(value), `${id}.${p.key}`).toBe(true);
        if (p.type === 'string') expect(typeof value).toBe('string');
      }
    }
  });

  it('has closed rings, counter-clockwise outer rings, clockwise holes, no repeated points, no self-intersections', () => {
    // Problems are collected and compared once: one expect per vertex made the 96 real communes take ~25 s.
    const problems: string[] = [];
    for (const f of read(entry.file).features) {
      const id = f.properties!.id;
      for (const ring of rings(f.geometry)) {
        if (ring.length < 4) problems.push(`${id}: ring of ${ring.length} points`);
        if (ring[0][0] !== ring[ring.length - 1][0] || ring[0][1] !== ring[ring.length - 1][1]) problems.push(`${id}: ring not closed`);
        for (let i = 1; i < ring.length; i++) if (ring[i][0] === ring[i - 1][0] && ring[i][1] === ring[i - 1][1]) problems.push(`${id}: repeated point ${i}`);
      }
      const outers = new Set(outerRings(f.geometry));
      for (const ring of rings(f.geometry)) if (signedArea(ring) > 0 !== outers.has(ring)) problems.push(`${id}: winding`);
      // The app's own sweep (src/domain/validate), not turf.kinks' all-pairs test: same proper crossings, O(n log n).
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
      for (const polygon of polygons) if (findRingCrossings(polygon) > 0) problems.push(`${id}: self-intersects`);
      if (f.geometry.type === 'LineString') {
        const c = f.geometry.coordinates;
        for (let i = 1; i < c.length; i++) if (c[i][0] === c[i - 1][0] && c[i][1] === c[i - 1][1]) problems.push(`${id}: repeated point ${i}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lies inside the province bounding box, with at most 6 decimals', () => {
    const [w, s, e, n] = turf.bbox(layer('admin_units').features[0]);
    const problems: string[] = [];
    for (const f of read(entry.file).features) {
      turf.coordEach(f, (c) => {
        if (c[0] < w - 0.01 || c[0] > e + 0.01 || c[1] < s - 0.01 || c[1] > n + 0.01) problems.push(`${f.properties!.id}: ${c[0]},${c[1]} outside`);
        if (Math.round(c[0] * 1e6) / 1e6 !== c[0] || Math.round(c[1] * 1e6) / 1e6 !== c[1]) problems.push(`${f.properties!.id}: ${c[0]},${c[1]} has more than 6 decimals`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('sample data content', () => {
  it('has the 2025 province and its 96 communes, wards and special zone, with the published codes', () => {
    const admin = layer('admin_units').features;
    const province = admin.filter((f) => f.properties!.level === 'province');
    const communes = admin.filter((f) => f.properties!.level !== 'province');
    expect(province).toHaveLength(1);
    expect(admin[0]).toBe(province[0]);
    expect(communes.map((c) => c.properties!.code).sort()).toEqual(PUBLISHED_CODES);
    const levels = communes.reduce<Record<string, number>>((n, c) => ({ ...n, [c.properties!.level]: (n[c.properties!.level] ?? 0) + 1 }), {});
    expect(levels).toEqual({ commune: 86, ward: 9, special_zone: 1 });
    expect(communes.filter((c) => c.properties!.former_province === 'Kon Tum')).toHaveLength(40);
    // No district level: nothing abolished is shown as a current unit.
    expect(admin.some((f) => f.properties!.level === 'district')).toBe(false);
    for (const c of communes) {
      expect(c.properties!.population).toBeGreaterThan(0);
      expect(c.properties!.formed_from.length).toBeGreaterThan(0);
    }
    // The provincial centre lies in Cẩm Thành ward; Plei Kần (former town) in Bờ Y commune.
    const at = (p: Position) => communes.find((c) => turf.booleanPointInPolygon(p, c as Feature<Polygon>))?.properties!.name;
    expect(at([108.8117, 15.1239])).toBe('Cẩm Thành');
    expect(at([107.69, 14.71])).toBe('Bờ Y');
  });

  it('has communes whose union is the province outline (areas agree, no overlaps) and the outline as its first feature', () => {
    const admin = layer('admin_units').features;
    const communes = admin.filter((f) => f.properties!.level !== 'province');
    const province = admin[0];
    expect(province.geometry).toEqual(outlineOf(null).geometry);
    const sum = communes.reduce((s, c) => s + geodesicAreaM2(c), 0);
    // Sum of the parts = area of the outline to 0.01 %: with every commune inside the outline, they tile it.
    expect(Math.abs(sum / geodesicAreaM2(province) - 1)).toBeLessThan(1e-4);
    for (const c of communes) {
      expect(turf.booleanPointInPolygon(turf.pointOnFeature(c), province as Feature<MultiPolygon>), `${c.properties!.name}`).toBe(true);
    }
    // Published areas (km² on the government site, not measured here; a few differ from their polygon by
    // over 10 %) add up to the province's area within 2 %.
    const published = communes.reduce((s, c) => s + (c.properties!.area_ha as number), 0);
    expect(Math.abs(published / (geodesicAreaM2(province) / 10_000) - 1)).toBeLessThan(0.02);
  });

  it('keeps every illustrative feature inside the province', () => {
    for (const entry of manifest.layers.filter((l) => l.id !== 'admin_units')) {
      for (const f of read(entry.file).features) expect(verticesOutside(f), `${entry.id} ${f.properties!.id}`).toEqual([]);
    }
  }, 60_000);

  it('covers the former Kon Tum part: urban areas, industrial zones, national roads, facilities, parcels, NOXH projects', () => {
    const konTum = outlineOf('Kon Tum') as Feature<Polygon>;
    const inKonTum = (id: string) => layer(id).features.filter((f) => turf.booleanPointInPolygon(turf.pointOnFeature(f), konTum));
    expect(inKonTum('urban_areas').length).toBeGreaterThanOrEqual(2);
    expect(inKonTum('industrial_zones').map((z) => z.properties!.kind)).toEqual(expect.arrayContaining(['KCN', 'KKT']));
    expect(inKonTum('transport').filter((r) => r.properties!.class === 'national').map((r) => r.properties!.ref)).toEqual(expect.arrayContaining(['QL14', 'QL40', 'QL40B']));
    expect(inKonTum('facilities').length).toBeGreaterThanOrEqual(30);
    expect(inKonTum('candidate_sites').length).toBeGreaterThanOrEqual(40);
    expect(inKonTum('housing_projects').length).toBeGreaterThanOrEqual(1);
    expect(inKonTum('hazards').length).toBeGreaterThanOrEqual(2);
  });

  it('names the commune/ward of every parcel, project, reserve and facility with a code and name of the admin layer', () => {
    const names = new Map(layer('admin_units').features.map((c) => [c.properties!.code as string, c.properties!.name as string]));
    for (const id of ['candidate_sites', 'facilities', 'housing_projects', 'commercial_projects', 'reserved_land']) {
      for (const f of layer(id).features) {
        const code = f.properties!.commune_code as string;
        expect(PUBLISHED_CODES, `${id} ${f.properties!.id}`).toContain(code);
        expect(f.properties!.commune_name).toBe(names.get(code));
      }
    }
    // Landowners are today's units: no "UBND thị trấn …" (towns were abolished with the districts).
    for (const p of layer('candidate_sites').features) expect(p.properties!.owner).not.toMatch(/thị trấn|huyện|thành phố/);
    for (const f of layer('facilities').features) expect(f.properties!.name).not.toMatch(/thị trấn|huyện|thị xã/);
  });

  it('has at least 300 candidate parcels of 0.3–6 ha that do not overlap and sit on known plan codes', () => {
    const parcels = layer('candidate_sites').features;
    expect(parcels.length).toBeGreaterThanOrEqual(300);
    expect(overlappingPairs(parcels, 0)).toEqual([]);
    const codes = new Set(layer('land_use_plan').features.map((f) => f.properties!.landuse_code));
    for (const p of parcels) {
      expect(p.properties!.area_m2).toBeGreaterThanOrEqual(3000);
      expect(p.properties!.area_m2).toBeLessThanOrEqual(60_000);
      expect(Math.abs(p.properties!.area_m2 - geodesicAreaM2(p))).toBeLessThan(1);
      expect(codes).toContain(p.properties!.landuse_code);
    }
    // Varied enough for scoring: several plan codes, some parcels on rice land.
    const used = new Set(parcels.map((p) => p.properties!.landuse_code));
    expect(used.size).toBeGreaterThanOrEqual(6);
    expect(used).toContain('LUC');
  });

  it('has land-use blocks that do not overlap', () => {
    expect(overlappingPairs(layer('land_use_plan').features, 0.2)).toEqual([]);
  });

  it('has 8–15 NOXH projects with about 4,000–6,000 units in all', () => {
    const projects = layer('housing_projects').features;
    expect(projects.length).toBeGreaterThanOrEqual(8);
    expect(projects.length).toBeLessThanOrEqual(15);
    const units = projects.reduce((s, p) => s + (p.properties!.units as number), 0);
    expect(units).toBeGreaterThanOrEqual(4000);
    expect(units).toBeLessThanOrEqual(6300);
    expect(new Set(projects.map((p) => p.properties!.form)).size).toBeGreaterThanOrEqual(4);
  });

  it('has 4–8 commercial projects, one in the former Kon Tum part, whose reserved land refers to existing projects', () => {
    const projects = layer('commercial_projects').features;
    expect(projects.length).toBeGreaterThanOrEqual(4);
    expect(projects.length).toBeLessThanOrEqual(8);
    expect(projects.some((p) => p.properties!.commune_code?.startsWith('23'))).toBe(true);
    const ids = new Set(projects.map((p) => p.properties!.id));
    const reserves = layer('reserved_land').features;
    expect(reserves.length).toBeGreaterThan(0);
    for (const r of reserves) {
      expect(ids).toContain(r.properties!.project_id);
      expect(r.properties!.deadline).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    }
    for (const p of projects) {
      const share = (p.properties!.residential_land_m2 as number) / turf.area(p);
      expect(share).toBeGreaterThanOrEqual(0.4);
      expect(share).toBeLessThanOrEqual(0.6);
    }
  });

  it('builds the audit cases as documented: TM-01 ≥ 20 %, TM-02 ≈ 17 %, TM-03 partly outside, TM-04 partly on LUC', () => {
    const projects = new Map(layer('commercial_projects').features.map((p) => [p.properties!.id as string, p]));
    const reserves = new Map(layer('reserved_land').features.map((r) => [r.properties!.project_id as string, r]));
    const required = (id: string) => {
      const p = projects.get(id)!.properties!;
      return 0.2 * (p.residential_land_m2 - p.existing_residential_m2 - p.resettlement_m2);
    };
    const inside = (id: string) => {
      const common = turf.intersect(turf.featureCollection([reserves.get(id) as Feature<Polygon>, projects.get(id) as Feature<Polygon>]));
      return common ? turf.area(common) / turf.area(reserves.get(id)!) : 0;
    };
    expect(turf.area(reserves.get('TM-01')!) / required('TM-01')).toBeGreaterThanOrEqual(1);
    expect(inside('TM-01')).toBeGreaterThan(0.999);
    expect(turf.area(reserves.get('TM-02')!) / required('TM-02')).toBeCloseTo(0.85, 2);
    expect(inside('TM-03')).toBeGreaterThan(0.5);
    expect(inside('TM-03')).toBeLessThan(0.7);
    expect(reserves.has('TM-05')).toBe(false);
    const rice = layer('land_use_plan').features.filter((f) => f.properties!.landuse_code === 'LUC');
    const onRice = rice.reduce((s, f) => {
      const common = turf.intersect(turf.featureCollection([f as Feature<Polygon>, reserves.get('TM-04') as Feature<Polygon>]));
      return s + (common ? turf.area(common) : 0);
    }, 0);
    expect(onRice / turf.area(reserves.get('TM-04')!)).toBeGreaterThan(0.3);
    const tm06 = projects.get('TM-06')!;
    expect(tm06.properties!.obligation).toBe('land_elsewhere');
    expect(turf.booleanIntersects(tm06, reserves.get('TM-06')!)).toBe(false);
    const cityClassII = layer('urban_areas').features.find((u) => u.properties!.urban_class === 'II')!;
    expect(turf.booleanWithin(reserves.get('TM-06')!, cityClassII)).toBe(true);
  });
});

describe('sample data generator', () => {
  let fresh: ReturnType<typeof buildSampleData>;
  beforeAll(() => {
    fresh = buildSampleData();
  }, 120_000);

  it('reproduces the committed files byte for byte', () => {
    expect(Object.keys(fresh).sort()).toEqual([...manifest.layers.map((l) => l.file), 'manifest.json'].sort());
    for (const [file, content] of Object.entries(fresh)) {
      expect(serializeSampleFile(content) === readFileSync(join(DATA_DIR, file), 'utf8'), `${file} differs: run npm run sample-data`).toBe(true);
    }
  });
});
