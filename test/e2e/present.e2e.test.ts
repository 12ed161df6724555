// Meetings: presentation mode (from the header button, the P key and `#…&mode=present`) hides the editing UI
// and shows the map with its title, the legend of exactly the visible layers, a scale bar and a north arrow;
// the map sheet dialog downloads an A3 PNG of the expected size with its legend and scale bar, and a PDF
// whose text layer holds the title with its diacritics.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { openApp, saveScreenshot, waitForMapIdle, type BrowserSession } from './browser.ts';
import { layoutMapSheet, mmToPx } from '../../src/domain/export/layoutMapSheet.ts';

const visibleFormControls = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('input, select, textarea')).filter((el) => {
      const box = (el as HTMLElement).getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    }).length,
  );

/** Ids of the visible layers, top-most first, from the store. */
const visibleLayerIds = (page: Page) =>
  page.evaluate(() =>
    window.__noxhAtlas!.store
      .getState()
      .history.workspace.project.layers.filter((l) => l.visible)
      .map((l) => l.id)
      .reverse(),
  );

/** Ground metres per CSS px at the map's zoom and centre latitude (WGS84 parallel, 512-px tiles). */
const metresPerPxNow = (page: Page) =>
  page.evaluate(() => {
    const map = window.__noxhAtlas!.controller.map;
    const phi = (map.getCenter().lat * Math.PI) / 180;
    const radius = (6_378_137 * Math.cos(phi)) / Math.sqrt(1 - 0.00669437999014 * Math.sin(phi) ** 2);
    return (radius * 2 * Math.PI) / (512 * 2 ** map.getZoom());
  });

async function checkPresenting(page: Page, name: string): Promise<void> {
  await page.waitForSelector('.app.presenting');
  await waitForMapIdle(page);
  expect(await page.locator('.sidebar').isVisible()).toBe(false);
  expect(await page.locator('.app-header').isVisible()).toBe(false);
  expect(await visibleFormControls(page)).toBe(0);
  // The map fills the window.
  const box = (await page.getByTestId('map').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height - 1);
  // The legend lists exactly the visible layers, in the layer list's order.
  const listed = await page.locator('[data-testid="present-legend"] [data-layer-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-layer-id')));
  expect(listed).toEqual(await visibleLayerIds(page));
  // The legend fits its box without scrolling, or its type is at the 70 % floor (then it scrolls).
  const legend = await page.getByTestId('present-legend').evaluate((el) => ({ overPx: el.scrollHeight - el.clientHeight, fontSize: (el as HTMLElement).style.fontSize }));
  expect(legend.overPx <= 1 || legend.fontSize === '0.7em', JSON.stringify(legend)).toBe(true);
  expect(await page.getByTestId('present-title').isVisible()).toBe(true);
  expect(await page.getByTestId('present-north-arrow').isVisible()).toBe(true);
  const scale = page.getByTestId('present-scale-bar');
  expect(await scale.isVisible()).toBe(true);
  // The bar's round distance over its drawn length is the map's scale now.
  const lengthM = Number(await scale.getAttribute('data-length-m'));
  const lengthPx = Number(await scale.getAttribute('data-length-px'));
  expect([1, 2, 5]).toContain(lengthM / 10 ** Math.floor(Math.log10(lengthM)));
  expect(Math.abs(lengthM / lengthPx / (await metresPerPxNow(page)) - 1)).toBeLessThan(0.01);
  expect(await scale.textContent()).toMatch(/^\d+(\.\d{3})* k?m$/);
  // The sample data is shown: its illustrative note is on the map.
  expect(await page.getByTestId('present-illustrative').isVisible()).toBe(true);
  // Projector-sized type: the title at least 24 px.
  const titlePx = await page.getByTestId('present-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titlePx).toBeGreaterThanOrEqual(24);
  await saveScreenshot(page, name);
}

