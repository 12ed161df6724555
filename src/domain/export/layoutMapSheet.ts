// The paper and the frames of a printed map sheet (title block, map frame, legend, footer), in millimetres
// from the sheet's top-left corner, and the unit conversions the PNG (pixels at a dpi) and the PDF (points)
// need. Pure: both painters and the tests read the same numbers.

export type PaperSize = 'A4' | 'A3';
export type PaperOrientation = 'portrait' | 'landscape';
export type SheetDpi = 150 | 300;

/** ISO 216 sheets, short side × long side, in mm. */
export const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };

export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;
/** A CSS pixel is 1/96 inch: the map in the sheet is drawn at this size, so its labels print as on screen. */
export const CSS_PX_PER_INCH = 96;

export function mmToPx(mm: number, dpi: number): number {
  return (mm / MM_PER_INCH) * dpi;
}

export function mmToPt(mm: number): number {
  return (mm / MM_PER_INCH) * PT_PER_INCH;
}

export function ptToMm(pt: number): number {
  return (pt / PT_PER_INCH) * MM_PER_INCH;
}

export interface RectMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapSheetLayout {
  paper: PaperSize;
  orientation: PaperOrientation;
  dpi: number;
  widthMm: number;
  heightMm: number;
  /** The PNG's size: whole pixels at `dpi` (A3 landscape at 150 dpi: 2480 × 1754). */
  widthPx: number;
  heightPx: number;
  /** The PDF page's size in points (A3: 1190.55 × 841.89). */
  widthPt: number;
  heightPt: number;
  /** Type and spacing scale with the paper: 1 on A3, ≈ 0.71 on A4. */
  scale: number;
  title: RectMm;
  map: RectMm;
  legend: RectMm;
  footer: RectMm;
  /** The legend's columns: one beside a landscape map, three under a portrait one. */
  legendColumns: number;
}

export function layoutMapSheet(paper: PaperSize, orientation: PaperOrientation, dpi: number): MapSheetLayout {
  const [short, long] = PAPER_MM[paper];
  const widthMm = orientation === 'landscape' ? long : short;
  const heightMm = orientation === 'landscape' ? short : long;
  const scale = short / PAPER_MM.A3[0];
  const margin = 10 * scale;
  const gap = 5 * scale;
  const titleHeight = 20 * scale;
  const footerHeight = 17 * scale;
  const inner = { x: margin, y: margin, width: widthMm - 2 * margin, height: heightMm - 2 * margin };
  const title = { x: inner.x, y: inner.y, width: inner.width, height: titleHeight };
  const footer = { x: inner.x, y: inner.y + inner.height - footerHeight, width: inner.width, height: footerHeight };
  const bodyY = title.y + titleHeight + gap / 2;
  const bodyHeight = footer.y - gap / 2 - bodyY;
  let map: RectMm;
  let legend: RectMm;
  let legendColumns: number;
  if (orientation === 'landscape') {
    const legendWidth = Math.round(inner.width * 0.24 * 10) / 10;
    map = { x: inner.x, y: bodyY, width: inner.width - legendWidth - gap, height: bodyHeight };
    legend = { x: map.x + map.width + gap, y: bodyY, width: legendWidth, height: bodyHeight };
    legendColumns = 1;
  } else {
    const legendHeight = Math.round(bodyHeight * 0.27 * 10) / 10;
    map = { x: inner.x, y: bodyY, width: inner.width, height: bodyHeight - legendHeight - gap };
    legend = { x: inner.x, y: map.y + map.height + gap, width: inner.width, height: legendHeight };
    legendColumns = 3;
  }
  return {
    paper,
    orientation,
    dpi,
    widthMm,
    heightMm,
    widthPx: Math.round(mmToPx(widthMm, dpi)),
    heightPx: Math.round(mmToPx(heightMm, dpi)),
    widthPt: mmToPt(widthMm),
    heightPt: mmToPt(heightMm),
    scale,
    title,
    map,
    legend,
    footer,
    legendColumns,
  };
}

/**
 * How the map frame is rendered: at its size in CSS px (1/96 in, so labels and line widths print at their
 * screen size) with a pixel ratio that gives the sheet's dpi; `widthPx × heightPx` is the image's size.
 */
export function mapFrameRender(layout: MapSheetLayout): { cssWidth: number; cssHeight: number; pixelRatio: number; widthPx: number; heightPx: number } {
  const cssWidth = Math.round(mmToPx(layout.map.width, CSS_PX_PER_INCH));
  const cssHeight = Math.round(mmToPx(layout.map.height, CSS_PX_PER_INCH));
  const pixelRatio = layout.dpi / CSS_PX_PER_INCH;
  return { cssWidth, cssHeight, pixelRatio, widthPx: Math.round(cssWidth * pixelRatio), heightPx: Math.round(cssHeight * pixelRatio) };
}
