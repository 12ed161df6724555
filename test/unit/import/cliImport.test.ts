import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { command } from '../../../scripts/cli/import.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';

describe('noxh import (CLI)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('imports a .shp with its siblings, maps fields for a role and writes WGS84 GeoJSON', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = join(mkdtempSync(join(tmpdir(), 'noxh-')), 'kcn.geojson');
    const code = await command.run(['test/fixtures/import/shp-vni/kcn.shp', '--role', 'industrial_zone', '--out', out]);
    expect(code).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
    expect(fc.features[0].properties).toMatchObject({ TenKCN: 'KCN Tịnh Phong', name: 'KCN Tịnh Phong', area_ha: 140 });
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    expect(printed).toContain('[info] encoding-detected: Bảng mã thuộc tính dò được: vni');
    expect(printed).toContain('| Detected attribute encoding: vni');
  });

  it('fails with the CRS suggestion for metres without .prj, and succeeds with --crs', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = join(mkdtempSync(join(tmpdir(), 'noxh-')), 'p.geojson');
    expect(await command.run(['test/fixtures/import/shp-noprj/parcels.shp', '--out', out])).toBe(2);
    expect(err.mock.calls.map((c) => String(c[0])).join('\n')).toContain('--crs EPSG:5898');
    expect(await command.run(['test/fixtures/import/shp-noprj/parcels.shp', '--crs', 'vn2000:108', '--out', out])).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection).features).toHaveLength(3);
  });

  it('writes FlatGeobuf for an .fgb --out, and imports it back with the same attributes', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'noxh-'));
    expect(await command.run(['test/fixtures/import/shp-vni/kcn.shp', '--out', join(dir, 'kcn.geojson')])).toBe(0);
    expect(await command.run(['test/fixtures/import/shp-vni/kcn.shp', '--out', join(dir, 'kcn.fgb')])).toBe(0);
    const geojson = JSON.parse(readFileSync(join(dir, 'kcn.geojson'), 'utf8')) as FeatureCollection;
    const back = await importFiles([{ name: 'kcn.fgb', bytes: new Uint8Array(readFileSync(join(dir, 'kcn.fgb'))) }]);
    expect(back.layers[0].sourceFormat).toBe('flatgeobuf');
    expect(back.layers[0].features.map((f) => f.properties)).toEqual(geojson.features.map((f) => f.properties));
    expect(back.layers[0].features.map((f) => f.geometry)).toEqual(geojson.features.map((f) => f.geometry));
  });

  it('says the real cause when a file cannot be read: a folder, not found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-'));
    await expect(command.run([dir, '--out', join(dir, 'x.geojson')])).rejects.toMatchObject({ messageEn: `${dir} is a folder, not a file.` });
    await expect(command.run([join(dir, 'none.geojson'), '--out', join(dir, 'x.geojson')])).rejects.toMatchObject({ messageEn: expect.stringContaining('File not found') });
  });
});
