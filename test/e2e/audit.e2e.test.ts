// The reserved-land audit as a land officer meets it: the audit tab lists the sample projects with
// their verdicts, a click on TM-03 (reserve partly outside its boundary) shows the failing location
// check and draws the outside slice in red where it lies, and the sheet and CSV downloads hold what a
// report needs. Offline, no console errors.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { PNG } from 'pngjs';
import { auditReservedLand } from '../../src/domain/reserved_land/auditReservedLand.ts';
import type { ProjectAudit } from '../../src/domain/reserved_land/types.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderMessage } from '../../src/i18n/renderMessage.ts';
import { buildAuditTable } from '../../src/ui/audit/buildAuditTable.ts';
import { diffPixels, mapScreenshot, openApp, project, saveScreenshot, SCREENSHOT_DIR, waitForMapIdle, type BrowserSession } from './browser.ts';

const readLayer = (file: string) => JSON.parse(readFileSync(`data/${file}.geojson`, 'utf8')) as FeatureCollection;
const now = new Date();
const todayIso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const todayVi = `${todayIso.slice(8, 10)}/${todayIso.slice(5, 7)}/${todayIso.slice(0, 4)}`;

// The same audit in Node, for the figures and the slice's position the browser must show.
const expected = auditReservedLand({
  projects: readLayer('commercial_projects'),
  reserved: readLayer('reserved_land'),
  urbanAreas: readLayer('urban_areas'),
  landUse: readLayer('land_use_plan'),
  roads: readLayer('transport'),
  hazards: readLayer('hazards'),
  housingProjects: readLayer('housing_projects'),
  options: { asOfDate: todayIso },
});
const byId = (id: string) => expected.projects.find((p) => p.id === id) as ProjectAudit;
// The verdicts and the order the panel must show, from the same pure table builder (most severe first). TM-01…04
// were approved before 1 Aug 2024: the earlier regime, so review (Decree 100/2024 Art. 78).
const expectedTable = buildAuditTable(expected);
const verdictVi = (verdict: ProjectAudit['verdict']) => renderMessage('vi', msg('audit.verdict', { verdict }));
const VERDICTS: Record<string, string> = Object.fromEntries(expected.projects.map((p) => [p.id, verdictVi(p.verdict)]));
const countOf = (verdict: ProjectAudit['verdict']) => expected.projects.filter((p) => p.verdict === verdict).length;
const viM2 = (v: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v)} m²`;

describe('reserved NOXH land audit in the app', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists every commercial project, most severe first, with verdicts, figures and the reason', async () => {
    const n = expected.projects.length;
    expect(n).toBeGreaterThanOrEqual(7); // TM-07 is in the former Kon Tum part (issue 13)
    await s.page.getByTestId('tab-audit').click();
    await s.page.locator('[data-testid^="audit-row-"]').nth(n - 1).waitFor({ timeout: 60_000 });
    const rows = s.page.locator('[data-testid^="audit-row-"]');
    expect(await rows.count()).toBe(n);
    const order: string[] = [];
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const id = (await row.getAttribute('data-testid'))!.replace('audit-row-', '');
      order.push(id);
      await expect(row.getByTestId('audit-verdict').textContent()).resolves.toBe(VERDICTS[id]);
    }
    expect(order).toEqual(expectedTable.rows.map((r) => r.id));
    // Review first (no project is non-compliant), not-subject last.
    expect(order.at(-1)).toBe('TM-05');
    expect(VERDICTS['TM-07']).toBe('Đạt');
    await expect(s.page.getByTestId('audit-count-noncompliant').textContent()).resolves.toBe(`Không đạt: ${countOf('noncompliant')}`);
    await expect(s.page.getByTestId('audit-count-review').textContent()).resolves.toBe(`Cần xem xét: ${countOf('review')}`);
    await expect(s.page.getByTestId('audit-count-compliant').textContent()).resolves.toBe(`Đạt: ${countOf('compliant')}`);
    await expect(s.page.getByTestId('audit-as-of-text').textContent()).resolves.toBe(todayVi);
    // TM-02's row: required 17.100 m², short by 2.535 m² under the 2024 rule, the reason the transition (Art. 78).
    const tm02 = s.page.getByTestId('audit-row-TM-02');
    const tm02Text = (await tm02.textContent())!;
    expect(tm02Text).toContain('17.100');
    expect(tm02Text).toContain(new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(byId('TM-02').shortfall_m2!));
    expect(await tm02.getByTestId('audit-reason').textContent()).toContain('Điều 78 Nghị định số 100/2024/NĐ-CP');
    expect(await s.page.getByTestId('audit-row-TM-05').getByTestId('audit-reason').textContent()).toContain('loại IV');
    await saveScreenshot(s.page, 'audit-table-vi');
  });

  it('TM-03: the failing location check with its figure and reference, and the outside slice drawn in red where it is', async () => {
    const tm03 = byId('TM-03');
    await s.page.getByTestId('audit-row-TM-03').getByRole('button').click();
    await s.page.getByTestId('audit-detail').waitFor();
    await expect(s.page.getByTestId('audit-detail-title').textContent()).resolves.toBe(tm03.name);
    const location = s.page.getByTestId('audit-check-location');
    expect(await location.getAttribute('data-result')).toBe('fail');
    const locationText = (await location.textContent())!;
    expect(locationText).toContain(viM2(tm03.outside_m2));
    expect(locationText).toContain('nằm ngoài ranh dự án');
    expect(locationText).toContain('Điều 83 Luật Nhà ở số 27/2023/QH15 (quỹ đất ở trong phạm vi dự án)');
    // The eight checks and the transition (approved 15/05/2024).
    expect(await s.page.locator('[data-testid^="audit-check-"]').count()).toBe(9);
    expect(await s.page.getByTestId('audit-check-transition').getAttribute('data-result')).toBe('warning');
    expect(await s.page.getByTestId('audit-check-land_use_code').getAttribute('data-result')).toBe('pass');
    await waitForMapIdle(s.page);
    const on = await mapScreenshot(s.page, 'audit-tm03-map-on');
    // The legend floats over the map and its checkbox changes too: leave it out of the comparison.
    const legendBox = (await s.page.getByTestId('audit-map-legend').boundingBox())!;
    await saveScreenshot(s.page, 'audit-tm03-vi');

    // Hide only the outside slice: the pixels that change must lie inside the slice on screen.
    await s.page.getByTestId('audit-legend-outside_boundary').uncheck();
    await waitForMapIdle(s.page);
    const off = await mapScreenshot(s.page, 'audit-tm03-map-slice-off');
    const legendLeft = Math.floor(legendBox.x - on.box.x);
    const legendTop = Math.floor(legendBox.y - on.box.y);
    for (let y = Math.max(0, legendTop); y < Math.min(on.png.height, legendTop + legendBox.height + 2); y++) {
      for (let x = Math.max(0, legendLeft); x < Math.min(on.png.width, legendLeft + legendBox.width + 2); x++) {
        const k = (y * on.png.width + x) * 4;
        for (let c = 0; c < 4; c++) off.png.data[k + c] = on.png.data[k + c];
      }
    }
    const diff = diffPixels(on.png, off.png);
    const slice = tm03.highlights.filter((h) => h.properties.kind === 'outside_boundary');
    expect(slice.length).toBe(1);
    const [w, south, e, north] = bbox(slice[0]);
    const topLeft = await project(s.page, [w, north]);
    const bottomRight = await project(s.page, [e, south]);
    const sliceAreaPx = (bottomRight.x - topLeft.x) * (bottomRight.y - topLeft.y);
    expect(sliceAreaPx, 'the slice is big enough on screen to test').toBeGreaterThan(2000);
    expect(diff.changed).toBeGreaterThan(sliceAreaPx * 0.3);
    const margin = 6; // the slice's outline is 2 px wide
    expect(diff.bounds!.minX).toBeGreaterThanOrEqual(topLeft.x - margin);
    expect(diff.bounds!.maxX).toBeLessThanOrEqual(bottomRight.x + margin);
    expect(diff.bounds!.minY).toBeGreaterThanOrEqual(topLeft.y - margin);
    expect(diff.bounds!.maxY).toBeLessThanOrEqual(bottomRight.y + margin);
    // And it was red.
    const centre = await project(s.page, [(w + e) / 2, (south + north) / 2]);
    const i = (Math.round(centre.y) * on.png.width + Math.round(centre.x)) * 4;
    const [r, g, b] = [on.png.data[i], on.png.data[i + 1], on.png.data[i + 2]];
    expect(r, `slice centre colour ${r},${g},${b}`).toBeGreaterThan(150);
    expect(g).toBeLessThan(110);
    expect(b).toBeLessThan(110);
    await s.page.getByTestId('audit-legend-outside_boundary').check();
    await waitForMapIdle(s.page);
  });

  it('downloads a self-contained Vietnamese compliance sheet with the map, the checks and the legal references', async () => {
    const tm03 = byId('TM-03');
    const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), s.page.getByTestId('audit-download-sheet').click()]);
    expect(download.suggestedFilename()).toBe(`phieu-kiem-tra-TM-03-${todayIso}.html`);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('PHIẾU RÀ SOÁT SƠ BỘ QUỸ ĐẤT NHÀ Ở XÃ HỘI');
    expect(html).toContain(tm03.name);
    expect(html).toContain('kinh tuyến trục 108°00′');
    expect(html).toContain('data-testid="sheet-agency"');
    expect(html).toContain('Không đạt');
    expect(html).toContain('Luật Nhà ở số 27/2023/QH15, Điều 83');
    expect(html).toContain('Nghị định số 100/2024/NĐ-CP, Điều 17');
    expect(html).toContain('Nghị định số 261/2025/NĐ-CP');
    expect(html).toContain(`Ngày đối chiếu: <strong>${todayVi}</strong>`);
    expect(html).toContain(`Ngày in: <strong>${todayVi}</strong>`);
    expect(html).toContain('DỮ LIỆU MINH HỌA');
    expect(html).toContain(viM2(tm03.outside_m2));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // Keep the sheet, and look at it as a printed A4 page.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join('test-results', 'audit-sheet-TM-03.html'), html);
    const sheetPage = await s.context.newPage();
    await sheetPage.setContent(html);
    // Its own fonts, embedded: Noto Serif with the Vietnamese subset loads from the file itself.
    const sheetFaces = await sheetPage.evaluate(async () => {
      await document.fonts.ready;
      return Array.from(document.fonts)
        .filter((f) => f.status === 'loaded')
        .map((f) => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.unicodeRange.includes('U+1EA0-1EF9') ? 'vietnamese' : 'latin'}`);
    });
    expect(sheetFaces).toEqual(expect.arrayContaining(['Noto Serif 400 latin', 'Noto Serif 400 vietnamese', 'Noto Serif 700 vietnamese']));
    await sheetPage.emulateMedia({ media: 'print' });
    await sheetPage.setViewportSize({ width: 794, height: 1123 });
    await sheetPage.screenshot({ path: join(SCREENSHOT_DIR, 'audit-sheet-print.png'), fullPage: true });
    await sheetPage.pdf({ path: join('test-results', 'audit-sheet-TM-03.pdf'), preferCSSPageSize: true, printBackground: true });
    await sheetPage.close();

    // The embedded map: a real PNG of the project with the red slice on it.
    const match = /src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/.exec(html);
    expect(match).not.toBeNull();
    const pngBytes = Buffer.from(match![1], 'base64');
    writeFileSync(join(SCREENSHOT_DIR, 'audit-sheet-map-extract.png'), pngBytes);
    const png = PNG.sync.read(pngBytes);
    expect(png.width).toBeGreaterThan(300);
    let red = 0;
    for (let p = 0; p < png.data.length; p += 4) if (png.data[p] > 150 && png.data[p + 1] < 110 && png.data[p + 2] < 110) red++;
    expect(red, 'red outside-slice pixels in the map extract').toBeGreaterThan(500);
  });

  it('opens the print view and asks the browser to print', async () => {
    await s.page.evaluate(() => {
      (window as unknown as { __printCalls: number }).__printCalls = 0;
      window.print = () => {
        (window as unknown as { __printCalls: number }).__printCalls++;
      };
    });
    await s.page.getByTestId('audit-print').click();
    await s.page.getByTestId('audit-print-view').waitFor({ timeout: 60_000 });
    await expect.poll(() => s.page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);
    const sheet = s.page.getByTestId('compliance-sheet');
    expect(await sheet.textContent()).toContain('PHIẾU RÀ SOÁT SƠ BỘ QUỸ ĐẤT NHÀ Ở XÃ HỘI');
    // The agency header is typed in place before printing.
    await sheet.getByTestId('sheet-agency').fill('SỞ XÂY DỰNG TỈNH QUẢNG NGÃI');
    expect(await sheet.getByTestId('sheet-agency').textContent()).toBe('SỞ XÂY DỰNG TỈNH QUẢNG NGÃI');
    await saveScreenshot(s.page, 'audit-print-view');
    await s.page.emulateMedia({ media: 'print' });
    expect(await s.page.locator('#root').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await s.page.emulateMedia({ media: 'screen' });
    await s.page.getByTestId('audit-print-close').click();
    expect(await s.page.getByTestId('audit-print-view').count()).toBe(0);
  });

  it('exports the audit table as CSV with a BOM, one row per project', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('audit-export-csv').click()]);
    expect(download.suggestedFilename()).toBe(`kiem-tra-quy-dat-noxh-${todayIso}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(expected.projects.length + 1);
    expect(lines[0]).toMatch(/^Mã dự án,Tên dự án,Mã xã\/phường,Xã\/phường,Kết luận/);
    const projects = readLayer('commercial_projects').features;
    for (const [id, verdict] of Object.entries(VERDICTS)) {
      const line = lines.find((l) => l.startsWith(`${id},`));
      expect(line, id).toBeDefined();
      // The commune/ward the table shows (issue 13), then the verdict.
      const commune = projects.find((f) => f.properties?.id === id)!.properties!;
      expect(line!.split(',').slice(2, 5)).toEqual([commune.commune_code, commune.commune_name, verdict]);
    }
  });

  it('sent no request outside 127.0.0.1 and logged no console error', () => {
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
