import { describe, expect, it } from 'vitest';
import { readDbf } from '../../../src/domain/import/readDbf.ts';
import { writeDbf } from '../../../scripts/testdata/writeTestShapefile.ts';
import { encodeText } from '../../../src/domain/encoding/encodeText.ts';

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
});
