// A chart of the Targets tab as a PNG to paste into a report or a slide: the chart's own SVG, with a title and
// its legend drawn in, rasterised at 3× (about 1,100 px wide). An SVG drawn as an image sees no page fonts,
// so the bundled Noto Sans faces (Latin + Vietnamese subsets, fetched from the app's origin) are inlined as
// data URLs: the diacritics come out the same on a machine without the font.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import vietnamese700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';

export interface ChartLegendItem {
  color: string;
  label: string;
  line?: 'solid' | 'dashed' | 'dotted';
}

const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const VIETNAMESE = 'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';
const FACES: [number, string, string][] = [
  [400, latin400, LATIN],
  [400, vietnamese400, VIETNAMESE],
  [700, latin700, LATIN],
  [700, vietnamese700, VIETNAMESE],
];

let fontCss: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(blob);
  });
}

/** The Noto Sans faces as `@font-face` rules with the files embedded (fetched once). */
function embeddedFontCss(): Promise<string> {
  const css =
    fontCss ??
    Promise.all(
      FACES.map(async ([weight, url, range]) => `@font-face{font-family:'Noto Sans';font-weight:${weight};src:url(${await dataUrl(url)}) format('woff2');unicode-range:${range};}`),
    )
      .then((faces) => faces.join(''))
      .catch((error: unknown) => {
        fontCss = null;
        throw error;
      });
  fontCss = css;
  return css;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart with its title and legend as one SVG document (the fonts embedded), and its size in CSS px. */
export async function composeChartSvg(svg: SVGSVGElement, title: string, legend: ChartLegendItem[]): Promise<{ text: string; width: number; height: number }> {
  const box = svg.viewBox.baseVal;
  const width = box.width;
  const titleH = 26;
  const rowH = 14;
  const columns = 2;
  const legendH = Math.ceil(legend.length / columns) * rowH + 8;
  const height = titleH + box.height + legendH;
  const items = legend
    .map((item, i) => {
      const x = 10 + (i % columns) * (width / columns);
      const y = titleH + box.height + 6 + Math.floor(i / columns) * rowH;
      const dash = item.line === 'dashed' ? ' stroke-dasharray="5 3"' : item.line === 'dotted' ? ' stroke-dasharray="2 2"' : '';
      const mark = item.line
        ? `<line x1="${x}" x2="${x + 14}" y1="${y + 5}" y2="${y + 5}" stroke="${item.color}" stroke-width="2"${dash}/>`
        : `<rect x="${x}" y="${y}" width="10" height="10" rx="2" fill="${item.color}"/>`;
      return `${mark}<text x="${x + 18}" y="${y + 9}" font-size="9.5" fill="#3e4c59">${escapeXml(item.label)}</text>`;
    })
    .join('');
  const css = await embeddedFontCss();
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style>${css} text{font-family:'Noto Sans',sans-serif}</style>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="10" y="17" font-size="12" font-weight="700" fill="#1f2933">${escapeXml(title)}</text>` +
    `<g transform="translate(${-box.x} ${titleH - box.y})">${svg.innerHTML}</g>` +
    items +
    '</svg>';
  return { text, width, height };
}

/** The PNG, `scale` device pixels per CSS px. */
export async function renderChartPng(svg: SVGSVGElement, title: string, legend: ChartLegendItem[], scale = 3): Promise<Blob> {
  const { text, width, height } = await composeChartSvg(svg, title, legend);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
