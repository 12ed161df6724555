/* global window -- the callbacks passed to page.waitForFunction / page.evaluate run in the browser */
// `node scripts/screenshot.mjs <url> <out.png> [width height] [testid,testid…]`: a screenshot of the running
// app in the system Chromium, for docs and for looking at a change, after clicking the elements with those
// data-testids (e.g. a sidebar tab). Prints console errors it sees. It waits through the `window.__noxhAtlas`
// hook, which production builds leave out: point it at `npm run dev` or a `vite build --mode e2e` preview.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', width = '1400', height = '900', clicks = ''] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'noxh-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: Number(width), height: Number(height) },
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await page.waitForFunction(() => {
  const hook = window.__noxhAtlas;
  if (!hook) return false;
  const { layerData, history } = hook.store.getState();
  return history.workspace.project.layers.every((l) => layerData[l.id] && layerData[l.id].status !== 'loading');
}, undefined, { timeout: 60000 });
for (const testId of clicks.split(',').filter(Boolean)) {
  await page.getByTestId(testId).click();
  await page.waitForTimeout(1500);
}
await page.evaluate(() => new Promise((r) => window.__noxhAtlas.controller.map.once('idle', r) && window.__noxhAtlas.controller.map.triggerRepaint()));
await page.waitForTimeout(clicks ? 4000 : 500);
await page.screenshot({ path: out });
await context.close();
rmSync(profile, { recursive: true, force: true });
