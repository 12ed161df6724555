// The offline meeting package as a user at a meeting gets it: written by the CLI (`package --sample`), opened
// from file:// (double-click) in Chromium with EVERY network request blocked — any attempt fails the test —
// the map draws, the first slide's title is the page's <h1>, and → steps to slide 2. A saved project's package
// (`package --project`) shows its score layer: the parcels in their score classes with the ranks `noxh score` gives.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openApp, SCREENSHOT_DIR } from './browser.ts';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { readMeetingPackage } from '../../src/domain/slides/meetingPackage.ts';
import { MEETING_LAYER_GROUPS } from '../../src/domain/slides/slidesForLayerGroups.ts';
import { classOfScore } from '../../src/domain/scoring/computeQuantileBreaks.ts';
import { scoreClassColor } from '../../src/map/scoreColors.ts';

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

/**
 * `file` in the system Chromium on a fresh profile where nothing but file:, data: and blob: URLs may load (others
 * recorded in `attempted`); the page's errors and console errors are recorded in `errors`.
 */
async function openOffline(dir: string, file: string): Promise<{ context: BrowserContext; page: Page; attempted: string[]; errors: string[] }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const attempted: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href);
  return { context, page, attempted, errors };
}

/** `npm run noxh -- <args>` (the CLI as a user runs it); fails the test on a non-zero exit. */
function noxh(args: string[]): void {
  const cli = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', ...args], { encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(0);
}

describe('the offline meeting package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'noxh-meeting-'));
  const file = join(dir, 'cuoc-hop.html');
  let context: BrowserContext;
  let page: Page;
  let attempted: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    noxh(['package', '--sample', '--out', file]);
    // Nothing but the file itself (and what it makes in memory) may load.
    ({ context, page, attempted, errors } = await openOffline(dir, file));
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

describe('the meeting package of a saved project with a score layer (package --project)', () => {
  // The sample's layers, a score layer, the saved scenario "Đô thị — ưu tiên trường học" active; slide 1 is centred on a
  // parcel at zoom 15 (the one that scenario ranked first when the fixture was made).
  const FIXTURE = 'test/fixtures/meeting/scored-urban.noxh.json';
  const project = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { activeScenarioId: string; slides: { title: string; view: { center: [number, number]; zoom: number } }[] };
  const dir = mkdtempSync(join(tmpdir(), 'noxh-meeting-scored-'));
  const file = join(dir, 'xep-hang.html');
  const scoredFile = join(dir, 'scored.geojson');
  let context: BrowserContext;
  let page: Page;
  let attempted: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    noxh(['package', '--project', FIXTURE, '--out', file]);
    // What the engine gives for the same project and scenario, through the other command.
    noxh(['score', '--project', FIXTURE, '--scenario', project.activeScenarioId, '--out', scoredFile]);
    ({ context, page, attempted, errors } = await openOffline(dir, file));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws the parcel under slide 1 in its score class, and hovering it tells the rank `noxh score` gives', async () => {
    const slide = project.slides[0];
    const scored = JSON.parse(readFileSync(scoredFile, 'utf8')) as FeatureCollection;
    const [lon, lat] = slide.view.center;
    const index = scored.features.findIndex((f) => booleanPointInPolygon([lon, lat], f as Feature<Polygon>));
    expect(index).toBeGreaterThanOrEqual(0);
    const parcel = scored.features[index];
    // A point of that parcel off its rank label (drawn on its centroid): pixels from the map's centre at the slide's zoom.
    const degPerPx = 360 / (512 * 2 ** slide.view.zoom);
    const yScale = Math.cos((lat * Math.PI) / 180);
    const offsets = [[-60, 0], [60, 0], [0, -60], [0, 60], [-45, -45], [45, 45], [-45, 45], [45, -45]];
    const [dx, dy] = offsets.find(([x, y]) => booleanPointInPolygon([lon + x * degPerPx, lat - y * degPerPx * yScale], parcel as Feature<Polygon>))!;

    await expect.poll(() => page.locator('h1').textContent(), { timeout: 60_000 }).toBe(slide.title);
    let last = '';
    await expect
      .poll(async () => {
        const now = (await page.screenshot()).toString('base64');
        const same = now === last;
        last = now;
        return same;
      }, { timeout: 60_000, interval: 700 })
      .toBe(true);
    const shot = await page.screenshot();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'meeting-package-scored.png'), shot);

    // Its fill is its score class's colour (the package's classes), nearer it than any other class's.
    const html = readFileSync(file, 'utf8');
    const open = 'id="noxh-meeting-data">';
    const start = html.indexOf(open) + open.length;
    const values = readMeetingPackage(html.slice(start, html.indexOf('</script', start))).scoreLayers!['score-result'];
    const classes = values.breaks.length - 1;
    const expectedClass = classOfScore(values.scores[index]!, values.breaks);
    const box = (await page.locator('.map').boundingBox())!;
    const at = { x: Math.round(box.x + box.width / 2 + dx), y: Math.round(box.y + box.height / 2 + dy) };
    const png = PNG.sync.read(shot);
    const i = (at.y * png.width + at.x) * 4;
    const pixel = [png.data[i], png.data[i + 1], png.data[i + 2]];
    const distance = (k: number) => scoreClassColor(k, classes).slice(0, 3).reduce((sum, c, j) => sum + (c - pixel[j]) ** 2, 0);
    const nearest = Array.from({ length: classes }, (_, k) => k).sort((a, b) => distance(a) - distance(b))[0];
    expect(nearest, `pixel ${pixel.join(',')} at ${at.x},${at.y}`).toBe(expectedClass);

    await page.mouse.move(at.x - 1, at.y);
    await page.mouse.move(at.x, at.y);
    const tip = page.locator('.map-tooltip');
    await tip.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await tip.textContent()) ?? '';
    const scoredCount = scored.features.filter((f) => f.properties!.rank !== null).length;
    expect(text).toContain(String(parcel.properties!.name));
    expect(text).toMatch(new RegExp(`Hạng: ${parcel.properties!.rank} / ${scoredCount}$`));
    writeFileSync(join(SCREENSHOT_DIR, 'meeting-package-scored-hover.png'), await page.screenshot());
  }, 120_000);

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
