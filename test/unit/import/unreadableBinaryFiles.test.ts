// A FlatGeobuf or GeoParquet file that cannot be read is said in Vietnamese first, English second, through the
// message catalogue: which file, which feature (from 1), what is wrong, and what to do — never the reader's English
// alone ("feature 320 is cut short at byte …", "Invalid typed array length: 10"). Through the packed readers (the CLI
// and the browser's cadastre), the app's import (the `flatgeobuf` package, diagnosed again by our reader) and the CLI
// itself (stderr, exit code 2).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { exportGeoParquet } from '../../../src/domain/export/exportGeoParquet.ts';
import { bytesAsyncBuffer, openGeoParquet } from '../../../src/domain/import/drivers/geoParquetDriver.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { importNoteMessage } from '../../../src/domain/import/importNote.ts';
import { packFlatGeobuf } from '../../../src/domain/import/packFlatGeobuf.ts';
import { packGeoParquet } from '../../../src/domain/import/packGeoParquet.ts';
import { bytesSource } from '../../../src/domain/import/readFlatGeobufHeader.ts';
import { readFlatGeobufFeature } from '../../../src/domain/import/readFlatGeobufFeature.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';
import type { Message } from '../../../src/i18n/message.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';

const features = (JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection).features;
const whole = Buffer.concat(exportFlatGeobuf(features).parts);
const { featureOffsets } = packFlatGeobuf(bytesSource(whole), { fileName: 'khu_dat.fgb' });
const dir = mkdtempSync(join(tmpdir(), 'noxh-unreadable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The typed message a reader threw (a test failure when it threw something else, or nothing). */
function thrown(run: () => unknown): Message {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error.userMessage;
    throw error;
  }
  throw new Error('nothing was thrown');
}
async function rejected(run: () => Promise<unknown>): Promise<Message> {
  try {
    await run();
  } catch (error) {
    if (isUserError(error)) return error.userMessage;
    throw error;
  }
  throw new Error('nothing was thrown');
}

/** Cut inside feature k (30 bytes into it), as an interrupted copy leaves a file. */
const CUT_FEATURE = 319;
const cut = whole.subarray(0, featureOffsets[CUT_FEATURE] + 30);

describe('a FlatGeobuf file that cannot be read', () => {
  it('cut short inside a feature: that feature (from 1), the bytes, and "copy it again", Vietnamese first', () => {
    const m = thrown(() => packFlatGeobuf(bytesSource(cut), { fileName: 'khu_dat.fgb' }));
    expect(m).toMatchObject({ code: 'import.flatgeobuf-invalid', params: { file: 'khu_dat.fgb', problem: 'feature-cut', featureIndex: CUT_FEATURE, byteOffset: featureOffsets[CUT_FEATURE], fileBytes: cut.length } });
    const vi = renderMessage('vi', m);
    expect(vi).toBe(
      `Không đọc được tệp FlatGeobuf khu_dat.fgb: đối tượng thứ 320 bị cắt cụt: nó bắt đầu ở byte ${featureOffsets[CUT_FEATURE].toLocaleString('de-DE')} nhưng tệp dừng ở byte ${cut.length.toLocaleString('de-DE')}. ` +
        'Tệp có vẻ chưa chép hoặc tải về hết: hãy chép lại tệp đầy đủ (so dung lượng với tệp gốc) hoặc xuất lại từ QGIS/GDAL.',
    );
    expect(renderMessage('en', m)).toContain('feature 320 is cut short');
  });

  it('cut at a feature boundary: fewer features than the header announces', () => {
    const m = thrown(() => packFlatGeobuf(bytesSource(whole.subarray(0, featureOffsets[100])), { fileName: 'khu_dat.fgb' }));
    expect(m.params).toMatchObject({ problem: 'fewer-features', announced: features.length, found: 100 });
    expect(renderMessage('vi', m)).toContain(`phần đầu tệp ghi ${features.length} đối tượng nhưng tệp chỉ chứa 100`);
  });

  it('not FlatGeobuf, another version, a header cut short', () => {
    expect(thrown(() => packFlatGeobuf(bytesSource(new TextEncoder().encode('{"type":"FeatureCollection"}')), { fileName: 'x.fgb' })).params).toMatchObject({ problem: 'not-flatgeobuf' });
    const v4 = Uint8Array.from(whole);
    v4[3] = 4;
    const version = thrown(() => packFlatGeobuf(bytesSource(v4), { fileName: 'x.fgb' }));
    expect(renderMessage('vi', version)).toContain('phiên bản 4, chương trình chỉ đọc phiên bản 3');
    expect(thrown(() => packFlatGeobuf(bytesSource(whole.subarray(0, 40)), { fileName: 'x.fgb' })).params).toMatchObject({ problem: 'header-cut' });
  });

  it('a feature read on demand where the file no longer has one: named file, "open it again"', () => {
    const { info } = packFlatGeobuf(bytesSource(whole), { fileName: 'khu_dat.fgb' });
    const m = thrown(() => readFlatGeobufFeature(bytesSource(cut), info, featureOffsets[400], 'khu_dat.fgb'));
    expect(m.params).toMatchObject({ file: 'khu_dat.fgb', problem: 'feature-missing', byteOffset: featureOffsets[400] });
    expect(renderMessage('vi', m)).toContain('Hãy mở lại tệp');
  });

  it('the app’s import (the flatgeobuf package) says the cause our reader finds, not the package’s English', async () => {
    const result = await importFiles([{ name: 'khu_dat.fgb', bytes: Uint8Array.from(cut) }]);
    expect(result.layers).toHaveLength(0);
    const note = result.notes.find((n) => n.code === 'flatgeobuf-invalid')!;
    expect(note).toMatchObject({ level: 'error', params: { problem: 'feature-cut', featureIndex: CUT_FEATURE } });
    const vi = renderMessage('vi', importNoteMessage(note));
    expect(vi).toContain('đối tượng thứ 320 bị cắt cụt');
    expect(vi).not.toMatch(/Invalid|typed array/);
  });
});

describe('a GeoParquet file that cannot be read', () => {
  /** One parcel written by our writer, its WKB type byte set to `type` (the one place the bytes are stored plainly). */
  async function withWkbType(type: number): Promise<Message> {
    const polygon: Feature = { type: 'Feature', properties: { id: 'T1' }, geometry: { type: 'Polygon', coordinates: [[[108.8, 15.1], [108.81, 15.1], [108.81, 15.11], [108.8, 15.1]]] } };
    const bytes = Uint8Array.from(exportGeoParquet([polygon]));
    const at: number[] = [];
    for (let i = 0; i + 5 <= bytes.length; i++) if (bytes[i] === 1 && bytes[i + 1] === 3 && bytes[i + 2] === 0 && bytes[i + 3] === 0 && bytes[i + 4] === 0) at.push(i);
    expect(at, 'the WKB header of the one polygon, little-endian type 3').toHaveLength(1);
    bytes[at[0] + 1] = type;
    return rejected(async () => packGeoParquet(await openGeoParquet(bytesAsyncBuffer(bytes), 'thua.parquet')));
  }

  it('a WKB type the reader does not know: the feature and the type, Vietnamese first', async () => {
    const m = await withWkbType(17);
    expect(m).toMatchObject({ code: 'import.parquet-invalid', params: { file: 'thua.parquet', problem: 'wkb-type', featureIndex: 0, wkbType: 17 } });
    expect(renderMessage('vi', m)).toMatch(/^Không đọc được tệp GeoParquet thua\.parquet: hình học của đối tượng thứ 1 có kiểu WKB 17/);
  });
});

describe('a GeoParquet file cut short or not Parquet (before hyparquet’s English)', () => {
  const polygons = features.slice(0, 50);
  const bytes = exportGeoParquet(polygons);

  it('cut short: its footer is lost, "copy it again" — in the app’s import and in the CLI (exit 2)', async () => {
    const result = await importFiles([{ name: 'khu_dat.parquet', bytes: bytes.subarray(0, bytes.length - 100) }]);
    const note = result.notes.find((n) => n.code === 'parquet-invalid')!;
    expect(note.params).toMatchObject({ problem: 'cut', fileBytes: bytes.length - 100 });
    expect(renderMessage('vi', importNoteMessage(note))).toContain('bị cắt cụt, phần mục lục cuối tệp bị mất');
    const path = join(dir, 'khu_dat.parquet');
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', 'score', '--parcels', path, '--out', join(dir, 'o.parquet')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Lỗi: Không đọc được tệp GeoParquet .*khu_dat\.parquet: tệp \([\d.]+ byte\) không kết thúc bằng "PAR1"/);
  }, 60_000);

  it('not Parquet at all', async () => {
    const result = await importFiles([{ name: 'x.parquet', bytes: new TextEncoder().encode('id;ten\n1;Thửa 1\n') }]);
    expect(result.notes.find((n) => n.code === 'parquet-invalid')?.params).toMatchObject({ problem: 'not-parquet' });
  });
});

describe('the CLI on a FlatGeobuf file cut short', () => {
  const path = join(dir, 'khu_dat.fgb');
  writeFileSync(path, cut);
  const noxh = (args: string[]) => spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', ...args], { encoding: 'utf8' });

  it.each([
    ['score (the packed reader)', ['score', '--parcels', path, '--preset', 'worker_housing', '--out', join(dir, 'out.fgb')]],
    ['score with it as a layer (the flatgeobuf package)', ['score', '--parcels', 'data/candidate_sites.geojson', '--layer', `transport=${path}`, '--out', join(dir, 'out.geojson')]],
  ])('%s: exit 2, stderr in Vietnamese first with the feature, then English', (_name, args) => {
    const run = noxh(args);
    expect(run.status).toBe(2);
    const [vi, en] = run.stderr.trim().split('\n');
    expect(vi).toBe(`Lỗi: ${renderMessage('vi', thrown(() => packFlatGeobuf(bytesSource(cut), { fileName: path })))}`);
    expect(vi).toContain('đối tượng thứ 320 bị cắt cụt');
    expect(en).toMatch(/^Error: The FlatGeobuf file .* feature 320 is cut short/);
  }, 60_000);
});
