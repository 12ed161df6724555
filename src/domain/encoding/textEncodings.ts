/** Attribute text encodings NOXH Atlas reads. `latin1` is the DBF default when nothing else fits. */
export type TextEncodingId = 'utf8' | 'cp1258' | 'tcvn3' | 'vni' | 'latin1';

export const TEXT_ENCODINGS: ReadonlyArray<{ id: TextEncodingId; label: string }> = [
  { id: 'utf8', label: 'UTF-8 (Unicode)' },
  { id: 'cp1258', label: 'Windows-1258' },
  { id: 'tcvn3', label: 'TCVN3 (ABC)' },
  { id: 'vni', label: 'VNI-Windows' },
  { id: 'latin1', label: 'Windows-1252 / Latin-1' },
];

/**
 * Reads an encoding name as users and .cpg files write it ("UTF-8", "1258", "ANSI 1258", "TCVN3", "ABC",
 * "VNI", "--encoding utf8"). Returns undefined for names it does not know (the caller then detects).
 */
export function parseEncodingName(name: string): TextEncodingId | undefined {
  const n = name.trim().toLowerCase().replace(/[\s_-]+/g, '');
  if (n === '') return undefined;
  if (n === 'utf8' || n === '65001' || n === 'unicode') return 'utf8';
  if (/^(cp|windows|ansi|win)?1258$/.test(n) || n === 'vietnamese') return 'cp1258';
  if (n === 'tcvn3' || n === 'tcvn' || n === 'abc' || n === 'vn3' || n === 'tcvn5712') return 'tcvn3';
  if (n === 'vni' || n === 'vniwindows' || n === 'vniwin') return 'vni';
  if (/^(cp|windows|ansi|win)?1252$/.test(n) || n === 'latin1' || n === 'iso88591' || n === '88591' || n === 'ansi')
    return 'latin1';
  return undefined;
}