describe('presentation mode', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp('', { width: 1280, height: 720 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens from the header button with the editing UI hidden and the furniture shown; Esc leaves', async () => {
    await s.page.getByTestId('present-enter').click();
    await checkPresenting(s.page, 'present-1280');
    expect(s.page.url()).toContain('mode=present');
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('.app:not(.presenting)');
    expect(await s.page.locator('.sidebar').isVisible()).toBe(true);
    expect(await s.page.getByTestId('present-legend').isVisible()).toBe(false);
    await s.page.waitForFunction(() => !window.location.hash.includes('mode=present'));
  });

  it('opens with the P key (not while typing); the legend follows the layers shown', async () => {
    // P typed into a field is a letter, not the shortcut.
    await s.page.locator('.commune-search input').fill('');
    await s.page.locator('.commune-search input').press('p');
    expect(await s.page.locator('.app.presenting').count()).toBe(0);
    await s.page.locator('.commune-search input').fill('');
    // Hide one layer, show another: the legend in presentation mode follows.
    await s.page.evaluate(() => {
      const { store } = window.__noxhAtlas!;
      store.run({ type: 'setLayerVisible', layerId: 'transport', visible: false });
      store.run({ type: 'setLayerVisible', layerId: 'facilities', visible: true });
    });
    await s.page.locator('body').click({ position: { x: 5, y: 700 } }).catch(() => undefined);
    await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await s.page.keyboard.press('p');
    await checkPresenting(s.page, 'present-1280-facilities');
    const listed = await s.page.locator('[data-testid="present-legend"] [data-layer-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-layer-id')));
    expect(listed).toContain('facilities');
    expect(listed).not.toContain('transport');
  });

  it('edits the title and subtitle in the title block (saved in the project, undoable)', async () => {
    await s.page.getByTestId('present-edit-title').click();
    await s.page.getByTestId('present-title-input').fill('Quỹ đất nhà ở xã hội — Thành phố Quảng Ngãi');
    await s.page.getByTestId('present-subtitle-input').fill('Họp Ban chỉ đạo, tháng 12/2026');
    await s.page.getByTestId('present-title-input').press('Enter');
    await expect(s.page.getByTestId('present-title').textContent()).resolves.toBe('Quỹ đất nhà ở xã hội — Thành phố Quảng Ngãi');
    await expect(s.page.getByTestId('present-subtitle').textContent()).resolves.toBe('Họp Ban chỉ đạo, tháng 12/2026');
    const saved = await s.page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.presentation);
    expect(saved).toEqual({ title: 'Quỹ đất nhà ở xã hội — Thành phố Quảng Ngãi', subtitle: 'Họp Ban chỉ đạo, tháng 12/2026' });
    expect(await visibleFormControls(s.page)).toBe(0);
    await s.page.getByTestId('present-exit').click();
    await s.page.waitForSelector('.app:not(.presenting)');
  });
});

