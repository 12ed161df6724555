import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/ahp.ts';

async function runAhp(file: string) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await command.run([file]);
  return { code, json: JSON.parse(String(log.mock.calls[0][0])), stderr: err.mock.calls.map((c) => String(c[0])).join('\n') };
}

describe('noxh ahp (CLI)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a hierarchy file and prints global weights and every level’s λmax, CI, CR (leader example)', async () => {
    const { code, json, stderr } = await runAhp('test/fixtures/ahp/leader-hierarchy.json');
    expect(code).toBe(0);
    expect(json.groups.criteria).toEqual(['Experience', 'Education', 'Charisma', 'Age']);
    expect(json.groups.cr).toBeCloseTo(0.044, 3);
    expect(Object.keys(json.children)).toEqual(['Experience', 'Education', 'Charisma', 'Age']);
    for (const level of Object.values(json.children) as { lambdaMax: number; ci: number; cr: number }[]) {
      expect(level.lambdaMax).toBeGreaterThan(3);
      expect(level.cr).toBeLessThan(0.1);
    }
    const global = json.global as { group: string; criterion: string; weight: number }[];
    expect(global).toHaveLength(12);
    const dick = global.filter((g) => g.criterion === 'Dick').reduce((s, g) => s + g.weight, 0);
    expect(dick).toBeCloseTo(0.493, 3); // published overall priority of Dick
    expect(json.crHierarchy).toBeCloseTo(0.0433, 3);
    expect(stderr).toBe('');
  });

  it('warns on stderr about the inconsistent group and names the judgement to revise', async () => {
    const { code, json, stderr } = await runAhp('test/fixtures/ahp/worker-housing-hierarchy.json');
    expect(code).toBe(0);
    expect(json.children.site.cr).toBeGreaterThan(0.1);
    expect(json.children.site.mostInconsistent).toMatchObject({ row: 'flood_share', column: 'land_use', judgement: 4, tiedWith: 2 });
    expect(json.global.reduce((s: number, g: { weight: number }) => s + g.weight, 0)).toBeCloseTo(1, 12);
    expect(stderr).toContain("Cảnh báo (nhóm 'site'): CR = 0.187 > 0,10");
    expect(stderr).not.toContain('toàn cấu trúc'); // CR_H ≈ 0.018: the hierarchy as a whole passes
  });

  it('still reads a plain matrix', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'noxh-ahp-')), 'm.json');
    writeFileSync(file, JSON.stringify([[1, 3], [1 / 3, 1]]));
    const { code, json } = await runAhp(file);
    expect(code).toBe(0);
    expect(json.weights[0]).toBeCloseTo(0.75, 12);
    expect(json.cr).toBeNull();
    expect(json.criteria).toBeUndefined();
  });
});
