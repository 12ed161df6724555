// A GeoParquet file compressed with ZSTD (GDAL's, QGIS's and many GeoPandas users' choice) reads as its snappy twin:
// the same parcels, geometry and Vietnamese names in the app's import and in `noxh score` (the packed reader and the
// second pass that copies the input's columns into a GeoParquet output). Both files were written once by GeoPandas +
// pyarrow (test/fixtures/import/geoparquet-codecs/make.py), so no Python is needed here. A codec still not decoded
// (LZO, made by changing the zstd file's codec in its footer) is named, Vietnamese first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { command as scoreCommand } from '../../../scripts/cli/score.ts';
import { bytesAsyncBuffer, openGeoParquet, readGeoParquet } from '../../../src/domain/import/drivers/geoParquetDriver.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { importNoteMessage } from '../../../src/domain/import/importNote.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';

const fixtures = 'test/fixtures/import/geoparquet-codecs';
const source = JSON.parse(readFileSync('test/fixtures/scoring/in/distance_linear/parcels.geojson', 'utf8')) as FeatureCollection;
const bytesOf = (codec: string) => new Uint8Array(readFileSync(join(fixtures, `parcels.${codec}.parquet`)));
const dir = mkdtempSync(join(tmpdir(), 'noxh-codecs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/**
 * The zstd file with its columns' codec set to LZO in the footer (Thrift compact: a column's path, a one-string list
 * 0x18 len name, is followed by the codec field, 0x15 then the zigzag enum: ZSTD 6 → 0x0C, LZO 3 → 0x06).
 */
function asLzo(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const footerLength = new DataView(out.buffer).getUint32(out.length - 8, true);
  const footerStart = out.length - 8 - footerLength;
  let patched = 0;
  for (const name of ['id', 'name', 'expect_raw', 'ten_thua', 'geometry']) {
    const pattern = [0x18, name.length, ...new TextEncoder().encode(name), 0x15, 0x0c];
    for (let i = footerStart; i + pattern.length <= out.length; i++) {
      if (pattern.every((b, k) => out[i + k] === b)) {
        out[i + pattern.length - 1] = 0x06;
        patched++;
      }
    }
  }
  if (patched !== 5) throw new Error(`patched ${patched} codecs, expected 5`);
  return out;
}

describe('GeoParquet compressed with ZSTD, as its snappy twin', () => {
  it('the footers say SNAPPY and ZSTD (the fixture is what it claims)', async () => {
    for (const codec of ['snappy', 'zstd']) {
      const open = await openGeoParquet(bytesAsyncBuffer(bytesOf(codec)), codec);
      expect(new Set(open.metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)))).toEqual(new Set([codec.toUpperCase()]));
    }
  });

  it('the app’s import: the same parcels, geometry and Vietnamese names as the snappy file and the GeoJSON they came from', async () => {
    const layers = [];
    for (const codec of ['snappy', 'zstd']) {
      const result = await importFiles([{ name: `thua_dat.${codec}.parquet`, bytes: bytesOf(codec) }]);
      expect(result.notes.filter((n) => n.level === 'error'), codec).toEqual([]);
      layers.push(result.layers[0]);
    }
    const [snappy, zstd] = layers;
    expect(zstd.features).toEqual(snappy.features);
    expect(zstd.fields).toEqual(snappy.fields);
    expect(zstd.features.map((f) => f.geometry)).toEqual(source.features.map((f) => f.geometry));
    expect(zstd.features.map((f) => f.properties?.name)).toEqual(source.features.map((f) => f.properties?.name));
    expect(zstd.features[0].properties).toMatchObject({ id: 'A', ten_thua: 'Thửa 12 — phường Nghĩa Chánh' });
    expect(zstd.features.map((f) => f.properties?.ten_thua)).toContain('Thửa 7 — thị trấn Châu Ổ');
  });

  it('`noxh score`: the same scores and ranks from either file, to GeoJSON and to GeoParquet (the input’s columns copied)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const scenario = 'test/fixtures/scoring/in/distance_linear';
    const outputs: Record<string, FeatureCollection> = {};
    for (const codec of ['snappy', 'zstd']) {
      for (const ext of ['geojson', 'parquet']) {
        const out = join(dir, `scored.${codec}.${ext}`);
        const args = ['--parcels', join(fixtures, `parcels.${codec}.parquet`), '--layer', `transport=${scenario}/transport.geojson`, '--scenario-file', `${scenario}/scenario.json`, '--out', out];
        expect(await scoreCommand.run(args), `${codec} → ${ext}`).toBe(0);
        outputs[`${codec}.${ext}`] =
          ext === 'geojson' ? (JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection) : { type: 'FeatureCollection', features: (await readGeoParquet(new Uint8Array(readFileSync(out)), out)).features };
      }
    }
    const reference = outputs['snappy.geojson'];
    expect(reference.features).toHaveLength(source.features.length);
    expect(reference.features.some((f) => typeof f.properties?.score === 'number')).toBe(true);
    expect(outputs['zstd.geojson']).toEqual(reference);
    expect(outputs['zstd.parquet'].features).toEqual(outputs['snappy.parquet'].features);
    // The GeoParquet output carries the input's Vietnamese names (copied from the zstd input by the second pass).
    expect(outputs['zstd.parquet'].features.map((f) => f.properties?.ten_thua)).toEqual(reference.features.map((f) => f.properties?.ten_thua));
    expect(outputs['zstd.parquet'].features.map((f) => f.properties?.score)).toEqual(reference.features.map((f) => f.properties?.score));
  }, 60_000);

  it('a codec still not decoded (LZO) is named, Vietnamese first, in the app’s import and in the CLI (exit 2)', async () => {
    const lzo = asLzo(bytesOf('zstd'));
    const result = await importFiles([{ name: 'thua_dat.parquet', bytes: lzo }]);
    expect(result.layers).toHaveLength(0);
    const note = result.notes.find((n) => n.code === 'parquet-invalid')!;
    expect(note.params).toMatchObject({ problem: 'codec', codec: 'LZO' });
    expect(renderMessage('vi', importNoteMessage(note))).toMatch(/^Không đọc được tệp GeoParquet thua_dat\.parquet: tệp được nén bằng LZO, chương trình chưa giải nén được/);
    expect(renderMessage('en', importNoteMessage(note))).toContain('compressed with LZO');
    const path = join(dir, 'thua_dat.parquet');
    writeFileSync(path, lzo);
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', 'score', '--parcels', path, '--preset', 'worker_housing', '--out', join(dir, 'o.parquet')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    const [viLine, enLine] = run.stderr.trim().split('\n');
    expect(viLine).toMatch(/^Lỗi: Không đọc được tệp GeoParquet .*thua_dat\.parquet: tệp được nén bằng LZO/);
    expect(enLine).toMatch(/^Error: The GeoParquet file .* compressed with LZO/);
  }, 60_000);
});
