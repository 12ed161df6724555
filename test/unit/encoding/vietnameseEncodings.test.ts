import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/domain/encoding/decodeText.ts';
import { encodeText } from '../../../src/domain/encoding/encodeText.ts';
import { detectVietnameseEncoding } from '../../../src/domain/encoding/detectVietnameseEncoding.ts';
import { decodeTcvn3 } from '../../../src/domain/encoding/decodeTcvn3.ts';
import { decodeVni } from '../../../src/domain/encoding/decodeVni.ts';
import { parseEncodingName } from '../../../src/domain/encoding/textEncodings.ts';
import { isVietnameseSyllable } from '../../../src/domain/encoding/isVietnameseSyllable.ts';

const WORDS = ['Quảng Ngãi', 'Tịnh Phong', 'Đất ở đô thị', 'Nghĩa Hành', 'Khu công nghiệp', 'Trường Sơn', 'Nguyễn Thị Hằng', 'Ký túc xá công nhân'];
const bytesOf = (latin1: string) => Uint8Array.from(latin1, (c) => c.charCodeAt(0));

describe('legacy Vietnamese byte encodings', () => {
  it('decodes TCVN3 (ABC) bytes as typed in .VnTime fonts', () => {
    // Bytes as they appear when a TCVN3 file is opened as Windows-1252.
    expect(decodeTcvn3(bytesOf('Qu¶ng Ng·i'))).toBe('Quảng Ngãi');
    expect(decodeTcvn3(bytesOf('TÞnh Phong'))).toBe('Tịnh Phong');
    expect(decodeTcvn3(bytesOf('§Êt ë ®« thÞ'))).toBe('Đất ở đô thị');
    expect(decodeTcvn3(bytesOf('NghÜa Hµnh'))).toBe('Nghĩa Hành');
    expect(decodeTcvn3(bytesOf('Khu c«ng nghiÖp'))).toBe('Khu công nghiệp');
  });

  it('recovers capitals in TCVN3 from context (the capitals font used the same bytes)', () => {
    expect(decodeTcvn3(bytesOf('QU¶NG NG·I'))).toBe('QUẢNG NGÃI');
    expect(decodeTcvn3(bytesOf('KCN TÞnh Phong'))).toBe('KCN Tịnh Phong');
  });

  it('decodes VNI-Windows bytes: base letter + diacritic bytes', () => {
    expect(decodeVni(bytesOf('Quaûng Ngaõi'))).toBe('Quảng Ngãi');
    expect(decodeVni(bytesOf('Tònh Phong'))).toBe('Tịnh Phong');
    expect(decodeVni(bytesOf('Ñaát ôû ñoâ thò'))).toBe('Đất ở đô thị');
    expect(decodeVni(bytesOf('Nghóa Haønh'))).toBe('Nghĩa Hành');
    expect(decodeVni(bytesOf('Khu coâng nghieäp'))).toBe('Khu công nghiệp');
    expect(decodeVni(bytesOf('Tröôøng'))).toBe('Trường');
  });

  it('normalises Windows-1258 combining tones to precomposed NFC letters', () => {
    // cp1258: "Qua" + 0xD2 (combining hook above) + "ng"
    const bytes = Uint8Array.from([0x51, 0x75, 0x61, 0xd2, 0x6e, 0x67]);
    const text = decodeText(bytes, 'cp1258');
    expect(text).toBe('Quảng');
    expect(text.length).toBe(5);
  });

  it.each(['utf8', 'cp1258', 'tcvn3', 'vni'] as const)('round-trips the test words through %s', (enc) => {
    for (const w of WORDS) expect(decodeText(encodeText(w, enc), enc)).toBe(w);
  });
});

describe('detectVietnameseEncoding', () => {
  it.each(['utf8', 'cp1258', 'tcvn3', 'vni'] as const)('ranks %s first for values written in it, with a readable sample', (enc) => {
    const guesses = detectVietnameseEncoding(WORDS.map((w) => encodeText(w, enc)));
    expect(guesses[0].encoding).toBe(enc);
    expect(guesses[0].confidence).toBeGreaterThan(0.9);
    expect(guesses[0].sample).toContain('Quảng Ngãi');
    // Every candidate is listed, so the UI can offer an override.
    expect(guesses.map((g) => g.encoding).sort()).toEqual(['cp1258', 'latin1', 'tcvn3', 'utf8', 'vni']);
    expect(guesses[1].confidence).toBeLessThan(guesses[0].confidence);
  });

  it('says UTF-8 for plain ASCII (every encoding reads it the same)', () => {
    expect(detectVietnameseEncoding([new TextEncoder().encode('KCN VSIP')])[0].encoding).toBe('utf8');
  });
});

describe('helpers', () => {
  it('reads .cpg and CLI encoding names', () => {
    expect(parseEncodingName('UTF-8')).toBe('utf8');
    expect(parseEncodingName('1258')).toBe('cp1258');
    expect(parseEncodingName('ANSI 1258')).toBe('cp1258');
    expect(parseEncodingName('TCVN3')).toBe('tcvn3');
    expect(parseEncodingName('vni')).toBe('vni');
    expect(parseEncodingName('1252')).toBe('latin1');
    expect(parseEncodingName('GB2312')).toBeUndefined();
  });

  it('recognises Vietnamese syllables and rejects mis-decoded ones', () => {
    for (const s of ['Quảng', 'Ngãi', 'nghiệp', 'Trường', 'khuya', 'Đất']) expect(isVietnameseSyllable(s)).toBe(true);
    for (const s of ['Quaỷng', 'Ngaơi', 'QuaÌ‰ng', 'ấá']) expect(isVietnameseSyllable(s)).toBe(false);
  });
});

describe('Windows-1258 table', () => {
  it('matches iconv-lite byte for byte (iconv-lite is the reference; the app does not load it: it needs Node Buffer)', async () => {
    const iconv = (await import('iconv-lite')).default;
    const { WINDOWS_1258 } = await import('../../../src/domain/encoding/windows1258.ts');
    const differences: string[] = [];
    for (let b = 0; b < 256; b++) {
      const reference = iconv.decode(Buffer.from([b]), 'windows1258');
      if (reference !== WINDOWS_1258[b] && reference !== '\ufffd') differences.push(`0x${b.toString(16)}: ${reference} vs ${WINDOWS_1258[b]}`);
    }
    expect(differences).toEqual([]);
  });
});
