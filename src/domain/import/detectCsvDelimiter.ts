// Which character separates CSV fields: Excel in a Vietnamese (or French…) locale writes `;` and
// decimal commas; tools write `,`; copy-paste from a spreadsheet gives tabs.

export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** Counts fields in one line for a delimiter, ignoring delimiters inside double quotes. */
function countFields(line: string, delimiter: string): number {
  let count = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}

/**
 * The delimiter whose field count is the same (and > 1) on the header and on most of the first
 * 50 non-empty lines; ties go to tab, then `;`, then `,` (a `;` file with decimal commas also has
 * commas, but not a consistent number of them).
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  if (lines.length === 0) return ',';
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const delimiter of ['\t', ';', ',', '|'] as CsvDelimiter[]) {
    const headerCount = countFields(lines[0], delimiter);
    if (headerCount < 2) continue;
    const agreeing = lines.filter((l) => countFields(l, delimiter) === headerCount).length;
    const score = agreeing / lines.length;
    if (score > bestScore + 1e-9) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
