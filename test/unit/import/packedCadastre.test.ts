// A cadastre read into typed arrays (the browser's path for a FlatGeobuf of ≥ 100,000 parcels): the mesh the map
// draws covers each parcel exactly (triangles' area = rings' area, holes left open, both parts of a
// multipolygon, rings closed for the outlines); a VN-2000 file lands in WGS84; and scoring the packed file gives
// the same scores and ranks as scoring its GeoJSON features — or says which column the file lacks.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { bytesSource, packFlatGeobuf } from '../../../src/domain/import/packFlatGeobuf.ts';
import { cadastreWithColumns, finishPackedCadastre } from '../../../src/domain/import/finishPackedCadastre.ts';
import { buildParcelMesh, type ParcelMesh } from '../../../src/domain/geo/buildParcelMesh.ts';
import { createCoordinateTransform } from '../../../src/domain/projection/createCoordinateTransform.ts';
import { crsFromEpsg, WGS84_CRS } from '../../../src/domain/projection/wellKnownCrs.ts';
import { parcelAttributeKeys } from '../../../src/domain/scoring/measureSession.ts';
import { scoreParcels } from '../../../src/domain/scoring/scoreParcels.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import type { ScoringLayer } from '../../../src/domain/scoring/measureContext.ts';
import type { PackedParcels } from '../../../src/domain/scoring/packParcels.ts';
import { UserError } from '../../../src/domain/model/userError.ts';
import { cadastreParcels } from '../../../scripts/bench/writeCadastreFgb.ts';

const sample = (JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection).features;
// The generated cadastre has a parcel with a courtyard (996) and one in two parts (1008).
const features: Feature[] = [...sample, ...cadastreParcels(1010)];

function fgbBytes(list: Feature[]): Uint8Array {
  const parts = exportFlatGeobuf(list).parts;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const packed = packFlatGeobuf(bytesSource(fgbBytes(features)), { attributeKeys: ['landuse_code'] });

/** Planar area (degrees²) of parcel p's rings: outer rings counter-clockwise (+), holes clockwise (−). */
function ringsArea(parcels: PackedParcels, p: number): number {
  let area = 0;
  for (let r = parcels.parcelRingStarts[p]; r < parcels.parcelRingStarts[p + 1]; r++) {
    const from = parcels.ringStarts[r];
    const to = parcels.ringStarts[r + 1];
    for (let i = from, j = to - 1; i < to; j = i++) area += (parcels.coords[2 * j] * parcels.coords[2 * i + 1] - parcels.coords[2 * i] * parcels.coords[2 * j + 1]) / 2;
  }
  return area;
}

/** Ground distance (m) between two nearby lon/lat points (equirectangular: exact to far below a centimetre here). */
function groundM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dx = (lon1 - lon2) * rad * Math.cos(lat2 * rad) * 6378137;
  const dy = (lat1 - lat2) * rad * 6378137;
  return Math.hypot(dx, dy);
}

/** The largest ground distance between a mesh vertex as drawn (its float32 offset + the origin, read back in float64) and the truth. */
function worstOffsetM(mesh: ParcelMesh, truth: (v: number) => [number, number]): number {
  let worst = 0;
  for (let v = 0; v < mesh.positions.length / 2; v++) {
    const x = mesh.positions[2 * v] + mesh.origin[0];
    const y = mesh.positions[2 * v + 1] + mesh.origin[1];
    // deck.gl's common space back to lon/lat (math.gl worldToLngLat).
    const lon = (x * 360) / 512 - 180;
    const lat = (2 * Math.atan(Math.exp((y * 2 * Math.PI) / 512 - Math.PI)) - Math.PI / 2) * (180 / Math.PI);
    const [tLon, tLat] = truth(v);
    worst = Math.max(worst, groundM(lon, lat, tLon, tLat));
  }
  return worst;
}

