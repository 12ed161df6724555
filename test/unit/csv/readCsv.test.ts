// CSV point lists as planners and surveyors really send them (test/fixtures/csv).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/domain/import/readCsv.ts';
import { detectCsvDelimiter } from '../../../src/domain/import/detectCsvDelimiter.ts';
import { UserError } from '../../../src/domain/model/userError.ts';
import { noteText } from '../renderText.ts';

const csv = (name: string) => readFileSync(`test/fixtures/csv/${name}`, 'utf8');
const lonLat = readCsv(csv('diem-lon-lat-wgs84.csv'));

/** Distance in metres between two lon/lat points (local flat approximation, fine for cm). */
function offM(a: number[], b: number[]): number {
  const dx = (a[0] - b[0]) * 111320 * Math.cos((a[1] * Math.PI) / 180);
  const dy = (a[1] - b[1]) * 110574;
  return Math.hypot(dx, dy);
}

function expectSamePointsAsLonLat(features: { geometry: { coordinates: number[] } }[]) {
  expect(features).toHaveLength(lonLat.features.length);
  features.forEach((f, i) => expect(offM(f.geometry.coordinates, lonLat.features[i].geometry.coordinates)).toBeLessThan(0.01));
}

describe('readCsv — lon/lat', () => {
  it('finds kinh_do / vi_do, reads them as WGS84 and keeps the other columns', () => {
    expect(lonLat.guess).toMatchObject({ xColumn: 'kinh_do', yColumn: 'vi_do', swapped: false, units: 'degrees' });
    expect(lonLat.crs?.id).toBe('EPSG:4326');
    expect(lonLat.features).toHaveLength(6);
    expect(lonLat.features[0].geometry.coordinates).toEqual([108.811727, 15.123875]);
    expect(lonLat.features[0].properties).toMatchObject({ ten: 'QN-01', ghi_chu: 'Phường Cẩm Thành, trung tâm tỉnh' });
  });
});

describe('readCsv — VN-2000 survey points, X = northing', () => {
  const text = csv('diem-moc-vn2000-xy.csv');

  it('guesses "Tọa độ X (m)" / "Tọa độ Y (m)", X = northing (swapped), VN-2000 108° — and asks before converting', () => {
    const r = readCsv(text);
    expect(r.guess).toMatchObject({ xColumn: 'Tọa độ X (m)', yColumn: 'Tọa độ Y (m)', swapped: true, units: 'metres' });
    expect(r.guess.crs?.id).toBe('EPSG:5898');
    expect(r.crsNeeded).toBe(true);
    expect(r.features).toHaveLength(0); // metres are never shown in a guessed system silently
    expect(noteText(r.notes.find((n) => n.code === 'crs-needed'), 'vi')).toMatch(/VN-2000/);
  });

  it('with --crs EPSG:5898 the points land within 1 cm of the same points given in lon/lat', () => {
    const r = readCsv(text, { crs: 'EPSG:5898' });
    expectSamePointsAsLonLat(r.features);
    expect(r.features[0].properties).toMatchObject({ 'Số hiệu mốc': 'QN-01', 'Cao độ (m)': 6.2 });
  });

  it("with crs 'auto' the guess is applied and a warning asks to confirm it", () => {
    const r = readCsv(text, { crs: 'auto' });
    expectSamePointsAsLonLat(r.features);
    expect(r.notes.find((n) => n.code === 'crs-guessed')?.level).toBe('warning');
  });

  it('reading X as easting by mistake (swapped: false) puts the points nowhere near Quảng Ngãi', () => {
    const r = readCsv(text, { crs: 'EPSG:5898', swapped: false });
    expect(r.notes.filter((n) => n.code === 'csv-point-outside-vietnam')).toHaveLength(6);
    expect(noteText(r.notes.find((n) => n.code === 'csv-all-outside-vietnam'), 'vi')).toMatch(/thứ tự cột X\/Y/);
  });

  it('semicolons and decimal commas (Excel, Vietnamese locale, with BOM) read the same', () => {
    const r = readCsv(csv('diem-moc-champhay-phay-thapphan.csv'), { crs: 'vn2000:108' });
    expect(r.delimiter).toBe(';');
    expect(r.decimalComma).toBe(true);
    expect(r.guess).toMatchObject({ xColumn: 'X', yColumn: 'Y', swapped: true });
    expectSamePointsAsLonLat(r.features);
    expect(r.columns.map((c) => c.name)).toEqual(['STT', 'Tên điểm', 'X', 'Y', 'Ghi chú']);
  });

  it('the user can override the column mapping', () => {
    const r = readCsv(csv('diem-moc-vn2000-xy.csv'), { xColumn: 'Tọa độ Y (m)', yColumn: 'Tọa độ X (m)', swapped: false, crs: 'EPSG:5898' });
    expectSamePointsAsLonLat(r.features);
  });
});

