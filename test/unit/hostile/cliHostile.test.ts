// Hostile input through the CLI (issue 16, point 3): every user-fixable problem is a message and exit 2, never a stack
// trace; an output is written whole or not at all, and a file that was there is never clobbered.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command as importCommand } from '../../../scripts/cli/import.ts';
import { command as auditCommand } from '../../../scripts/cli/audit.ts';
import { command as reprojectCommand } from '../../../scripts/cli/reproject.ts';
import { command as scoreCommand } from '../../../scripts/cli/score.ts';
import { command as ahpCommand } from '../../../scripts/cli/ahp.ts';
import { createProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { exportShapefileFiles } from '../../../src/domain/export/exportShapefileZip.ts';
import { WGS84_CRS } from '../../../src/domain/projection/wellKnownCrs.ts';
import { checkOutputPath, writeOutput, writeOutputFile } from '../../../scripts/cli/_writeOutput.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';
import { deeplyNestedGeoJson } from '../../../scripts/testdata/makeHostileFiles.ts';

const HOSTILE = 'test/fixtures/hostile';

function quiet() {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  return () => [...log.mock.calls, ...err.mock.calls].map((c) => String(c[0])).join('\n');
}

function userErrorCode(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error.userMessage.code;
    throw error;
  }
  return 'no error';
}

