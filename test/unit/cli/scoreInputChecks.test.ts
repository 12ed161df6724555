// What a fresh-eyes review of `noxh score` found (05/12/2026): a VN-2000 file read as degrees scored silently, a
// mistyped option was ignored, a wrong layer role blamed the form of --layer, `--out x.shp` wrote GeoJSON under that
// name, and a run killed by Ctrl-C left its temporary file. Each is now a message the user can act on (exit 2) or
// cleaned up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command as scoreCommand } from '../../../scripts/cli/score.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';

const FIXTURE = 'test/fixtures/scoring/in/distance_linear';
const base = ['--layer', `transport=${FIXTURE}/transport.geojson`, '--scenario-file', `${FIXTURE}/scenario.json`];

async function failure(args: string[]): Promise<{ code: string; vi: string }> {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await scoreCommand.run(args);
  } catch (error) {
    if (isUserError(error)) return { code: error.userMessage.code, vi: renderMessage('vi', error.userMessage) };
    throw error;
  }
  return { code: 'no error', vi: '' };
}

/** The fixture's parcels moved into metres (as a VN-2000 file looks), with or without a `crs` member saying so. */
function inMetres(dir: string, withCrs: boolean): string {
  const fc = JSON.parse(readFileSync(`${FIXTURE}/parcels.geojson`, 'utf8')) as FeatureCollection;
  const metres = (c: unknown): unknown => (Array.isArray(c) && typeof c[0] === 'number' ? [c[0] * 7000 + 80000, c[1] * 110000] : Array.isArray(c) ? c.map(metres) : c);
  const features = fc.features.map((f) => ({ ...f, geometry: { ...f.geometry, coordinates: metres((f.geometry as { coordinates: unknown }).coordinates) } }) as Feature);
  const path = join(dir, withCrs ? 'vn2000_crs.geojson' : 'vn2000.geojson');
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', ...(withCrs ? { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9210' } } } : {}), features }));
  return path;
}

describe('noxh score refuses what it would get wrong', () => {
  afterEach(() => vi.restoreAllMocks());
  const dir = mkdtempSync(join(tmpdir(), 'noxh-checks-'));
  const out = join(dir, 'out.geojson');

  it('a GeoJSON naming a VN-2000 coordinate system, for the parcels or a layer', async () => {
    const parcels = inMetres(dir, true);
    const got = await failure(['--parcels', parcels, ...base, '--out', out]);
    expect(got.code).toBe('cli.geojson-not-wgs84');
    expect(got.vi).toContain('EPSG::9210');
    expect(got.vi).toContain('noxh import');
    const layer = await failure(['--parcels', `${FIXTURE}/parcels.geojson`, '--layer', `industrial_zone=${parcels}`, ...base, '--out', out]);
    expect(layer.code).toBe('cli.geojson-not-wgs84');
    expect(existsSync(out)).toBe(false);
  });

  it('coordinates in metres without any crs member (GeoJSON and FlatGeobuf), naming the feature', async () => {
    const parcels = inMetres(dir, false);
    const got = await failure(['--parcels', parcels, ...base, '--out', out]);
    expect(got.code).toBe('cli.coordinates-not-degrees');
    expect(got.vi).toMatch(/đối tượng thứ 1 có tọa độ \(\d/);
    const fgb = join(dir, 'vn2000.fgb');
    const fc = JSON.parse(readFileSync(parcels, 'utf8')) as FeatureCollection;
    writeFileSync(fgb, Buffer.concat(exportFlatGeobuf(fc.features).parts));
    expect((await failure(['--parcels', fgb, ...base, '--out', out])).code).toBe('cli.coordinates-not-degrees');
    expect((await failure(['--parcels', `${FIXTURE}/parcels.geojson`, '--layer', `industrial_zone=${fgb}`, ...base, '--out', out])).code).toBe('cli.coordinates-not-degrees');
  });

  it('a mistyped option, naming it and listing the real ones', async () => {
    const got = await failure(['--parcels', `${FIXTURE}/parcels.geojson`, ...base, '--threds', '2', '--out', out]);
    expect(got.code).toBe('cli.option-unknown');
    expect(got.vi).toContain('--threds');
    expect(got.vi).toContain('--threads');
    expect((await failure(['--parcels', `${FIXTURE}/parcels.geojson`, ...base, '--explian', '--out', out])).code).toBe('cli.option-unknown');
  });

  it('an unknown layer role, listing the roles (not the form of --layer)', async () => {
    const got = await failure(['--parcels', `${FIXTURE}/parcels.geojson`, '--layer', `roads=${FIXTURE}/transport.geojson`, '--scenario-file', `${FIXTURE}/scenario.json`, '--out', out]);
    expect(got.code).toBe('cli.layer-role-unknown');
    expect(got.vi).toContain('"roads"');
    expect(got.vi).toContain('transport');
  });

  it('an output format it does not write (a Shapefile name), before reading anything', async () => {
    const got = await failure(['--parcels', `${FIXTURE}/parcels.geojson`, ...base, '--out', join(dir, 'ket_qua.shp')]);
    expect(got.code).toBe('cli.output-format-unsupported');
    expect(got.vi).toContain('.fgb');
    expect(existsSync(join(dir, 'ket_qua.shp'))).toBe(false);
  });

  it('removes the temporary file a killed run left for the same output, not a running one\'s', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = join(dir, `.out.geojson.${gone}.abc123.tmp`);
    const live = join(dir, `.out.geojson.${process.ppid}.def456.tmp`);
    writeFileSync(stale, 'nửa tệp của lần chạy bị ngắt');
    writeFileSync(live, 'đang ghi');
    expect(await failure(['--parcels', `${FIXTURE}/parcels.geojson`, ...base, '--out', out])).toEqual({ code: 'no error', vi: '' });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).features.length).toBeGreaterThan(0);
  });
});
