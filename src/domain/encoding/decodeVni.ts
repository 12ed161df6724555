import { decodeWindows1252Byte } from './decodeWindows1252Byte.ts';
import { VNI_BASES, VNI_LETTERS, VNI_MARKS } from './vniTable.ts';

/**
 * Decodes VNI-Windows bytes to Unicode (NFC): letters like ơ, ư, đ come from single bytes, tones and
 * hats from the diacritic bytes that follow a vowel. A diacritic byte after anything but a vowel is kept
 * as the Windows-1252 character it is (it was not VNI there).
 */
export function decodeVni(bytes: Uint8Array): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < bytes.length; i++) {
    const ch = decodeWindows1252Byte(bytes[i]);
    const mark = VNI_MARKS[ch];
    if (mark !== undefined && VNI_BASES.has(previous)) {
      out += mark;
      // Only the letter itself accepts marks: "aâ" + "ù" is not VNI ("aá" is), so stop after one.
      previous = '';
      continue;
    }
    const letter = VNI_LETTERS[ch] ?? ch;
    out += letter;
    previous = letter;
  }
  return out.normalize('NFC');
}
