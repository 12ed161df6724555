// Which text encoding a CSV is in (UTF-8, Windows-1258, TCVN3, VNI…), ranked, from its lines that hold non-ASCII
// bytes: the encoding guess then has whole lines as samples, which the import dialog previews cell by cell.
import { detectVietnameseEncoding, type EncodingGuess } from '../encoding/detectVietnameseEncoding.ts';

/** Lines with a byte ≥ 0x80 looked at: enough to rank the encodings, bounded for a 500,000-row file. */
const MAX_LINES = 2000;

export function detectCsvEncoding(bytes: Uint8Array): EncodingGuess[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  let nonAscii = false;
  for (let i = 0; i <= bytes.length && lines.length < MAX_LINES; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      // ASCII-only lines read the same in every candidate: they add nothing to the ranking.
      if (nonAscii) lines.push(bytes.subarray(start, i));
      start = i + 1;
      nonAscii = false;
    } else if (bytes[i] >= 0x80) nonAscii = true;
  }
  return detectVietnameseEncoding(lines);
}