describe('the cadastre mesh', () => {
  const mesh = buildParcelMesh(packed.parcels);
  /** The open-ring vertex (packed.parcels.coords) of closed mesh vertex v. */
  const openVertex = (v: number): number => {
    let lo = 0;
    let hi = mesh.ringStarts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (mesh.ringStarts[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    return v === mesh.ringStarts[lo + 1] - 1 ? packed.parcels.ringStarts[lo] : v - lo;
  };

  it('keeps positions (float32 offsets from the origin, what the GPU draws) within 2 cm of the parcels, and the parcel of every vertex', () => {
    const worst = worstOffsetM(mesh, (v) => [packed.parcels.coords[2 * openVertex(v)], packed.parcels.coords[2 * openVertex(v) + 1]]);
    expect(worst).toBeLessThan(0.02);
    for (let p = 0; p < mesh.count; p++) for (let v = mesh.parcelStarts[p]; v < mesh.parcelStarts[p + 1]; v++) expect(mesh.vertexParcels[v]).toBe(p);
  });

  it('stays within 2 cm across a whole province (1.6° × 1.6°), where float32 lon/lat is decimetres off', () => {
    // Four parcels at the corners of Quảng Ngãi's extent and one in the middle: the offsets are at their largest.
    const corners: Feature[] = [[107.5, 13.9], [109.1, 13.9], [107.5, 15.5], [109.1, 15.5], [108.3, 14.7]].map(([x, y]) => ({
      type: 'Feature', properties: {},
      geometry: { type: 'Polygon', coordinates: [[[x + 1.23e-6, y + 4.56e-6], [x + 0.0004, y], [x + 0.0004, y + 0.0003], [x, y + 0.0003], [x + 1.23e-6, y + 4.56e-6]]] },
    }));
    const wide = packFlatGeobuf(bytesSource(fgbBytes(corners)), { attributeKeys: [] }).parcels;
    const wideMesh = buildParcelMesh(wide);
    const open = (v: number) => {
      let r = 0;
      while (wideMesh.ringStarts[r + 1] <= v) r++;
      return v === wideMesh.ringStarts[r + 1] - 1 ? wide.ringStarts[r] : v - r;
    };
    const truth = (v: number): [number, number] => [wide.coords[2 * open(v)], wide.coords[2 * open(v) + 1]];
    expect(worstOffsetM(wideMesh, truth)).toBeLessThan(0.02);
    // What the mesh stored before: float32 lon/lat, off by more than a pixel at zoom 20 (0.15 m).
    let float32Worst = 0;
    for (let v = 0; v < wideMesh.positions.length / 2; v++) {
      const [lon, lat] = truth(v);
      float32Worst = Math.max(float32Worst, groundM(Math.fround(lon), Math.fround(lat), lon, lat));
    }
    expect(float32Worst).toBeGreaterThan(0.15);
  });

  it('fills each parcel exactly: the triangles of its vertices add up to its area, holes and parts included', () => {
    const perParcel = new Float64Array(mesh.count);
    let p = 0;
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const [a, b, c] = [mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]];
      while (a >= mesh.parcelStarts[p + 1]) p++;
      expect(b >= mesh.parcelStarts[p] && b < mesh.parcelStarts[p + 1] && c >= mesh.parcelStarts[p] && c < mesh.parcelStarts[p + 1]).toBe(true);
      // The parcels' float64 coordinates of those vertices (the mesh keeps float32 for the GPU).
      const [x1, y1, x2, y2, x3, y3] = [a, a, b, b, c, c].map((v, k) => packed.parcels.coords[2 * openVertex(v) + (k % 2)]);
      perParcel[p] += Math.abs((x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1)) / 2;
    }
    for (let q = 0; q < mesh.count; q++) expect(perParcel[q]).toBeCloseTo(ringsArea(packed.parcels, q), 12);
    const courtyard = sample.length + 996;
    expect(packed.parcels.parcelRingStarts[courtyard + 1] - packed.parcels.parcelRingStarts[courtyard]).toBe(2);
    const twoParts = sample.length + 1008;
    expect(packed.parcels.parcelRingStarts[twoParts + 1] - packed.parcels.parcelRingStarts[twoParts]).toBe(2);
    expect(perParcel[courtyard]).toBeLessThan(0.95 * (packed.parcels.bbox[4 * courtyard + 2] - packed.parcels.bbox[4 * courtyard]) * (packed.parcels.bbox[4 * courtyard + 3] - packed.parcels.bbox[4 * courtyard + 1]));
  });

  it('stores every ring closed, so the outlines are drawn from the same positions', () => {
    const rings = mesh.ringStarts.length - 1;
    expect(rings).toBe(packed.parcels.ringStarts.length - 1);
    expect(mesh.positions.length / 2).toBe(packed.parcels.coords.length / 2 + rings);
    for (let r = 0; r < rings; r++) {
      const first = mesh.ringStarts[r];
      const last = mesh.ringStarts[r + 1] - 1;
      expect([mesh.positions[2 * last], mesh.positions[2 * last + 1]]).toEqual([mesh.positions[2 * first], mesh.positions[2 * first + 1]]);
    }
    const [w, s, e, n] = mesh.bbox!;
    expect(w).toBeGreaterThan(107);
    expect(e).toBeLessThan(110);
    expect(s).toBeGreaterThan(13.5);
    expect(n).toBeLessThan(16);
  });
});

