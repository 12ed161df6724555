// Shared harness for the browser tests: the system Chromium with software WebGL, every request that
// leaves 127.0.0.1 aborted and recorded, console errors collected, screenshots kept in test-results/.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const BASE_URL = process.env.NOXH_BASE_URL ?? 'http://127.0.0.1:4173/';
export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine (all aborted). */
  externalRequests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openApp(hash = '', viewport = { width: 1400, height: 900 }): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'noxh-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-pings',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(https?|wss?):\/\/127\.0\.0\.1[:/]/.test(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.goto(`${BASE_URL}${hash}`);
  await waitForAppReady(page);
  return {
    context,
    page,
    externalRequests,
    consoleErrors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every layer loaded and the map idle (no tiles or sources pending, no animation). Reads the app through
 * `window.__noxhAtlas`, which only a non-production build has (scripts/run-e2e.mjs builds with `--mode e2e`).
 */
export async function waitForAppReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = window.__noxhAtlas;
      if (!hook) return false;
      const { layerData, history } = hook.store.getState();
      // A derived layer (the score result) has no loaded data: it is drawn from the scoring result.
      const loaded = (l: (typeof history.workspace.project.layers)[number]) =>
        l.source.kind === 'scenario-result' || layerData[l.id]?.status === 'ready' || layerData[l.id]?.status === 'error' || layerData[l.id]?.status === 'packed';
      return history.workspace.project.layers.every(loaded);
    },
    undefined,
    { timeout: 60_000 },
  );
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__noxhAtlas!.controller.map;
        // Two frames let React's effects push the latest style and deck layers first.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
              map.triggerRepaint();
              map.once('idle', () => resolve());
            } else map.once('idle', () => resolve());
          }),
        );
      }),
  );
  // deck.gl draws on its own animation frame after the map.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function saveScreenshot(page: Page, name: string): Promise<PNG> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const buffer = await page.screenshot();
  writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), buffer);
  return PNG.sync.read(buffer);
}

export async function mapScreenshot(page: Page, name?: string): Promise<{ png: PNG; box: { x: number; y: number; width: number; height: number } }> {
  const map = page.getByTestId('map');
  const box = (await map.boundingBox())!;
  const buffer = await page.screenshot({ clip: box });
  if (name) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), buffer);
  }
  return { png: PNG.sync.read(buffer), box };
}

export interface PixelDiff {
  changed: number;
  /** Bounding box of the changed pixels in map-container pixels, or null when none changed. */
  bounds: { minX: number; minY: number; maxX: number; maxY: number } | null;
}

export function diffPixels(a: PNG, b: PNG, tolerance = 24): PixelDiff {
  let changed = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
      if (d > tolerance) {
        changed++;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
    }
  }
  return { changed, bounds: changed ? { minX, minY, maxX, maxY } : null };
}

/** Screen position (map-container pixels) of a lon/lat. */
export async function project(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const p = window.__noxhAtlas!.controller.map.project([lon, lat]);
    return { x: p.x, y: p.y };
  }, lonLat);
}

export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  // Returns nothing: jumpTo gives the map back, and serialising it (with a cadastre's arrays) can exceed V8's longest string.
  await page.evaluate(
    ([lon, lat, z]) => {
      window.__noxhAtlas!.controller.map.jumpTo({ center: [lon, lat], zoom: z });
    },
    [center[0], center[1], zoom] as const,
  );
  await waitForMapIdle(page);
}

/** Opens the app on the "Chấm điểm vị trí" tab and waits until the scores have come from the worker. */
export async function openScoringTab(hash = ''): Promise<BrowserSession> {
  const s = await openApp(hash);
  await s.page.getByTestId('tab-scoring').click();
  // Scores arrive from the worker: the first row has a number.
  await s.page.getByTestId('row-score').first().waitFor({ timeout: 60_000 });
  await s.page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="row-score"]')?.textContent ?? ''));
  return s;
}

export interface FontReport {
  /** The body's computed font-family. */
  bodyFont: string;
  /** The @font-face faces the page has loaded, as `family weight style`, with their unicode-range. */
  loadedFaces: { face: string; unicodeRange: string }[];
  /** Every font file the page fetched. */
  fontFiles: string[];
  /** Width of a Vietnamese text on a canvas in `family` (monospace as the fallback), and in monospace alone. */
  canvasWidths: { family: number; monospace: number };
}

/**
 * Which fonts the page really uses: its loaded faces, the font files it fetched, and whether a canvas (deck.gl
 * draws the labels' glyph atlas on one) gets `family` at `weight`: monospace is never that family, so the widths
 * differ only when the family is there.
 */
export async function fontReport(page: Page, family: string, weight: number): Promise<FontReport> {
  return page.evaluate(
    async ([family, weight]) => {
      await document.fonts.ready;
      const context = document.createElement('canvas').getContext('2d')!;
      const [inFamily, inMonospace] = [`${family}, monospace`, 'monospace'].map((font) => {
        context.font = `${weight} 64px ${font}`;
        return context.measureText('Quảng Ngãi — Dung Quất').width;
      });
      return {
        bodyFont: getComputedStyle(document.body).fontFamily,
        loadedFaces: Array.from(document.fonts)
          .filter((f) => f.status === 'loaded')
          .map((f) => ({ face: `${f.family.replace(/["']/g, '')} ${f.weight} ${f.style}`, unicodeRange: f.unicodeRange })),
        fontFiles: performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url)),
        canvasWidths: { family: inFamily, monospace: inMonospace },
      };
    },
    [family, weight] as const,
  );
}

/** The top 40 rows of the scoring ranking as "id:score,…", to see whether a change re-ranked the parcels. */
export function rankingText(s: BrowserSession): Promise<string> {
  return s.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="ranking-row"]')]
      .slice(0, 40)
      .map((r) => `${r.querySelector('.sc-id')?.textContent}:${r.querySelector('[data-testid="row-score"]')?.textContent}`)
      .join(','),
  );
}
