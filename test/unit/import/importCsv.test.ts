// CSV through the import pipeline (what the import worker runs): the same points as readCsv, the column info the
// dialog's pickers need, the user's column choices, progress and cancel on a big survey file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { readCsv } from '../../../src/domain/import/readCsv.ts';
import { noteText } from '../renderText.ts';
import type { ImportNote } from '../../../src/domain/import/importTypes.ts';

const DIR = 'test/fixtures/csv/';
const csvFile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(DIR + name)) });
const CSV_FIXTURES = readdirSync(DIR).filter((n) => n.endsWith('.csv'));
/** Metres need a system; the lon/lat file is read as WGS84 on its own. */
const crsFor = (name: string) => (name.includes('vn2000') || name.includes('diem-moc') ? 'EPSG:5898' : undefined);

/** A survey file as a field team sends it: STT, point id, X = northing, Y = easting (VN-2000 108°00′), a note. */
function bigSurveyCsv(rows: number): Uint8Array {
  const lines = ['STT,Số hiệu,X,Y,Ghi chú'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${i + 1},M-${i},${(1672803.489 + (i % 400) * 10).toFixed(3)},${(587049.939 + Math.floor(i / 400) * 10).toFixed(3)},"Điểm ${i}, đo bổ sung"`);
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

describe('CSV through importFiles', () => {
  it.each(CSV_FIXTURES)('%s with the columns chosen gives the same features as readCsv', async (name) => {
    const text = readFileSync(DIR + name, 'utf8');
    const guessed = readCsv(text);
    const xColumn = guessed.guess.xColumn!;
    const yColumn = guessed.guess.yColumn!;
    const crs = crsFor(name);
    const direct = readCsv(text, { xColumn, yColumn, ...(crs ? { crs } : {}) });
    expect(direct.features.length).toBeGreaterThan(0);
    const result = await importFiles([csvFile(name)], { csv: { xColumn, yColumn }, ...(crs ? { crs } : {}) });
    expect(result.layers).toHaveLength(1);
    const layer = result.layers[0];
    expect(layer.sourceFormat).toBe('csv');
    expect(layer.features).toEqual(direct.features);
    // Rejected rows keep readCsv's notes (row numbers and reasons), now tagged with the layer.
    const rejected = (notes: ImportNote[]) =>
      notes.filter((n) => n.code === 'csv-row-rejected').map((n) => [n.featureIndex, noteText(n, 'vi')]);
    expect(rejected(result.notes)).toEqual(rejected(direct.notes));
    expect(layer.csv).toMatchObject({ xColumn, yColumn, swapped: direct.guess.swapped, delimiter: direct.delimiter, decimalComma: direct.decimalComma, hasHeader: true });
    expect(layer.csv!.columns).toEqual(direct.columns);
  });

  it('a VN-2000 X/Y file without a system: column pickers and the X = northing guess come with the layer, no features yet', async () => {
    const result = await importFiles([csvFile('diem-moc-vn2000-xy.csv')]);
    const layer = result.layers[0];
    expect(layer.features).toEqual([]);
    expect(layer.crsNeeded?.suggestions[0].id).toBe('EPSG:5898');
    expect(layer.csv).toMatchObject({ xColumn: 'Tọa độ X (m)', yColumn: 'Tọa độ Y (m)', swapped: true });
    expect(layer.csv!.guess).toMatchObject({ units: 'metres', swapped: true });
    expect(layer.csv!.guess.suggestions[0].crs.id).toBe('EPSG:5898');
    expect(layer.csv!.columns.map((c) => c.name)).toEqual(['STT', 'Số hiệu mốc', 'Tọa độ X (m)', 'Tọa độ Y (m)', 'Cao độ (m)', 'Ghi chú']);
    expect(layer.csv!.columns[2].samples[0]).toBe('1672803.489');
    // The encoding preview needs ranked guesses with samples holding the Vietnamese cells.
    expect(layer.encoding).toBe('utf8');
    expect(layer.encodingGuesses?.[0]).toMatchObject({ encoding: 'utf8' });
    expect(layer.encodingGuesses?.[0].sample.join(' ')).toContain('Phường Cẩm Thành');
  });

  it('csv.swapped = false (X read as easting) overrides the guess and lands outside Vietnam, as readCsv does', async () => {
    const result = await importFiles([csvFile('diem-moc-vn2000-xy.csv')], { crs: 'EPSG:5898', csv: { swapped: false } });
    expect(result.layers[0].csv!.swapped).toBe(false);
    expect(result.notes.filter((n) => n.code === 'csv-point-outside-vietnam')).toHaveLength(6);
  });

  it('a dropped .txt point list is read as CSV', async () => {
    const bytes = readFileSync(DIR + 'diem-lon-lat-wgs84.csv');
    const result = await importFiles([{ name: 'diem.txt', bytes: new Uint8Array(bytes) }]);
    expect(result.layers[0]).toMatchObject({ name: 'diem', sourceFormat: 'csv' });
    expect(result.layers[0].features).toHaveLength(6);
  });

  it('a 100,000-row survey CSV reports progress as it reads and stops when cancelled mid-way', async () => {
    const file = { name: 'khao-sat.csv', bytes: bigSurveyCsv(100_000) };
    const seen: number[] = [];
    const result = await importFiles([file], { crs: 'EPSG:5898', onProgress: (p) => seen.push(p) });
    expect(result.layers[0].features).toHaveLength(100_000);
    // Several steps while reading (not just 0 then 1), never backwards, ending at 1.
    expect(seen.filter((p) => p > 0.05 && p < 0.95).length).toBeGreaterThanOrEqual(8);
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1])).toBe(true);
    expect(seen.at(-1)).toBe(1);

    const controller = new AbortController();
    let lastSeen = 0;
    const run = importFiles([file], {
      crs: 'EPSG:5898',
      signal: controller.signal,
      onProgress: (p) => {
        lastSeen = p;
        if (p > 0.3) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(lastSeen).toBeLessThan(0.9);
  });
});
