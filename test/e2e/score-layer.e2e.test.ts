// The score map as a layer a meeting can read (issue 11): the active scenario's result stays in the layer list and
// on the map after the scoring tab is left, with its legend; it hides, moves and exports like any layer; the top ten
// carry "#1"…"#10", the compared sites are outlined and lettered A, B, C on the map and in the tables; hovering a
// parcel tells its name, score and rank; and at 1280 × 720 with a parcel selected the map keeps ≥ 700 px.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import { bbox, centroid } from '@turf/turf';
import { diffPixels, mapScreenshot, openApp, project, saveScreenshot, waitForAppReady, waitForMapIdle, type BrowserSession } from './browser.ts';

const parcels = JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection;
const SCORE_LAYER = 'score-result';

/** What the map draws over MapLibre: deck layer ids with their visibility, in draw order. */
function deckLayers(page: Page): Promise<{ id: string; visible: boolean }[]> {
  return page.evaluate(() =>
    window.__noxhAtlas!.controller.getDeckLayers().map((l) => ({ id: l.id, visible: l.props.visible !== false })),
  );
}

/** Parcel indices of the best `n`, from the score layer's own ranks. */
function bestParcels(page: Page, n: number): Promise<number[]> {
  return page.evaluate((count) => {
    const spec = window.__noxhAtlas!.store.getState().derivedLayers['score-result'];
    const best: number[] = [];
    spec.ranks.forEach((r, i) => {
      if (r >= 1 && r <= count) best[r - 1] = i;
    });
    return best;
  }, n);
}

/**
 * How many times deck.gl has rebuilt a score fill colour buffer (the dots' and the parcels'), counted on the
 * live attributes of the candidate layer's score layers (deck.gl keeps them across prop updates). The first call
 * installs the count; later calls also count attributes created since.
 */
function fillRebuilds(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Attribute = { settings?: { accessor?: unknown }; updateBuffer: (opts: unknown) => boolean; __counted?: boolean };
    type LiveLayer = { id: string; getAttributeManager?: () => { attributes: Record<string, Attribute> } | null; getSubLayers?: () => LiveLayer[] };
    const w = window as unknown as { __fillRebuilds?: number };
    w.__fillRebuilds ??= 0;
    const visit = (layer: LiveLayer) => {
      for (const a of Object.values(layer.getAttributeManager?.()?.attributes ?? {})) {
        if (a.settings?.accessor !== 'getFillColor' || a.__counted) continue;
        a.__counted = true;
        const original = a.updateBuffer.bind(a);
        a.updateBuffer = (opts) => {
          const updated = original(opts);
          if (updated) w.__fillRebuilds! += 1;
          return updated;
        };
      }
      for (const sub of layer.getSubLayers?.() ?? []) visit(sub);
    };
    let found = 0;
    for (const l of window.__noxhAtlas!.controller.getDeckLayers() as unknown as LiveLayer[]) {
      if (!l.id.startsWith('candidate_sites:score')) continue;
      found++;
      visit(l);
    }
    if (found === 0) throw new Error('no score fill layer drawn');
    return w.__fillRebuilds;
  });
}

/** `act` after `mark` (which keeps what it changes), then waits for `changed` (an expression in the page) and an idle map. */
async function specChanged(page: Page, mark: () => Promise<void>, act: () => Promise<void>, changed: string): Promise<void> {
  await mark();
  await act();
  await page.waitForFunction(changed, undefined, { timeout: 60_000 });
  await waitForMapIdle(page);
}

