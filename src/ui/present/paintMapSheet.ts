// Paints a composed map sheet (composeMapSheet) on a canvas at the sheet's dpi, for the PNG. The text is set
// in the app's bundled Noto fonts (loaded before painting), measured by the canvas itself.
import { composeMapSheet, type MapSheetContent, type SheetFont, type SheetItem } from '../../domain/export/composeMapSheet.ts';
import { mmToPx, type MapSheetLayout } from '../../domain/export/layoutMapSheet.ts';

const CSS_FONT: Record<SheetFont, string> = { sans: "400 {px}px 'Noto Sans'", sansBold: "700 {px}px 'Noto Sans'", serifBold: "700 {px}px 'Noto Serif'" };
const cssFont = (font: SheetFont, px: number) => CSS_FONT[font].replace('{px}', px.toFixed(2));

/** The faces the sheet uses, loaded (both subsets) so the first paint already has them. */
export async function loadSheetFonts(): Promise<void> {
  await Promise.all((Object.keys(CSS_FONT) as SheetFont[]).map((font) => document.fonts.load(cssFont(font, 16), 'Aa Quảng Ngãi đồ')));
}

export function paintMapSheet(canvas: HTMLCanvasElement, layout: MapSheetLayout, content: MapSheetContent, mapImage: CanvasImageSource): void {
  canvas.width = layout.widthPx;
  canvas.height = layout.heightPx;
  const context = canvas.getContext('2d')!;
  const px = (mm: number) => mmToPx(mm, layout.dpi);
  const ptPx = (pt: number) => (pt / 72) * layout.dpi;
  const measure = (text: string, sizePt: number, font: SheetFont) => {
    context.font = cssFont(font, ptPx(sizePt));
    return (context.measureText(text).width / layout.dpi) * 25.4;
  };
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const item of composeMapSheet(layout, content, measure)) paintItem(context, item, px, ptPx, mapImage);
}

function paintItem(context: CanvasRenderingContext2D, item: SheetItem, px: (mm: number) => number, ptPx: (pt: number) => number, mapImage: CanvasImageSource): void {
  context.save();
  switch (item.kind) {
    case 'map':
      context.drawImage(mapImage, px(item.x), px(item.y), px(item.width), px(item.height));
      break;
    case 'rect':
      if (item.fill) {
        context.globalAlpha = item.fillOpacity ?? 1;
        context.fillStyle = item.fill;
        context.fillRect(px(item.x), px(item.y), px(item.width), px(item.height));
        context.globalAlpha = 1;
      }
      if (item.stroke) {
        context.strokeStyle = item.stroke;
        context.lineWidth = px(item.strokeMm ?? 0.25);
        context.strokeRect(px(item.x), px(item.y), px(item.width), px(item.height));
      }
      break;
    case 'line':
      context.strokeStyle = item.color;
      context.lineWidth = px(item.widthMm);
      if (item.dashMm) context.setLineDash(item.dashMm.map(px));
      context.beginPath();
      context.moveTo(px(item.x1), px(item.y1));
      context.lineTo(px(item.x2), px(item.y2));
      context.stroke();
      break;
    case 'circle':
      context.beginPath();
      context.arc(px(item.cx), px(item.cy), px(item.r), 0, 2 * Math.PI);
      context.fillStyle = item.fill;
      context.fill();
      if (item.stroke) {
        context.strokeStyle = item.stroke;
        context.lineWidth = px(item.strokeMm ?? 0.25);
        context.stroke();
      }
      break;
    case 'polygon':
      context.beginPath();
      item.points.forEach(([x, y], i) => (i === 0 ? context.moveTo(px(x), px(y)) : context.lineTo(px(x), px(y))));
      context.closePath();
      context.fillStyle = item.fill;
      context.fill();
      break;
    case 'text':
      context.font = cssFont(item.font, ptPx(item.sizePt));
      context.fillStyle = item.color;
      context.textAlign = item.align;
      context.textBaseline = 'alphabetic';
      context.fillText(item.text, px(item.x), px(item.y));
      break;
  }
  context.restore();
}
