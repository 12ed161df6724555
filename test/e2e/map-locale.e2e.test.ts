// Polish a first user asked for: MapLibre's own buttons speak the app's language, "Tệp làm việc mới từ dữ liệu mẫu"
// asks before replacing the project, and a selection made inside a tool does not follow the user to other tabs.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { jumpTo, openApp, project, saveScreenshot, type BrowserSession } from './browser.ts';

const zones = JSON.parse(readFileSync('data/industrial_zones.geojson', 'utf8')) as FeatureCollection;

/** Title and aria-label of MapLibre's controls, as a mouse hover and a screen reader give them. */
async function controlLabels(page: Page) {
  return page.evaluate(() => {
    const pick = (selector: string) => {
      const el = document.querySelector(selector);
      return { title: el?.getAttribute('title') ?? null, aria: el?.getAttribute('aria-label') ?? null };
    };
    return {
      zoomIn: pick('.maplibregl-ctrl-zoom-in'),
      zoomOut: pick('.maplibregl-ctrl-zoom-out'),
      compass: pick('.maplibregl-ctrl-compass'),
      attribution: pick('.maplibregl-ctrl-attrib-button'),
      canvas: pick('canvas.maplibregl-canvas'),
    };
  });
}

const layerIds = (page: Page) => page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.layers.map((l) => l.id));

