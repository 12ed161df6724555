// Makes a map sheet file from the map on screen: the map drawn offscreen at the sheet's frame size and dpi
// (through the map controller), the furniture composed around it, then painted as a PNG or written as a PDF.
import type { MapController } from '../../map/MapController.ts';
import { layoutMapSheet, mapFrameRender, mmToPx, CSS_PX_PER_INCH, type PaperOrientation, type PaperSize, type SheetDpi } from '../../domain/export/layoutMapSheet.ts';
import type { MapSheetContent } from '../../domain/export/composeMapSheet.ts';
import { writeMapSheetPdf, type SheetFontFiles } from '../../domain/export/writeMapSheetPdf.ts';
import { metresPerPxAt } from '../../domain/geo/chooseScaleBar.ts';
import { loadSheetFonts, paintMapSheet } from './paintMapSheet.ts';
// The PDF embeds the bundled Noto fonts (WOFF 1: fontkit subsets those, not WOFF 2), served from the app's origin.
import sansLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import sansVi from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import sansBoldLatin from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import sansBoldVi from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?url';
import serifBoldLatin from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff?url';
import serifBoldVi from '@fontsource/noto-serif/files/noto-serif-vietnamese-700-normal.woff?url';

export interface MapSheetOptions {
  paper: PaperSize;
  orientation: PaperOrientation;
  dpi: SheetDpi;
  format: 'png' | 'pdf';
}

/** The sheet's content apart from the map's scale, which is known once the map is drawn. */
export type SheetText = Omit<MapSheetContent, 'metresPerMm'>;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function loadPdfFonts(): Promise<SheetFontFiles> {
  const [a, b, c, d, e, f] = await Promise.all([sansLatin, sansVi, sansBoldLatin, sansBoldVi, serifBoldLatin, serifBoldVi].map(fetchBytes));
  return { sans: { latin: a, vietnamese: b }, sansBold: { latin: c, vietnamese: d }, serifBold: { latin: e, vietnamese: f } };
}

function canvasBytes(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject) : reject(new Error('The canvas could not be encoded'))),
      type,
      quality,
    ),
  );
}

export interface MapSheetFile {
  bytes: Uint8Array;
  mimeType: string;
  widthPx: number;
  heightPx: number;
  /** Where the time went (ms): drawing the map offscreen, then laying out, painting and encoding the sheet. */
  timingsMs: { map: number; sheet: number };
}

export async function exportMapSheet(controller: MapController, options: MapSheetOptions, text: SheetText): Promise<MapSheetFile> {
  const layout = layoutMapSheet(options.paper, options.orientation, options.dpi);
  const frame = mapFrameRender(layout);
  const start = performance.now();
  const [{ canvas: mapCanvas, view }] = await Promise.all([controller.renderOffscreen(frame.cssWidth, frame.cssHeight, frame.pixelRatio), loadSheetFonts()]);
  const mapDone = performance.now();
  const timingsMs = () => ({ map: Math.round(mapDone - start), sheet: Math.round(performance.now() - mapDone) });
  // Ground metres per mm of paper: per CSS px of the offscreen map, times CSS px per mm.
  const metresPerMm = metresPerPxAt(view.zoom, view.center[1]) * mmToPx(1, CSS_PX_PER_INCH);
  const content: MapSheetContent = { ...text, metresPerMm };
  if (options.format === 'png') {
    const sheet = document.createElement('canvas');
    paintMapSheet(sheet, layout, content, mapCanvas);
    const bytes = await canvasBytes(sheet, 'image/png');
    return { bytes, mimeType: 'image/png', widthPx: sheet.width, heightPx: sheet.height, timingsMs: timingsMs() };
  }
  // The map goes into the PDF as a JPEG: pdf-lib copies a JPEG as it is, while a PNG of this size would be
  // decoded and recompressed in JavaScript (seconds at 300 dpi) and be several times larger.
  const [fonts, mapBytes] = await Promise.all([loadPdfFonts(), canvasBytes(mapCanvas, 'image/jpeg', 0.92)]);
  const bytes = await writeMapSheetPdf({ layout, content, fonts, mapImage: { bytes: mapBytes, format: 'jpeg' }, creationDate: new Date() });
  return { bytes, mimeType: 'application/pdf', widthPx: layout.widthPx, heightPx: layout.heightPx, timingsMs: timingsMs() };
}

/** "ban-do-A3-ngang-2026-12-05.pdf" */
export function mapSheetFileName(options: MapSheetOptions, date: Date): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `ban-do-${options.paper}-${options.orientation === 'landscape' ? 'ngang' : 'doc'}-${options.dpi}dpi-${day}.${options.format}`;
}
