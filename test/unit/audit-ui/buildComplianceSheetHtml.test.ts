import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditReservedLand } from '../../../src/domain/reserved_land/auditReservedLand.ts';
import type { AuditReport, ProjectAudit } from '../../../src/domain/reserved_land/types.ts';
import { buildComplianceSheetHtml, complianceSheetFileName } from '../../../src/ui/audit/buildComplianceSheetHtml.ts';
import { collectAuditInput } from '../../../src/ui/audit/collectAuditInput.ts';
import { loadedSampleLayers, sampleProject } from './sampleAudit.ts';

// A 1×1 PNG stands in for the map snapshot.
const PNG_1x1 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let report: AuditReport;
let tm03: ProjectAudit;
beforeAll(() => {
  const collected = collectAuditInput(sampleProject.layers, loadedSampleLayers());
  if (collected.status !== 'ready') throw new Error(collected.status);
  report = auditReservedLand({ ...collected.input, options: { asOfDate: '2026-01-15' } });
  tm03 = report.projects.find((p) => p.id === 'TM-03')!;
});

const sheet = (project: ProjectAudit, illustrative = true) =>
  buildComplianceSheetHtml({
    project,
    asOfDate: report.as_of_date,
    printDate: '20/01/2026',
    rules: report.rules,
    mapImageUrl: PNG_1x1,
    illustrativeLayers: illustrative ? [{ vi: 'Quy hoạch sử dụng đất (minh họa)', en: 'Land-use plan (illustrative)' }] : [],
  });