describe('first-user polish', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the map buttons have Vietnamese tooltips, English after switching language, Vietnamese again after switching back', async () => {
    const { page } = s;
    expect(await controlLabels(page)).toEqual({
      zoomIn: { title: 'Phóng to', aria: 'Phóng to' },
      zoomOut: { title: 'Thu nhỏ', aria: 'Thu nhỏ' },
      compass: { title: 'Kéo để xoay bản đồ, bấm để quay về hướng Bắc', aria: 'Kéo để xoay bản đồ, bấm để quay về hướng Bắc' },
      attribution: { title: 'Hiện/ẩn nguồn dữ liệu bản đồ', aria: 'Hiện/ẩn nguồn dữ liệu bản đồ' },
      canvas: { title: null, aria: 'Bản đồ' },
    });
    // The button a user hovers is found by its Vietnamese name.
    await expect(page.getByRole('button', { name: 'Phóng to' }).count()).resolves.toBe(1);

    await page.getByTestId('lang-en').click();
    await expect.poll(async () => (await controlLabels(page)).zoomIn.title).toBe('Zoom in');
    expect(await controlLabels(page)).toEqual({
      zoomIn: { title: 'Zoom in', aria: 'Zoom in' },
      zoomOut: { title: 'Zoom out', aria: 'Zoom out' },
      compass: { title: 'Drag to rotate map, click to reset north', aria: 'Drag to rotate map, click to reset north' },
      attribution: { title: 'Toggle attribution', aria: 'Toggle attribution' },
      canvas: { title: null, aria: 'Map' },
    });
    // The buttons still work after relabelling.
    const zoom = await page.evaluate(() => window.__noxhAtlas!.controller.map.getZoom());
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.evaluate(() => window.__noxhAtlas!.controller.map.getZoom())).toBeGreaterThan(zoom + 0.5);

    await page.getByTestId('lang-vi').click();
    await expect.poll(async () => (await controlLabels(page)).zoomIn.title).toBe('Phóng to');
    expect((await controlLabels(page)).attribution.aria).toBe('Hiện/ẩn nguồn dữ liệu bản đồ');
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('a feature clicked on the Layers tab stays selected in every tab; a parcel picked in the scoring ranking goes when leaving the tab', async () => {
    const { page } = s;
    const panel = page.getByTestId('feature-panel');
    const selection = () => page.evaluate(() => window.__noxhAtlas!.store.getState().selection);

    // A plain map click (Layers tab): the attribute panel stays open through the tools and back.
    const vsip = zones.features.find((f) => String(f.properties?.name).includes('VSIP'))!;
    const [lon, lat] = pointOnFeature(vsip).geometry.coordinates;
    await jumpTo(page, [lon, lat], 12);
    await page.getByTestId('map').click({ position: await project(page, [lon, lat]) });
    await panel.waitFor();
    await expect(page.getByTestId('feature-title').textContent()).resolves.toBe(vsip.properties!.name);
    for (const tab of ['data', 'audit', 'layers']) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(panel.isVisible(), `panel after opening ${tab}`).resolves.toBe(true);
      await expect(page.getByTestId('feature-title').textContent()).resolves.toBe(vsip.properties!.name);
    }

    // A parcel picked in the scoring ranking: highlighted with its explanation while scoring is open ...
    await page.getByTestId('tab-scoring').click();
    const row = page.getByTestId('ranking-row').first();
    await row.waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="row-score"]')?.textContent ?? ''), undefined, { timeout: 90_000 });
    await row.click();
    await page.getByTestId('explanation').waitFor();
    await expect(panel.isVisible()).resolves.toBe(true);
    const pickedRole = await page.evaluate(() => {
      const state = window.__noxhAtlas!.store.getState();
      return state.history.workspace.project.layers.find((l) => l.id === state.selection?.layerId)?.role;
    });
    expect(pickedRole).toBe('candidate_site');
    await saveScreenshot(page, 'tab-selection-scoring-picked');
    // ... and gone, panel and highlight, when the user moves to another tab.
    await page.getByTestId('tab-layers').click();
    await panel.waitFor({ state: 'detached' });
    expect(await selection()).toBeNull();
    await expect(page.locator('.hint').isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'tab-selection-after-leaving-scoring');

    // The audit's selected project and its map highlight go with the audit tab too.
    await page.getByTestId('tab-audit').click();
    const auditRow = page.locator('[data-testid^="audit-row-"]').first();
    await auditRow.waitFor({ timeout: 60_000 });
    await auditRow.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const audit = window.__noxhAtlas!.store.getState().overlays.audit;
          return audit?.kind === 'audit' ? audit.highlights.length : 0;
        }),
      )
      .toBeGreaterThan(0);
    await page.getByTestId('tab-layers').click();
    expect(await page.evaluate(() => window.__noxhAtlas!.store.getState().overlays.audit)).toBeUndefined();
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('"Tệp làm việc mới từ dữ liệu mẫu" asks first: Cancel keeps the imported layer, OK replaces it, Ctrl+Z brings it back', async () => {
    const { page } = s;
    await page.getByTestId('tab-data').click();
    // The sample's layers (the score layer, added when scores arrived earlier, is not part of the sample).
    const sampleIds = (await layerIds(page)).filter((id) => id !== 'score-result');
    await page.getByTestId('import-input').setInputFiles('test/fixtures/import/kcn.kmz');
    await page.getByTestId('import-draft-kcn').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-report').waitFor({ state: 'detached' });
    const withImport = await layerIds(page);
    expect(withImport.filter((id) => id !== 'score-result').length).toBe(sampleIds.length + 1);

    const dialog = page.getByTestId('reset-confirm');
    await page.getByTestId('new-project').click();
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Tạo tệp làm việc mới từ dữ liệu mẫu?');
    expect(text).toContain(`Toàn bộ ${withImport.length} lớp của tệp làm việc đang mở`);
    expect(text).toContain('trong đó 1 lớp đã nhập');
    expect(text).toContain('Ctrl+Z');
    await saveScreenshot(page, 'reset-confirm-vi');

    // Cancel (the focused, default button): nothing changes.
    await dialog.getByTestId('reset-confirm-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await layerIds(page)).toEqual(withImport);
    expect(await page.getByTestId('project-message').count()).toBe(0);
    // Escape cancels too.
    await page.getByTestId('new-project').click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await layerIds(page)).toEqual(withImport);

    // OK: the sample project replaces it.
    await page.getByTestId('new-project').click();
    await dialog.getByTestId('reset-confirm-ok').click();
    await expect.poll(() => page.getByTestId('project-message').textContent()).toBe('Đã tạo tệp làm việc mới từ dữ liệu mẫu.');
    const reset = await layerIds(page);
    expect(reset.some((id) => id.startsWith('import-'))).toBe(false);
    expect(reset).toEqual(sampleIds);

    // Ctrl+Z, as the dialog said.
    await page.keyboard.press('Control+z');
    await expect.poll(() => layerIds(page)).toEqual(withImport);
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('a bookmark in English', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp('#lang=en');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens with English map buttons', async () => {
    expect((await controlLabels(s.page)).zoomIn).toEqual({ title: 'Zoom in', aria: 'Zoom in' });
    await s.page.getByTestId('lang-vi').click();
    await expect.poll(async () => (await controlLabels(s.page)).zoomIn.title).toBe('Phóng to');
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
