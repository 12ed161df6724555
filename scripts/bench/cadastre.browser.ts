// `npx tsx scripts/bench/cadastre.browser.ts [parcels=200000]`: a generated FlatGeobuf cadastre (writeCadastreFgb.ts,
// in a temporary folder) opened in the built app through the import dialog, added to the map and scored with
// `worker_housing`, in the system Chromium (software WebGL, as the browser tests run). For each phase: wall time,
// the longest main-thread task (the page cannot answer a click for that long), the page's JS heap (typed arrays
// included, the workers' not) and the RSS of the renderer (page + workers) and GPU processes. Figures in
// docs/PERFORMANCE.md. Not part of `npm run bench` (it needs a browser and a build).
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuiltApp } from '../serveBuiltApp.mjs';
import { launchBenchChromium } from './_launchBenchChromium.ts';
import { writeCadastreFgb } from './writeCadastreFgb.ts';

const parcels = Number(process.argv[2] ?? 200_000);
const dataDir = mkdtempSync(join(tmpdir(), 'noxh-cadastre-bench-'));
const file = join(dataDir, `dia_chinh_${parcels}.fgb`);
writeCadastreFgb(parcels, file);
const served = await serveBuiltApp('noxh-bench-dist-');
if (!served) process.exit(1);
const userDataDir = mkdtempSync(join(tmpdir(), 'noxh-bench-'));

/** RSS in MB of this Chromium's renderer and GPU processes (found by their user-data folder). */
function rss(): { rendererMb: number; gpuMb: number } {
  let renderer = 0;
  let gpu = 0;
  for (const line of execSync('ps -eo rss,args --no-headers').toString().split('\n')) {
    if (!line.includes(userDataDir)) continue;
    const kb = Number(line.trim().split(/\s+/)[0]);
    if (line.includes('--type=renderer')) renderer += kb;
    if (line.includes('--type=gpu-process')) gpu += kb;
  }
  return { rendererMb: Math.round(renderer / 1024), gpuMb: Math.round(gpu / 1024) };
}

const context = await launchBenchChromium(userDataDir);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(served.baseUrl);
  await page.waitForFunction(
    () => {
      const hook = window.__noxhAtlas;
      if (!hook) return false;
      const { layerData, history } = hook.store.getState();
      return history.workspace.project.layers.every((l) => l.source.kind === 'scenario-result' || layerData[l.id]?.status === 'ready');
    },
    undefined,
    { timeout: 120_000 },
  );
  await page.evaluate(() => {
    const w = window as unknown as { __longestTaskMs: number };
    w.__longestTaskMs = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longestTaskMs = Math.max(w.__longestTaskMs, e.duration);
    }).observe({ type: 'longtask' });
  });
  const report = async (phase: string, startMs: number) => {
    const page_ = await page.evaluate(() => {
      const w = window as unknown as { __longestTaskMs: number };
      const longest = Math.round(w.__longestTaskMs);
      w.__longestTaskMs = 0;
      return { longestTaskMs: longest, heapMb: Math.round((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20) };
    });
    const m = { ...page_, ...rss() };
    console.log(`${phase}: ${((performance.now() - startMs) / 1000).toFixed(1)} s; longest main-thread task ${m.longestTaskMs} ms; heap ${m.heapMb} MB; renderer ${m.rendererMb} MB, GPU process ${m.gpuMb} MB; load ${os.loadavg()[0].toFixed(1)}`);
  };
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}; ${parcels} parcels`);
  await report('baseline', performance.now());
  await page.getByTestId('tab-data').click();
  let t0 = performance.now();
  await page.getByTestId('import-input').setInputFiles(file);
  await page.getByTestId('cadastre-card').waitFor({ timeout: 600_000 });
  await report('import to the report', t0);
  t0 = performance.now();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-dialog').waitFor({ state: 'detached', timeout: 600_000 });
  await page.evaluate(() => new Promise<void>((resolve) => window.__noxhAtlas!.controller.map.once('idle', () => resolve())));
  await report('added, map idle', t0);
  t0 = performance.now();
  await page.getByTestId('tab-scoring').click();
  await page.getByTestId('scoring-summary').waitFor({ timeout: 600_000 });
  await report('scored, summary shown', t0);
  await page.waitForFunction(() => /^TD-/.test(document.querySelector('[data-testid="ranking-row"] .sc-id')?.textContent ?? ''), undefined, { timeout: 120_000 });
  await report('top rows read from the file', t0);
} finally {
  await context.close();
  served.stop();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
