// The Targets tab as a planner meets it: the totals of the sample registry against 6.300 căn, a project
// added through the form (location picked on the map) moves the totals, the chart and the commune row, and
// one undo (Ctrl+Z) brings them back; the year slider leaves out a project that starts later, in the numbers
// and on the map (ghosted); the commune choropleth and its legend; the temporary-housing CSV imported through
// the tab's own control (a bad file refused with row numbers, nothing lost); the chart as a PNG. Offline, no
// console errors. The same figures are computed here in Node with the domain code.
import { readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TARGETS } from '../../src/domain/targets/defaultPlanTargets.ts';
import { findCommuneOf } from '../../src/domain/targets/findCommuneOf.ts';
import { readCommunes } from '../../src/domain/targets/readCommunes.ts';
import { summarizeProgress } from '../../src/domain/targets/summarizeProgress.ts';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import { PNG } from 'pngjs';
import { classifyChoropleth } from '../../src/domain/targets/classifyChoropleth.ts';
import { readTemporaryHousingCsv } from '../../src/domain/targets/readTemporaryHousingCsv.ts';
import { summarizeTemporaryHousing } from '../../src/domain/targets/summarizeTemporaryHousing.ts';
import { openApp, project, saveScreenshot, SCREENSHOT_DIR, waitForMapIdle, type BrowserSession } from './browser.ts';

const sample = JSON.parse(readFileSync('data/housing_projects.geojson', 'utf8')) as FeatureCollection;
const communes = readCommunes(JSON.parse(readFileSync('data/admin_units.geojson', 'utf8')) as FeatureCollection);
/** Where the form's project is placed, and the commune/ward row it is counted in (the unassigned row outside every commune). */
const addedAt: [number, number] = [108.8117, 15.1239];
const addedCommune = findCommuneOf({ type: 'Point', coordinates: addedAt }, communes);
const thisYear = Math.min(Math.max(new Date().getFullYear(), 2021), 2030);
const expected = (asOfYear: number) => summarizeProgress({ projects: sample.features, communes: [], targets: DEFAULT_PLAN_TARGETS, asOfYear });
const vi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(n);
/** A sample project that starts in 2025: not started in 2024, so drawn faint then. */
const later = sample.features.find((f) => f.properties?.start_year === 2025 && f.properties?.status === 'approved' && f.geometry.type === 'Polygon')!;
// A quarter in from its south-west corner (its label runs through the middle), and a point west of it.
const [w0, s0, e0, n0] = bbox(later);
const laterAt: [number, number] = [w0 + (e0 - w0) * 0.25, s0 + (n0 - s0) * 0.25];
const besideAt: [number, number] = [w0 - (e0 - w0) * 0.4, s0 + (n0 - s0) * 0.25];
if (!booleanPointInPolygon(laterAt, later as never)) throw new Error('the sampled point is outside the project');
const mapped = communes.filter((c) => c.geometry);
const temporaryCsv = 'test/fixtures/targets/temporary-housing.csv';
/** The map's pixel at a [lon, lat] (r, g, b). */
async function pixelAt(s: BrowserSession, lonLat: [number, number]): Promise<number[]> {
  await waitForMapIdle(s.page);
  const at = await project(s.page, lonLat);
  const box = (await s.page.getByTestId('map').boundingBox())!;
  const png = PNG.sync.read(await s.page.screenshot({ clip: { x: box.x + at.x - 1, y: box.y + at.y - 1, width: 3, height: 3 } }));
  const i = (1 * png.width + 1) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}
const distance = (a: number[], b: number[]) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

