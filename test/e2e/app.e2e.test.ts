// The map app as a planner meets it: opens offline with the sample data, every layer toggles on the
// map where its data is, a click shows attributes with diacritics, the language switch works.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbox, pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { SampleManifest } from '../../src/domain/model/sampleManifest.ts';
import { LABEL_FONT } from '../../src/map/buildDeckLayers.ts';
import { BASE_URL, diffPixels, fontReport, jumpTo, mapScreenshot, openApp, project, saveScreenshot, waitForMapIdle, type BrowserSession } from './browser.ts';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as SampleManifest;
const readLayer = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as FeatureCollection;

describe('NOXH Atlas opens offline with the sample data', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the map, the Vietnamese title, the illustrative-data badge and every layer with its count', async () => {
    await saveScreenshot(s.page, 'app-initial-vi');
    await expect(s.page.locator('h1').textContent()).resolves.toBe('NOXH Atlas');
    await expect(s.page.locator('.subtitle').textContent()).resolves.toBe('Bản đồ hỗ trợ quy hoạch, phát triển nhà ở xã hội tỉnh Quảng Ngãi');
    expect(await s.page.getByTestId('illustrative-badge').isVisible()).toBe(true);
    for (const entry of manifest.layers) {
      const row = s.page.getByTestId(`layer-${entry.id}`);
      await expect(row.locator('.layer-title').textContent()).resolves.toBe(entry.title.vi);
      const count = readLayer(entry.file).features.length;
      await expect(row.locator('.layer-count').textContent()).resolves.toBe(new Intl.NumberFormat('vi-VN').format(count));
      // Each layer has a legend with at least one symbol.
      expect(await row.locator('.legend li').count()).toBeGreaterThan(0);
    }
  });

  it('uses its own fonts, served from 127.0.0.1, for the UI and the map labels (no system font needed)', async () => {
    const family = LABEL_FONT.split(',')[0];
    expect(family).toBe('"Noto Sans"');
    const report = await fontReport(s.page, family, 700);
    expect(report.bodyFont).toMatch(/^"?Noto Sans"?, sans-serif$/);
    // The label weights (buildDeckLayers: 400, 600, 700), each with its Latin and its Vietnamese subset.
    for (const weight of [400, 600, 700]) {
      const faces = report.loadedFaces.filter((f) => f.face === `Noto Sans ${weight} normal`);
      expect(faces.some((f) => /^U\+0+-0*FF,/.test(f.unicodeRange)), `Latin ${weight}`).toBe(true);
      expect(faces.some((f) => f.unicodeRange.includes('U+1EA0-1EF9')), `Vietnamese ${weight}`).toBe(true);
    }
    expect(report.fontFiles.length).toBeGreaterThan(0);
    for (const url of report.fontFiles) expect(url.startsWith(BASE_URL), url).toBe(true);
    expect(report.fontFiles.some((url) => /noto-sans-vietnamese-700-normal[^/]*\.woff2$/.test(url))).toBe(true);
    // A canvas (deck.gl draws the labels' glyph atlas on one) gets the label font, not a fallback; the faces
    // loaded above are the bundled ones, which a browser prefers to an installed font of the same name.
    expect(Math.abs(report.canvasWidths.family - report.canvasWidths.monospace)).toBeGreaterThan(10);
  });

  it('toggles each layer, and the pixels that change lie where the layer has data', async () => {
    // The view this test is calibrated for (the former Quảng Ngãi part, zoom 9.25): the app now opens on the
    // whole merged province (zoom 8.3), where the small reserved plots change too few pixels to count.
    await jumpTo(s.page, [108.7, 14.98], 9.25);
    const mapBox = (await s.page.getByTestId('map').boundingBox())!;
    for (const entry of manifest.layers) {
      const toggle = s.page.getByTestId(`toggle-${entry.id}`);
      if (!(await toggle.isChecked())) {
        await toggle.check();
        await waitForMapIdle(s.page);
      }
      const on = await mapScreenshot(s.page, `layer-${entry.id}-on`);
      await toggle.uncheck();
      await waitForMapIdle(s.page);
      const off = await mapScreenshot(s.page);
      const diff = diffPixels(on.png, off.png);
      expect(diff.changed, `${entry.id}: pixels changed when hidden`).toBeGreaterThan(30);

      // The changed pixels must fall inside the layer's extent on screen (plus room for line widths and labels).
      const [w, south, e, north] = bbox(readLayer(entry.file));
      const topLeft = await project(s.page, [w, north]);
      const bottomRight = await project(s.page, [e, south]);
      const margin = 60;
      expect(diff.bounds!.minX).toBeGreaterThanOrEqual(Math.max(0, topLeft.x) - margin);
      expect(diff.bounds!.maxX).toBeLessThanOrEqual(Math.min(mapBox.width, bottomRight.x) + margin);
      expect(diff.bounds!.minY).toBeGreaterThanOrEqual(Math.max(0, topLeft.y) - margin);
      expect(diff.bounds!.maxY).toBeLessThanOrEqual(Math.min(mapBox.height, bottomRight.y) + margin);

      // Showing it again restores the picture.
      await toggle.check();
      await waitForMapIdle(s.page);
      const again = await mapScreenshot(s.page);
      expect(diffPixels(on.png, again.png).changed, `${entry.id}: same picture after showing again`).toBeLessThan(diff.changed / 10 + 50);
    }
    // Twelve layers, three software-rendered frames each (the 96 real communes are the heaviest): up to ~15 s a
    // layer on a loaded 2-core machine.
  }, 300_000);

  it('a click on an industrial zone lists its attributes with diacritics, units and Vietnamese labels', async () => {
    const zones = readLayer('industrial_zones.geojson');
    const vsip = zones.features.find((f) => String(f.properties?.name).includes('VSIP'))!;
    expect(vsip).toBeDefined();
    const [lon, lat] = pointOnFeature(vsip).geometry.coordinates;
    // The zones' layer on top, whatever the toggling test before left (a land-use block lies under the park).
    await s.page.getByTestId('toggle-industrial_zones').check();
    await jumpTo(s.page, [lon, lat], 12);
    const point = await project(s.page, [lon, lat]);
    await s.page.getByTestId('map').click({ position: point });
    const panel = s.page.getByTestId('feature-panel');
    await panel.waitFor();
    await expect(s.page.getByTestId('feature-title').textContent()).resolves.toBe(vsip.properties!.name);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Khu công nghiệp (KCN)');
    expect(text).toContain('Diện tích');
    expect(text).toMatch(/\d ha/);
    expect(text).toContain('Số lao động');
    await saveScreenshot(s.page, 'click-industrial-zone-vi');
  });

  it('switches to English and back, with numbers in each locale', async () => {
    await s.page.getByTestId('lang-en').click();
    await expect(s.page.locator('.subtitle').textContent()).resolves.toBe('Social housing planning support map, Quảng Ngãi province');
    const zonesEntry = manifest.layers.find((l) => l.id === 'industrial_zones')!;
    await expect(s.page.getByTestId('layer-industrial_zones').locator('.layer-title').textContent()).resolves.toBe(zonesEntry.title.en);
    const panelText = (await s.page.getByTestId('feature-panel').textContent()) ?? '';
    expect(panelText).toContain('Industrial park (KCN)');
    expect(panelText).toContain('Workers');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    const zones = readLayer('industrial_zones.geojson');
    const workers = zones.features.find((f) => String(f.properties?.name).includes('VSIP'))!.properties!.workers as number;
    expect(panelText).toContain(new Intl.NumberFormat('en-GB').format(workers));
    await saveScreenshot(s.page, 'click-industrial-zone-en');
    await s.page.getByTestId('lang-vi').click();
    expect(((await s.page.getByTestId('feature-panel').textContent()) ?? '')).toContain(new Intl.NumberFormat('vi-VN').format(workers));
  });

  it('sent no request outside 127.0.0.1 and logged no console error', () => {
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('the online basemap is optional', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('tries OpenStreetMap only when chosen, says so when it cannot load, and the map keeps working', async () => {
    expect(s.externalRequests).toEqual([]);
    await s.page.getByTestId('basemap-select').selectOption('osm');
    await s.page.getByTestId('basemap-failed').waitFor({ timeout: 30_000 });
    expect(s.externalRequests.length).toBeGreaterThan(0);
    expect(s.externalRequests.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    // Still usable: a layer toggles, and going back offline hides the notice.
    await s.page.getByTestId('toggle-industrial_zones').uncheck();
    expect(await s.page.getByTestId('toggle-industrial_zones').isChecked()).toBe(false);
    await s.page.getByTestId('basemap-select').selectOption('none');
    expect(await s.page.getByTestId('basemap-failed').count()).toBe(0);
    await waitForMapIdle(s.page);
    await saveScreenshot(s.page, 'basemap-back-offline');
  });
});

describe('the view lives in the URL', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp('#map=11.00/15.12000/108.80000&layers=industrial_zones,transport&lang=en');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens a bookmarked view with its layers and language, and keeps the hash up to date', async () => {
    for (const entry of manifest.layers) {
      const expected = entry.id === 'industrial_zones' || entry.id === 'transport';
      expect(await s.page.getByTestId(`toggle-${entry.id}`).isChecked(), entry.id).toBe(expected);
    }
    await expect(s.page.locator('.subtitle').textContent()).resolves.toBe('Social housing planning support map, Quảng Ngãi province');
    const zoom = await s.page.evaluate(() => window.__noxhAtlas!.controller.map.getZoom());
    expect(zoom).toBeCloseTo(11, 1);
    await s.page.getByTestId('toggle-facilities').check();
    await expect.poll(() => s.page.evaluate(() => window.location.hash)).toContain('layers=industrial_zones,transport,facilities');
    await saveScreenshot(s.page, 'bookmarked-view-en');
  });

  it('undoes and redoes a named edit with the keyboard, and lists it in the history', async () => {
    await s.page.getByTestId('history').locator('summary').click();
    await expect(s.page.getByTestId('history').locator('li').last().textContent()).resolves.toMatch(/^Show layer ".*"$/);
    // Focus off the checkbox, on text that stays put whatever the layout (not a fixed screen position).
    await s.page.locator('h1').click();
    await s.page.keyboard.press('Control+z');
    expect(await s.page.getByTestId('toggle-facilities').isChecked()).toBe(false);
    await s.page.keyboard.press('Control+Shift+z');
    expect(await s.page.getByTestId('toggle-facilities').isChecked()).toBe(true);
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
