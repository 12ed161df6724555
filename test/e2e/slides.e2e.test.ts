// Slides, as a user makes and plays them: three views saved as slides (camera, visible layers), one renamed,
// the page reloaded (autosave keeps them), then stepped with the clicker's keys (→ PageDown Space ← PageUp):
// each step shows the slide's camera, exactly its layers, and its title as the caption's <h1>. `#slide=2` in
// the address opens slide 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE_URL, openApp, saveScreenshot, waitForAppReady, waitForMapIdle, type BrowserSession } from './browser.ts';

interface Expected {
  title: string;
  view: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  visible: string[];
}

const visibleLayers = (page: Page) =>
  page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.layers.filter((l) => l.visible).map((l) => l.id));

const camera = (page: Page) => page.evaluate(() => window.__noxhAtlas!.controller.getView());

async function setCamera(page: Page, view: Expected['view']): Promise<void> {
  await page.evaluate((v) => window.__noxhAtlas!.controller.map.jumpTo(v), view);
  await waitForMapIdle(page);
}

/** Waits until the flight has ended and the map is idle, then checks the slide on screen. */
async function expectSlide(page: Page, n: number, total: number, expected: Expected): Promise<void> {
  await page.waitForFunction((n) => window.__noxhAtlas!.store.getState().currentSlide === n - 1, n);
  await page.waitForFunction(() => !window.__noxhAtlas!.controller.map.isMoving(), undefined, { timeout: 30_000 });
  await waitForMapIdle(page);
  const view = await camera(page);
  expect(view.center[0]).toBeCloseTo(expected.view.center[0], 5);
  expect(view.center[1]).toBeCloseTo(expected.view.center[1], 5);
  expect(view.zoom).toBeCloseTo(expected.view.zoom, 5);
  expect(view.bearing).toBeCloseTo(expected.view.bearing, 4);
  expect(view.pitch).toBeCloseTo(expected.view.pitch, 4);
  expect((await visibleLayers(page)).sort()).toEqual([...expected.visible].sort());
  await expect.poll(() => page.locator('[data-testid="slide-caption"] h1').textContent()).toBe(expected.title);
  expect(await page.getByTestId('slide-counter').textContent()).toBe(`${n} / ${total}`);
}

