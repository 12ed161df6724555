// The compliance sheet's fonts for its downloaded HTML file, which opens from disk with no server: the Noto
// Serif faces of src/ui/fonts.css (same styles, same unicode-ranges: a unit test compares them), each file
// embedded as a data URL.
import latin400 from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2?inline';
import vietnamese400 from '@fontsource/noto-serif/files/noto-serif-vietnamese-400-normal.woff2?inline';
import latin400Italic from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2?inline';
import vietnamese400Italic from '@fontsource/noto-serif/files/noto-serif-vietnamese-400-italic.woff2?inline';
import latin600 from '@fontsource/noto-serif/files/noto-serif-latin-600-normal.woff2?inline';
import vietnamese600 from '@fontsource/noto-serif/files/noto-serif-vietnamese-600-normal.woff2?inline';
import latin700 from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2?inline';
import vietnamese700 from '@fontsource/noto-serif/files/noto-serif-vietnamese-700-normal.woff2?inline';

/** Fontsource's subset ranges: a page fetches (here: decodes) only the subsets its text needs. */
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const VIETNAMESE = 'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';

const FACES: { style: 'normal' | 'italic'; weight: number; latin: string; vietnamese: string }[] = [
  { style: 'normal', weight: 400, latin: latin400, vietnamese: vietnamese400 },
  { style: 'normal', weight: 600, latin: latin600, vietnamese: vietnamese600 },
  { style: 'normal', weight: 700, latin: latin700, vietnamese: vietnamese700 },
  { style: 'italic', weight: 400, latin: latin400Italic, vietnamese: vietnamese400Italic },
];

const face = (style: string, weight: number, dataUrl: string, range: string) => `@font-face {
  font-family: 'Noto Serif'; font-style: ${style}; font-weight: ${weight}; font-display: swap;
  src: url(${dataUrl}) format('woff2');
  unicode-range: ${range};
}`;

/** `@font-face` rules for the sheet's Noto Serif with the font files embedded (SIL Open Font License 1.1). */
export const SHEET_FONT_CSS = [
  '/* Noto Serif: Copyright 2022 The Noto Project Authors; SIL Open Font License 1.1 (https://openfontlicense.org) */',
  ...FACES.flatMap(({ style, weight, latin, vietnamese }) => [face(style, weight, latin, LATIN), face(style, weight, vietnamese, VIETNAMESE)]),
].join('\n');