describe('printing (Ctrl+P)', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp('', { width: 1280, height: 720 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('prints the map with its title, legend, scale bar and north arrow, not the sidebar', async () => {
    await s.page.emulateMedia({ media: 'print' });
    expect(await s.page.locator('.sidebar').isVisible()).toBe(false);
    expect(await s.page.locator('.app-header').isVisible()).toBe(false);
    for (const id of ['present-title', 'present-legend', 'present-scale-bar', 'present-north-arrow', 'present-sources']) {
      expect(await s.page.getByTestId(id).isVisible()).toBe(true);
    }
    expect(await s.page.locator('.presentation-toolbar').count()).toBe(0);
    await saveScreenshot(s.page, 'present-print');
    await s.page.emulateMedia({ media: 'screen' });
    expect(await s.page.locator('.sidebar').isVisible()).toBe(true);
    expect(await s.page.getByTestId('present-legend').isVisible()).toBe(false);
  });
});

describe('presentation mode from the URL', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp('#map=8.30/14.68000/108.24000&mode=present', { width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('fills the window at 1920 × 1080 with the furniture; Esc leaves', async () => {
    await checkPresenting(s.page, 'present-1920-url');
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('.app:not(.presenting)');
    expect(await s.page.locator('.sidebar').isVisible()).toBe(true);
  });
});

/** Share of pixels in a rectangle that are not (near) white. */
function inkShare(png: PNG, x0: number, y0: number, width: number, height: number): number {
  let ink = 0;
  for (let y = Math.round(y0); y < Math.round(y0 + height); y++) {
    for (let x = Math.round(x0); x < Math.round(x0 + width); x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) ink++;
    }
  }
  return ink / (Math.round(width) * Math.round(height));
}

describe('map sheets', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp('', { width: 1400, height: 900 });
  });
  afterAll(async () => {
    await s?.close();
  });

  async function exportSheet(choices: string[], title?: string): Promise<{ name: string; bytes: Buffer }> {
    await s.page.getByTestId('export-map').click();
    if (title !== undefined) await s.page.getByTestId('sheet-title').fill(title);
    for (const choice of choices) await s.page.getByTestId(choice).check();
    const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 120_000 }), s.page.getByTestId('sheet-export').click()]);
    await s.page.waitForSelector('[data-testid="sheet-status"][data-state="done"]');
    const bytes = readFileSync((await download.path())!);
    await s.page.getByTestId('sheet-close').click();
    return { name: download.suggestedFilename(), bytes };
  }

  it('downloads an A3 landscape 150 dpi PNG of 2480 × 1754 px with the map, legend and scale bar', async () => {
    const { name, bytes } = await exportSheet(['sheet-paper-A3', 'sheet-orientation-landscape', 'sheet-dpi-150', 'sheet-format-png'], 'Bản đồ quỹ đất nhà ở xã hội');
    expect(name).toMatch(/^ban-do-A3-ngang-150dpi-\d{4}-\d{2}-\d{2}\.png$/);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([2480, 1754]);
    const layout = layoutMapSheet('A3', 'landscape', 150);
    const px = (mm: number) => mmToPx(mm, 150);
    // The legend column has symbols and words in it; the map frame is drawn (not blank);
    // the scale bar's box at the map's lower left holds its black segments.
    expect(inkShare(png, px(layout.legend.x), px(layout.legend.y), px(layout.legend.width), px(layout.legend.height) * 0.5)).toBeGreaterThan(0.01);
    expect(inkShare(png, px(layout.map.x + 2), px(layout.map.y + 2), px(layout.map.width - 4), px(layout.map.height - 4))).toBeGreaterThan(0.05);
    const bar = inkShare(png, px(layout.map.x + 5), px(layout.map.y + layout.map.height - 14), px(60), px(9));
    expect(bar).toBeGreaterThan(0.05);
    // The title is set in the title block, above the map.
    expect(inkShare(png, px(layout.title.x), px(layout.title.y), px(layout.title.width), px(layout.title.height - 2))).toBeGreaterThan(0.002);
    mkdirSync('test-results/screenshots', { recursive: true });
    writeFileSync('test-results/screenshots/sheet-A3-landscape-150.png', bytes);
  });

  it('downloads an A3 PDF whose page size is A3 and whose text holds the title with its diacritics', async () => {
    const { name, bytes } = await exportSheet(['sheet-paper-A3', 'sheet-orientation-landscape', 'sheet-dpi-150', 'sheet-format-pdf'], 'Bản đồ quỹ đất nhà ở xã hội tỉnh Quảng Ngãi');
    expect(name).toMatch(/\.pdf$/);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const page = await pdf.getPage(1);
    const [x0, y0, x1, y1] = page.view;
    expect(x1 - x0).toBeCloseTo(1190.55, 1);
    expect(y1 - y0).toBeCloseTo(841.89, 1);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Bản đồ quỹ đất nhà ở xã hội tỉnh Quảng Ngãi');
    expect(text).toContain('CHÚ GIẢI');
    // Every visible layer's title is in the legend.
    const titles = await s.page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.layers.filter((l) => l.visible).map((l) => l.title.vi));
    for (const title of titles) expect(text.replace(/\s+/g, ' ')).toContain(title.split(' ').slice(0, 3).join(' '));
    expect(text).toContain('Dữ liệu minh họa');
    expect(text).toMatch(/Ngày lập: \d{2}\/\d{2}\/\d{4}/);
    expect(text).toMatch(/Tỷ lệ 1:\d{1,3}(\.\d{3})+/);
  });

  it('exports A4 portrait too (the layout the test asked for)', async () => {
    const { bytes } = await exportSheet(['sheet-paper-A4', 'sheet-orientation-portrait', 'sheet-dpi-150', 'sheet-format-png']);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1240, 1754]);
    const layout = layoutMapSheet('A4', 'portrait', 150);
    const px = (mm: number) => mmToPx(mm, 150);
    expect(inkShare(png, px(layout.legend.x), px(layout.legend.y), px(layout.legend.width), px(layout.legend.height))).toBeGreaterThan(0.01);
    writeFileSync('test-results/screenshots/sheet-A4-portrait-150.png', bytes);
  });
});