describe('the CLI output writer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the old file and leaves no temporary file when writing fails halfway', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-out-'));
    const out = join(dir, 'ket_qua.geojson');
    writeFileSync(out, 'bản cũ');
    expect(() =>
      writeOutput(out, (sink) => {
        sink.write('{"type":"FeatureCollection","features":[');
        throw new Error('a bug halfway');
      }),
    ).toThrow('a bug halfway');
    expect(readFileSync(out, 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir)).toEqual(['ket_qua.geojson']);
    writeOutputFile(out, 'bản mới');
    expect(readFileSync(out, 'utf8')).toBe('bản mới');
    expect(readdirSync(dir)).toEqual(['ket_qua.geojson']);
  });

  it('names a missing folder, a folder given as the file, and a full disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-out-'));
    expect(userErrorCode(() => writeOutputFile(join(dir, 'khong_co', 'a.geojson'), 'x'))).toBe('cli.out-folder-missing');
    mkdirSync(join(dir, 'thu_muc'));
    expect(userErrorCode(() => writeOutputFile(join(dir, 'thu_muc'), 'x'))).toBe('cli.out-is-folder');
    // /dev/full answers every write with ENOSPC, as a full disk does (Linux).
    if (existsSync('/dev/full')) expect(userErrorCode(() => writeOutputFile('/dev/full', 'x'))).toBe('cli.out-disk-full');
    // Said before a long run too (score, import).
    expect(userErrorCode(() => checkOutputPath(join(dir, 'khong_co', 'a.geojson')))).toBe('cli.out-folder-missing');
    expect(userErrorCode(() => checkOutputPath(join(dir, 'thu_muc')))).toBe('cli.out-is-folder');
    expect(userErrorCode(() => checkOutputPath(join(dir, 'a.geojson')))).toBe('no error');
  });

  it('exits 2 with both languages and no stack trace for --out into a missing folder (the real process)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-out-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'import', `${HOSTILE}/string-coordinates.geojson`, '--out', join(dir, 'khong_co', 'a.geojson')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Lỗi: Không ghi được');
    expect(run.stderr).toContain('Error: Cannot write');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('hostile files through the CLI commands', () => {
  afterEach(() => vi.restoreAllMocks());

  it('import: properties nested 200,000 deep reject that feature with its number; the other is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-deep-'));
    writeFileSync(join(dir, 'deep.geojson'), deeplyNestedGeoJson(200_000));
    const out = join(dir, 'out.geojson');
    writeFileSync(out, 'bản cũ');
    const printed = quiet();
    expect(await importCommand.run([join(dir, 'deep.geojson'), '--out', out])).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
    expect(fc.features.map((f) => f.properties)).toEqual([{ ten: 'Thửa bình thường' }]);
    expect(printed()).toContain('[rejected] properties-too-deep: Đối tượng thứ 1: thuộc tính "a" lồng nhau quá 32 cấp');
  });

  it('audit: degenerate rings are notes with their feature numbers, not a crash', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'noxh-audit-')), 'report.json');
    const printed = quiet();
    expect(await auditCommand.run(['--projects', `${HOSTILE}/audit-degenerate-rings.geojson`, '--out', out])).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { projects: { id: string }[]; notes: { layer: string; feature_index: number }[] };
    expect(report.projects.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    // R2 (a MultiPolygon of one point) is the reserved layer's 2nd feature: not measured, said so.
    expect(report.notes).toContainEqual(expect.objectContaining({ layer: 'reserved_land', feature_index: 1 }));
    expect(printed()).toContain('Thửa quỹ đất NOXH thứ 2');
  });

  it('reproject: string coordinates reject those features with their numbers; the others are written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'noxh-rep-')), 'out.geojson');
    const printed = quiet();
    expect(await reprojectCommand.run(['--from', 'wgs84', '--to', 'EPSG:5898', `${HOSTILE}/string-coordinates.geojson`, '--out', out])).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
    expect(fc.features.map((f) => f.properties!.ten)).toEqual(['Điểm đúng', 'Điểm đúng 2']);
    const text = printed();
    for (const n of [2, 3, 4]) expect(text).toContain(`[rejected] Đối tượng số ${n}:`);
  });

  it('score --project: a sample reference outside the known sample names is refused before any file is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-sample-'));
    const layer = (file: string) => ({ id: 'x', role: 'candidate_site', title: { vi: 'x', en: 'x' }, source: { kind: 'sample', file }, visible: true, style: {} });
    const write = (name: string, file: string) => {
      writeFileSync(join(dir, name), JSON.stringify({ ...createProjectDocument([]), layers: [layer(file)] }));
      return join(dir, name);
    };
    const traversal = await scoreCommand.run(['--project', write('a.noxh.json', '../../../../etc/passwd'), '--out', join(dir, 'o.geojson')]).catch((e: unknown) => e);
    expect(isUserError(traversal) && traversal.userMessage.code).toBe('project.field-invalid');
    const unknown = await scoreCommand.run(['--project', write('b.noxh.json', 'passwd.geojson'), '--out', join(dir, 'o.geojson')]).catch((e: unknown) => e);
    expect(isUserError(unknown) && unknown.userMessage.code).toBe('cli.sample-unknown');
    expect(existsSync(join(dir, 'o.geojson'))).toBe(false);
  });

  it('ahp: a judgement of 1e308 is an error naming the cell', async () => {
    const error = await ahpCommand.run(['test/fixtures/hostile/ahp-out-of-scale.json']).catch((e: unknown) => e);
    expect(isUserError(error) && error.userMessage.code).toBe('ahp.cell-out-of-scale');
  });

  it('import: a Shapefile with a Mars .prj lands at −170°, 28° with a warning, in the import report and on the CLI stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-mars-'));
    const point = { type: 'Feature' as const, properties: { ten: 'Olympus Mons' }, geometry: { type: 'Point' as const, coordinates: [-170, 28] } };
    const { files } = exportShapefileFiles({ type: 'FeatureCollection', features: [point] }, { crs: WGS84_CRS, name: 'mars' });
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, 'mars.prj'), readFileSync(`${HOSTILE}/mars-2000.prj`));
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await importCommand.run([join(dir, 'mars.shp'), '--out', join(dir, 'mars.geojson')])).toBe(0);
    const warnings = err.mock.calls.map((c) => String(c[0])).join('\n');
    expect(warnings).toContain('[warning] layer-outside-vietnam: Lớp mars (tâm 28.0000°, -170.0000°) nằm rất xa lãnh thổ Việt Nam');
  });
});
