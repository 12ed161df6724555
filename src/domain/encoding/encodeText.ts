import { encodeTcvn3 } from './encodeTcvn3.ts';
import { encodeVni } from './encodeVni.ts';
import { encodeWindows1252Char } from './decodeWindows1252Byte.ts';
import { encodeWindows1258 } from './windows1258.ts';
import type { TextEncodingId } from './textEncodings.ts';

/**
 * Encodes Unicode text in one of the supported encodings (for fixtures, tests and round trips). For Windows-1258,
 * letters it has no single byte for are written as base letter + combining tone byte, as Vietnamese Windows does.
 */
export function encodeText(text: string, encoding: TextEncodingId): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text.normalize('NFC'));
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
    case 'latin1':
      return Uint8Array.from([...text], (c) => encodeWindows1252Char(c) ?? 0x3f);
    case 'cp1258':
      return encodeWindows1258(text);
  }
}
