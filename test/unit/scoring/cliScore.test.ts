// The score CLI on a fixture a planner can open: the same output file whether the parcels are
// measured in one thread or over worker threads, and a clear message for a bad --threads.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/score.ts';

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
});
