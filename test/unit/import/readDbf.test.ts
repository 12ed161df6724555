import { describe, expect, it } from 'vitest';
import { readDbf } from '../../../src/domain/import/readDbf.ts';
import { writeDbf } from '../../../scripts/testdata/writeTestShapefile.ts';
import { encodeText } from '../../../src/domain/encoding/encodeText.ts';
import { decodeText } from '../../../src/domain/encoding/decodeText.ts';
import type { TextEncodingId } from '../../../src/domain/encoding/textEncodings.ts';

describe('readDbf', () => {
  it('reads N/F numbers as a user wrote them: decimals, negatives, blanks and overflow stars', () => {
    const values = ['  1234.50', '-7', '', '*****', '0.125', '1e3', '123456789012345678'];
    const dbf = writeDbf([{ name: 'DienTich', type: 'C', length: 20 }], values.map((v) => ({ DienTich: v })), (s) => new TextEncoder().encode(s.padStart(20, ' ')));
    // Re-label the column as numeric (byte 11 of the first field descriptor).
    dbf[32 + 11] = 'N'.charCodeAt(0);
    expect(readDbf(dbf).rows.map((r) => r.DienTich)).toEqual([1234.5, -7, null, null, 0.125, 1000, Number('123456789012345678')]);
  });

  it('decodes repeated legacy strings identically (cache) and keeps deleted records with their index', () => {
    const rows = [{ Ten: 'Quảng Ngãi' }, { Ten: 'Nghĩa Hành' }, { Ten: 'Quảng Ngãi' }];
    const dbf = writeDbf([{ name: 'Ten', type: 'C', length: 20 }], rows, (s) => encodeText(s, 'vni'), [1]);
    const table = readDbf(dbf);
    expect(table.encoding).toBe('vni');
    expect(table.rows.map((r) => r.Ten)).toEqual(['Quảng Ngãi', 'Nghĩa Hành', 'Quảng Ngãi']);
    expect(table.deleted).toEqual([1]);
  });

  it.each<TextEncodingId>(['tcvn3', 'vni', 'utf8'])('reads every text cell of a random %s table as decoding it alone would (column dictionaries)', (encoding) => {
    // Repeated names, codes, unique values (past the dictionary's growth steps), blanks, padding and NULs, mixed.
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
    const names = ['Quảng Ngãi', 'Nghĩa Hành', 'Đất ở đô thị', 'Tịnh Phong', 'ODT', 'LUC', 'Mộ Đức', 'Ba Tơ'];
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      Ten: rand() < 0.1 ? null : names[Math.floor(rand() * names.length)],
      Ma: `${"ABCD"[Math.floor(rand() * 4)]}${Math.floor(rand() * 1000)}`, // values that differ in their first byte only
      ChuSuDung: rand() < 0.5 ? `Nguyễn Văn ${i}` : `Lê Thị ${Math.floor(rand() * 50)}`,
      SoThua: i,
    }));
    const encode = (text: string) => encodeText(text, encoding);
    const dbf = writeDbf(
      [
        { name: 'Ten', type: 'C', length: 24 },
        { name: 'Ma', type: 'C', length: 8 },
        { name: 'ChuSuDung', type: 'C', length: 30 },
        { name: 'SoThua', type: 'N', length: 6 },
      ],
      rows,
      encode,
    );
    // Some cells padded with NULs instead of spaces, as some writers do.
    const header = new DataView(dbf.buffer).getUint16(8, true);
    for (let r = 0; r < rows.length; r += 7) dbf.fill(0, header + r * 69 + 1 + 22, header + r * 69 + 1 + 24);
    const table = readDbf(dbf, encoding);
    const text = (r: number, from: number, length: number) => {
      const raw = dbf.subarray(header + r * 69 + from, header + r * 69 + from + length);
      let a = 0, b = raw.length;
      while (a < b && (raw[a] === 0x20 || raw[a] === 0)) a++;
      while (b > a && (raw[b - 1] === 0x20 || raw[b - 1] === 0)) b--;
      return a === b ? null : decodeText(raw.subarray(a, b), raw.subarray(a, b).every((x) => x < 0x80) ? 'latin1' : encoding);
    };
    expect(table.rows).toHaveLength(rows.length);
    for (let r = 0; r < rows.length; r++) {
      expect(table.rows[r]).toEqual({ Ten: text(r, 1, 24), Ma: text(r, 25, 8), ChuSuDung: text(r, 33, 30), SoThua: r });
      expect([table.rows[r].Ten, table.rows[r].ChuSuDung]).toEqual([rows[r].Ten, rows[r].ChuSuDung]);
    }
  });
});