describe('a cadastre in VN-2000', () => {
  it('is reprojected to WGS84 in place, with its parcel boxes', () => {
    const epsg = 9210; // VN-2000 / TM-3 108°00′ (Quảng Ngãi)
    const inMetres = packFlatGeobuf(bytesSource(fgbBytes(sample)));
    createCoordinateTransform(WGS84_CRS, crsFromEpsg(epsg)!).transformInPlace(inMetres.parcels.coords);
    expect(inMetres.parcels.coords[0]).toBeGreaterThan(100_000);
    const wgs84 = packFlatGeobuf(bytesSource(fgbBytes(sample)));
    const done = finishPackedCadastre('dia_chinh_vn2000.fgb', { ...inMetres, info: { ...inMetres.info, crsCode: epsg } });
    for (let i = 0; i < done.parcels.coords.length; i++) expect(Math.abs(done.parcels.coords[i] - wgs84.parcels.coords[i])).toBeLessThan(1e-8);
    for (let i = 0; i < done.parcels.bbox.length; i++) expect(Math.abs(done.parcels.bbox[i] - wgs84.parcels.bbox[i])).toBeLessThan(1e-8);
  });
});

describe('scoring a packed cadastre', () => {
  const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { layers: { id: string; role: ScoringLayer['role']; file: string }[] };
  const layers: ScoringLayer[] = manifest.layers
    .filter((l) => l.role !== 'candidate_site')
    .map((l) => ({ id: l.id, role: l.role, features: (JSON.parse(readFileSync(`data/${l.file}`, 'utf8')) as FeatureCollection).features }));
  const file = { fileName: 'cadastre.fgb', columns: ['id', 'name', 'landuse_code'] };

  it('gives the scores and ranks of its GeoJSON features, measured from the arrays as they are', () => {
    for (const id of ['worker_housing', 'urban_low_income']) {
      const scenario = presetScenario(id)!;
      const parcels = cadastreWithColumns(packed.parcels, parcelAttributeKeys(scenario), file);
      // Measured on the file's own arrays: nothing was packed again.
      expect(parcels).toBe(packed.parcels);
      const fromFile = scoreParcels(parcels, layers, scenario);
      expect(fromFile.parcels).toBe(packed.parcels);
      const fromFeatures = scoreParcels(features, layers, scenario);
      expect(Array.from(fromFile.combined.scores)).toEqual(Array.from(fromFeatures.combined.scores));
      expect(Array.from(fromFile.ranks)).toEqual(Array.from(fromFeatures.ranks));
    }
  });

  it('a column the file lacks reads as a missing property does; one it has but was not read is said', () => {
    const scenario = presetScenario('worker_housing')!;
    const bare = packFlatGeobuf(bytesSource(fgbBytes(features)));
    // No landuse_code column in the file: the land-use plan's code is used, as for features without the property.
    const lacking = features.map((f) => ({ ...f, properties: { id: f.properties?.id ?? null } }));
    const withNulls = cadastreWithColumns(bare.parcels, parcelAttributeKeys(scenario), { fileName: 'cadastre.fgb', columns: ['id'] });
    expect(Array.from(scoreParcels(withNulls, layers, scenario).combined.scores)).toEqual(Array.from(scoreParcels(lacking, layers, scenario).combined.scores));
    // The file has landuse_code but it was not read: measuring without it would be wrong, so it is refused.
    try {
      cadastreWithColumns(bare.parcels, parcelAttributeKeys(scenario), { fileName: 'cadastre.fgb', columns: ['id', 'landuse_code'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).messageVi).toMatch(/thuộc tính "landuse_code".*cadastre\.fgb/);
    }
  });
});
