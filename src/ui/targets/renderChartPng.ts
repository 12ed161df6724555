// A chart of the Targets tab as a PNG to paste into a report or a slide: the chart's own SVG with a title and
// its legend added, rasterised at 3× (about 1,100 px wide). An SVG drawn as an image does not wait for its
// web fonts (text in a face still loading comes out blank), so the shapes go through the image and the text is
// drawn after, on the canvas, in the page's bundled Noto Sans (src/ui/fonts.css) once `document.fonts` has
// loaded the faces and the Vietnamese subset the words need: the diacritics come out right offline.

export interface ChartLegendItem {
  color: string;
  label: string;
  line?: 'solid' | 'dashed' | 'dotted';
}

/** One piece of text, in the composed chart's CSS px. */
export interface ChartText {
  text: string;
  x: number;
  y: number;
  sizePx: number;
  weight: number;
  color: string;
  anchor: 'start' | 'middle' | 'end';
}

const FONT = '"Noto Sans", sans-serif';

/** The chart's shapes (no text) with a title band and a legend, its texts apart, and its size in CSS px. */
export function composeChart(svg: SVGSVGElement, title: string, legend: ChartLegendItem[]): { shapes: string; texts: ChartText[]; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = box.width;
  const titleH = 26;
  const rowH = 14;
  const columns = 2;
  const height = titleH + box.height + Math.ceil(legend.length / columns) * rowH + 8;
  const dx = -box.x;
  const dy = titleH - box.y;
  const texts: ChartText[] = [{ text: title, x: 10, y: 17, sizePx: 12, weight: 700, color: '#1f2933', anchor: 'start' }];
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const t of Array.from(clone.querySelectorAll('text'))) {
    const anchor = t.getAttribute('text-anchor');
    texts.push({
      text: t.textContent ?? '',
      x: Number(t.getAttribute('x') ?? 0) + dx,
      y: Number(t.getAttribute('y') ?? 0) + dy,
      sizePx: Number(t.getAttribute('font-size') ?? 10),
      weight: Number(t.getAttribute('font-weight') ?? 400),
      color: t.getAttribute('fill') ?? '#1f2933',
      anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
    });
    t.remove();
  }
  const marks = legend
    .map((item, i) => {
      const x = 10 + (i % columns) * (width / columns);
      const y = titleH + box.height + 6 + Math.floor(i / columns) * rowH;
      texts.push({ text: item.label, x: x + 18, y: y + 9, sizePx: 9.5, weight: 400, color: '#3e4c59', anchor: 'start' });
      const dash = item.line === 'dashed' ? ' stroke-dasharray="5 3"' : item.line === 'dotted' ? ' stroke-dasharray="2 2"' : '';
      return item.line
        ? `<line x1="${x}" x2="${x + 14}" y1="${y + 5}" y2="${y + 5}" stroke="${item.color}" stroke-width="2"${dash}/>`
        : `<rect x="${x}" y="${y}" width="10" height="10" rx="2" fill="${item.color}"/>`;
    })
    .join('');
  const shapes =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<g transform="translate(${dx} ${dy})">${clone.innerHTML}</g>${marks}</svg>`;
  return { shapes, texts, width, height };
}

/** The PNG, `scale` device pixels per CSS px. */
export async function renderChartPng(svg: SVGSVGElement, title: string, legend: ChartLegendItem[], scale = 3): Promise<Blob> {
  const { shapes, texts, width, height } = composeChart(svg, title, legend);
  // Every face and subset the words need, loaded before any is drawn.
  await Promise.all([...new Set(texts.map((t) => t.weight))].map((weight) => document.fonts.load(`${weight} 16px ${FONT}`, texts.filter((t) => t.weight === weight).map((t) => t.text).join(' '))));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(shapes)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.textBaseline = 'alphabetic';
  for (const t of texts) {
    context.font = `${t.weight} ${t.sizePx}px ${FONT}`;
    context.fillStyle = t.color;
    context.textAlign = t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left';
    context.fillText(t.text, t.x, t.y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
