// Vietnamese text folded for matching what a user types: no tone or vowel marks (ư, ơ, â, ă, ê, ô and the
// five tones), "đ" as "d", lower case, single spaces. "Tịnh Phong" and "tinh  phong" fold alike.

/** The text without diacritics, "đ"/"Đ" → "d", lower-cased, runs of white space as one space, trimmed. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
