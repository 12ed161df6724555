// Text the import's property pass (cleanImportedProperties.ts) leaves alone: no combining mark (NFC could change
// it), no bidi control (stripped), no leading tab or line break (noted). A reader that checks each distinct value
// (readDbf.ts, once per value of its column dictionaries) may tell the pass to skip the rows.

/** Either a combining mark or a bidi control: one test a value on the hot path (500,000 parcels × their fields). */
export const MAY_CHANGE = /[\u0300-\u036f\u202A-\u202E\u2066-\u2069\u061C]/;

/** A tab, line feed or carriage return as the first character. */
export function startsWithControl(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 9 || c === 10 || c === 13;
}

export function isPlainImportedText(text: string): boolean {
  return !MAY_CHANGE.test(text) && !startsWithControl(text);
}