describe('slides', () => {
  let s: BrowserSession;
  const expected: Expected[] = [];

  beforeAll(async () => {
    s = await openApp();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('three slides are made from three views, one renamed, and survive a reload', async () => {
    const { page } = s;
    const views: Expected['view'][] = [
      { center: [108.24, 14.68], zoom: 8.3, bearing: 0, pitch: 0 },
      { center: [108.79, 15.41], zoom: 11.5, bearing: 0, pitch: 0 },
      { center: [108.8, 15.12], zoom: 12.75, bearing: 25, pitch: 35 },
    ];
    // Layers shown per slide, switched with the layer list's checkboxes.
    const toggles: string[][] = [[], ['industrial_zones', 'transport', 'candidate_sites'], ['candidate_sites', 'hazards', 'admin_units']];
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('tab-layers').click();
      for (const id of toggles[i]) await page.getByTestId(`toggle-${id}`).click();
      await setCamera(page, views[i]);
      await page.getByTestId('tab-slides').click();
      await page.getByTestId('slide-add').click();
      await expect.poll(() => page.locator('[data-testid^="slide-row-"]').count()).toBe(i + 1);
      expected.push({ title: `Trang chiếu ${i + 1}`, view: views[i], visible: await visibleLayers(page) });
    }
    // Each slide has a different set of layers.
    expect(new Set(expected.map((e) => e.visible.sort().join(','))).size).toBe(3);
    const title = page.getByTestId('slide-title-2');
    await title.fill('Khu công nghiệp Dung Quất');
    await title.press('Enter');
    expected[1].title = 'Khu công nghiệp Dung Quất';
    const lastEdit = await page.evaluate(() => Date.now());
    await page.getByTestId('slide-caption-2').fill('KCN và đường giao thông chính');
    await page.getByTestId('slide-title-1').click(); // the caption field commits when it loses focus
    await saveScreenshot(page, 'slides-panel');

    // Autosaved (after the last edit) before the reload.
    await page.waitForFunction((t) => (window.__noxhAtlas!.store.getState().autosave.savedAt?.getTime() ?? 0) >= t, lastEdit, { timeout: 10_000 });
    await page.reload();
    await waitForAppReady(page);
    const slides = await page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.slides?.map((sl) => [sl.title, sl.caption]));
    expect(slides).toEqual([
      ['Trang chiếu 1', ''],
      ['Khu công nghiệp Dung Quất', 'KCN và đường giao thông chính'],
      ['Trang chiếu 3', ''],
    ]);
  }, 180_000);

  it('the reload keeps the slide shown; ← PageUp → Space PageDown step: camera, layers and caption of each', async () => {
    const { page } = s;
    // The address kept the slide shown before the reload (the third, just added): it is shown again.
    expect(page.url()).toContain('slide=3');
    await expectSlide(page, 3, 3, expected[2]);
    await page.locator('body').focus();
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 2, 3, expected[1]);
    await expect.poll(() => page.locator('[data-testid="slide-caption"] p').textContent()).toBe('KCN và đường giao thông chính');
    await saveScreenshot(page, 'slides-step-2');
    await page.keyboard.press('PageUp');
    await expectSlide(page, 1, 3, expected[0]);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, 3, expected[1]);
    await page.keyboard.press(' ');
    await expectSlide(page, 3, 3, expected[2]);
    await saveScreenshot(page, 'slides-step-3');
    // Past the last slide nothing moves.
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3, 3, expected[2]);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expectSlide(page, 1, 3, expected[0]);

    // Typing in a field does not step: the arrow keys move the text cursor.
    await page.getByTestId('tab-slides').click();
    await page.getByTestId('slide-title-3').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => window.__noxhAtlas!.store.getState().currentSlide)).toBe(0);
  }, 180_000);

  it('#slide=2 opens slide 2', async () => {
    const { page } = s;
    await page.goto('about:blank');
    await page.goto(`${BASE_URL}#slide=2`);
    await waitForAppReady(page);
    await expectSlide(page, 2, 3, expected[1]);
    expect(page.url()).toContain('slide=2');
    expect(s.externalRequests).toEqual([]);
  }, 180_000);
  it('a slide brings back the sites ticked for comparison, also when opened from the address after a reload', async () => {
    const { page } = s;
    const compare = () => page.evaluate(() => window.__noxhAtlas!.store.getState().derivedLayers['score-result']?.compare ?? null);
    const letters = () =>
      page.evaluate(() => {
        const layer = window.__noxhAtlas!.controller.getDeckLayers().find((l) => l.id === 'score-compare:labels');
        return (layer?.props.data as { letter: string }[] | undefined)?.map((d) => d.letter) ?? [];
      });
    await page.getByTestId('tab-scoring').click();
    await page.getByTestId('ranking-row').first().waitFor({ timeout: 60_000 });
    const checks = page.getByTestId('compare-check');
    await checks.nth(2).check();
    await checks.nth(0).check();
    await expect.poll(compare, { timeout: 30_000 }).toHaveLength(2);
    const ticked = (await compare())!;
    // Lettered in the order ticked: the third row is A, the first B (the table lists rows by rank).
    expect(await page.getByTestId('compare-letter-row').allTextContents()).toEqual(['B', 'A']);

    // The camera on the two sites (their bounding box, from the loaded parcels).
    await page.evaluate((indices) => {
      const data = window.__noxhAtlas!.store.getState().layerData['candidate_sites'];
      if (data?.status !== 'ready') throw new Error('candidate sites not loaded');
      const xs: number[] = [];
      const ys: number[] = [];
      for (const i of indices) JSON.stringify(data.data.features[i].geometry).replace(/\[(-?[\d.]+),(-?[\d.]+)\]/g, (_m, x: string, y: string) => (xs.push(+x), ys.push(+y), ''));
      window.__noxhAtlas!.controller.map.fitBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], { padding: 120, duration: 0 });
    }, ticked);
    await waitForMapIdle(page);
    // Saved with the slide, by layer and feature.
    await page.getByTestId('tab-slides').click();
    const n = (await page.locator('[data-testid^="slide-row-"]').count()) + 1;
    const added = await page.evaluate(() => Date.now());
    await page.getByTestId('slide-add').click();
    await expect.poll(() => page.locator('[data-testid^="slide-row-"]').count()).toBe(n);
    const saved = await page.evaluate((i) => window.__noxhAtlas!.store.getState().history.workspace.project.slides![i].compare, n - 1);
    expect(saved).toEqual(ticked.map((i) => ({ layerId: 'candidate_sites', featureIndex: i })));

    // Unticked, then the slide shown again: the same sites, lettered in the same order on the map.
    await page.getByTestId('tab-scoring').click();
    for (const k of [0, 2]) await checks.nth(k).uncheck();
    await expect.poll(compare).toEqual([]);
    await page.getByTestId('tab-slides').click();
    await page.getByTestId(`slide-show-${n}`).click();
    await expect.poll(compare).toEqual(ticked);
    await expect.poll(letters).toEqual(['A', 'B']);

    // From the address after a reload (the slide autosaved): ticked again once the parcels are loaded and scored.
    await page.waitForFunction((t) => (window.__noxhAtlas!.store.getState().autosave.savedAt?.getTime() ?? 0) >= t, added, { timeout: 15_000 });
    await page.goto('about:blank');
    await page.goto(`${BASE_URL}#slide=${n}`);
    await waitForAppReady(page);
    await expect.poll(compare, { timeout: 60_000 }).toEqual(ticked);
    await expect.poll(letters, { timeout: 30_000 }).toEqual(['A', 'B']);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'slides-compared-sites');
    expect(s.externalRequests).toEqual([]);
  }, 180_000);
});
