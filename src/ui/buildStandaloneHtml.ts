// A page that opens from disk with no server (compliance sheet, annual report): its styles inlined, the
// bundled fonts embedded, the body already rendered (React escapes every text and attribute).
import { SHEET_FONT_CSS } from './audit/sheetFontCss.ts';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function buildStandaloneHtml(page: { language: string; title: string; css: string[]; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(page.title)}</title>
<style>
${[SHEET_FONT_CSS, ...page.css].join('\n')}
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
