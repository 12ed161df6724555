// Windows-1258 (Vietnamese Windows) byte table, written out here rather than taken from iconv-lite: iconv-lite
// needs Node's Buffer, which a browser bundle or Web Worker does not have. Checked against iconv-lite byte by
// byte in test/unit/encoding. 0xCC, 0xD2, 0xDE, 0xEC, 0xF2 are COMBINING tone marks (grave, hook, tilde,
// acute, dot below): text must be NFC-normalised after decoding.
import { decodeWindows1252Byte } from './decodeWindows1252Byte.ts';

const DIFFERENCES_FROM_1252: Record<number, number> = {
  0x8a: 0x8a, 0x8e: 0x8e, 0x9a: 0x9a, 0x9e: 0x9e, // Š Ž š ž are not in cp1258: those bytes are undefined
  0xc3: 0x0102, 0xcc: 0x0300, 0xd0: 0x0110, 0xd2: 0x0309, 0xd5: 0x01a0, 0xdd: 0x01af, 0xde: 0x0303,
  0xe3: 0x0103, 0xec: 0x0301, 0xf0: 0x0111, 0xf2: 0x0323, 0xf5: 0x01a1, 0xfd: 0x01b0, 0xfe: 0x20ab,
};

export const WINDOWS_1258: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  DIFFERENCES_FROM_1252[b] !== undefined ? String.fromCharCode(DIFFERENCES_FROM_1252[b]) : decodeWindows1252Byte(b),
);

const REVERSE = new Map<string, number>();
WINDOWS_1258.forEach((ch, b) => {
  if (!REVERSE.has(ch)) REVERSE.set(ch, b);
});

/** Decodes Windows-1258 bytes to NFC text (tones that were separate bytes become precomposed letters). */
export function decodeWindows1258(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += WINDOWS_1258[bytes[i]];
  return s.normalize('NFC');
}

/**
 * Encodes text as Windows-1258 the way Vietnamese Windows does: letters with a byte of their own (â ê ô ơ ư ă đ,
 * and the few precomposed Latin-1 ones) as that byte, tones as a following combining byte. Unknown → '?'.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = REVERSE.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tones = nfd.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
    const base = nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
    for (const c of base + tones) out.push(REVERSE.get(c) ?? 0x3f);
  }
  return Uint8Array.from(out);
}
