import iconv from 'iconv-lite';
import { encodeTcvn3 } from './encodeTcvn3.ts';
import { encodeVni } from './encodeVni.ts';
import type { TextEncodingId } from './textEncodings.ts';

/**
 * Encodes Unicode text in one of the supported encodings. For Windows-1258, letters it has no single byte for
 * are written as base letter + combining tone byte, as Vietnamese Windows does (NFD, then recompose the hats).
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
      return new Uint8Array(iconv.encode(text, 'windows1252'));
    case 'cp1258': {
      // Keep â ê ô ơ ư ă đ precomposed (cp1258 has bytes for them) and write tones as combining bytes.
      let s = '';
      for (const ch of text.normalize('NFC')) {
        const nfd = ch.normalize('NFD');
        const tones = nfd.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
        s += nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC') + tones;
      }
      return new Uint8Array(iconv.encode(s, 'windows1258'));
    }
  }
}