describe('the score layer', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp('', { width: 1280, height: 720 });
    await s.page.getByTestId('tab-scoring').click();
    await s.page.getByTestId('row-score').first().waitFor({ timeout: 60_000 });
    await s.page.waitForFunction(() => window.__noxhAtlas!.store.getState().derivedLayers['score-result'] !== undefined, undefined, { timeout: 60_000 });
  });
  afterAll(async () => {
    expect(s?.externalRequests ?? []).toEqual([]);
    await s?.close();
  });

  it('labels the top ten "#1"…"#10" and letters the compared sites A, B, C on the map and in both tables', async () => {
    const rows = s.page.getByTestId('ranking-row');
    const checks = s.page.getByTestId('compare-check');
    for (const k of [0, 1, 2]) await checks.nth(k).check();
    expect(await s.page.getByTestId('compare-letter-row').allTextContents()).toEqual(['A', 'B', 'C']);
    await s.page.getByTestId('compare-table').waitFor();
    expect(await s.page.getByTestId('compare-letter').allTextContents()).toEqual(['A', 'B', 'C']);
    const ids = [0, 1, 2].map((k) => rows.nth(k).locator('.sc-id').textContent());
    expect(await s.page.getByTestId('compare-site').allTextContents()).toEqual(await Promise.all(ids));

    // The map: ten rank labels and three letters, drawn over the best parcels.
    const best = await bestParcels(s.page, 10);
    expect(best).toHaveLength(10);
    const top = { ...parcels, features: best.map((i) => parcels.features[i]) };
    const [w, south, e, north] = bbox(top);
    await s.page.evaluate((b) => window.__noxhAtlas!.controller.map.fitBounds(b as [number, number, number, number], { padding: 60, duration: 0 }), [w, south, e, north]);
    await waitForMapIdle(s.page);
    const spec = await s.page.evaluate(() => {
      const d = window.__noxhAtlas!.store.getState().derivedLayers['score-result'];
      return { topN: d.topN, compare: d.compare };
    });
    expect(spec.topN).toBe(10);
    expect(spec.compare).toEqual(best.slice(0, 3));
    const ids2 = (await deckLayers(s.page)).map((l) => l.id);
    expect(ids2).toEqual(expect.arrayContaining(['score-ranks:labels', 'score-compare:outline', 'score-compare:labels']));
    const withLabels = await mapScreenshot(s.page, 'score-layer-top10');
    await s.page.getByTestId('score-top-n').fill('0');
    await s.page.waitForFunction(() => window.__noxhAtlas!.store.getState().derivedLayers['score-result'].topN === 0);
    await waitForMapIdle(s.page);
    const without = await mapScreenshot(s.page);
    await s.page.getByTestId('score-top-n').fill('10');
    await s.page.waitForFunction(() => window.__noxhAtlas!.store.getState().derivedLayers['score-result'].topN === 10);
    await waitForMapIdle(s.page);
    // The "#1" label changes the pixels around the best parcel's centre.
    const diff = diffPixels(withLabels.png, without.png);
    expect(diff.changed).toBeGreaterThan(100);
    const first = await project(s.page, centroid(parcels.features[best[0]]).geometry.coordinates as [number, number]);
    let near = 0;
    for (let y = Math.max(0, Math.round(first.y) - 12); y < Math.min(withLabels.png.height, Math.round(first.y) + 12); y++) {
      for (let x = Math.max(0, Math.round(first.x) - 20); x < Math.min(withLabels.png.width, Math.round(first.x) + 20); x++) {
        const i = (y * withLabels.png.width + x) * 4;
        if (Math.abs(withLabels.png.data[i] - without.png.data[i]) + Math.abs(withLabels.png.data[i + 1] - without.png.data[i + 1]) > 60) near++;
      }
    }
    expect(near).toBeGreaterThan(10);
  });

  it('tells a hovered parcel’s name, score and rank as text', async () => {
    const [best] = await bestParcels(s.page, 1);
    // A point of the parcel itself (not its label): hover the parcel's west part.
    const [west, southB, , northB] = bbox(parcels.features[best]);
    const at = await project(s.page, [west + 0.00005, (southB + northB) / 2]);
    const box = (await s.page.getByTestId('map').boundingBox())!;
    await s.page.mouse.move(box.x + at.x + 2, box.y + at.y);
    await s.page.mouse.move(box.x + at.x + 3, box.y + at.y);
    const tip = s.page.locator('.map-tooltip');
    await tip.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await tip.textContent()) ?? '';
    const props = parcels.features[best].properties!;
    expect(text).toContain(String(props.name ?? props.id));
    expect(text).toMatch(/Điểm: \d+(,\d)? · Hạng: 1 \/ \d+/);
    await s.page.mouse.move(box.x + 5, box.y + box.height - 5);
  });

  it('rebuilds the fill colours only when they can change: not for a compare tick, rank labels or a selection', async () => {
    const spec = 'window.__noxhAtlas.store.getState().derivedLayers["score-result"]';
    const keep = (field: string) => () => s.page.evaluate((f) => {
      const w = window as unknown as Record<string, unknown>;
      w.__kept = (window.__noxhAtlas!.store.getState().derivedLayers['score-result'] as unknown as Record<string, unknown>)[f];
    }, field);
    await waitForMapIdle(s.page);
    let rebuilds = await fillRebuilds(s.page);

    // A fourth site ticked and unticked: the map shows the letter D, the colours stay.
    const checks = s.page.getByTestId('compare-check');
    await specChanged(s.page, keep('compare'), () => checks.nth(3).check(), `${spec}.compare !== window.__kept && ${spec}.compare.length === 4`);
    const letters = await s.page.evaluate(() => {
      const layer = window.__noxhAtlas!.controller.getDeckLayers().find((l) => l.id === 'score-compare:labels');
      return (layer?.props.data as { letter: string }[] | undefined)?.map((d) => d.letter);
    });
    expect(letters).toEqual(['A', 'B', 'C', 'D']);
    await specChanged(s.page, keep('compare'), () => checks.nth(3).uncheck(), `${spec}.compare.length === 3`);
    // Fewer rank labels, then ten again.
    await specChanged(s.page, keep('topN'), () => s.page.getByTestId('score-top-n').fill('3'), `${spec}.topN === 3`);
    await specChanged(s.page, keep('topN'), () => s.page.getByTestId('score-top-n').fill('10'), `${spec}.topN === 10`);
    // A parcel selected from the ranking.
    await s.page.getByTestId('ranking-row').nth(1).click();
    await s.page.getByTestId('feature-panel').waitFor();
    await waitForMapIdle(s.page);
    expect(await fillRebuilds(s.page)).toBe(rebuilds);

    // A weight change: new scores, new colours.
    await specChanged(s.page, keep('scores'), () => s.page.getByTestId('group-weight-jobs_transport').fill('1'), `${spec}.scores !== window.__kept`);
    expect(await fillRebuilds(s.page)).toBeGreaterThan(rebuilds);
    rebuilds = await fillRebuilds(s.page);

    // A constraint switched off and on: other parcels excluded (grey), so new colours each time.
    await s.page.getByTestId('constraints-section').click();
    // The constraint that excludes the most parcels (excludedBy is its index in the scenario, as listed).
    const most = await s.page.evaluate(() => {
      const counts = new Map<number, number>();
      for (const b of window.__noxhAtlas!.store.getState().derivedLayers['score-result'].excludedBy) if (b >= 0) counts.set(b, (counts.get(b) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0][0];
    });
    const constraint = s.page.locator('[data-testid^="constraint-enable-"]').nth(most);
    const excluded = 'Array.from(window.__noxhAtlas.store.getState().derivedLayers["score-result"].excludedBy).filter((b) => b !== -1).length';
    const excludedBefore = (await s.page.evaluate(excluded)) as number;
    await specChanged(s.page, keep('scores'), () => constraint.uncheck(), `${spec}.scores !== window.__kept && ${excluded} !== ${excludedBefore}`);
    expect(await fillRebuilds(s.page)).toBeGreaterThan(rebuilds);
    rebuilds = await fillRebuilds(s.page);
    await specChanged(s.page, keep('scores'), () => constraint.check(), `${spec}.scores !== window.__kept && ${excluded} === ${excludedBefore}`);
    expect(await fillRebuilds(s.page)).toBeGreaterThan(rebuilds);
    rebuilds = await fillRebuilds(s.page);
    await s.page.getByTestId('constraints-section').click();

    // Coloured by P(top k) after a sensitivity run, then by score class again.
    await s.page.getByTestId('sensitivity-section').click();
    await s.page.getByTestId('sensitivity-draws').fill('100');
    await s.page.getByTestId('sensitivity-run').click();
    await s.page.getByTestId('sensitivity-done').waitFor({ timeout: 60_000 });
    expect(await fillRebuilds(s.page)).toBe(rebuilds);
    await specChanged(s.page, keep('probability'), () => s.page.getByTestId('colour-ptopk').click(), `${spec}.probability !== null`);
    expect(await fillRebuilds(s.page)).toBeGreaterThan(rebuilds);
    rebuilds = await fillRebuilds(s.page);
    await saveScreenshot(s.page, 'score-layer-colour-ptopk');
    await specChanged(s.page, keep('probability'), () => s.page.getByTestId('colour-score').click(), `${spec}.probability === null`);
    expect(await fillRebuilds(s.page)).toBeGreaterThan(rebuilds);
    await s.page.getByTestId('sensitivity-section').click();
  });

  it('stays in the layer list with its legend and on the map after the scoring tab is left; hides and moves', async () => {
    const scenario = await s.page.getByTestId('scenario-select').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0].textContent ?? '');
    await s.page.getByTestId('tab-layers').click();
    const row = s.page.getByTestId(`layer-${SCORE_LAYER}`);
    await row.waitFor();
    expect(await row.locator('.layer-title').textContent()).toBe(`Kết quả chấm điểm: ${scenario}`);
    const legend = s.page.getByTestId(`legend-${SCORE_LAYER}`);
    expect(await legend.locator('li[data-kind="class"]').count()).toBeGreaterThanOrEqual(4);
    expect(await legend.textContent()).toContain('Bị loại (ràng buộc)');
    expect(await legend.textContent()).toContain('Khu đất đang so sánh (A, B, C, D)');
    const layers = await deckLayers(s.page);
    const scoreFill = layers.find((l) => l.id.endsWith(':score'));
    expect(scoreFill?.visible).toBe(true);
    expect(layers.find((l) => l.id === 'score-ranks:labels')?.visible).toBe(true);
    const on = await mapScreenshot(s.page, 'score-layer-after-tab');
    await saveScreenshot(s.page, 'score-layer-list');

    // Hidden: the layers stay (their buffers too) but are not drawn.
    await s.page.getByTestId(`toggle-${SCORE_LAYER}`).uncheck();
    await waitForMapIdle(s.page);
    expect((await deckLayers(s.page)).filter((l) => l.id.startsWith('score-') || l.id.endsWith(':score')).every((l) => !l.visible)).toBe(true);
    const off = await mapScreenshot(s.page);
    expect(diffPixels(on.png, off.png).changed).toBeGreaterThan(200);
    await s.page.getByTestId(`toggle-${SCORE_LAYER}`).check();

    // Moved below the candidate parcels: drawn before them.
    const order = () => s.page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.layers.map((l) => l.id));
    while ((await order()).indexOf(SCORE_LAYER) > (await order()).indexOf('candidate_sites')) await s.page.getByTestId(`move-down-${SCORE_LAYER}`).click();
    const ids = (await deckLayers(s.page)).map((l) => l.id);
    expect(ids.indexOf('candidate_sites:score')).toBeLessThan(ids.indexOf('candidate_sites:parcels'));
    await s.page.getByTestId(`move-up-${SCORE_LAYER}`).click();
    const after = (await deckLayers(s.page)).map((l) => l.id);
    expect(after.indexOf('candidate_sites:score')).toBeGreaterThan(after.indexOf('candidate_sites:parcels'));
  });

  it('exports with score, rank, excluded and the reason as attributes', async () => {
    await s.page.getByTestId(`export-${SCORE_LAYER}`).click();
    await s.page.getByTestId('export-format-geojson').check();
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('export-download').click()]);
    const fc = JSON.parse(readFileSync(await download.path(), 'utf8')) as FeatureCollection;
    expect(fc.features).toHaveLength(parcels.features.length);
    const ranked = fc.features.filter((f) => f.properties!.rank === 1);
    expect(ranked).toHaveLength(1);
    expect(typeof ranked[0].properties!.score).toBe('number');
    const excluded = fc.features.filter((f) => f.properties!.excluded === true);
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.every((f) => typeof f.properties!.exclusion_reason === 'string' && f.properties!.score === null)).toBe(true);
  });

  it('keeps the map ≥ 700 px wide at 1280 × 720 with a parcel selected, and ≥ 55 % at 1920 × 1080', async () => {
    await s.page.getByTestId('tab-scoring').click();
    await s.page.getByTestId('ranking-row').first().click();
    await s.page.getByTestId('feature-panel').waitFor();
    await waitForMapIdle(s.page);
    const canvas = async () => (await s.page.locator('[data-testid="map"] canvas.maplibregl-canvas').boundingBox())!.width;
    expect(await canvas()).toBeGreaterThanOrEqual(700);
    await saveScreenshot(s.page, 'score-layer-1280x720-selected');
    await s.page.setViewportSize({ width: 1920, height: 1080 });
    await waitForMapIdle(s.page);
    expect(await canvas()).toBeGreaterThanOrEqual(0.55 * 1920);
    await saveScreenshot(s.page, 'score-layer-1920x1080-selected');
    // The side panel folds: the map takes the whole width.
    await s.page.setViewportSize({ width: 1280, height: 720 });
    await s.page.getByTestId('sidebar-toggle').click();
    await s.page.waitForFunction(() => (document.querySelector('[data-testid="map"]') as HTMLElement).getBoundingClientRect().width >= 1270);
    await s.page.getByTestId('sidebar-toggle').click();
  });

  it('is saved as a layer entry (place, visibility) and rebuilt from a new scoring run after a reload', async () => {
    await s.page.getByTestId('tab-layers').click();
    await s.page.getByTestId(`move-down-${SCORE_LAYER}`).click();
    const since = await s.page.evaluate(() => Date.now());
    await s.page.getByTestId(`toggle-${SCORE_LAYER}`).uncheck();
    const layersBefore = await s.page.evaluate(() => window.__noxhAtlas!.store.getState().history.workspace.project.layers.map((l) => [l.id, l.visible]));
    await s.page.waitForFunction((t) => (window.__noxhAtlas!.store.getState().autosave.savedAt?.getTime() ?? 0) >= t, since, { timeout: 15_000 });
    await s.page.reload();
    await waitForAppReady(s.page);
    const saved = await s.page.evaluate(() => {
      const { layers } = window.__noxhAtlas!.store.getState().history.workspace.project;
      return { order: layers.map((l) => [l.id, l.visible]), source: layers.find((l) => l.id === 'score-result')?.source };
    });
    expect(saved.order).toEqual(layersBefore);
    // Only the entry is stored, never the parcels' geometry.
    expect(saved.source).toEqual({ kind: 'scenario-result' });
    // Scored again without opening the scoring tab; shown again, it is drawn.
    await s.page.waitForFunction(() => window.__noxhAtlas!.store.getState().derivedLayers['score-result'] !== undefined, undefined, { timeout: 60_000 });
    await s.page.getByTestId(`toggle-${SCORE_LAYER}`).check();
    await waitForMapIdle(s.page);
    const layers = await deckLayers(s.page);
    expect(layers.find((l) => l.id === 'candidate_sites:score')?.visible).toBe(true);
    expect(await s.page.getByTestId(`legend-${SCORE_LAYER}`).locator('li[data-kind="class"]').count()).toBeGreaterThanOrEqual(4);
    expect(s.consoleErrors).toEqual([]);
  });
});