describe('NOXH targets tab', () => {
  let s: BrowserSession;
  const text = async (id: string) => ((await s.page.getByTestId(id).textContent()) ?? '').trim();
  const communeRow = () => s.page.getByTestId('tg-commune-row').filter({ has: s.page.getByRole('cell', { name: addedCommune?.name ?? 'Chưa xác định xã, phường', exact: true }) });
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the sample registry against the 6.300-unit target, units and places apart', async () => {
    await s.page.getByTestId('tab-targets').click();
    await s.page.getByTestId('targets-panel').waitFor();
    const r = expected(thisYear);
    expect(await text('tg-as-of')).toBe(String(thisYear));
    expect(await text('tg-dwellings-total')).toBe(vi(r.dwellings.total));
    expect(await text('tg-headline-completed')).toBe(vi(r.dwellings.completed));
    expect(await text('tg-places-total')).toBe(vi(r.places.total));
    expect(await s.page.getByTestId('targets-panel').textContent()).toContain('6.300 căn');
    expect(await s.page.getByTestId('tg-registry-row').count()).toBe(sample.features.length);
  });

  it('adds a project through the form, sees the totals, chart and commune row move, and undoes it', async () => {
    const r = expected(thisYear);
    const chartBefore = await s.page.getByTestId('tg-year-chart').innerHTML();
    const communeBefore = (await communeRow().textContent()) ?? '';
    const inCommune = summarizeProgress({ projects: sample.features, communes, targets: DEFAULT_PLAN_TARGETS, asOfYear: thisYear }).by_commune.find((c) => c.code === (addedCommune?.code ?? null));
    await s.page.getByTestId('tg-add-project').click();
    await s.page.getByTestId('tg-field-name').fill('Nhà ở xã hội cho thuê Cẩm Thành (thử)');
    await s.page.getByTestId('tg-field-form').selectOption('rent');
    await s.page.getByTestId('tg-field-units').fill('1.200');
    await s.page.getByTestId('tg-field-status').selectOption('under_construction');
    await s.page.getByTestId('tg-field-startYear').fill(String(thisYear - 1));
    await s.page.getByTestId('tg-field-completionYear').fill(String(thisYear + 2));
    // Saving without a location is refused, with the reason.
    await s.page.getByTestId('tg-save').click();
    expect(await s.page.getByTestId('tg-form-problems').textContent()).toContain('Hãy chọn vị trí');
    await s.page.getByTestId('tg-pick-point').click();
    await waitForMapIdle(s.page);
    await s.page.getByTestId('map').click({ position: await project(s.page, addedAt) });
    await expect.poll(() => text('tg-location')).toMatch(/^Điểm 15,123\d*, 108,81\d*$/);
    await saveScreenshot(s.page, 'targets-form');
    await s.page.getByTestId('tg-save').click();

    await expect.poll(() => text('tg-dwellings-total')).toBe(vi(r.dwellings.total + 1200));
    expect(await s.page.getByTestId('tg-registry-row').count()).toBe(sample.features.length + 1);
    expect(await text('tg-dwellings-under_construction')).toContain(vi(r.dwellings.under_construction + 1200));
    const rent = (r.rental_share ?? 0) * r.dwellings.total;
    expect(await text('tg-rental-share')).toBe(`${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(((rent + 1200) / (r.dwellings.total + 1200)) * 100)} %`);
    expect(await s.page.getByTestId('tg-year-chart').innerHTML()).not.toBe(chartBefore);
    expect(await communeRow().textContent()).not.toBe(communeBefore);
    expect(await communeRow().locator('td').nth(1).textContent()).toBe(vi((inCommune?.dwellings.total ?? 0) + 1200));
    expect(await s.page.getByTestId('undo').getAttribute('title')).toContain('Thêm dự án NOXH "Nhà ở xã hội cho thuê Cẩm Thành (thử)" (1.200 căn)');
    await s.page.getByTestId('tg-dwellings-bar').scrollIntoViewIfNeeded();
    await saveScreenshot(s.page, 'targets-added');

    await s.page.locator('h1').click();
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => text('tg-dwellings-total')).toBe(vi(r.dwellings.total));
    expect(await s.page.getByTestId('tg-registry-row').count()).toBe(sample.features.length);
    expect(await s.page.getByTestId('tg-year-chart').innerHTML()).toBe(chartBefore);
    expect(await communeRow().textContent()).toBe(communeBefore);
  });

  it('the year slider counts as of the year: a project that starts later is left out', async () => {
    const earlier = expected(2024);
    await s.page.getByTestId('tg-year-slider').fill('2024');
    await expect.poll(() => text('tg-as-of')).toBe('2024');
    expect(await text('tg-dwellings-total')).toBe(vi(earlier.dwellings.total));
    expect(earlier.dwellings.total).toBeLessThan(expected(thisYear).dwellings.total);
    expect(await s.page.getByTestId('targets-panel').textContent()).toContain(`${earlier.not_started.projects} dự án khởi công sau năm đang xem`);
    await s.page.getByTestId('tg-dwellings-bar').scrollIntoViewIfNeeded();
    await saveScreenshot(s.page, 'targets-2024');
  });

  it('the map follows the slider: a project that starts later is drawn faint, in its status colour once started', async () => {
    expect(await s.page.evaluate(() => window.__noxhAtlas!.store.getState().targetsView)).toMatchObject({ asOfYear: 2024 });
    await s.page.evaluate((at) => window.__noxhAtlas!.controller.map.jumpTo({ center: at, zoom: 15 }), laterAt);
    const in2024 = await pixelAt(s, laterAt);
    const beside = await pixelAt(s, besideAt);
    expect(JSON.stringify(await s.page.evaluate(() => window.__noxhAtlas!.controller.map.getPaintProperty('housing_projects:fill', 'fill-color')))).toContain('2024');
    await s.page.getByTestId('tg-year-slider').fill('2025');
    await expect.poll(() => text('tg-as-of')).toBe('2025');
    expect(await text('tg-dwellings-total')).toBe(vi(expected(2025).dwellings.total));
    await expect
      .poll(async () => JSON.stringify(await s.page.evaluate(() => window.__noxhAtlas!.controller.map.getPaintProperty('housing_projects:fill', 'fill-color'))))
      .toContain('2025');
    const in2025 = await pixelAt(s, laterAt);
    // Approved (#fee08b at 85 %) once started; in 2024 nothing of that yellow (a faint white over the land).
    await saveScreenshot(s.page, 'targets-map-2025');
    const approved = [0xfe, 0xe0, 0x8b];
    const seen = JSON.stringify({ in2024, in2025, beside });
    expect(distance(in2025, approved), seen).toBeLessThan(100);
    // In 2024 a faint white over the land: nearer the land beside it than the yellow it has once started.
    expect(distance(in2024, beside), seen).toBeLessThan(distance(in2024, approved));
    expect(distance(in2024, in2025), seen).toBeGreaterThan(60);
    // The as-of legend says so.
    expect(await s.page.getByTestId('tg-map-legend').textContent()).toContain('Chưa khởi công năm 2025');
    // Another tab open: the map shows the projects as stated again; back on Targets, as of 2025 again.
    const fill = () => s.page.evaluate(() => JSON.stringify(window.__noxhAtlas!.controller.map.getPaintProperty('housing_projects:fill', 'fill-color')));
    await s.page.getByTestId('tab-layers').click();
    await expect.poll(fill).not.toContain('2025');
    expect(await s.page.evaluate(() => window.__noxhAtlas!.store.getState().targetsView.asOfYear)).toBe(2025);
    await s.page.getByTestId('tab-targets').click();
    await expect.poll(fill).toContain('2025');
  });

  it('colours the communes by units as of the year, with the class breaks in the legend; a table row outlines its commune', async () => {
    await s.page.evaluate(() => window.__noxhAtlas!.controller.map.jumpTo({ center: [108.24, 14.68], zoom: 8.3 }));
    await s.page.getByTestId('tg-choropleth-dwellings').check();
    const report = summarizeProgress({ projects: sample.features, communes, targets: DEFAULT_PLAN_TARGETS, asOfYear: 2025 });
    const byCode = new Map(report.by_commune.map((r) => [r.code, r.dwellings.total]));
    const classes = classifyChoropleth(mapped.map((c) => byCode.get(c.code) ?? 0));
    const overlay = () => s.page.evaluate(() => {
      const spec = window.__noxhAtlas!.store.getState().overlays['targets-choropleth'];
      return spec?.kind === 'choropleth' ? { classIndex: spec.classIndex, count: spec.communes.features.length, highlight: spec.highlight } : null;
    });
    await expect.poll(overlay).not.toBeNull();
    expect((await overlay())!.count).toBe(96);
    expect((await overlay())!.classIndex).toEqual(classes.classIndex);
    expect(await s.page.getByTestId('tg-choropleth-legend').locator('li').count()).toBe(classes.classes.length);
    const top = classes.classes.at(-1)!;
    expect(await s.page.getByTestId('tg-choropleth-legend').textContent()).toContain(`${vi(top.min)} – ${vi(top.max)}`);
    await s.page.getByTestId('tg-map-card').scrollIntoViewIfNeeded();
    await waitForMapIdle(s.page);
    await saveScreenshot(s.page, 'targets-choropleth-legend');
    // The commune with the most units: its row outlines it on the map.
    const best = mapped[classes.classIndex.indexOf(classes.classes.length - 1)];
    await s.page.getByTestId('tg-commune-row').filter({ has: s.page.getByRole('cell', { name: best.name, exact: true }) }).click();
    await expect.poll(async () => (await overlay())!.highlight).toBe(mapped.indexOf(best));
    await waitForMapIdle(s.page);
    await saveScreenshot(s.page, 'targets-choropleth');
  });

  it('imports the temporary-housing CSV through the tab: a bad file is refused row by row, the good one fills the dashboard and the map; undo removes it', async () => {
    await s.page.getByTestId('tg-temporary-file').setInputFiles('test/fixtures/targets/temporary-housing-bad.csv');
    const problems = s.page.getByTestId('tg-temporary-problems');
    await expect.poll(async () => (await problems.textContent()) ?? '').toContain('Chưa nhập tệp "temporary-housing-bad.csv": 9 lỗi cần sửa');
    expect(await problems.textContent()).toContain('Dòng 4: không tìm thấy xã, phường "Tho Phongg".');
    expect(await s.page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.temporaryHousing)).toBeUndefined();

    await s.page.getByTestId('tg-temporary-file').setInputFiles(temporaryCsv);
    const records = readTemporaryHousingCsv(readFileSync(temporaryCsv, 'utf8'), communes).records;
    const summary = summarizeTemporaryHousing(records, 2025);
    await expect.poll(() => text('tg-temporary-left')).toBe(vi(summary.total.remaining));
    expect(await problems.count()).toBe(0);
    for (const g of summary.by_group) {
      const cells = await s.page.getByTestId(`tg-temporary-${g.group}`).locator('td').allTextContents();
      expect(cells.slice(1, 4)).toEqual([vi(g.total), vi(g.replaced), vi(g.remaining)]);
    }
    // As of 2026 Trà Bồng's newer row counts instead.
    await s.page.getByTestId('tg-year-slider').fill('2026');
    await expect.poll(() => text('tg-temporary-left')).toBe(vi(summarizeTemporaryHousing(records, 2026).total.remaining));
    await s.page.getByTestId('tg-year-slider').fill('2025');
    await expect.poll(() => text('tg-temporary-left')).toBe(vi(summary.total.remaining));

    await s.page.getByTestId('tg-choropleth-temporary_remaining').check();
    const left = new Map(summary.by_commune.map((c) => [c.code, c.remaining]));
    const classes = classifyChoropleth(mapped.map((c) => left.get(c.code) ?? 0));
    await expect
      .poll(() => s.page.evaluate(() => {
        const spec = window.__noxhAtlas!.store.getState().overlays['targets-choropleth'];
        return spec?.kind === 'choropleth' ? spec.classIndex : null;
      }))
      .toEqual(classes.classIndex);
    await s.page.getByTestId('tg-temporary').scrollIntoViewIfNeeded();
    await waitForMapIdle(s.page);
    await saveScreenshot(s.page, 'targets-temporary');

    // The annual CSV has its section.
    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('tg-export-csv').click()]);
    const body = readFileSync((await csv.path())!, 'utf8');
    expect(body).toContain('Nhà tạm, nhà dột nát tính đến năm 2025 (nguồn: temporary-housing.csv)');
    expect(body).toContain(`Tổng,${summary.total.total},${summary.total.replaced},${summary.total.remaining}`);

    await s.page.locator('h1').click();
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => s.page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.temporaryHousing)).toBeUndefined();
    expect(await s.page.getByTestId('tg-temporary-left').count()).toBe(0);
  });

  it('downloads the year chart as a PNG at a readable size', async () => {
    await s.page.evaluate(() => document.fonts.ready);
    const [png] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('tg-chart-png').click()]);
    expect(png.suggestedFilename()).toBe('bieu-do-tien-do-noxh-2025.png');
    const bytes = readFileSync((await png.path())!);
    const image = PNG.sync.read(bytes);
    expect(image.width).toBeGreaterThanOrEqual(1000);
    expect(image.height).toBeGreaterThan(600);
    writeFileSync(`${SCREENSHOT_DIR}/targets-chart.png`, bytes);
    // The title band and the legend carry text: dark pixels there (the words drawn in Noto Sans).
    const darkIn = (y0: number, y1: number) => {
      let dark = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < image.width; x++) if (image.data[(y * image.width + x) * 4] < 120) dark++;
      return dark;
    };
    expect(darkIn(0, 70)).toBeGreaterThan(500);
    expect(darkIn(image.height - 60, image.height)).toBeGreaterThan(300);
  });

  it('downloads the annual report: a CSV with BOM, and an A4 page that prints on one page', async () => {
    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('tg-export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('bao-cao-tien-do-noxh-2025.csv');
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Báo cáo làm việc: tiến độ nhà ở xã hội năm 2025');

    const [a4] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('tg-export-a4').click()]);
    expect(a4.suggestedFilename()).toBe('bao-cao-tien-do-noxh-2025.html');
    const sheet = await s.context.newPage();
    try {
      await sheet.setContent(readFileSync((await a4.path())!, 'utf8'));
      await sheet.evaluate(() => document.fonts.ready);
      const text = (await sheet.getByTestId('tg-annual-sheet').textContent()) ?? '';
      expect(text).toContain('không phải biểu mẫu báo cáo chính thức');
      expect(text).toContain('Chỉ thị số 34-CT/TW');
      expect(text).toContain(vi(expected(2025).dwellings.total));
      await sheet.screenshot({ path: `${SCREENSHOT_DIR}/targets-annual-report.png`, fullPage: true });
      const pdf = await sheet.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    } finally {
      await sheet.close();
    }
  });

  it('sent no request outside 127.0.0.1 and logged no console error', () => {
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
