// What a printed map sheet shows, as a list of drawing items in millimetres (title, subtitle, map frame and
// neatline, legend of the visible layers, scale bar with a round distance and the representative fraction,
// north arrow, sources, illustrative-data note, date). Both the PNG painter (canvas) and the PDF writer
// (pdf-lib) draw this list, so the two formats cannot drift apart. Text is measured by the painter's own
// font (`measureMm`), so wrapping and columns fit what is printed.
import { chooseScaleBar } from '../geo/chooseScaleBar.ts';
import type { Language } from '../../i18n/language.ts';
import { formatNumber } from '../../i18n/format.ts';
import { ptToMm, type MapSheetLayout, type RectMm } from './layoutMapSheet.ts';

export type SheetFont = 'sans' | 'sansBold' | 'serifBold';
export type LegendShape = 'fill' | 'line' | 'dashed-line' | 'circle' | 'outline';

export interface SheetLegendEntry {
  title: string;
  sections: { title?: string; items: { label: string; color: string; shape: LegendShape }[] }[];
}

export interface MapSheetContent {
  language: Language;
  title: string;
  subtitle: string;
  legendTitle: string;
  /** The visible layers, top-most first. */
  legend: SheetLegendEntry[];
  /** Ground metres per millimetre of paper in the map frame (east–west at the frame's centre). */
  metresPerMm: number;
  /** "B" (Bắc) or "N". */
  northLabel: string;
  /** "Tỷ lệ" / "Scale". */
  scaleLabel: string;
  /** "Nguồn dữ liệu" / "Data sources". */
  sourcesLabel: string;
  sources: string[];
  /** The sample data's "dữ liệu minh họa" note, when sample data is shown. */
  illustrativeNote: string | null;
  /** "Ngày lập: 05/12/2026 — NOXH Atlas". */
  dateLine: string;
}

export type SheetItem =
  | { kind: 'text'; x: number; y: number; text: string; sizePt: number; font: SheetFont; color: string; align: 'left' | 'center' | 'right' }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: string; fillOpacity?: number; stroke?: string; strokeMm?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; widthMm: number; dashMm?: [number, number] }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeMm?: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string }
  | { kind: 'map'; x: number; y: number; width: number; height: number };

/** Width in mm of `text` set in `font` at `sizePt`. */
export type MeasureMm = (text: string, sizePt: number, font: SheetFont) => number;

const INK = '#1a1a1a';
const MUTED = '#555555';
const NOTE = '#9a3412';

