import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../src/domain/export/tableToCsv.ts';

describe('tableToCsv', () => {
  it('writes a BOM, CRLF, quotes fields with commas or quotes, plain numbers and empty nulls', () => {
    expect(tableToCsv(['Xã, phường', 'Căn'], [['Cẩm Thành', 1200], ['Nhà "A"', null], ['Lý Sơn', 0.5]])).toBe(
      '\uFEFF"Xã, phường",Căn\r\nCẩm Thành,1200\r\n"Nhà ""A""",\r\nLý Sơn,0.5\r\n',
    );
  });
});
