// The offline meeting package as a user at a meeting gets it: written by the CLI (`package --sample`), opened
// from file:// (double-click) in Chromium with EVERY network request blocked — any attempt fails the test —
// the map draws, the first slide's title is the page's <h1>, and → steps to slide 2.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openApp, SCREENSHOT_DIR } from './browser.ts';
import { readMeetingPackage } from '../../src/domain/slides/meetingPackage.ts';
import { MEETING_LAYER_GROUPS } from '../../src/domain/slides/slidesForLayerGroups.ts';

/** Share of the map's pixels that differ from its most common colour (the sea behind an empty map). */
function drawnShare(png: PNG): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = Math.max(...counts.values());
  return 1 - top / (png.width * png.height);
}

describe('the offline meeting package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'noxh-meeting-'));
  const file = join(dir, 'cuoc-hop.html');
  let context: BrowserContext;
  let page: Page;
  const attempted: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const cli = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', 'package', '--sample', '--out', file], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 720 },
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Nothing but the file itself (and what it makes in memory) may load.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(file).href);
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is one file of a few MB', () => {
    const sizeMb = statSync(file).size / 1e6;
    expect(sizeMb).toBeGreaterThan(1);
    expect(sizeMb).toBeLessThan(12);
  });

  it('opens from file:// with no network: the map draws and the first slide\'s title is the <h1>', async () => {
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 60_000 }).toBe(MEETING_LAYER_GROUPS[0].title);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toBe(MEETING_LAYER_GROUPS[0].title);
    // The map between the title box and the caption: the communes' land over the sea, not one flat colour (an
    // undrawn map is all background there). The sample's province covers about a third of that band.
    const mapBox = (await page.locator('.map').boundingBox())!;
    const captionTop = (await page.getByTestId('slide-caption').boundingBox())!.y;
    const band = { x: mapBox.x, y: mapBox.y + 50, width: mapBox.width, height: captionTop - 10 - (mapBox.y + 50) };
    await expect
      .poll(async () => drawnShare(PNG.sync.read(await page.screenshot({ clip: band }))), { timeout: 60_000, interval: 500 })
      .toBeGreaterThan(0.15);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'meeting-package-slide-1.png'), await page.screenshot());
    expect(await page.getByTestId('slide-counter').textContent()).toBe(`1 / ${MEETING_LAYER_GROUPS.length}`);
    // Read-only: no form controls, no tool tabs.
    expect(await page.locator('input, textarea, select, [role="tab"]').count()).toBe(0);
  }, 120_000);

  it('→ steps to slide 2, ← back to 1', async () => {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe(MEETING_LAYER_GROUPS[1].title);
    expect(await page.getByTestId('slide-counter').textContent()).toBe(`2 / ${MEETING_LAYER_GROUPS.length}`);
    await expect.poll(() => page.locator('.slide-caption-text').textContent()).toBe(MEETING_LAYER_GROUPS[1].caption);
    // Wait for the flight to end (the map stops changing) before the screenshot.
    let last = '';
    await expect
      .poll(async () => {
        const now = (await page.screenshot()).toString('base64');
        const same = now === last;
        last = now;
        return same;
      }, { timeout: 30_000, interval: 700 })
      .toBe(true);
    writeFileSync(join(SCREENSHOT_DIR, 'meeting-package-slide-2.png'), await page.screenshot());
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe(MEETING_LAYER_GROUPS[0].title);
  }, 120_000);

  it('the app\'s "Đóng gói trình chiếu" button downloads the same kind of file, with the project\'s slides; it opens from file:// too', async () => {
    const app = await openApp();
    try {
      await app.page.getByTestId('tab-slides').click();
      await app.page.getByTestId('slide-add').click();
      await app.page.getByTestId('slide-title-1').fill('Toàn tỉnh — cuộc họp UBND');
      await app.page.getByTestId('slide-title-1').press('Enter');
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('meeting-package').click()]);
      const saved = join(dir, download.suggestedFilename());
      await download.saveAs(saved);
      expect(download.suggestedFilename()).toMatch(/\.html$/);
      await expect.poll(() => app.page.getByTestId('meeting-package-status').textContent()).toMatch(/MB/);
      const html = readFileSync(saved, 'utf8');
      const open = 'id="noxh-meeting-data">';
      const start = html.indexOf(open) + open.length;
      const pkg = readMeetingPackage(html.slice(start, html.indexOf('</script', start)));
      expect(pkg.project.slides?.map((sl) => sl.title)).toEqual(['Toàn tỉnh — cuộc họp UBND']);
      expect(pkg.project.layers.every((l) => l.source.kind === 'inline')).toBe(true);
      expect(app.externalRequests).toEqual([]);
      // Played from disk, offline, like the CLI's.
      const played = await context.newPage();
      await played.goto(pathToFileURL(saved).href);
      await expect.poll(() => played.locator('h1').textContent(), { timeout: 60_000 }).toBe('Toàn tỉnh — cuộc họp UBND');
      await played.close();
    } finally {
      await app.close();
    }
  }, 180_000);

  it('asked for nothing over the network and logged no error', () => {
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the built app opened from disk (dist/index.html by double-click)', () => {
  it('is not a blank page: it says, in Vietnamese first, how to open the app and how to present offline', async () => {
    const distDir = process.env.NOXH_DIST_DIR;
    expect(distDir, 'run through scripts/run-e2e.mjs').toBeTruthy();
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'noxh-disk-')), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(pathToFileURL(join(distDir!, 'index.html')).href);
      await expect.poll(() => page.locator('h1').textContent()).toBe('NOXH Atlas không mở trực tiếp từ tệp được');
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('npm start');
      expect(text).toContain('http://127.0.0.1:4173/');
      expect(text).toContain('Đóng gói trình chiếu');
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(join(SCREENSHOT_DIR, 'opened-from-disk.png'), await page.screenshot());
    } finally {
      await context.close();
    }
  }, 60_000);
});
