// A structural check of one Vietnamese written syllable: initial consonant, vowel nucleus (from the closed list
// of Vietnamese rhymes), final consonant, at most one tone. Used to score candidate decodings: a wrong legacy
// encoding produces letters, but rarely valid syllables ("Quảng" read as TCVN3 from VNI bytes is "Quaỷng").

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIALS = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?';
// Nuclei that may take a final consonant (c, ch, m, n, ng, nh, p, t).
const CLOSABLE = ['a', 'ă', 'â', 'e', 'ê', 'i', 'y', 'o', 'ô', 'ơ', 'u', 'ư', 'iê', 'yê', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uê', 'uy', 'uô', 'ươ', 'uyê', 'uơ'];
// Nuclei that end in a glide and take no final consonant.
const OPEN = ['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'ya'];
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(`^${INITIALS}(?:(?:${byLength(CLOSABLE)})(?:ch|ng|nh|[cmnpt])?|(?:${byLength(OPEN)}))$`);

/** True when `word` (any case, NFC) reads as one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES);
  if (tones && tones.length > 1) return false;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(bare);
}
