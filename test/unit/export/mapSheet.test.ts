import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { PNG } from 'pngjs';
import { layoutMapSheet, mapFrameRender, mmToPt, mmToPx, type RectMm } from '../../../src/domain/export/layoutMapSheet.ts';
import { composeMapSheet, representativeFraction, wrapText, type MapSheetContent, type MeasureMm } from '../../../src/domain/export/composeMapSheet.ts';
import { writeMapSheetPdf, type SheetFontFiles } from '../../../src/domain/export/writeMapSheetPdf.ts';

const inside = (inner: RectMm, outer: { widthMm: number; heightMm: number }) =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= outer.widthMm + 1e-9 && inner.y + inner.height <= outer.heightMm + 1e-9;
const overlaps = (a: RectMm, b: RectMm) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutMapSheet: paper, pixels and points', () => {
  it('converts mm to px at a dpi and to PDF points', () => {
    expect(mmToPx(25.4, 150)).toBe(150);
    expect(mmToPt(25.4)).toBe(72);
  });
  it('A3 landscape at 150 dpi is 2480 × 1754 px and 1190.55 × 841.89 pt', () => {
    const sheet = layoutMapSheet('A3', 'landscape', 150);
    expect([sheet.widthPx, sheet.heightPx]).toEqual([2480, 1754]);
    expect(sheet.widthPt).toBeCloseTo(1190.55, 2);
    expect(sheet.heightPt).toBeCloseTo(841.89, 2);
    expect([layoutMapSheet('A3', 'landscape', 300).widthPx, layoutMapSheet('A3', 'landscape', 300).heightPx]).toEqual([4961, 3508]);
  });
  it('A4 portrait at 300 dpi is 2480 × 3508 px', () => {
    const sheet = layoutMapSheet('A4', 'portrait', 300);
    expect([sheet.widthPx, sheet.heightPx]).toEqual([2480, 3508]);
    expect(sheet.widthPt).toBeCloseTo(595.28, 2);
  });
  for (const paper of ['A4', 'A3'] as const) {
    for (const orientation of ['portrait', 'landscape'] as const) {
      it(`${paper} ${orientation}: the frames sit on the paper without overlapping; the map takes most of it`, () => {
        const sheet = layoutMapSheet(paper, orientation, 150);
        const frames = [sheet.title, sheet.map, sheet.legend, sheet.footer];
        for (const frame of frames) expect(inside(frame, sheet)).toBe(true);
        for (let i = 0; i < frames.length; i++) for (let j = i + 1; j < frames.length; j++) expect(overlaps(frames[i], frames[j])).toBe(false);
        expect((sheet.map.width * sheet.map.height) / (sheet.widthMm * sheet.heightMm)).toBeGreaterThan(0.45);
        // The legend is beside a landscape map, under a portrait one.
        if (orientation === 'landscape') expect(sheet.legend.x).toBeGreaterThan(sheet.map.x + sheet.map.width);
        else expect(sheet.legend.y).toBeGreaterThan(sheet.map.y + sheet.map.height);
      });
    }
  }
  it('renders the map frame at its CSS size with the pixel ratio of the dpi', () => {
    const sheet = layoutMapSheet('A3', 'landscape', 300);
    const frame = mapFrameRender(sheet);
    expect(frame.pixelRatio).toBeCloseTo(300 / 96, 10);
    // The image covers the frame at the sheet's dpi, to within a pixel of rounding.
    expect(Math.abs(frame.widthPx - mmToPx(sheet.map.width, 300))).toBeLessThan(4);
    expect(Math.abs(frame.heightPx - mmToPx(sheet.map.height, 300))).toBeLessThan(4);
  });
});

// A fixed-width stand-in for a font: 0.5 em per character.
const measure: MeasureMm = (text, sizePt) => text.length * sizePt * 0.5 * (25.4 / 72);

const content = (over: Partial<MapSheetContent> = {}): MapSheetContent => ({
  language: 'vi',
  title: 'Bản đồ quỹ đất nhà ở xã hội tỉnh Quảng Ngãi',
  subtitle: 'Kịch bản: Ưu tiên người lao động — tháng 12/2026',
  legendTitle: 'Chú giải',
  legend: [
    { title: 'Giao thông', sections: [{ items: [{ label: 'Cao tốc', color: '#e6550d', shape: 'line' }, { label: 'Đường sắt', color: '#2b2b2b', shape: 'dashed-line' }] }] },
    { title: 'Khu đô thị', sections: [{ items: [{ label: 'Loại I', color: '#d7301f', shape: 'fill' }] }] },
  ],
  metresPerMm: 412.3,
  northLabel: 'B',
  scaleLabel: 'Tỷ lệ',
  sourcesLabel: 'Nguồn dữ liệu',
  sources: ['Tác giả NOXH Atlas, từ thông tin công khai (minh họa)'],
  illustrativeNote: 'Dữ liệu minh họa: KHÔNG phải số liệu, quy hoạch chính thức.',
  dateLine: 'Ngày lập: 05/12/2026 — NOXH Atlas',
  ...over,
});

