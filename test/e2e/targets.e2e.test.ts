// The Targets tab as a planner meets it: the totals of the sample registry against 6.300 căn, a project
// added through the form (location picked on the map) moves the totals, the chart and the commune row, and
// one undo (Ctrl+Z) brings them back; the year slider leaves out a project that starts later. Offline, no
// console errors. The same figures are computed here in Node with the domain code.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TARGETS } from '../../src/domain/targets/defaultPlanTargets.ts';
import { findCommuneOf } from '../../src/domain/targets/findCommuneOf.ts';
import { readCommunes } from '../../src/domain/targets/readCommunes.ts';
import { summarizeProgress } from '../../src/domain/targets/summarizeProgress.ts';
import { openApp, project, saveScreenshot, SCREENSHOT_DIR, waitForMapIdle, type BrowserSession } from './browser.ts';

const sample = JSON.parse(readFileSync('data/housing_projects.geojson', 'utf8')) as FeatureCollection;
const communes = readCommunes(JSON.parse(readFileSync('data/admin_units.geojson', 'utf8')) as FeatureCollection);
/** Where the form's project is placed, and the commune/ward row it is counted in (the unassigned row outside every commune). */
const addedAt: [number, number] = [108.8117, 15.1239];
const addedCommune = findCommuneOf({ type: 'Point', coordinates: addedAt }, communes);
const thisYear = Math.min(Math.max(new Date().getFullYear(), 2021), 2030);
const expected = (asOfYear: number) => summarizeProgress({ projects: sample.features, communes: [], targets: DEFAULT_PLAN_TARGETS, asOfYear });
const vi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(n);

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
    expect(await s.page.locator('.header-tools button').first().getAttribute('title')).toContain('Thêm dự án NOXH "Nhà ở xã hội cho thuê Cẩm Thành (thử)" (1.200 căn)');
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

  it('downloads the annual report: a CSV with BOM, and an A4 page that prints on one page', async () => {
    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('tg-export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('bao-cao-tien-do-noxh-2024.csv');
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Báo cáo làm việc: tiến độ nhà ở xã hội năm 2024');

    const [a4] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('tg-export-a4').click()]);
    expect(a4.suggestedFilename()).toBe('bao-cao-tien-do-noxh-2024.html');
    const sheet = await s.context.newPage();
    try {
      await sheet.setContent(readFileSync((await a4.path())!, 'utf8'));
      await sheet.evaluate(() => document.fonts.ready);
      const text = (await sheet.getByTestId('tg-annual-sheet').textContent()) ?? '';
      expect(text).toContain('không phải biểu mẫu báo cáo chính thức');
      expect(text).toContain('Chỉ thị số 34-CT/TW');
      expect(text).toContain(vi(expected(2024).dwellings.total));
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
