// `npx tsx scripts/bench/mapSheet.browser.ts [runs]`: how long the "Xuất bản đồ" dialog takes to make an A3
// landscape 300 dpi sheet (PNG and PDF) of the sample map, from the click to the download, in the system
// Chromium (software WebGL, as the browser tests run). Builds the app, serves it on a free loopback port.
// Not part of `npm run bench` (that runs Node-only *.bench.ts files): it needs a browser and a build.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuiltApp } from '../serveBuiltApp.mjs';
import { launchBenchChromium } from './_launchBenchChromium.ts';

const runs = Number(process.argv[2] ?? 3);
const served = await serveBuiltApp('noxh-bench-dist-');
if (!served) process.exit(1);
const { baseUrl } = served;
const userDataDir = mkdtempSync(join(tmpdir(), 'noxh-bench-'));
const context = await launchBenchChromium(userDataDir);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseUrl);
  await page.waitForFunction(
    () => {
      const hook = window.__noxhAtlas;
      if (!hook) return false;
      const { layerData, history } = hook.store.getState();
      return history.workspace.project.layers.every((l) => layerData[l.id]?.status === 'ready');
    },
    undefined,
    { timeout: 120_000 },
  );
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const format of ['png', 'pdf'] as const) {
    const times: number[] = [];
    const phases: string[] = [];
    let size = 0;
    for (let run = 0; run < runs; run++) {
      await page.getByTestId('export-map').click();
      for (const choice of ['sheet-paper-A3', 'sheet-orientation-landscape', 'sheet-dpi-300', `sheet-format-${format}`]) await page.getByTestId(choice).check();
      const start = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByTestId('sheet-export').click()]);
      const path = await download.path();
      times.push(performance.now() - start);
      size = statSync(path!).size;
      await page.waitForSelector('[data-testid="sheet-status"][data-state="done"]');
      phases.push((await page.getByTestId('sheet-status').getAttribute('data-timings-ms')) ?? '?');
      await page.getByTestId('sheet-close').click();
    }
    times.sort((a, b) => a - b);
    console.log(`A3 landscape 300 dpi ${format.toUpperCase()} (4961 × 3508 px): ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}; median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s; file ${(size / 2 ** 20).toFixed(1)} MiB; map render / sheet ms: ${phases.join(', ')}; load ${os.loadavg()[0].toFixed(1)}`);
  }
} finally {
  await context.close();
  served.stop();
  rmSync(userDataDir, { recursive: true, force: true });
}
