import { decodeTcvn3 } from './decodeTcvn3.ts';
import { decodeVni } from './decodeVni.ts';
import { decodeWindows1252Byte } from './decodeWindows1252Byte.ts';
import { decodeWindows1258 } from './windows1258.ts';
import type { TextEncodingId } from './textEncodings.ts';

const utf8Decoder = new TextDecoder('utf-8');

/**
 * Decodes attribute bytes to Unicode NFC text. Windows-1258 writes most tones as separate combining bytes
 * ("a" + U+0309), so its output is NFC-normalised to precomposed letters ("ả") that match searches and fonts.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingId): string {
  switch (encoding) {
    case 'utf8':
      return utf8Decoder.decode(bytes).normalize('NFC');
    case 'cp1258':
      return decodeWindows1258(bytes);
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
    case 'latin1': {
      let s = '';
      for (let i = 0; i < bytes.length; i++) s += decodeWindows1252Byte(bytes[i]);
      return s;
    }
  }
}

/** True when every byte is below 0x80: all encodings read such text the same. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}