describe('readCsv — bad rows are reported with their Excel row number, never dropped silently', () => {
  const r = readCsv(csv('diem-moc-co-dong-loi.csv'), { crs: 'EPSG:5898' });

  it('keeps the 4 good rows and rejects rows 4 and 6 with the reason', () => {
    expect(r.features).toHaveLength(4);
    const rejected = r.notes.filter((n) => n.code === 'csv-row-rejected');
    expect(rejected.map((n) => noteText(n, 'vi'))).toEqual([
      expect.stringMatching(/^Dòng 4: "Y" = "58x912.4" không phải số/),
      expect.stringMatching(/^Dòng 6: ô "X" trống/),
    ]);
    expect(rejected.map((n) => n.featureIndex)).toEqual([2, 4]);
    expect(noteText(rejected[0], 'en')).toMatch(/^Row 4: "Y" = "58x912.4" is not a number/);
    expect(noteText(r.notes.find((n) => n.code === 'summary'), 'vi')).toBe('Đọc 4 điểm từ 6 dòng dữ liệu; 2 dòng bị bỏ qua.');
  });
});

describe('readCsv — odd input', () => {
  it('no coordinate columns → an error note naming the columns', () => {
    const r = readCsv('ten,ghi chu\nA,b\n');
    expect(r.features).toHaveLength(0);
    expect(noteText(r.notes.find((n) => n.code === 'csv-no-coordinates'), 'vi')).toContain('ten, ghi chu');
  });

  it('metres with a geographic CRS are refused (never metres as degrees)', () => {
    const r = readCsv(csv('diem-moc-vn2000-xy.csv'), { crs: 'wgs84' });
    expect(r.features).toHaveLength(0);
    expect(r.notes.find((n) => n.code === 'crs-mismatch')?.level).toBe('error');
  });

  it('an unknown --crs is a UserError', () => {
    expect(() => readCsv(csv('diem-moc-vn2000-xy.csv'), { crs: 'EPSG:1' })).toThrow(UserError);
  });

  it('headerless tab-separated lat/lon (swapped) is detected', () => {
    const r = readCsv('15.123875\t108.811727\n15.117\t108.791\n');
    expect(r.hasHeader).toBe(false);
    expect(r.guess.swapped).toBe(true);
    expect(r.features[0].geometry.coordinates).toEqual([108.811727, 15.123875]);
  });

  it('E / N columns (easting first) are read without swapping', () => {
    const r = readCsv('Diem,E,N\nA,587049.939,1672803.489\n', { crs: 'EPSG:5898' });
    expect(r.guess.swapped).toBe(false);
    expect(offM(r.features[0].geometry.coordinates, [108.811727, 15.123875])).toBeLessThan(0.01);
  });

  it('a shared-meridian alternative is offered too (ex-Kon Tum 107°30′)', () => {
    const r = readCsv(csv('diem-moc-vn2000-xy.csv'));
    expect(r.guess.suggestions.map((s) => s.crs.id)).toContain('EPSG:9216');
  });
});

describe('CSV helpers', () => {
  it('detects the delimiter', () => {
    expect(detectCsvDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectCsvDelimiter('STT;X;Y\n1;1672803,489;587049,939')).toBe(';');
    expect(detectCsvDelimiter('X\tY\n1,5\t2,5')).toBe('\t');
  });
});

describe('CSV quotes that merge or garble rows (issue 16, test/fixtures/hostile)', () => {
  const hostile = (name: string) => readFileSync(`test/fixtures/hostile/${name}`, 'utf8');

  it('an unclosed quote: the merged lines are a warning with their line numbers, not "0 rows skipped"', () => {
    const read = readCsv(hostile('csv-unclosed-quote.csv'));
    // Papa merges lines 2–4 into one cell: one point comes out where three were written.
    expect(read.features).toHaveLength(1);
    const note = read.notes.find((n) => n.code === 'csv-quote-unclosed');
    expect(note).toMatchObject({ level: 'warning', params: { line: 2, lastLine: 4 } });
    expect(noteText(note, 'vi')).toContain('các dòng 2–4 bị gộp vào một ô (2 dòng');
  });

  it('stray quotes inside quoted cells: a warning naming the lines; the cells are kept as read', () => {
    const read = readCsv(hostile('csv-stray-quotes.csv'));
    expect(read.features).toHaveLength(3);
    const note = read.notes.find((n) => n.code === 'csv-quote-stray');
    expect(note).toMatchObject({ level: 'warning', params: { lines: [2, 4], count: 2 } });
    expect(read.notes.some((n) => n.code === 'csv-quote-unclosed')).toBe(false);
  });

  it('a well-quoted file (a quoted newline, doubled quotes) has no quote note', () => {
    const read = readCsv('lon,lat,ten\n108.8,15.1,"hai\ndòng"\n108.9,15.2,"nói ""xin chào"""\n');
    expect(read.features).toHaveLength(2);
    expect(read.notes.filter((n) => n.code.startsWith('csv-quote'))).toEqual([]);
  });
});
