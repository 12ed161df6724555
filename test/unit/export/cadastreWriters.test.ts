// The whole-cadastre writers: the GeoParquet WKB written at exact size is byte for byte hyparquet-writer's
// geojsonToWkb (polygons, holes, multipolygons; anything else goes through geojsonToWkb itself), and a FlatGeobuf
// re-scored from a scored FlatGeobuf (the byte-copy path: score, rank, excluded, excluded_by already columns of the
// input) holds each of those columns once, with the new values, the other columns and the geometry untouched —
// as the flatgeobuf package and GDAL (where present) read it. `rank` is stored as a whole number (FlatGeobuf Int,
// GeoParquet INT32), absent (null) for an excluded parcel.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { geojsonToWkb } from 'hyparquet-writer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/score.ts';
import { readFeatureCollectionFile, readFlatGeobufFile } from '../../../scripts/cli/_readGeoJsonFile.ts';
import { geometryToWkb } from '../../../src/domain/export/exportGeoParquet.ts';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { parquetMetadata } from 'hyparquet';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { bytesSource, readFlatGeobufHeader } from '../../../src/domain/import/readFlatGeobufHeader.ts';
import { readGeoParquet } from '../../../src/domain/import/drivers/geoParquetDriver.ts';

describe('geometryToWkb', () => {
  const geometries: Geometry[] = [
    { type: 'Polygon', coordinates: [[[108.1, 15.1], [108.2, 15.1], [108.2, 15.2], [108.1, 15.1]], [[108.15, 15.12], [108.16, 15.12], [108.16, 15.13], [108.15, 15.12]]] },
    { type: 'MultiPolygon', coordinates: [[[[108.9, 14.8], [108.91, 14.8], [108.91, 14.81], [108.9, 14.8]]], [[[108.95, 14.85], [108.96, 14.85], [108.96, 14.86], [108.95, 14.85]]]] },
    { type: 'Polygon', coordinates: [[[108.1, 15.1, 3], [108.2, 15.1, 4], [108.2, 15.2, 5], [108.1, 15.1, 3]]] },
    { type: 'LineString', coordinates: [[108.1, 15.1], [108.2, 15.2]] },
  ];
  it.each(geometries.map((g, i) => [`${g.type} #${i + 1}`, g] as const))('%s: the same bytes as geojsonToWkb', (_name, g) => {
    expect([...geometryToWkb(g)]).toEqual([...geojsonToWkb(g as Parameters<typeof geojsonToWkb>[0])]);
  });
});

describe('FlatGeobuf → FlatGeobuf, the score columns already in the input', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces them (one column each, new values), keeps the rest and the geometry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const d = 'test/fixtures/scoring/in/distance_linear';
    const dir = mkdtempSync(join(tmpdir(), 'noxh-rescore-'));
    const parcels = readFeatureCollectionFile(`${d}/parcels.geojson`).map((f, i): Feature => ({
      ...f, properties: { ...f.properties, score: -1, rank: 999, ghi_chu: `Thửa cũ số ${i + 1} — đã chấm`, excluded_by: 'cũ' },
    }));
    const input = join(dir, 'scored-before.fgb');
    writeFileSync(input, Buffer.concat(exportFlatGeobuf(parcels).parts));
    const args = ['--layer', `transport=${d}/transport.geojson`, '--scenario-file', `${d}/scenario.json`, '--threads', '1'];
    expect(await command.run(['--parcels', `${d}/parcels.geojson`, ...args, '--out', join(dir, 'fresh.geojson')])).toBe(0);
    expect(await command.run(['--parcels', input, ...args, '--out', join(dir, 'again.fgb')])).toBe(0);
    const fresh = JSON.parse(readFileSync(join(dir, 'fresh.geojson'), 'utf8')).features as Feature[];
    const again = await readFlatGeobufFile(join(dir, 'again.fgb'));
    expect(again).toHaveLength(fresh.length);
    again.forEach((f, i) => {
      for (const key of ['score', 'rank', 'excluded', 'excluded_by']) expect(f.properties![key] ?? null, `${key} of ${i}`).toEqual(fresh[i].properties![key]);
      expect(f.properties!.ghi_chu).toBe(`Thửa cũ số ${i + 1} — đã chấm`);
      expect(f.properties!.name ?? null).toEqual(parcels[i].properties!.name ?? null);
      expect(f.geometry).toEqual(parcels[i].geometry);
    });
    const gdal = spawnSync('ogrinfo', ['-ro', '-al', '-so', join(dir, 'again.fgb')], { encoding: 'utf8' });
    if (gdal.error) return; // no GDAL here: the flatgeobuf package's reading above is the check
    expect(gdal.status).toBe(0);
    expect(gdal.stdout).toContain(`Feature Count: ${fresh.length}`);
    expect(gdal.stdout.match(/^score: Real/gm)).toHaveLength(1);
    expect(gdal.stdout.match(/^rank: Integer/gm)).toHaveLength(1);
  }, 60_000);
});

