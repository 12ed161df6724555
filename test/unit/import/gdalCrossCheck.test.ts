// GDAL as a second opinion on the Shapefiles we read and the FlatGeobuf we write (where `ogr2ogr` is installed:
// Debian `gdal-bin`; skipped otherwise, with the reason printed). GDAL reprojects with PROJ and the same VN-2000
// 7-parameter shift (given as -s_srs, because a VN-2000 .prj carries none); our import must agree within 1 mm and give
// the same rings (same winding, same holes) and the same attributes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { vn2000Tm3Proj4 } from '../../../src/domain/projection/vn2000Zones.ts';
import { command as importCommand } from '../../../scripts/cli/import.ts';
import { command as scoreCommand } from '../../../scripts/cli/score.ts';

const hasGdal = spawnSync('ogr2ogr', ['--version']).status === 0;
if (!hasGdal) console.warn('gdalCrossCheck.test.ts: skipped: no ogr2ogr here (apt-get install gdal-bin)');

/** GDAL's reading of a file as GeoJSON (WGS84, RFC 7946 winding, 12 decimals), from `-s_srs` when given. */
function gdalGeoJson(path: string, sourceSrs?: string): FeatureCollection {
  const srs = sourceSrs ? ['-s_srs', sourceSrs] : [];
  const text = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', path, ...srs, '-t_srs', '+proj=longlat +datum=WGS84 +no_defs', '-lco', 'RFC7946=YES', '-lco', 'COORDINATE_PRECISION=12'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text) as FeatureCollection;
}

/** The import of a fixture folder (every file of it, as a user drops them). */
async function ourImport(folder: string): Promise<Feature[]> {
  const files = readdirSync(folder).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
  const result = await importFiles(files);
  return result.layers[0].features;
}

/** Largest coordinate difference (degrees) between two geometries of the same structure; Infinity when it differs. */
function maxCoordinateDiff(a: Geometry | null, b: Geometry | null): number {
  const walk = (x: unknown, y: unknown): number => {
    if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y);
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return Infinity;
    return x.reduce((worst: number, xi, i) => Math.max(worst, walk(xi, y[i])), 0);
  };
  if (!a || !b || a.type !== b.type || a.type === 'GeometryCollection' || b.type === 'GeometryCollection') return Infinity;
  return walk(a.coordinates, b.coordinates);
}

const ONE_MM_DEG = 1e-8; // 1e-8° ≈ 1.1 mm on the ground

describe.skipIf(!hasGdal)('GDAL cross-checks of the Shapefile reader and the FlatGeobuf writer', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(['shp-vn2000-108', 'shp-tcvn3', 'shp-vni', 'shp-cp1258'])('%s: the same polygons as ogr2ogr (rings, winding, holes) within 1 mm', async (fixture) => {
    const folder = `test/fixtures/import/${fixture}`;
    const gdal = gdalGeoJson(`${folder}/${readdirSync(folder).find((f) => f.endsWith('.shp'))}`, vn2000Tm3Proj4(108));
    const ours = await ourImport(folder);
    // GDAL keeps a null shape as a feature without geometry; the import rejects it with a note.
    const gdalShapes = gdal.features.filter((f) => f.geometry !== null);
    expect(ours.length).toBe(gdalShapes.length);
    expect(ours.length).toBeGreaterThan(0);
    ours.forEach((f, i) => expect(maxCoordinateDiff(f.geometry, gdalShapes[i].geometry)).toBeLessThan(ONE_MM_DEG));
  });

  // UTF-8 only: GDAL 3.6 reads a .cpg of 1258 through iconv's stateful CP1258 decoder and loses the last letter of
  // every name and value ("DiaBa": "Tịnh Phon"), so it is no reference there; vietnameseEncodings.test.ts covers ours.
  it('UTF-8 (.cpg) attributes: the same values as GDAL reads', async () => {
    for (const fixture of ['shp-vn2000-108']) {
      const folder = `test/fixtures/import/${fixture}`;
      const gdal = gdalGeoJson(`${folder}/${readdirSync(folder).find((f) => f.endsWith('.shp'))}`, vn2000Tm3Proj4(108));
      const nfc = (p: Record<string, unknown> | null) => Object.fromEntries(Object.entries(p ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : v]));
      const ours = await ourImport(folder);
      expect(ours.map((f) => f.properties)).toEqual(gdal.features.filter((f) => f.geometry !== null).map((f) => nfc(f.properties)));
      expect(JSON.stringify(ours.map((f) => f.properties))).toMatch(/[ạ-ỹ]/); // Vietnamese letters were compared
    }
  });

  it('the FlatGeobuf `noxh import --out x.fgb` writes: GDAL reads the GeoJSON output back, geometry and attributes', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'noxh-gdal-'));
    for (const out of ['parcels.geojson', 'parcels.fgb']) {
      expect(await importCommand.run(['test/fixtures/import/shp-vn2000-108/parcels.shp', '--out', join(dir, out)])).toBe(0);
    }
    const ours = JSON.parse(readFileSync(join(dir, 'parcels.geojson'), 'utf8')) as FeatureCollection;
    const info = execFileSync('ogrinfo', ['-al', '-so', join(dir, 'parcels.fgb')], { encoding: 'utf8' });
    expect(info).toContain(`Feature Count: ${ours.features.length}`);
    expect(info).toMatch(/WGS 84|EPSG",\s*4326/);
    const gdal = gdalGeoJson(join(dir, 'parcels.fgb'));
    expect(gdal.features.map((f) => f.properties)).toEqual(ours.features.map((f) => f.properties));
    // Polygons are written as MultiPolygon by FlatGeobuf writers that mix types; compare the rings either way.
    gdal.features.forEach((f, i) => {
      const g = ours.features[i].geometry;
      const asMulti: Geometry = g.type === 'Polygon' && f.geometry.type === 'MultiPolygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
      expect(maxCoordinateDiff(f.geometry, asMulti)).toBeLessThan(1e-11);
    });
  });

  it('the FlatGeobuf `noxh score --out x.fgb` writes: GDAL reads every parcel with its id, score and rank', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fixture = 'test/fixtures/scoring/in/distance_linear';
    const args = ['--parcels', `${fixture}/parcels.geojson`, '--layer', `transport=${fixture}/transport.geojson`, '--scenario-file', `${fixture}/scenario.json`];
    const dir = mkdtempSync(join(tmpdir(), 'noxh-gdal-'));
    expect(await scoreCommand.run([...args, '--out', join(dir, 'scored.geojson')])).toBe(0);
    expect(await scoreCommand.run([...args, '--out', join(dir, 'scored.fgb')])).toBe(0);
    const ours = JSON.parse(readFileSync(join(dir, 'scored.geojson'), 'utf8')) as FeatureCollection;
    const gdal = gdalGeoJson(join(dir, 'scored.fgb'));
    const pick = (p: Record<string, unknown> | null) => [p?.id, p?.score ?? null, p?.rank ?? null];
    expect(gdal.features.map((f) => pick(f.properties))).toEqual(ours.features.map((f) => pick(f.properties)));
    expect(ours.features.some((f) => typeof f.properties?.score === 'number')).toBe(true);
  }, 60_000);
});
