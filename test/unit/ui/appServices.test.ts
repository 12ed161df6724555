// The app services are per app: two apps in one test (or one page) hand files to their own import host and
// keep their own AHP judgements. No worker starts here (each starts on its first call).
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../src/ui/createAppServices.ts';
import { createImportBus } from '../../../src/ui/import/importBus.ts';

describe('app services', () => {
  it('an import bus hands files only to its own host, and only while it is registered', () => {
    const a = createImportBus();
    const b = createImportBus();
    const gotA: string[][] = [];
    const gotB: string[][] = [];
    const offA = a.setHandler((files) => gotA.push(files.map((f) => f.name)));
    b.setHandler((files) => gotB.push(files.map((f) => f.name)));
    a.requestImport([new File(['{}'], 'a.geojson')]);
    a.requestImport([]);
    expect(gotA).toEqual([['a.geojson']]);
    expect(gotB).toEqual([]);
    offA();
    a.requestImport([new File(['{}'], 'again.geojson')]);
    expect(gotA).toHaveLength(1);
  });

  it('two apps do not share the import bus or the remembered AHP judgements', () => {
    const one = createAppServices();
    const two = createAppServices();
    expect(one.importBus).not.toBe(two.importBus);
    one.ahpJudgements.set('worker_housing', { '': { ids: ['a', 'b'], upper: [[1, 3], [0, 1]] } });
    expect(two.ahpJudgements.size).toBe(0);
  });
});
