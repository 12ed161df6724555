// GeoPandas + pyarrow as the reference GeoParquet implementation (GDAL here has no Parquet driver): GeoPandas reads the
// GeoParquet `noxh import` and `noxh score` write — the same geometry and Vietnamese attributes as our GeoJSON output,
// GeoParquet 1.1 metadata (WKB, no crs = OGC:CRS84, bbox, geometry types) and a bbox covering its bbox filter uses — and
// our reader reads and packs what GeoPandas writes (default options, the covering, snappy, a MultiPolygon and a null
// geometry; zstd, gzip, brotli and lz4 too, through hyparquet-compressors). Runs where a Python with geopandas,
// shapely ≥ 2 and pyarrow is found (scripts/bench/setup-python.sh
// makes .venv-bench; or BENCH_PYTHON / NOXH_PYTHON); skipped otherwise, saying why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBenchPython } from '../../../scripts/bench/findBenchPython.ts';
import { command as importCommand } from '../../../scripts/cli/import.ts';
import { command as scoreCommand } from '../../../scripts/cli/score.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { bytesAsyncBuffer, openGeoParquet } from '../../../src/domain/import/drivers/geoParquetDriver.ts';
import { packGeoParquet } from '../../../src/domain/import/packGeoParquet.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';

const found = findBenchPython();
if (found.python === null) console.warn(`geopandasCrossCheck.test.ts: skipped: ${found.reason}`);

/** GeoPandas' reading of a GeoParquet file: features (JSON columns decoded once), the `geo` metadata, the CRS, the bounds. */
const READ = `
import json, sys
import geopandas as gpd, pyarrow.parquet as pq
path, bbox = sys.argv[1], json.loads(sys.argv[2])
schema = pq.read_schema(path)
gdf = gpd.read_parquet(path)
json_columns = [f.name for f in schema if getattr(f.type, 'extension_name', None) == 'arrow.json']
for c in json_columns:
    gdf[c] = gdf[c].map(lambda t: None if t is None else json.loads(t)).astype(object)
covering = json.loads(schema.metadata[b'geo'])['columns'][gdf.geometry.name].get('covering', {}).get('bbox', {}).get('xmin', [None])[0]
plain = gdf.drop(columns=[covering]) if covering in gdf.columns else gdf
print(json.dumps({
    'geo': json.loads(schema.metadata[b'geo']),
    'crs': ':'.join(gdf.crs.to_authority()) if gdf.crs else None,
    'total_bounds': [float(x) for x in gdf.total_bounds],
    'json_columns': json_columns,
    'collection': json.loads(plain.to_json(na='null', drop_id=True)),
    'in_bbox': gpd.read_parquet(path, bbox=tuple(bbox))[sys.argv[3]].tolist() if bbox else None,
}))
`;

/** GeoPandas writing a GeoJSON FeatureCollection (from_features: Python types as given) as GeoParquet, once per option set. */
const WRITE = `
import json, sys
import geopandas as gpd
fc = json.load(open(sys.argv[1], encoding='utf-8'))
gdf = gpd.GeoDataFrame.from_features(fc['features'], crs='EPSG:4326', columns=json.loads(sys.argv[3]) + ['geometry'])
out = sys.argv[2]
gdf.to_parquet(out + '/default.parquet')
gdf.to_parquet(out + '/covering.parquet', write_covering_bbox=True)
gdf.to_parquet(out + '/snappy.parquet', compression='snappy')
gdf.to_parquet(out + '/zstd.parquet', compression='zstd', write_covering_bbox=True)
for codec in ['gzip', 'brotli', 'lz4']:
    gdf.to_parquet(out + '/' + codec + '.parquet', compression=codec)
`;

