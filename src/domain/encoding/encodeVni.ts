import { encodeWindows1252Char } from './decodeWindows1252Byte.ts';
import { VNI_LETTERS, VNI_MARKS } from './vniTable.ts';

// Reverse tables: a base letter plus its combining marks (NFD order) → VNI bytes.
const LETTER_TO_CHAR = new Map<string, string>();
for (const [vni, letter] of Object.entries(VNI_LETTERS)) LETTER_TO_CHAR.set(letter, vni);
const MARKS_TO_CHAR = new Map<string, { lower: string; upper: string }>();
for (const [vni, marks] of Object.entries(VNI_MARKS)) {
  const entry = MARKS_TO_CHAR.get(marks) ?? { lower: '', upper: '' };
  if (vni === vni.toLowerCase()) entry.lower = vni;
  else entry.upper = vni;
  MARKS_TO_CHAR.set(marks, entry);
}
const HORN = '\u031b';

/** Encodes Unicode text as VNI-Windows bytes (used to build fixtures and for round-trip tests). */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  const push = (s: string) => {
    for (const c of s) out.push(encodeWindows1252Char(c) ?? 0x3f);
  };
  for (const ch of text.normalize('NFC')) {
    const direct = LETTER_TO_CHAR.get(ch);
    if (direct) {
      push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    let base = nfd[0];
    let marks = nfd.slice(1);
    if (marks.startsWith(HORN)) {
      // ơ / ư are single VNI letters; the tone follows them.
      base = LETTER_TO_CHAR.get((base + HORN).normalize('NFC')) ?? base;
      marks = marks.slice(1);
    }
    if (base === 'd' || base === 'D') {
      push(ch);
      continue;
    }
    // Marks in VNI order: hat (circumflex/breve) before tone. NFD puts dot below (class 220) first.
    const dot = marks.includes('\u0323') ? '\u0323' : '';
    const rest = marks.replace('\u0323', '');
    const ordered = rest + dot;
    push(base);
    if (ordered) {
      const entry = MARKS_TO_CHAR.get(ordered);
      if (entry) push(base === base.toLowerCase() ? entry.lower : entry.upper);
      else push('?');
    }
  }
  return Uint8Array.from(out);
}
