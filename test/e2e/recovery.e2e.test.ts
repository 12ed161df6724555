// Hostile project files and workspaces never blank the app (issue 16): a tampered project file is refused with a
// Vietnamese message naming the field, the app keeps working; a broken autosave opens the sample and offers the
// saved copy for download on that load and the next, until it is discarded.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitForAppReady, type BrowserSession } from './browser.ts';

const TAMPERED = 'test/fixtures/project/tampered';

async function projectLayerIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.layers.map((l) => l.id));
}

/** Writes a record under an idb-keyval key (its default database `keyval-store`, store `keyval`), as autosave does. */
async function writeIdb(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(v, k as string);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    [key, value] as const,
  );
}

describe('hostile project files and workspaces', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each([
    ['inline-data-42', 'trường "source.data" không hợp lệ'],
    ['title-object', 'trường "title" không hợp lệ'],
  ])('opening the tampered project %s says what is wrong and keeps the app working', async (name, fragment) => {
    const { page } = s;
    const before = await projectLayerIds(page);
    await page.getByTestId('tab-data').click();
    await page.getByTestId('open-project-input').setInputFiles(`${TAMPERED}/${name}.noxh.json`);
    const message = page.getByTestId('project-message');
    await expect.poll(() => message.textContent()).toContain(fragment);
    await expect(message.textContent()).resolves.toContain('Lớp thứ 1');
    expect(await projectLayerIds(page)).toEqual(before);
    // Still usable: the layer list is there and a layer can be switched off and on.
    await page.getByTestId('tab-layers').click();
    await expect(page.getByTestId('app-crashed').count()).resolves.toBe(0);
    expect(await page.locator('.layer-panel').count()).toBeGreaterThan(0);
  });

  it('a broken autosave: the sample opens, the saved copy is offered for download on this load and the next, until discarded', async () => {
    const { page } = s;
    const sampleIds = await projectLayerIds(page);
    const tampered = JSON.parse(readFileSync(`${TAMPERED}/inline-data-42.noxh.json`, 'utf8')) as unknown;
    await writeIdb(page, 'noxh-atlas:workspace', { savedAt: '2026-12-05T06:00:00.000Z', project: tampered });
    await page.reload();
    await waitForAppReady(page);
    const offer = page.getByTestId('workspace-recovery');
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toContain('không mở được');
    await expect(offer.textContent()).resolves.toContain('source.data');
    expect(await projectLayerIds(page)).toEqual(sampleIds);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('recovery-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.noxh\.json$/);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(tampered);

    await page.reload();
    await waitForAppReady(page);
    await page.getByTestId('workspace-recovery').waitFor();
    await page.getByTestId('recovery-dismiss').click();
    await expect(page.getByTestId('workspace-recovery').count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    await page.reload();
    await waitForAppReady(page);
    await expect(page.getByTestId('workspace-recovery').count()).resolves.toBe(0);
    expect(await projectLayerIds(page)).toEqual(sampleIds);
    expect(s.externalRequests).toEqual([]);
  });

  it('a failed autosave (full disk) is an alert over the map with the project as a download, and the Data tab does not claim it saves', async () => {
    const { page } = s;
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.evaluate(() => {
      const { store } = window.__noxhAtlas!;
      const layer = store.getState().history.workspace.project.layers[0];
      store.run({ type: 'setLayerVisible', layerId: layer.id, visible: !layer.visible });
    });
    const alert = page.getByTestId('autosave-failed');
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.textContent()).resolves.toContain('CHƯA được lưu');
    await expect(alert.textContent()).resolves.toContain('QuotaExceededError');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('autosave-failed-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.noxh\.json$/);
    await page.getByTestId('tab-data').click();
    const status = await page.getByTestId('autosave-status').textContent();
    expect(status).not.toContain('được tự động lưu');
    expect(status).toContain('Không tự lưu được');
  });
});
