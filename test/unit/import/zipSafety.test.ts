import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { unzipSafely } from '../../../src/domain/import/unzipSafely.ts';
import { ImportError } from '../../../src/domain/import/importError.ts';
import { loadFixtures } from './_load.ts';
import { noteText } from '../renderText.ts';

describe('zip safety', () => {
  it('refuses a zip bomb by its declared sizes before inflating anything', async () => {
    // 50 MB of zeros compresses about 1000:1 — far above the 100:1 limit for entries over 1 MB.
    const bomb = zipSync({ 'parcels.shp': new Uint8Array(50 * 1024 ** 2) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const result = await importFiles([{ name: 'bomb.zip', bytes: bomb }]);
    expect(result.layers).toHaveLength(0);
    expect(result.notes[0]).toMatchObject({ level: 'error', code: 'zip-bomb' });
    expect(noteText(result.notes[0], 'vi')).toContain('bom zip');
  });

  it('refuses a bomb whose headers lie about its size, while inflating (counting real bytes)', () => {
    const zip = zipSync({ 'a.geojson': new Uint8Array(4 * 1024 ** 2) }, { level: 9 });
    // Rewrite the declared uncompressed size (central directory, offset 24) to 1 KB: the lie must not help.
    const view = new DataView(zip.buffer);
    let cd = -1;
    for (let i = zip.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) { cd = i; break; }
    view.setUint32(cd + 24, 1024, true);
    try {
      unzipSafely('liar.zip', zip);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('zip-bomb');
    }
  });

  it('refuses a zip over the total size limit', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(3 * 1024 ** 2).fill(7) }, { level: 0 }); // stored: ratio 1:1
    expect(() => unzipSafely('big.zip', zip, { maxTotalBytes: 1024 ** 2 })).toThrow(/limit/);
  });

  it('reports a corrupt zip clearly', async () => {
    const result = await importFiles(loadFixtures('corrupt.zip'));
    expect(result.notes[0]).toMatchObject({ level: 'error', code: 'zip-corrupt' });
    expect(noteText(result.notes[0], 'vi')).toContain('bị hỏng');
  });

  it('reports random bytes named .zip as corrupt, and keeps importing the other files', async () => {
    const result = await importFiles([{ name: 'x.zip', bytes: new Uint8Array(500).fill(3) }, ...loadFixtures('swapped-latlon.geojson')]);
    expect(result.notes[0].code).toBe('zip-corrupt');
    expect(result.layers).toHaveLength(1);
  });
});
