// GeoParquet out and in: a layer written by exportGeoParquet and read back through importFiles (the GeoParquet
// driver) keeps its geometry (WKB stores doubles: bit for bit) and its Vietnamese attributes; the file's "geo"
// metadata is GeoParquet 1.1 (WKB, primary column, geometry types, bbox, bbox covering) and the covering holds each
// row's box; the CLI scores GeoParquet parcels and writes GeoParquet with the same scores as GeoJSON.
// A GIS tool reading what we write and our reader on what a GIS tool writes: geopandasCrossCheck.test.ts, against
// GeoPandas + pyarrow (GDAL here has no Parquet driver).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/score.ts';
import { exportGeoParquet } from '../../../src/domain/export/exportGeoParquet.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';

const features: Feature[] = [
  {
    type: 'Feature',
    properties: { ten: 'Thửa số 1 — Nghĩa Hành', dien_tich: 1234.5, hop_le: true, ghi_chu: null, chi_tiet: { loai: 'ODT', so: 3 } },
    geometry: { type: 'Polygon', coordinates: [[[108.7987654, 15.1], [108.81, 15.1], [108.81, 15.11], [108.7987654, 15.1]]] },
  },
  {
    type: 'Feature',
    properties: { ten: 'Đức Phổ', dien_tich: 7, hop_le: false, ghi_chu: 'đất trồng lúa', ma: 'KCN-01' },
    geometry: { type: 'MultiPolygon', coordinates: [[[[108.9, 14.8], [108.91, 14.8], [108.91, 14.81], [108.9, 14.8]]], [[[108.95, 14.85], [108.96, 14.85], [108.96, 14.86], [108.95, 14.85]]]] },
  },
  { type: 'Feature', properties: { ten: 'Không có hình học', dien_tich: 0 }, geometry: null as never },
];

const buffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;

describe('exportGeoParquet', () => {
  it('round-trips geometry and Vietnamese attributes through the GeoParquet import driver', async () => {
    const result = await importFiles([{ name: 'thua_dat.parquet', bytes: exportGeoParquet(features.slice(0, 2)) }]);
    expect(result.notes.filter((n) => n.level === 'error' || n.level === 'rejected')).toEqual([]);
    const [layer] = result.layers;
    expect(layer.sourceFormat).toBe('geoparquet');
    expect(layer.crs?.id).toBe('EPSG:4326');
    expect(layer.features.map((f) => f.geometry)).toEqual(features.slice(0, 2).map((f) => f.geometry));
    // Objects go into a JSON column (encoded once: geopandasCrossCheck.test.ts has pyarrow read it) and come back as objects.
    expect(layer.features[0].properties).toMatchObject({ ten: 'Thửa số 1 — Nghĩa Hành', dien_tich: 1234.5, hop_le: true });
    expect(layer.features[0].properties!.chi_tiet).toEqual({ loai: 'ODT', so: 3 });
    expect(layer.features[1].properties).toMatchObject({ ten: 'Đức Phổ', dien_tich: 7, hop_le: false, ghi_chu: 'đất trồng lúa', ma: 'KCN-01' });
    expect(layer.fields.map((f) => f.name)).toEqual(['ten', 'dien_tich', 'hop_le', 'ghi_chu', 'chi_tiet', 'ma']);
  });

  it('writes GeoParquet 1.1 metadata and a bbox covering that holds each row’s box; keeps a feature without geometry', async () => {
    const bytes = exportGeoParquet(features);
    const meta = parquetMetadata(buffer(bytes));
    const geo = JSON.parse(meta.key_value_metadata!.find((kv) => kv.key === 'geo')!.value!);
    expect(geo).toEqual({
      version: '1.1.0',
      primary_column: 'geometry',
      columns: {
        geometry: {
          encoding: 'WKB',
          geometry_types: ['MultiPolygon', 'Polygon'],
          bbox: [108.7987654, 14.8, 108.96, 15.11],
          covering: { bbox: { xmin: ['bbox', 'xmin'], ymin: ['bbox', 'ymin'], xmax: ['bbox', 'xmax'], ymax: ['bbox', 'ymax'] } },
        },
      },
    });
    expect(Number(meta.num_rows)).toBe(3);
    const rows = await parquetReadObjects({ file: buffer(bytes), columns: ['bbox'] });
    expect(rows.map((r) => r.bbox)).toEqual([
      { xmin: 108.7987654, ymin: 15.1, xmax: 108.81, ymax: 15.11 },
      { xmin: 108.9, ymin: 14.8, xmax: 108.96, ymax: 14.86 },
      null,
    ]);
    const back = await importFiles([{ name: 'a.parquet', bytes }]);
    expect(back.layers[0].features.length + back.notes.filter((n) => n.level === 'rejected').length).toBe(3);
  });

  it('a file that is not Parquet is an error note with the reader’s reason', async () => {
    const result = await importFiles([{ name: 'hong.parquet', bytes: new TextEncoder().encode('not a parquet file at all') }]);
    expect(result.layers).toHaveLength(0);
    expect(result.notes[0]).toMatchObject({ level: 'error', code: 'parquet-invalid' });
  });

});

describe('noxh score with GeoParquet in and out', () => {
  afterEach(() => vi.restoreAllMocks());
  it('scores GeoParquet parcels and writes GeoParquet with the same scores and ranks as GeoJSON', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = 'test/fixtures/scoring/in/distance_linear';
    const out = mkdtempSync(join(tmpdir(), 'noxh-score-pq-'));
    const parcels = JSON.parse(readFileSync(join(dir, 'parcels.geojson'), 'utf8')).features as Feature[];
    writeFileSync(join(out, 'parcels.parquet'), exportGeoParquet(parcels));
    const rest = ['--layer', `transport=${dir}/transport.geojson`, '--scenario-file', `${dir}/scenario.json`];
    expect(await command.run(['--parcels', `${dir}/parcels.geojson`, ...rest, '--out', join(out, 'a.geojson')])).toBe(0);
    expect(await command.run(['--parcels', join(out, 'parcels.parquet'), ...rest, '--out', join(out, 'a.parquet')])).toBe(0);
    const geojson = JSON.parse(readFileSync(join(out, 'a.geojson'), 'utf8')).features as Feature[];
    const result = await importFiles([{ name: 'a.parquet', bytes: new Uint8Array(readFileSync(join(out, 'a.parquet'))) }]);
    const parquet = result.layers[0].features;
    expect(parquet.map((f) => [f.properties!.id, f.properties!.score, f.properties!.rank])).toEqual(geojson.map((f) => [f.properties!.id, f.properties!.score, f.properties!.rank]));
    expect(parquet.map((f) => f.geometry)).toEqual(geojson.map((f) => f.geometry));
  });
});

describe('buildLayerExport (GeoParquet)', () => {
  it('downloads the layer as a .parquet the import reads back, features without geometry included', async () => {
    const { buildLayerExport } = await import('../../../src/ui/import/buildLayerExport.ts');
    const file = buildLayerExport({ data: { type: 'FeatureCollection', features }, role: 'candidate_site', title: 'Khu đất ứng viên', format: 'geoparquet', language: 'vi' });
    expect(file.fileName).toBe('khu-dat-ung-vien.parquet');
    expect(Number(parquetMetadata(buffer(file.bytes)).num_rows)).toBe(3);
    const result = await importFiles([{ name: file.fileName, bytes: file.bytes }]);
    expect(result.layers[0].features.map((f) => f.properties!.ten)).toContain('Đức Phổ');
  });
});