describe('composeMapSheet: what the sheet shows', () => {
  const sheet = layoutMapSheet('A3', 'landscape', 150);
  const items = composeMapSheet(sheet, content(), measure);
  const texts = items.filter((i) => i.kind === 'text').map((i) => i.text);

  it('has the title, subtitle, legend entries, sources, note and date', () => {
    for (const expected of ['Bản đồ quỹ đất nhà ở xã hội tỉnh Quảng Ngãi', 'Kịch bản: Ưu tiên người lao động — tháng 12/2026', 'CHÚ GIẢI', 'Giao thông', 'Cao tốc', 'Đường sắt', 'Khu đô thị', 'Loại I', 'B', 'Ngày lập: 05/12/2026 — NOXH Atlas']) {
      expect(texts).toContain(expected);
    }
    expect(texts.join(' ')).toContain('Nguồn dữ liệu: Tác giả NOXH Atlas');
    expect(texts.join(' ')).toContain('Dữ liệu minh họa');
    expect(items.filter((i) => i.kind === 'map')).toEqual([{ kind: 'map', ...sheet.map }]);
  });

  it('draws a scale bar of a round distance whose length on paper is that distance at the sheet’s scale', () => {
    // 412.3 m per mm: at most a quarter of the 294 mm map frame (≈ 30 km) → 20 km, 48.5 mm.
    expect(texts).toContain('20 km');
    const segments = items.filter((i) => i.kind === 'rect' && (i.fill === '#1a1a1a' || i.fill === '#ffffff') && i.height < 3 && i.width < 20);
    const lengthMm = segments.reduce((sum, s) => sum + (s.kind === 'rect' ? s.width : 0), 0);
    expect(lengthMm * 412.3).toBeCloseTo(20_000, 3);
    expect(representativeFraction(412.3)).toBe(410_000);
    expect(texts).toContain('Tỷ lệ 1:410.000');
  });

  it('leaves out the illustrative note when no sample data is shown', () => {
    const plain = composeMapSheet(sheet, content({ illustrativeNote: null }), measure).filter((i) => i.kind === 'text').map((i) => i.text);
    expect(plain.join(' ')).not.toContain('minh họa:');
  });

  it('keeps every text on the paper and a long legend inside its frame', () => {
    const many = content({
      legend: Array.from({ length: 14 }, (_, n) => ({ title: `Lớp ${n + 1}`, sections: [{ items: Array.from({ length: 6 }, (_, i) => ({ label: `Mục ${i + 1} của lớp số ${n + 1}`, color: '#336699', shape: 'fill' as const })) }] })),
    });
    for (const paper of ['A4', 'A3'] as const) {
      const layout = layoutMapSheet(paper, 'portrait', 150);
      for (const item of composeMapSheet(layout, many, measure)) {
        if (item.kind !== 'text') continue;
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.y).toBeLessThanOrEqual(layout.heightMm);
        // A text in the legend band (the footer below it is the next frame) stays inside the band.
        if (item.align === 'left' && item.x >= layout.legend.x && item.y >= layout.legend.y && item.y < layout.footer.y) {
          expect(item.y).toBeLessThanOrEqual(layout.legend.y + layout.legend.height + 1);
        }
      }
    }
  });

  it('wraps text to a width', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy', 10, 10, 'sans', measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, 10, 'sans')).toBeLessThanOrEqual(10);
    expect(lines.join(' ')).toBe('một hai ba bốn năm sáu bảy');
  });
});

const fontFile = (family: 'sans' | 'serif', subset: string, weight: number) =>
  new Uint8Array(readFileSync(`node_modules/@fontsource/noto-${family}/files/noto-${family}-${subset}-${weight}-normal.woff`));
const fonts: SheetFontFiles = {
  sans: { latin: fontFile('sans', 'latin', 400), vietnamese: fontFile('sans', 'vietnamese', 400) },
  sansBold: { latin: fontFile('sans', 'latin', 700), vietnamese: fontFile('sans', 'vietnamese', 700) },
  serifBold: { latin: fontFile('serif', 'latin', 700), vietnamese: fontFile('serif', 'vietnamese', 700) },
};

function mapPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([200, 220, 235, 255], i * 4);
  return new Uint8Array(PNG.sync.write(png));
}

describe('writeMapSheetPdf: a PDF map sheet with a real text layer', () => {
  it('is an A3 page whose text (title with diacritics, legend, sources) reads back', async () => {
    const layout = layoutMapSheet('A3', 'landscape', 150);
    const bytes = await writeMapSheetPdf({ layout, content: content(), fonts, mapImage: { bytes: mapPng(64, 40), format: 'png' } });
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect(pdf.numPages).toBe(1);
    const page = await pdf.getPage(1);
    const [x0, y0, x1, y1] = page.view;
    expect(x1 - x0).toBeCloseTo(1190.55, 1);
    expect(y1 - y0).toBeCloseTo(841.89, 1);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Bản đồ quỹ đất nhà ở xã hội tỉnh Quảng Ngãi');
    expect(text).toContain('Kịch bản: Ưu tiên người lao động');
    expect(text).toContain('CHÚ GIẢI');
    expect(text).toContain('Đường sắt');
    expect(text).toContain('Ngày lập: 05/12/2026');
    expect(text).toContain('Dữ liệu minh họa');
    // The fonts are embedded as subsets, so the file stays small.
    expect(bytes.length).toBeLessThan(200_000);
  });
});