describe('rank is a whole-number column, empty (null) for an excluded parcel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('FlatGeobuf Int (GDAL: Integer) and GeoParquet INT32 OPTIONAL, from GeoJSON and re-scored from each format', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'noxh-rank-'));
    // The sample's parcels and the layers its constraints read: some parcels are excluded.
    const layers = ['transport=data/transport.geojson', 'industrial_zone=data/industrial_zones.geojson', 'hazard=data/hazards.geojson', 'land_use_plan=data/land_use_plan.geojson'];
    const args = [...layers.flatMap((l) => ['--layer', l]), '--threads', '1'];
    expect(await command.run(['--parcels', 'data/candidate_sites.geojson', ...args, '--out', join(dir, 'a.geojson')])).toBe(0);
    const expected = (JSON.parse(readFileSync(join(dir, 'a.geojson'), 'utf8')).features as Feature[]).map((f) => f.properties!.rank as number | null);
    expect(expected.filter((r) => r === null).length).toBeGreaterThan(0);
    for (const [from, out] of [['data/candidate_sites.geojson', 'a.fgb'], [join(dir, 'a.fgb'), 'b.fgb'], ['data/candidate_sites.geojson', 'a.parquet'], [join(dir, 'a.parquet'), 'b.parquet']]) {
      expect(await command.run(['--parcels', from, ...args, '--out', join(dir, out)])).toBe(0);
      const bytes = new Uint8Array(readFileSync(join(dir, out)));
      if (out.endsWith('.fgb')) {
        expect(readFlatGeobufHeader(bytesSource(bytes), out).columns.find((c) => c.name === 'rank')?.type, out).toBe(ColumnType.Int);
        expect((await readFlatGeobufFile(join(dir, out))).map((f) => f.properties!.rank ?? null), out).toEqual(expected);
        const gdal = spawnSync('ogrinfo', ['-ro', '-al', '-so', join(dir, out)], { encoding: 'utf8' });
        if (!gdal.error) expect(gdal.stdout).toMatch(/^rank: Integer/m);
      } else {
        const rank = parquetMetadata(bytes.buffer).schema.find((e) => e.name === 'rank');
        expect([rank?.type, rank?.repetition_type], out).toEqual(['INT32', 'OPTIONAL']);
        expect((await readGeoParquet(bytes, out)).features.map((f) => f.properties!.rank ?? null), out).toEqual(expected);
      }
    }
  }, 120_000);
});

describe('GeoParquet → GeoParquet (columns copied, no GeoJSON object)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the rows, boxes and "geo" metadata the feature path writes for the sample province', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { parquetMetadata, parquetReadObjects } = await import('hyparquet');
    const { exportGeoParquet } = await import('../../../src/domain/export/exportGeoParquet.ts');
    const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { layers: { role: string; file: string }[] };
    const layers = manifest.layers.filter((l) => l.role !== 'candidate_site').flatMap((l) => ['--layer', `${l.role}=data/${l.file}`]);
    const dir = mkdtempSync(join(tmpdir(), 'noxh-pq-copy-'));
    const input = join(dir, 'parcels.parquet');
    writeFileSync(input, exportGeoParquet(readFeatureCollectionFile('data/candidate_sites.geojson')));
    expect(await command.run(['--parcels', 'data/candidate_sites.geojson', ...layers, '--preset', 'urban_low_income', '--out', join(dir, 'features.parquet')])).toBe(0);
    expect(await command.run(['--parcels', input, ...layers, '--preset', 'urban_low_income', '--out', join(dir, 'copied.parquet')])).toBe(0);
    const read = async (name: string) => {
      const file = new Uint8Array(readFileSync(join(dir, name))).buffer;
      const metadata = parquetMetadata(file, { geoparquet: false });
      return { rows: await parquetReadObjects({ file, metadata, utf8: false }), geo: JSON.parse(metadata.key_value_metadata!.find((kv) => kv.key === 'geo')!.value!) };
    };
    const [a, b] = await Promise.all([read('features.parquet'), read('copied.parquet')]);
    expect(b.geo).toEqual(a.geo);
    expect(b.rows).toEqual(a.rows);
    expect(a.rows.length).toBe(425);
  }, 60_000);
});