describe('the compliance sheet file', () => {
  it('is a Vietnamese A4 sheet with the project, verdict, the 8 checks, the legal basis, the dates and the map', () => {
    const html = sheet(tm03);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('@page { size: A4 portrait; margin: 15mm; }');
    expect(html).toContain('PHIẾU RÀ SOÁT SƠ BỘ QUỸ ĐẤT NHÀ Ở XÃ HỘI');
    expect(html).toContain('không phải kết luận pháp lý');
    expect(html).toContain('Khu dân cư Tịnh Ấn Đông (minh họa)');
    expect(html).toContain('Không đạt');
    expect(html).toContain('Ngày đối chiếu: <strong>15/01/2026</strong>');
    expect(html).toContain('Ngày in: <strong>20/01/2026</strong>');
    expect(html).toContain('Luật Nhà ở số 27/2023/QH15, Điều 83');
    expect(html).toContain('Nghị định số 100/2024/NĐ-CP, Điều 17');
    expect(html).toContain('Nghị định số 261/2025/NĐ-CP');
    expect(html).toContain(`src="${PNG_1x1}"`);
    // The eight checks, and the transition (TM-03 was approved on 15/05/2024, before Decree 100/2024).
    expect(html.match(/<tr class="result-/g)).toHaveLength(9);
    expect(html).toContain('8.292,3 m² quỹ đất NOXH nằm ngoài ranh dự án');
    expect(html).toContain('Phần nằm ngoài ranh dự án');
    expect(html).toContain('Dự án không đạt nội dung 2, 4; cần xem xét nội dung 9 (chi tiết tại mục IV).');
    expect(html).toContain('DỮ LIỆU MINH HỌA');
    expect(html).not.toContain('<script');
  });

  it('has an editable agency header (blank lines by default) and the legal basis of the rules in force', () => {
    const blank = sheet(tm03);
    expect(blank).toMatch(/contentEditable="true"[^>]*data-testid="sheet-agency">TÊN CƠ QUAN</);
    expect(blank).toContain('ngày …… tháng …… năm ……');
    const filled = buildComplianceSheetHtml({
      project: tm03,
      asOfDate: report.as_of_date,
      printDate: '20/01/2026',
      rules: report.rules,
      mapImageUrl: null,
      illustrativeLayers: [],
      header: { agency: 'SỞ XÂY DỰNG TỈNH QUẢNG NGÃI', sheetNumber: '12/PRS-SXD' },
    });
    expect(filled).toContain('SỞ XÂY DỰNG TỈNH QUẢNG NGÃI');
    expect(filled).toContain('12/PRS-SXD');
    expect(filled).toContain('khoản 3 Điều 5 (quỹ đất NOXH xác định trong quy hoạch chi tiết 1/500)');
    expect(filled).toContain('Nghị quyết số 201/2025/QH15, khoản 4 Điều 12');
    expect(filled).toContain('Điều 78 (chuyển tiếp)');
  });

  it('lists the reserve corners in VN-2000 on 108°00′, X northing then Y easting, rows never cut by a page break', () => {
    const html = sheet(tm03);
    expect(html).toContain('VN-2000, kinh tuyến trục 108°00′, múi chiếu 3°, EPSG:5898');
    const table = /<table class="sheet-corners"[\s\S]*?<\/table>/.exec(html)![0];
    expect(table).toContain('<th>X (m)</th><th>Y (m)</th>');
    const rows = [...table.matchAll(/<tr><td>([^<]+)<\/td><td>(\d+)<\/td><td class="num">([\d.,]+)<\/td><td class="num">([\d.,]+)<\/td><\/tr>/g)];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const value = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));
    for (const r of rows) {
      expect(value(r[3])).toBeGreaterThan(1_600_000); // X: northing, 1,6xx,xxx m here
      expect(value(r[4])).toBeGreaterThan(500_000); // Y: easting, 5xx,xxx m
      expect(value(r[4])).toBeLessThan(700_000);
    }
    expect(readFileSync('src/ui/audit/complianceSheet.css', 'utf8')).toContain('.compliance-sheet tr { break-inside: avoid; page-break-inside: avoid; }');
  });

  it('embeds its fonts (Noto Serif, Latin + Vietnamese subsets), so it renders alike with no font installed', () => {
    const html = sheet(tm03);
    const faces = html.match(/@font-face \{[^}]*\}/g) ?? [];
    // 400, 600, 700 and italic 400, each in two subsets.
    expect(faces).toHaveLength(8);
    for (const face of faces) {
      expect(face).toContain("font-family: 'Noto Serif'");
      expect(face).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{4000,}={0,2}\) format\('woff2'\)/);
      expect(face).toContain('unicode-range:');
    }
    expect(faces.filter((f) => f.includes('U+1EA0-1EF9'))).toHaveLength(4);
    // The same faces as the app's print view (src/ui/fonts.css): style, weight and unicode-range.
    const descriptors = (rule: string) => rule.replace(/src: url\([^)]*\) format\('woff2'\);/, '');
    const appFaces = (readFileSync('src/ui/fonts.css', 'utf8').match(/@font-face \{[^}]*\}/g) ?? []).filter((f) => f.includes("'Noto Serif'"));
    expect(new Set(faces.map(descriptors))).toEqual(new Set(appFaces.map(descriptors)));
  });

  it('omits the illustrative line for official data', () => {
    expect(sheet(tm03, false)).not.toContain('DỮ LIỆU MINH HỌA');
  });

  it('escapes text from the data (a project name is never markup)', () => {
    const hostile: ProjectAudit = { ...tm03, id: 'TM-<b>', name: 'Dự án <script>alert("x")</script> & "Co"' };
    const html = sheet(hostile);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Dự án &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('<title>Phiếu rà soát sơ bộ quỹ đất NOXH — TM-&lt;b&gt; Dự án &lt;script&gt;');
  });

  it('gets an ASCII file name from the project id and the as-of date', () => {
    expect(complianceSheetFileName('TM-03', '2026-01-15')).toBe('phieu-kiem-tra-TM-03-2026-01-15.html');
    expect(complianceSheetFileName('Dự án/Đông 1', null)).toBe('phieu-kiem-tra-Du-an-Dong-1.html');
  });
});
