// The map sheet as a PDF: the composed items (composeMapSheet) drawn with pdf-lib, the text as real text in
// the bundled Noto fonts (embedded as subsets: selectable, searchable, Vietnamese diacritics correct), the map
// as one image. pdf-lib + @pdf-lib/fontkit: a maintained pure-JS writer that embeds and subsets TrueType
// fonts, in the browser and in Node (the tests read the text back).
//
// The bundled fonts come in Fontsource's subsets (a Latin file and a Vietnamese file per face, the way the
// web pages load them), so a line is drawn as runs, each in the file that has its characters. WOFF 1, not
// WOFF 2: fontkit cannot subset a WOFF 2 font.
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { composeMapSheet, type MapSheetContent, type SheetFont, type SheetItem } from './composeMapSheet.ts';
import { mmToPt, type MapSheetLayout } from './layoutMapSheet.ts';

/** One face of the bundled font: its Latin and its Vietnamese subset (WOFF 1 files). */
export interface FontFaceFiles {
  latin: Uint8Array;
  vietnamese: Uint8Array;
}

export type SheetFontFiles = Record<SheetFont, FontFaceFiles>;

export interface MapSheetPdfInput {
  layout: MapSheetLayout;
  content: MapSheetContent;
  fonts: SheetFontFiles;
  /** The map frame's image. */
  mapImage: { bytes: Uint8Array; format: 'jpeg' | 'png' };
  /** Written into the PDF's metadata. */
  creationDate?: Date;
}

interface EmbeddedFace {
  fonts: PDFFont[];
  covers: Set<number>[];
}

export async function writeMapSheetPdf(input: MapSheetPdfInput): Promise<Uint8Array> {
  const { layout, content } = input;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const faces = {} as Record<SheetFont, EmbeddedFace>;
  for (const key of ['sans', 'sansBold', 'serifBold'] as SheetFont[]) {
    // No `ccmp`: it splits a precomposed letter (ị) into a base and a combining mark, which a PDF reader's text
    // layer gives back as two characters; the fonts have every precomposed Vietnamese letter.
    const options = { subset: true, features: { ccmp: false } };
    const fonts = [await doc.embedFont(input.fonts[key].latin, options), await doc.embedFont(input.fonts[key].vietnamese, options)];
    faces[key] = { fonts, covers: fonts.map((f) => new Set(f.getCharacterSet())) };
  }
  const runsOf = (value: string, font: SheetFont): { text: string; font: PDFFont }[] => {
    const face = faces[font];
    const runs: { text: string; font: PDFFont }[] = [];
    for (const ch of value.normalize('NFC')) {
      const code = ch.codePointAt(0)!;
      const index = face.covers.findIndex((cover) => cover.has(code));
      if (index < 0) continue; // a character neither subset has would break the PDF's text: left out
      const pdfFont = face.fonts[index];
      const last = runs[runs.length - 1];
      if (last?.font === pdfFont) last.text += ch;
      else runs.push({ text: ch, font: pdfFont });
    }
    return runs;
  };
  const widthPt = (value: string, sizePt: number, font: SheetFont) => runsOf(value, font).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, sizePt), 0);

  const page = doc.addPage([layout.widthPt, layout.heightPt]);
  const image = input.mapImage.format === 'jpeg' ? await doc.embedJpg(input.mapImage.bytes) : await doc.embedPng(input.mapImage.bytes);
  const items = composeMapSheet(layout, content, (value, sizePt, font) => (widthPt(value, sizePt, font) / 72) * 25.4);
  for (const item of items) drawItem(page, item, layout, image, runsOf, widthPt);

  doc.setTitle(content.title);
  if (content.subtitle) doc.setSubject(content.subtitle);
  doc.setCreator('NOXH Atlas');
  doc.setProducer('NOXH Atlas (pdf-lib)');
  doc.setLanguage(content.language === 'vi' ? 'vi-VN' : 'en-GB');
  if (input.creationDate) {
    doc.setCreationDate(input.creationDate);
    doc.setModificationDate(input.creationDate);
  }
  return doc.save();
}

function colour(hex: string) {
  const value = hex.replace('#', '');
  const n = parseInt(value.length === 3 ? value.replace(/./g, (c) => c + c) : value, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

function drawItem(
  page: PDFPage,
  item: SheetItem,
  layout: MapSheetLayout,
  image: PDFImage,
  runsOf: (value: string, font: SheetFont) => { text: string; font: PDFFont }[],
  widthPt: (value: string, sizePt: number, font: SheetFont) => number,
): void {
  // Items are in mm from the top-left; PDF space is in points from the bottom-left.
  const X = (mm: number) => mmToPt(mm);
  const Y = (mm: number) => layout.heightPt - mmToPt(mm);
  switch (item.kind) {
    case 'map':
      page.drawImage(image, { x: X(item.x), y: Y(item.y + item.height), width: mmToPt(item.width), height: mmToPt(item.height) });
      return;
    case 'rect':
      page.drawRectangle({
        x: X(item.x),
        y: Y(item.y + item.height),
        width: mmToPt(item.width),
        height: mmToPt(item.height),
        ...(item.fill ? { color: colour(item.fill), opacity: item.fillOpacity ?? 1 } : {}),
        ...(item.stroke ? { borderColor: colour(item.stroke), borderWidth: mmToPt(item.strokeMm ?? 0.25) } : {}),
      });
      return;
    case 'line':
      page.drawLine({
        start: { x: X(item.x1), y: Y(item.y1) },
        end: { x: X(item.x2), y: Y(item.y2) },
        thickness: mmToPt(item.widthMm),
        color: colour(item.color),
        ...(item.dashMm ? { dashArray: item.dashMm.map(mmToPt) } : {}),
      });
      return;
    case 'circle':
      page.drawCircle({
        x: X(item.cx),
        y: Y(item.cy),
        size: mmToPt(item.r),
        color: colour(item.fill),
        ...(item.stroke ? { borderColor: colour(item.stroke), borderWidth: mmToPt(item.strokeMm ?? 0.25) } : {}),
      });
      return;
    case 'polygon': {
      // An SVG path in points relative to the page's top-left (drawSvgPath flips y).
      const path = item.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${mmToPt(x)} ${mmToPt(y)}`).join(' ') + ' Z';
      page.drawSvgPath(path, { x: 0, y: layout.heightPt, color: colour(item.fill), borderWidth: 0 });
      return;
    }
    case 'text': {
      const total = widthPt(item.text, item.sizePt, item.font);
      let x = X(item.x) - (item.align === 'center' ? total / 2 : item.align === 'right' ? total : 0);
      for (const run of runsOf(item.text, item.font)) {
        page.drawText(run.text, { x, y: Y(item.y), size: item.sizePt, font: run.font, color: colour(item.color) });
        x += run.font.widthOfTextAtSize(run.text, item.sizePt);
      }
      return;
    }
  }
}
