import { decodeText, isAscii } from './decodeText.ts';
import { isVietnameseSyllable } from './isVietnameseSyllable.ts';
import type { TextEncodingId } from './textEncodings.ts';

export interface EncodingGuess {
  encoding: TextEncodingId;
  /** 0–1: share of the non-ASCII words that read as Vietnamese syllables, adjusted as explained below. */
  confidence: number;
  /** A few decoded non-ASCII values for a preview ("Quảng Ngãi", …). */
  sample: string[];
}

const CANDIDATES: TextEncodingId[] = ['utf8', 'cp1258', 'tcvn3', 'vni', 'latin1'];
const WORD = /[^\s\d.,;:!?()[\]{}/\\\-_'"+*=<>|&%#@~`^]+/g;

/**
 * Ranks the encodings a set of attribute values could be in, best first, so the UI can preview them and let the
 * user override. `values` are the raw byte strings (e.g. every text cell of a DBF, or a sample of them).
 * Scoring: decode with each candidate, split into words, and count how many words holding a non-ASCII letter
 * are valid Vietnamese syllables. Invalid UTF-8 scores 0 for utf8. Latin-1 is the fallback for non-Vietnamese text.
 */
export function detectVietnameseEncoding(values: Uint8Array | Uint8Array[]): EncodingGuess[] {
  const list = Array.isArray(values) ? values : [values];
  const nonAscii = list.filter((v) => !isAscii(v));
  if (nonAscii.length === 0) {
    return CANDIDATES.map((encoding) => ({ encoding, confidence: encoding === 'utf8' ? 1 : 0.5, sample: [] }));
  }
  const guesses = CANDIDATES.map((encoding): EncodingGuess => {
    let words = 0;
    let valid = 0;
    let replacement = 0;
    const sample: string[] = [];
    for (const bytes of nonAscii) {
      const text = decodeText(bytes, encoding);
      if (text.includes('\ufffd')) replacement++;
      if (sample.length < 5) sample.push(text.trim());
      for (const w of text.match(WORD) ?? []) {
        if (/^[\x20-\x7e]*$/.test(w)) continue;
        words++;
        if (isVietnameseSyllable(w)) valid++;
      }
    }
    let confidence = words > 0 ? valid / words : 0;
    if (encoding === 'utf8' && replacement > 0) confidence = 0;
    // Latin-1 never makes Vietnamese syllables; it wins only when nothing else reads (e.g. French names).
    if (encoding === 'latin1') confidence = 0.2;
    return { encoding, confidence: Math.round(confidence * 1000) / 1000, sample };
  });
  // Valid UTF-8 with multi-byte letters is almost never an accident: prefer it on ties.
  const order = (g: EncodingGuess) => g.confidence + (g.encoding === 'utf8' ? 0.001 : 0);
  return guesses.sort((a, b) => order(b) - order(a));
}
