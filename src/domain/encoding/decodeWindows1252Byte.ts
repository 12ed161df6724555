// Windows-1252 differs from Latin-1 only in 0x80–0x9F; legacy Vietnamese fonts were Windows fonts on top of it.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** The character a Windows-1252 byte stands for. */
export function decodeWindows1252Byte(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : byte);
}

/** The Windows-1252 byte of a character, or undefined when it has none. */
export function encodeWindows1252Char(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const i = CP1252_80_9F.indexOf(code);
  return i >= 0 ? 0x80 + i : undefined;
}
