import { TCVN3_PAIRS } from './tcvn3Table.ts';
import { decodeWindows1252Byte } from './decodeWindows1252Byte.ts';

const BYTE_TO_CHAR: string[] = (() => {
  const table: string[] = [];
  for (let b = 0; b < 256; b++) table.push(decodeWindows1252Byte(b));
  for (const [b, ch] of TCVN3_PAIRS) table[b] = ch;
  return table;
})();

const ASCII_UPPER = /[A-Z]/g;
const HAS_ASCII_LOWER = /[a-z]/;

/**
 * Decodes TCVN3 (ABC, TCVN 5712:1993 VN3) bytes to Unicode (NFC).
 * VN3 has no uppercase toned letters (they came from a separate capitals font on the same bytes), so case is
 * recovered from context: a value with capitals and no lowercase ASCII letter ("QU¶NG NG·I") is upper-cased
 * whole ("QUẢNG NGÃI"), as is a word of two or more ASCII capitals and no lowercase; "Qu¶ng" stays "Quảng".
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += BYTE_TO_CHAR[bytes[i]];
  if (!HAS_ASCII_LOWER.test(out) && (out.match(ASCII_UPPER)?.length ?? 0) > 0) return out.toUpperCase().normalize('NFC');
  return out
    .replace(/[^\s\d.,;:()[\]/\\\-_'"]+/g, (word) =>
      (word.match(ASCII_UPPER)?.length ?? 0) >= 2 && !HAS_ASCII_LOWER.test(word) ? word.toUpperCase() : word,
    )
    .normalize('NFC');
}
