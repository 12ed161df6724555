// `npx tsx scripts/bench/cadastre.browser.ts [parcels=200000]`: a generated FlatGeobuf cadastre (writeCadastreFgb.ts,
// in a temporary folder) opened in the built app through the import dialog, added to the map and scored with
// `worker_housing`, in the system Chromium (software WebGL, as the browser tests run). For each phase: wall time,
// the longest main-thread task (the page cannot answer a click for that long), the page's JS heap (typed arrays
// included, the workers' not) and the RSS of the renderer (page + workers) and GPU processes. Figures in
// docs/PERFORMANCE.md. Not part of `npm run bench` (it needs a browser and a build).
// Every main-thread long task (PerformanceObserver 'longtask', ≥ 50 ms) from the import to the scored map is listed
// at the end and named: the app's own phases (`performance.measure` entries named `noxh:…`, see markPhase.ts) that
// overlap it, and the functions that took its time (a CPU profile of the page's main thread over the CDP, the app
// built unminified so the names are readable). `--no-profile` leaves the profiler out (it costs ~5 % CPU).
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuiltApp } from '../serveBuiltApp.mjs';
import type { CDPSession, Page } from 'playwright-core';
import { launchBenchChromium } from './_launchBenchChromium.ts';
import { writeCadastreFgb } from './writeCadastreFgb.ts';

const args = process.argv.slice(2);
const parcels = Number(args.find((a) => !a.startsWith('--')) ?? 200_000);
const profile = !args.includes('--no-profile');
const dataDir = mkdtempSync(join(tmpdir(), 'noxh-cadastre-bench-'));
const file = join(dataDir, `dia_chinh_${parcels}.fgb`);
writeCadastreFgb(parcels, file);
const served = await serveBuiltApp('noxh-bench-dist-', ['--minify', 'false']);
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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Every long task with the bench phase it fell in, the app's phases that overlap it and its busiest functions. */
async function listLongTasks(page: Page, cdp: CDPSession | null, alignAt: number, phases: { name: string; end: number }[]) {
  const { tasks, measures } = await page.evaluate(() => ({
    tasks: (window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks,
    measures: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('noxh:')).map((m) => ({ name: m.name, start: m.startTime, ms: m.duration })),
  }));
  let samples: { at: number; node: number }[] = [];
  const nodes = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  if (cdp) {
    const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number } };
    for (const n of p.nodes) {
      nodes.set(n.id, n);
      for (const c of n.children ?? []) parent.set(c, n.id);
    }
    let t = p.startTime;
    samples = p.samples.map((node, k) => ({ at: (t += p.timeDeltas[k]) / 1000, node }));
    // The first sample inside the aligning loop is at performance.now() = alignAt.
    const inAlign = (id: number): boolean => {
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) if (nodes.get(n)!.callFrame.functionName === 'noxhBenchAlign') return true;
      return false;
    };
    const first = samples.find((s) => inAlign(s.node));
    const offset = first ? first.at - alignAt : 0;
    samples = samples.map((s) => ({ at: s.at - offset, node: s.node }));
  }
  const frameName = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
    return `${n.callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${n.callFrame.lineNumber + 1}` : ''}`;
  };
  console.log(`\nMain-thread long tasks (≥ 50 ms) from the import on: ${tasks.length}, ${Math.round(tasks.reduce((a, t) => a + t.ms, 0))} ms in all`);
  for (const task of tasks) {
    const end = task.start + task.ms;
    const phase = phases.find((p) => p.end >= task.start)?.name ?? '?';
    const overlapping = [...new Set(measures.filter((m) => m.start < end && m.start + m.ms > task.start).map((m) => `${m.name.slice(5)} ${Math.round(m.ms)} ms`))];
    const self = new Map<string, number>();
    const caller = new Map<string, string>();
    let n = 0;
    for (const s of samples) {
      if (s.at < task.start || s.at > end) continue;
      const node = nodes.get(s.node)!;
      if (node.callFrame.functionName === '(idle)') continue;
      n++;
      const name = frameName(node);
      self.set(name, (self.get(name) ?? 0) + 1);
      // The nearest caller that is not a native or library frame without a name.
      let up = parent.get(s.node);
      while (up !== undefined && !nodes.get(up)!.callFrame.functionName) up = parent.get(up);
      if (up !== undefined && !caller.has(name)) caller.set(name, frameName(nodes.get(up)!));
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, k]) => `${Math.round((100 * k) / Math.max(1, n))} % ${name}${caller.has(name) ? ` ← ${caller.get(name)}` : ''}`);
    console.log(`- ${Math.round(task.ms)} ms at ${(task.start / 1000).toFixed(1)} s [${phase}]${overlapping.length ? ` app: ${overlapping.join(', ')}` : ''}${top.length ? `\n    ${top.join('\n    ')}` : ''}`);
  }
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
    const w = window as unknown as { __longestTaskMs: number; __longTasks: { start: number; ms: number }[] };
    w.__longestTaskMs = 0;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longestTaskMs = Math.max(w.__longestTaskMs, e.duration);
        w.__longTasks.push({ start: e.startTime, ms: e.duration });
      }
    }).observe({ type: 'longtask' });
  });
  const cdp = profile ? await context.newCDPSession(page) : null;
  let alignAt = 0;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    // A busy loop in a function of a known name: where its samples sit in the profile aligns the profile's clock
    // with performance.now().
    // (A string: tsx would wrap a named function in a helper the page does not have.)
    alignAt = await page.evaluate<number>('(() => { function noxhBenchAlign() { const t = performance.now(); while (performance.now() - t < 40); return t; } return noxhBenchAlign(); })()');
  }
  const phases: { name: string; end: number }[] = [];
  const report = async (phase: string, startMs: number) => {
    const page_ = await page.evaluate(() => {
      const w = window as unknown as { __longestTaskMs: number };
      const longest = Math.round(w.__longestTaskMs);
      w.__longestTaskMs = 0;
      return { longestTaskMs: longest, heapMb: Math.round((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20) };
    });
    const m = { ...page_, ...rss() };
    phases.push({ name: phase, end: await page.evaluate(() => performance.now()) });
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
  // The score colours reach the map in a later frame: the map idle again after them (a repaint asked for, so an
  // already idle map says so again).
  await page.evaluate(() => new Promise<void>((resolve) => {
    const { map } = window.__noxhAtlas!.controller;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
  await report('scored map drawn', t0);
  await listLongTasks(page, cdp, alignAt, phases);
} finally {
  await context.close();
  served.stop();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
