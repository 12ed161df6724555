// VNI-Windows (the VNI fonts, "VNI-Times"): a base letter followed by one or two "diacritic" bytes that the
// font draws on top of it, plus a few single bytes for letters that have no ASCII base (đ, ơ, ư, and the
// toned i / ỵ). Bytes are read as Windows-1252 characters, as the fonts were built on it.
// Example: "Quaûng Ngaõi" = Quảng Ngãi, "Ñaát ôû ñoâ thò" = Đất ở đô thị, "Tröôøng" = Trường.

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Diacritic bytes (as Windows-1252 characters, lower and upper case) → combining marks they add to the letter before. */
export const VNI_MARKS: Readonly<Record<string, string>> = {
  'ù': ACUTE, 'Ù': ACUTE,
  'ø': GRAVE, 'Ø': GRAVE,
  'û': HOOK, 'Û': HOOK,
  'õ': TILDE, 'Õ': TILDE,
  'ï': DOT, 'Ï': DOT,
  'â': CIRCUMFLEX, 'Â': CIRCUMFLEX,
  'ê': BREVE, 'Ê': BREVE,
  'á': CIRCUMFLEX + ACUTE, 'Á': CIRCUMFLEX + ACUTE,
  'à': CIRCUMFLEX + GRAVE, 'À': CIRCUMFLEX + GRAVE,
  'å': CIRCUMFLEX + HOOK, 'Å': CIRCUMFLEX + HOOK,
  'ã': CIRCUMFLEX + TILDE, 'Ã': CIRCUMFLEX + TILDE,
  'ä': CIRCUMFLEX + DOT, 'Ä': CIRCUMFLEX + DOT,
  'é': BREVE + ACUTE, 'É': BREVE + ACUTE,
  'è': BREVE + GRAVE, 'È': BREVE + GRAVE,
  'ú': BREVE + HOOK, 'Ú': BREVE + HOOK,
  'ü': BREVE + TILDE, 'Ü': BREVE + TILDE,
  'ë': BREVE + DOT, 'Ë': BREVE + DOT,
};

/** Single bytes that are whole Vietnamese letters on their own. */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  'ñ': 'đ', 'Ñ': 'Đ',
  'ô': 'ơ', 'Ô': 'Ơ',
  'ö': 'ư', 'Ö': 'Ư',
  'ì': 'ì', 'Ì': 'Ì',
  'í': 'í', 'Í': 'Í',
  'æ': 'ỉ', 'Æ': 'Ỉ',
  'ó': 'ĩ', 'Ó': 'Ĩ',
  'ò': 'ị', 'Ò': 'Ị',
  'î': 'ỵ', 'Î': 'Ỵ',
};

/** Letters a VNI diacritic byte may follow (after VNI_LETTERS have been applied). */
export const VNI_BASES = new Set([...'aeouyAEOUYơƠưƯ']);
