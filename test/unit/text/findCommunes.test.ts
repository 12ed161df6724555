// Finding a commune by what a user types, against the real 96 units of data/admin_units.geojson.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../src/domain/text/foldVietnamese.ts';
import { findCommunes } from '../../../src/domain/text/findCommunes.ts';
import { readCommunes } from '../../../src/domain/targets/readCommunes.ts';

const communes = readCommunes(JSON.parse(readFileSync('data/admin_units.geojson', 'utf8')) as FeatureCollection);
const names = (query: string) => findCommunes(communes, query).map((m) => m.commune.name);

describe('foldVietnamese', () => {
  it('drops tones and vowel marks, folds đ to d, lower-cases and squeezes spaces', () => {
    expect(foldVietnamese('  Tịnh   Phong ')).toBe('tinh phong');
    expect(foldVietnamese('ĐĂK Rơ Wa')).toBe('dak ro wa');
    expect(foldVietnamese('Trương Quang Trọng')).toBe('truong quang trong');
    // Decomposed input (NFD, as some keyboards send it) folds the same as composed.
    expect(foldVietnamese('Tịnh Phong'.normalize('NFD'))).toBe('tinh phong');
  });
});

describe('findCommunes', () => {
  it('reads the 96 commune-level units with their level and former province', () => {
    expect(communes).toHaveLength(96);
    expect(communes.find((c) => c.name === 'Lý Sơn')).toMatchObject({ level: 'special_zone', formerProvince: 'Quảng Ngãi' });
    expect(communes.find((c) => c.name === 'Măng Đen')).toMatchObject({ level: 'commune', formerProvince: 'Kon Tum' });
  });

  it('finds a commune by the name of a unit it absorbed: "tinh phong" → Thọ Phong (from xã Tịnh Phong)', () => {
    const [first] = findCommunes(communes, 'tinh phong');
    expect(first.commune.name).toBe('Thọ Phong');
    expect(first.formerName).toBe('Xã Tịnh Phong');
    expect(findCommunes(communes, 'Tịnh Phong')[0].commune.name).toBe('Thọ Phong');
  });

  it('matches with or without diacritics and đ ↔ d, current names before former ones', () => {
    expect(names('tho phong')[0]).toBe('Thọ Phong');
    expect(findCommunes(communes, 'tho phong')[0].formerName).toBeNull();
    expect(names('dak to')[0]).toBe('Đăk Tô');
    expect(names('đăk tô')[0]).toBe('Đăk Tô');
    expect(names('mang den')).toEqual(['Măng Đen']);
  });

  it('ranks a match keeping the typed diacritics first', () => {
    expect(names('ba tơ').slice(0, 2)).toEqual(['Ba Tơ', 'Ba Tô']);
    expect(names('ba tô').slice(0, 2)).toEqual(['Ba Tô', 'Ba Tơ']);
  });

  it('accepts the unit word in front and the national code', () => {
    expect(names('phường Cẩm Thành')[0]).toBe('Cẩm Thành');
    expect(names('xa tho phong')[0]).toBe('Thọ Phong');
    expect(names('dac khu ly son')[0]).toBe('Lý Sơn');
    const code = communes.find((c) => c.name === 'Nghĩa Lộ')!.code;
    expect(names(code)[0]).toBe('Nghĩa Lộ');
  });

  it('orders the whole name, its start, a word start, then anywhere; limits the list; empty finds nothing', () => {
    expect(names('son tay')).toEqual(['Sơn Tây', 'Sơn Tây Hạ', 'Sơn Tây Thượng']);
    expect(names('ba').length).toBe(8);
    expect(findCommunes(communes, 'ba', 3)).toHaveLength(3);
    expect(names('   ')).toEqual([]);
    expect(names('không có xã này')).toEqual([]);
  });
});
