import { TCVN3_PAIRS } from './tcvn3Table.ts';
import { encodeWindows1252Char } from './decodeWindows1252Byte.ts';

const CHAR_TO_BYTE = new Map<string, number>();
for (const [b, ch] of TCVN3_PAIRS) CHAR_TO_BYTE.set(ch, b);

/**
 * Encodes Unicode text as TCVN3 (VN3) bytes, as an old ABC-font Shapefile would hold it. Uppercase toned letters
 * map to their lowercase byte (VN3 has no other place for them); characters with no byte become '?'.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const b = CHAR_TO_BYTE.get(ch) ?? CHAR_TO_BYTE.get(ch.toLowerCase()) ?? encodeWindows1252Char(ch);
    out.push(b ?? 0x3f);
  }
  return Uint8Array.from(out);
}