const python = (script: string, args: string[]) => execFileSync(found.python!, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

interface GeoPandasReading {
  geo: { version: string; primary_column: string; columns: Record<string, { encoding: string; geometry_types: string[]; bbox?: number[]; crs?: unknown; covering?: unknown }> };
  crs: string | null;
  total_bounds: number[];
  json_columns: string[];
  collection: FeatureCollection;
  in_bbox: string[] | null;
}
/** `bbox`: also read with GeoPandas' bbox filter (on the covering column) and return the `idColumn` of the rows kept. */
const readWithGeoPandas = (path: string, bbox?: number[], idColumn = ''): GeoPandasReading => JSON.parse(python(READ, [path, JSON.stringify(bbox ?? null), idColumn]));

// A planner's parcels: a polygon with a hole, a MultiPolygon, Vietnamese text (NFC), numbers, booleans, a null, an object.
const parcels: Feature[] = [
  {
    type: 'Feature',
    properties: { ma_thua: 'TD-001', ten: 'Thửa số 1 — phường Nghĩa Chánh', loai_dat: 'ODT', dien_tich: 1234.5, hop_le: true, ghi_chu: null, chi_tiet: { to: 12, so: 'Tờ bản đồ 12' } },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [[108.7987654321, 15.1201234567], [108.8101, 15.1201234567], [108.8101, 15.1302], [108.7987654321, 15.1302], [108.7987654321, 15.1201234567]],
        [[108.802, 15.123], [108.802, 15.125], [108.805, 15.125], [108.805, 15.123], [108.802, 15.123]],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { ma_thua: 'TD-002', ten: 'Đức Phổ — đất trồng lúa', loai_dat: 'LUC', dien_tich: 7, hop_le: false, ghi_chu: 'Cần chấp thuận chuyển mục đích', chi_tiet: { to: 3, so: 'Thửa 45, 46' } },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [[[108.9, 14.8], [108.91, 14.8], [108.91, 14.81], [108.9, 14.81], [108.9, 14.8]]],
        [[[108.95, 14.85], [108.96, 14.85], [108.96, 14.86], [108.95, 14.86], [108.95, 14.85]]],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { ma_thua: 'TD-003', ten: 'Lý Sơn — xã đảo', loai_dat: 'ONT', dien_tich: 250.25, hop_le: true, ghi_chu: 'Ưu tiên', chi_tiet: null },
    geometry: { type: 'Polygon', coordinates: [[[109.1123, 15.3812], [109.1131, 15.3812], [109.1131, 15.3819], [109.1123, 15.3819], [109.1123, 15.3812]]] },
  },
];
const columns = Object.keys(parcels[0].properties!);

describe.skipIf(found.python === null)(`GeoParquet against GeoPandas (${found.python === null ? 'no Python' : found.versions})`, () => {
  afterEach(() => vi.restoreAllMocks());

  it('GeoPandas reads the GeoParquet `noxh import` writes: geometry and Vietnamese attributes as our GeoJSON output, GeoParquet 1.1 metadata, the bbox covering', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), 'noxh-gpd-'));
    writeFileSync(join(dir, 'thua_dat.geojson'), JSON.stringify({ type: 'FeatureCollection', features: parcels }));
    for (const out of ['ours.geojson', 'ours.parquet']) expect(await importCommand.run([join(dir, 'thua_dat.geojson'), '--out', join(dir, out)])).toBe(0);
    const ours = JSON.parse(readFileSync(join(dir, 'ours.geojson'), 'utf8')) as FeatureCollection;
    expect(ours.features).toHaveLength(3);
    // A bbox filter around Đức Phổ's MultiPolygon only: GeoPandas filters on the covering column.
    const gpd = readWithGeoPandas(join(dir, 'ours.parquet'), [108.89, 14.79, 108.97, 14.87], 'ma_thua');

    expect(gpd.collection.features.map((f) => f.geometry)).toEqual(ours.features.map((f) => f.geometry)); // every double, bit for bit
    expect(gpd.collection.features.map((f) => f.properties)).toEqual(ours.features.map((f) => f.properties));
    expect(gpd.collection.features[1].properties).toMatchObject({ ten: 'Đức Phổ — đất trồng lúa', chi_tiet: { to: 3, so: 'Thửa 45, 46' } });
    expect(gpd.json_columns).toEqual(['chi_tiet']);

    const meta = gpd.geo.columns[gpd.geo.primary_column];
    expect(gpd.geo.version).toBe('1.1.0');
    expect(meta.encoding).toBe('WKB');
    expect(meta.crs).toBeUndefined(); // absent = OGC:CRS84 (GeoParquet 1.1), as GeoPandas takes it:
    expect(gpd.crs).toBe('OGC:CRS84');
    expect(meta.geometry_types).toEqual(['MultiPolygon', 'Polygon']);
    expect(meta.bbox).toEqual(gpd.total_bounds);
    expect(gpd.in_bbox).toEqual(['TD-002']);
  }, 60_000);

  it('GeoPandas reads the GeoParquet `noxh score --explain` writes: ids, scores, ranks, reasons and the criteria object as the GeoJSON output', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fixture = 'test/fixtures/scoring/in/distance_linear';
    const args = ['--parcels', `${fixture}/parcels.geojson`, '--layer', `transport=${fixture}/transport.geojson`, '--scenario-file', `${fixture}/scenario.json`, '--explain'];
    const dir = mkdtempSync(join(tmpdir(), 'noxh-gpd-'));
    expect(await scoreCommand.run([...args, '--out', join(dir, 'scored.geojson')])).toBe(0);
    expect(await scoreCommand.run([...args, '--out', join(dir, 'scored.parquet')])).toBe(0);
    const ours = JSON.parse(readFileSync(join(dir, 'scored.geojson'), 'utf8')) as FeatureCollection;
    const gpd = readWithGeoPandas(join(dir, 'scored.parquet'));
    expect(gpd.collection.features.map((f) => f.properties)).toEqual(ours.features.map((f) => f.properties));
    expect(gpd.collection.features.map((f) => f.geometry)).toEqual(ours.features.map((f) => f.geometry));
    expect(ours.features.some((f) => typeof f.properties?.score === 'number')).toBe(true);
    expect(typeof gpd.collection.features[0].properties?.criteria).toBe('object'); // JSON encoded once, not a JSON string
  }, 60_000);

  it('reads and packs what GeoPandas writes (default, bbox covering, snappy, zstd, gzip, brotli, lz4): the same features, a null geometry left out with a note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-gpd-'));
    const withNull: Feature[] = [...parcels, { type: 'Feature', properties: { ma_thua: 'TD-004', ten: 'Chưa có ranh giới', loai_dat: 'ODT', dien_tich: 0, hop_le: false, ghi_chu: null, chi_tiet: null }, geometry: null as never }];
    writeFileSync(join(dir, 'in.geojson'), JSON.stringify({ type: 'FeatureCollection', features: withNull }));
    python(WRITE, [join(dir, 'in.geojson'), dir, JSON.stringify(columns)]);
    const expected = packParcels(parcels);
    // The codecs each file was written with, as its footer says (pyarrow's lz4 is Parquet's LZ4_RAW).
    const codecsOf = async (name: string) => new Set((await openGeoParquet(bytesAsyncBuffer(new Uint8Array(readFileSync(join(dir, `${name}.parquet`)))), name)).metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)));
    expect([...(await codecsOf('zstd'))]).toEqual(['ZSTD']);
    expect([...(await codecsOf('gzip'))]).toEqual(['GZIP']);
    expect([...(await codecsOf('brotli'))]).toEqual(['BROTLI']);
    expect([...(await codecsOf('lz4'))]).toEqual([expect.stringMatching(/^LZ4/)]);
    for (const name of ['default', 'covering', 'snappy', 'zstd', 'gzip', 'brotli', 'lz4']) {
      const bytes = new Uint8Array(readFileSync(join(dir, `${name}.parquet`)));
      const result = await importFiles([{ name: `${name}.parquet`, bytes }]);
      expect(result.notes.filter((n) => n.level === 'error'), name).toEqual([]);
      const [layer] = result.layers;
      expect(layer.crs?.id, name).toBe('EPSG:4326');
      expect(layer.features.map((f) => f.geometry), name).toEqual(parcels.map((f) => f.geometry));
      expect(layer.features.map((f) => f.properties), name).toEqual(parcels.map((f) => f.properties));
      expect(layer.fields.map((f) => f.name), name).toEqual(columns); // the covering column is not an attribute
      expect(result.notes.some((n) => n.level === 'rejected'), `${name}: the feature without geometry is reported`).toBe(true);

      // The CLI's path: packed straight from the WKB column, with the land-use code the scenario reads.
      const packed = await packGeoParquet(await openGeoParquet(bytesAsyncBuffer(bytes), `${name}.parquet`), ['loai_dat']);
      expect(packed.withoutGeometry, name).toBe(1);
      expect(packed.parcels.count, name).toBe(4);
      const ringsOf = (p: typeof expected, i: number) => Array.from(p.coords.subarray(2 * p.ringStarts[p.parcelRingStarts[i]], 2 * p.ringStarts[p.parcelRingStarts[i + 1]]));
      for (let i = 0; i < 3; i++) expect(ringsOf(packed.parcels, i), `${name} parcel ${i}`).toEqual(ringsOf(expected, i));
      expect(packed.parcels.attributes.loai_dat, name).toEqual(['ODT', 'LUC', 'ONT', 'ODT']);
    }
  }, 60_000);
});
