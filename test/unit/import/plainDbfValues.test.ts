// readDbf vouches for plain text (no combining mark, bidi control or leading tab/line break) so the import's property
// pass can skip 500,000 rows; the pass must then give what it gives when it walks them: same properties, fields, notes.
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { readDbf } from '../../../src/domain/import/readDbf.ts';
import { cleanImportedProperties } from '../../../src/domain/import/cleanImportedProperties.ts';
import { writeDbf } from '../../../scripts/testdata/writeTestShapefile.ts';

function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

const PLAIN = ['Quảng Ngãi', 'Nghĩa Hành', 'ODT', 'Đất ở đô thị', 'a\tb'];
// (UTF-8 is decoded to NFC already, so decomposed text cannot reach the pass from a UTF-8 .dbf.)
const HOSTILE = ['\r đầu dòng', 'Ba\u202Eta', '\tbắt đầu bằng tab', '\nxuống dòng', 'x\u2067y'];

describe('plain DBF text lets the property pass skip the rows', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('case %i: the same properties, fields and notes as walking every row', (seedCase) => {
    const rand = random(100 + seedCase);
    const hostileAt = seedCase % 2 === 0 ? -1 : Math.floor(rand() * 300); // odd cases: one hostile value somewhere
    const nameField = 'Ten'; // a .dbf field name is read as Latin-1: it can hold no combining mark or bidi control
    const rows = Array.from({ length: 300 }, (_, i) => ({
      [nameField]: i === hostileAt ? HOSTILE[seedCase % HOSTILE.length] : PLAIN[Math.floor(rand() * PLAIN.length)],
      Ngay: i % 50 === 0 ? null : '20261205',
      SoThua: i,
      Ok: rand() < 0.5,
    }));
    const dbf = writeDbf(
      [
        { name: nameField, type: 'C', length: 40 },
        { name: 'Ngay', type: 'D', length: 8 },
        { name: 'SoThua', type: 'N', length: 6 },
        { name: 'Ok', type: 'L', length: 1 },
      ],
      rows,
      (s) => new TextEncoder().encode(s),
    );
    const table = readDbf(dbf, 'utf8');
    expect(table.plainText).toBe(hostileAt < 0);
    const features = (): Feature[] => table.rows.map((r) => ({ type: 'Feature', properties: { ...r }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } }));
    const [a, b] = [features(), features()];
    const [fa, fb] = [table.fields.map((f) => ({ ...f })), table.fields.map((f) => ({ ...f }))];
    const vouched = cleanImportedProperties(a, fa, { plainValues: table.plainText });
    const walked = cleanImportedProperties(b, fb);
    expect(vouched).toEqual(walked);
    expect(fa).toEqual(fb);
    expect(a).toEqual(b);
    if (hostileAt >= 0) expect(walked.length).toBeGreaterThan(0); // the hostile cases were noticed
  });
});