/** Splits `text` into lines no wider than `widthMm` (words longer than a line are cut at the width). */
export function wrapText(text: string, widthMm: number, sizePt: number, font: SheetFont, measure: MeasureMm): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, sizePt, font) <= widthMm || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    while (measure(line, sizePt, font) > widthMm && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), sizePt, font) > widthMm) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** At most `max` lines; the last one kept ends with "…" when some were dropped. */
function clampLines(lines: string[], max: number, widthMm: number, sizePt: number, font: SheetFont, measure: MeasureMm): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, Math.max(0, max));
  if (kept.length === 0) return kept;
  let last = kept[kept.length - 1];
  while (last.length > 1 && measure(`${last}…`, sizePt, font) > widthMm) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last}…`;
  return kept;
}

/** 1 : n rounded to two significant digits (1:412.345 → 1:410.000), as printed maps state it. */
export function representativeFraction(metresPerMm: number): number {
  const n = metresPerMm * 1000;
  if (!(n > 0)) return 0;
  const power = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / power) * power;
}

export function composeMapSheet(layout: MapSheetLayout, content: MapSheetContent, measure: MeasureMm): SheetItem[] {
  const k = layout.scale;
  const items: SheetItem[] = [];
  const text = (x: number, y: number, value: string, sizePt: number, font: SheetFont, color = INK, align: 'left' | 'center' | 'right' = 'left') =>
    items.push({ kind: 'text', x, y, text: value, sizePt, font, color, align });

  // Title block: the title and subtitle centred over the sheet, a rule under them.
  const { title: tb } = layout;
  const titlePt = 22 * k;
  const subtitlePt = 12.5 * k;
  const titleLine = clampLines(wrapText(content.title, tb.width, titlePt, 'serifBold', measure), 1, tb.width, titlePt, 'serifBold', measure)[0] ?? '';
  text(tb.x + tb.width / 2, tb.y + ptToMm(titlePt) * 0.95, titleLine, titlePt, 'serifBold', INK, 'center');
  if (content.subtitle) {
    const sub = clampLines(wrapText(content.subtitle, tb.width, subtitlePt, 'sans', measure), 1, tb.width, subtitlePt, 'sans', measure)[0] ?? '';
    text(tb.x + tb.width / 2, tb.y + ptToMm(titlePt) * 0.95 + ptToMm(subtitlePt) * 1.45, sub, subtitlePt, 'sans', MUTED, 'center');
  }
  items.push({ kind: 'line', x1: tb.x, y1: tb.y + tb.height - 1 * k, x2: tb.x + tb.width, y2: tb.y + tb.height - 1 * k, color: INK, widthMm: 0.35 * k });

  // The map and its neatline.
  const { map } = layout;
  items.push({ kind: 'map', x: map.x, y: map.y, width: map.width, height: map.height });
  items.push({ kind: 'rect', x: map.x, y: map.y, width: map.width, height: map.height, stroke: INK, strokeMm: 0.5 * k });

  composeScaleBar(items, map, content, k, measure);
  composeNorthArrow(items, map, content, k);
  composeLegend(items, layout.legend, layout.legendColumns, content, k, measure);
  composeFooter(items, layout.footer, content, k, measure);
  return items;
}

function composeScaleBar(items: SheetItem[], map: RectMm, content: MapSheetContent, k: number, measure: MeasureMm): void {
  const bar = chooseScaleBar(content.metresPerMm, map.width * 0.25, content.language);
  if (!bar) return;
  const labelPt = 9 * k;
  const pad = 3 * k;
  const barHeight = 2 * k;
  const fraction = representativeFraction(content.metresPerMm);
  const fractionText = `${content.scaleLabel} 1:${formatNumber(fraction, content.language, 0)}`;
  const labelWidth = measure(bar.label, labelPt, 'sans');
  const boxWidth = Math.max(bar.lengthPx + labelWidth + 3 * pad, measure(fractionText, labelPt, 'sans') + 2 * pad);
  const boxHeight = barHeight + ptToMm(labelPt) * 2.6 + 2 * pad;
  const x0 = map.x + 4 * k;
  const y0 = map.y + map.height - 4 * k - boxHeight;
  items.push({ kind: 'rect', x: x0, y: y0, width: boxWidth, height: boxHeight, fill: '#ffffff', fillOpacity: 0.88, stroke: '#999999', strokeMm: 0.2 * k });
  const barX = x0 + pad;
  const barY = y0 + pad + ptToMm(labelPt) * 1.2;
  // Four alternating segments, as on survey maps.
  const segment = bar.lengthPx / 4;
  for (let i = 0; i < 4; i++) {
    items.push({ kind: 'rect', x: barX + i * segment, y: barY, width: segment, height: barHeight, fill: i % 2 === 0 ? INK : '#ffffff', stroke: INK, strokeMm: 0.25 * k });
  }
  items.push({ kind: 'text', x: barX, y: barY - 0.8 * k, text: '0', sizePt: labelPt, font: 'sans', color: INK, align: 'center' });
  items.push({ kind: 'text', x: barX + bar.lengthPx + pad / 2, y: barY + barHeight, text: bar.label, sizePt: labelPt, font: 'sans', color: INK, align: 'left' });
  items.push({ kind: 'text', x: barX, y: barY + barHeight + ptToMm(labelPt) * 1.4, text: fractionText, sizePt: labelPt, font: 'sans', color: MUTED, align: 'left' });
}

function composeNorthArrow(items: SheetItem[], map: RectMm, content: MapSheetContent, k: number): void {
  const w = 10 * k;
  const h = 17 * k;
  const x0 = map.x + map.width - 4 * k - w;
  const y0 = map.y + 4 * k;
  const cx = x0 + w / 2;
  items.push({ kind: 'rect', x: x0, y: y0, width: w, height: h, fill: '#ffffff', fillOpacity: 0.88, stroke: '#999999', strokeMm: 0.2 * k });
  const labelPt = 11 * k;
  items.push({ kind: 'text', x: cx, y: y0 + ptToMm(labelPt) * 1.05, text: content.northLabel, sizePt: labelPt, font: 'sansBold', color: INK, align: 'center' });
  const top = y0 + ptToMm(labelPt) * 1.35;
  const bottom = y0 + h - 2 * k;
  const half = w * 0.3;
  // A split arrowhead: the left half dark, the right half light, so it reads in black and white.
  items.push({ kind: 'polygon', points: [[cx, top], [cx, bottom - (bottom - top) * 0.25], [cx - half, bottom]], fill: INK });
  items.push({ kind: 'polygon', points: [[cx, top], [cx + half, bottom], [cx, bottom - (bottom - top) * 0.25]], fill: '#9a9a9a' });
}

interface LegendRow {
  kind: 'layer' | 'section' | 'item';
  lines: string[];
  color?: string;
  shape?: LegendShape;
}

function composeLegend(items: SheetItem[], rect: RectMm, columns: number, content: MapSheetContent, k: number, measure: MeasureMm): void {
  const headingPt = 12 * k;
  text(items, rect.x, rect.y + ptToMm(headingPt), content.legendTitle.toLocaleUpperCase(content.language === 'vi' ? 'vi-VN' : 'en-GB'), headingPt, 'sansBold');
  const top = rect.y + ptToMm(headingPt) * 1.9;
  const gap = 4 * k;
  const columnWidth = (rect.width - gap * (columns - 1)) / columns;
  // Shrink the type until every row fits (a long legend on A4), down to a still-legible size; beyond that,
  // the rows that do not fit are left out and the last line says so.
  for (let factor = 1; ; factor *= 0.9) {
    const itemPt = 9 * k * factor;
    const symbolWidth = 7 * k * factor;
    const labelWidth = columnWidth - symbolWidth - 2 * k * factor;
    const rows: LegendRow[] = [];
    for (const entry of content.legend) {
      rows.push({ kind: 'layer', lines: wrapText(entry.title, columnWidth, itemPt, 'sansBold', measure) });
      for (const section of entry.sections) {
        if (section.title) rows.push({ kind: 'section', lines: wrapText(section.title, columnWidth, itemPt, 'sans', measure) });
        for (const item of section.items) rows.push({ kind: 'item', lines: wrapText(item.label, labelWidth, itemPt, 'sans', measure), color: item.color, shape: item.shape });
      }
    }
    const lineMm = ptToMm(itemPt) * 1.3;
    const rowHeight = (row: LegendRow) => row.lines.length * lineMm + (row.kind === 'layer' ? lineMm * 0.35 : lineMm * 0.15);
    const placed: { row: LegendRow; x: number; y: number }[] = [];
    let column = 0;
    let y = top;
    let overflow = false;
    for (const row of rows) {
      if (y + rowHeight(row) > rect.y + rect.height) {
        column += 1;
        y = top;
        if (column >= columns) {
          overflow = true;
          break;
        }
      }
      placed.push({ row, x: rect.x + column * (columnWidth + gap), y });
      y += rowHeight(row);
    }
    if (overflow && factor > 0.62) continue;
    // Too long even in small type: the last row that fitted gives its place to "…".
    const ellipsis = overflow ? placed.pop() : undefined;
    for (const { row, x, y: rowY } of placed) {
      const baseline = (i: number) => rowY + lineMm * (i + 0.8) + (row.kind === 'layer' ? lineMm * 0.35 : 0);
      if (row.kind === 'item') {
        const midY = baseline(0) - ptToMm(itemPt) * 0.33;
        legendSymbol(items, x, midY, symbolWidth, lineMm * 0.7, row.shape!, row.color!, k);
        row.lines.forEach((line, i) => text(items, x + symbolWidth + 2 * k * factor, baseline(i), line, itemPt, 'sans'));
      } else {
        row.lines.forEach((line, i) => text(items, x, baseline(i), line, itemPt, row.kind === 'layer' ? 'sansBold' : 'sans', row.kind === 'layer' ? INK : MUTED));
      }
    }
    if (ellipsis) text(items, ellipsis.x, ellipsis.y + lineMm * 0.8, '…', itemPt, 'sans', MUTED);
    return;
  }
}

function text(items: SheetItem[], x: number, y: number, value: string, sizePt: number, font: SheetFont, color = INK): void {
  items.push({ kind: 'text', x, y, text: value, sizePt, font, color, align: 'left' });
}

/** The legend swatch, drawn as the map draws the item (fill, outline, line, dashed line or point). */
function legendSymbol(items: SheetItem[], x: number, midY: number, width: number, height: number, shape: LegendShape, color: string, k: number): void {
  const y = midY - height / 2;
  switch (shape) {
    case 'fill':
      items.push({ kind: 'rect', x, y, width, height, fill: color, fillOpacity: 0.75, stroke: color, strokeMm: 0.2 * k });
      return;
    case 'outline':
      items.push({ kind: 'rect', x: x + 0.3 * k, y: y + 0.3 * k, width: width - 0.6 * k, height: height - 0.6 * k, stroke: color, strokeMm: 0.6 * k });
      return;
    case 'line':
      items.push({ kind: 'line', x1: x, y1: midY, x2: x + width, y2: midY, color, widthMm: 0.8 * k });
      return;
    case 'dashed-line':
      items.push({ kind: 'line', x1: x, y1: midY, x2: x + width, y2: midY, color, widthMm: 0.7 * k, dashMm: [1.2 * k, 0.9 * k] });
      return;
    case 'circle':
      items.push({ kind: 'circle', cx: x + width / 2, cy: midY, r: height * 0.42, fill: color, stroke: '#ffffff', strokeMm: 0.25 * k });
      return;
  }
}

function composeFooter(items: SheetItem[], rect: RectMm, content: MapSheetContent, k: number, measure: MeasureMm): void {
  items.push({ kind: 'line', x1: rect.x, y1: rect.y + 1 * k, x2: rect.x + rect.width, y2: rect.y + 1 * k, color: INK, widthMm: 0.25 * k });
  const pt = 7.5 * k;
  const lineMm = ptToMm(pt) * 1.3;
  const dateWidth = measure(content.dateLine, pt, 'sans');
  const width = rect.width - dateWidth - 8 * k;
  let y = rect.y + 1 * k + lineMm;
  const maxLines = Math.max(1, Math.floor((rect.height - 1.5 * k) / lineMm));
  const noteLines = content.illustrativeNote ? wrapText(content.illustrativeNote, width, pt, 'sansBold', measure) : [];
  const sourceText = `${content.sourcesLabel}: ${content.sources.join('; ')}`;
  const sourceLines = clampLines(wrapText(sourceText, width, pt, 'sans', measure), Math.max(1, maxLines - Math.min(noteLines.length, 2)), width, pt, 'sans', measure);
  for (const line of sourceLines) {
    text(items, rect.x, y, line, pt, 'sans', MUTED);
    y += lineMm;
  }
  for (const line of clampLines(noteLines, Math.max(0, maxLines - sourceLines.length), width, pt, 'sansBold', measure)) {
    text(items, rect.x, y, line, pt, 'sansBold', NOTE);
    y += lineMm;
  }
  items.push({ kind: 'text', x: rect.x + rect.width, y: rect.y + 1 * k + lineMm, text: content.dateLine, sizePt: pt, font: 'sans', color: INK, align: 'right' });
}
