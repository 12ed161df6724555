// Hostile input in the real app (issue 16): Cancel stops a long import for real and the next import works; a reload
// right after Confirm keeps the new layer; a project file asking for the online basemap opens offline and asks; a crash
// shows the recovery page, and starting over brings the app back with the broken workspace set aside.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSHandle, Page } from 'playwright-core';
import { openApp, saveScreenshot, waitForAppReady, type BrowserSession } from './browser.ts';

async function projectLayerIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.layers.map((l) => l.id));
}

async function drop(page: Page, dataTransfer: JSHandle): Promise<void> {
  const map = page.getByTestId('map');
  await map.dispatchEvent('dragenter', { dataTransfer });
  await map.dispatchEvent('drop', { dataTransfer });
}

/** A GeoJSON file built in the page, as a drop's DataTransfer. */
function fileInPage(page: Page, name: string, build: string): Promise<JSHandle> {
  return page.evaluateHandle(
    ([fileName, body]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Function(body)() as string], fileName));
      return dt;
    },
    [name, build] as const,
  );
}

describe('hostile input in the app', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('Cancel stops a long repair for real: the next import runs at once on a fresh worker, and survives a reload right after Confirm', async () => {
    const { page } = s;
    const before = await projectLayerIds(page);
    // Sixty saw-tooth parcels of 9,000 vertices (under the repair limit): each is repaired by a union that never
    // stops to look at a cancel request, so only terminating the worker ends it. About half a second each on an idle
    // machine (noxh import: 12 of them in 6 s), so the whole import lasts far longer than the time to press Cancel.
    const slow = await fileInPage(
      page,
      'rang-cua.geojson',
      `const features = [];
       for (let f = 0; f < 60; f++) {
         const ring = [];
         for (let i = 0; i < 9000; i++) ring.push([108.8 + f * 0.03 + (i * 0.02) / 9000, 15.1 + (i % 2 ? 0.01 : -0.01)]);
         ring.push([108.82 + f * 0.03, 15.0], [108.8 + f * 0.03, 15.2], ring[0]);
         features.push({ type: 'Feature', properties: { ten: 'Răng cưa ' + f }, geometry: { type: 'Polygon', coordinates: [ring] } });
       }
       return JSON.stringify({ type: 'FeatureCollection', features });`,
    );
    await drop(page, slow);
    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    // Into the repair stage (40 % and more: reading is done), then Cancel.
    await expect.poll(async () => Number(await progress.locator('progress').getAttribute('value')), { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(0.4);
    await page.getByTestId('import-cancel').click();
    await expect(page.getByTestId('import-toast').textContent()).resolves.toContain('Đã hủy nhập dữ liệu');
    expect(await projectLayerIds(page)).toEqual(before);

    // The next import: with the old worker still repairing (12 × several seconds) it would sit at 0 % for a minute.
    const small = await fileInPage(
      page,
      'hai-diem.geojson',
      `return JSON.stringify({ type: 'FeatureCollection', features: [
         { type: 'Feature', properties: { ten: 'Điểm 1' }, geometry: { type: 'Point', coordinates: [108.80, 15.12] } },
         { type: 'Feature', properties: { ten: 'Điểm 2' }, geometry: { type: 'Point', coordinates: [108.81, 15.13] } }] });`,
    );
    await drop(page, small);
    const card = page.getByTestId('import-draft-hai-diem');
    await card.waitFor({ timeout: 15_000 });
    await expect(card.getByTestId('import-counts').textContent()).resolves.toContain('2 đối tượng được nhập');
    await page.getByTestId('import-confirm').click();
    await expect.poll(async () => (await projectLayerIds(page)).length).toBe(before.length + 1);
    const added = (await projectLayerIds(page)).find((id) => !before.includes(id))!;

    // Reload at once: the autosave pending at Confirm is written on pagehide.
    await page.reload();
    await waitForAppReady(page);
    expect(await projectLayerIds(page)).toContain(added);
    expect(s.externalRequests).toEqual([]);
  });

  it('a project file with "basemap": "osm" opens offline and asks before going online', async () => {
    const { page } = s;
    await page.getByTestId('tab-data').click();
    await page.getByTestId('open-project-input').setInputFiles('test/fixtures/hostile/basemap-osm.noxh.json');
    const ask = page.getByTestId('basemap-confirm');
    await ask.waitFor();
    await expect(ask.textContent()).resolves.toContain('tile.openstreetmap.org');
    await expect(page.getByTestId('project-message').textContent()).resolves.toContain('Dự án có bản đồ nền trực tuyến');
    const basemap = () => page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.basemap);
    expect(await basemap()).toBe('none');
    await saveScreenshot(page, 'hostile-basemap-ask');
    await page.getByTestId('basemap-confirm-cancel').click();
    await expect(ask.count()).resolves.toBe(0);
    expect(await basemap()).toBe('none');
    expect(s.externalRequests).toEqual([]);
  });

  it('a shared link with basemap=osm opens offline and asks too (the question over any tab)', async () => {
    const { page } = s;
    const url = new URL(page.url());
    url.hash = 'basemap=osm';
    await page.goto(url.href);
    await page.reload();
    await waitForAppReady(page);
    const ask = page.getByTestId('basemap-confirm');
    await ask.waitFor();
    const basemap = () => page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.basemap);
    expect(await basemap()).toBe('none');
    await page.getByTestId('basemap-confirm-cancel').click();
    await expect(ask.count()).resolves.toBe(0);
    expect(await basemap()).toBe('none');
    expect(s.externalRequests).toEqual([]);
  });

  it('a crash shows the recovery page; starting over brings the app back and offers the set-aside workspace', async () => {
    const { page } = s;
    // Titles that are not text, put straight into the store (a file is refused before this): React throws.
    await page.getByTestId('tab-data').click();
    await page.evaluate(() => {
      const { store } = window.__noxhAtlas!;
      const project = store.getState().history.workspace.project;
      const broken = { ...project, title: { x: 1 }, layers: [{ ...project.layers[0], title: { vi: { x: 1 }, en: { x: 1 } } }, ...project.layers.slice(1)] };
      store.run({ type: 'replaceProject', project: broken as unknown as typeof project });
    });
    const crashed = page.getByTestId('app-crashed');
    await crashed.waitFor();
    await saveScreenshot(page, 'hostile-crash-page');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('crash-start-over').click()]);
    await waitForAppReady(page);
    await expect(page.getByTestId('app-crashed').count()).resolves.toBe(0);
    await page.getByTestId('workspace-recovery').waitFor();
    expect((await projectLayerIds(page)).length).toBeGreaterThan(0);
    expect(s.externalRequests).toEqual([]);
  });
});
