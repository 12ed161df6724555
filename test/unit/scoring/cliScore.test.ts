// The score CLI on a fixture a planner can open: the same output file whether the parcels are
// measured in one thread or over worker threads, and a clear message for a bad --threads.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/score.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';

const dir = 'test/fixtures/scoring/in/distance_linear';
const base = ['--parcels', `${dir}/parcels.geojson`, '--layer', `transport=${dir}/transport.geojson`, '--scenario-file', `${dir}/scenario.json`];

describe('noxh score (CLI)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the same scored GeoJSON with --threads 2 as with --threads 1', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = mkdtempSync(join(tmpdir(), 'noxh-score-'));
    expect(await command.run([...base, '--threads', '1', '--out', join(out, 'one.geojson')])).toBe(0);
    expect(await command.run([...base, '--threads', '2', '--out', join(out, 'two.geojson')])).toBe(0);
    const one = readFileSync(join(out, 'one.geojson'), 'utf8');
    expect(readFileSync(join(out, 'two.geojson'), 'utf8')).toBe(one);
    expect(JSON.parse(one).features[0].properties.score).not.toBeNull();
    expect(err.mock.calls.map((c) => String(c[0])).join('\n')).toContain('2 luồng/threads');
  }, 60_000);

  it('refuses --threads 0 with a Vietnamese and English message', async () => {
    await expect(command.run([...base, '--threads', '0', '--out', join(tmpdir(), 'x.geojson')])).rejects.toMatchObject({
      messageVi: expect.stringContaining('--threads phải là số nguyên từ 1 đến 64'),
      messageEn: expect.stringContaining('--threads must be a whole number from 1 to 64'),
    });
  });

  it('writes FlatGeobuf for an .fgb --out with the same scores as the GeoJSON output', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = mkdtempSync(join(tmpdir(), 'noxh-score-'));
    expect(await command.run([...base, '--out', join(out, 'a.geojson')])).toBe(0);
    expect(await command.run([...base, '--out', join(out, 'a.fgb')])).toBe(0);
    const geojson = JSON.parse(readFileSync(join(out, 'a.geojson'), 'utf8'));
    const back = await importFiles([{ name: 'a.fgb', bytes: new Uint8Array(readFileSync(join(out, 'a.fgb'))) }]);
    const pick = (p: Record<string, unknown>) => [p.id, p.score, p.rank, p.excluded_by ?? null];
    expect(back.layers[0].features.map((f) => pick(f.properties!))).toEqual(geojson.features.map((f: { properties: Record<string, unknown> }) => pick(f.properties)));
  }, 60_000);

  it('reads parcels and layers from FlatGeobuf with the same scores as from GeoJSON', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = mkdtempSync(join(tmpdir(), 'noxh-score-'));
    for (const name of ['parcels', 'transport']) {
      const fc = JSON.parse(readFileSync(`${dir}/${name}.geojson`, 'utf8'));
      writeFileSync(join(out, `${name}.fgb`), Buffer.concat(exportFlatGeobuf(fc.features).parts));
    }
    const fromFgb = ['--parcels', join(out, 'parcels.fgb'), '--layer', `transport=${join(out, 'transport.fgb')}`, '--scenario-file', `${dir}/scenario.json`];
    expect(await command.run([...base, '--out', join(out, 'a.geojson')])).toBe(0);
    expect(await command.run([...fromFgb, '--out', join(out, 'b.geojson')])).toBe(0);
    const props = (file: string) => JSON.parse(readFileSync(join(out, file), 'utf8')).features.map((f: { properties: object }) => f.properties);
    expect(props('b.geojson')).toEqual(props('a.geojson'));
  }, 60_000);

  it('says why a parcels file cannot be read: not found, invalid JSON at line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-score-'));
    const run = (parcels: string) => command.run(['--parcels', parcels, '--preset', 'worker_housing', '--out', join(dir, 'o.geojson')]);
    await expect(run(join(dir, 'none.geojson'))).rejects.toMatchObject({ messageEn: expect.stringContaining('File not found') });
    writeFileSync(join(dir, 'bad.geojson'), '{"type":"FeatureCollection","features":[\n{"type":"Feature"}\n{"type":"Feature"}]}');
    await expect(run(join(dir, 'bad.geojson'))).rejects.toMatchObject({ messageEn: expect.stringContaining('line 3, column 1') });
  });
});

// The CLI's output against golden files: with --explain, the same parcels and criteria as the explained
// fixture goldens (test/fixtures/scoring/out/, made by scoredFeatureCollection); without it, the lean golden
// (test/fixtures/scoring/out-lean/: score, rank, excluded, excluded_by, no criteria). UPDATE_GOLDEN=1 rewrites it.
describe('noxh score output (golden)', () => {
  const cases = ['distance_linear', 'distance_polygon_stepped', 'attribute_categorical'];
  const args = (name: string) => {
    const d = `test/fixtures/scoring/in/${name}`;
    const layers = readdirSync(d).filter((f) => f.endsWith('.geojson') && f !== 'parcels.geojson').flatMap((f) => ['--layer', `${f.replace(/\.geojson$/, '')}=${d}/${f}`]);
    return ['--parcels', `${d}/parcels.geojson`, ...layers, '--scenario-file', `${d}/scenario.json`, '--threads', '1'];
  };

  it.each(cases)('%s with --explain gives the explained golden file', async (name) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = join(mkdtempSync(join(tmpdir(), 'noxh-score-')), 'x.geojson');
    expect(await command.run([...args(name), '--explain', '--out', out])).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync(`test/fixtures/scoring/out/${name}.geojson`, 'utf8')));
  });

  it.each(cases)('%s without --explain gives the lean golden file', async (name) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = join(mkdtempSync(join(tmpdir(), 'noxh-score-')), 'x.geojson');
    expect(await command.run([...args(name), '--out', out])).toBe(0);
    const lean = JSON.parse(readFileSync(out, 'utf8'));
    const golden = `test/fixtures/scoring/out-lean/${name}.geojson`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, JSON.stringify(lean, null, 1) + '\n');
    expect(lean).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    const explained = JSON.parse(readFileSync(`test/fixtures/scoring/out/${name}.geojson`, 'utf8'));
    // Lean = explained without criteria.
    const withoutCriteria = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'criteria'));
    expect(lean.features.map((f: { properties: object }) => f.properties)).toEqual(explained.features.map((f: { properties: Record<string, unknown> }) => withoutCriteria(f.properties)));
    expect(lean.features.every((f: { properties: object }) => !('criteria' in f.properties))).toBe(true);
  });
});
