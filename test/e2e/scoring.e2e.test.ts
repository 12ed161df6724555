// The site-scoring tab as a planner uses it: scores appear on the map and in the ranking, a weight
// slider re-ranks at once (combine only, no measuring progress), a parcel click explains its score
// with units, two sites compare side by side, sensitivity adds P(top k), the other preset ranks
// differently, the ranking exports as an Excel-ready CSV, and a drawn site is scored.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbox, pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { diffPixels, jumpTo, mapScreenshot, project, saveScreenshot, waitForMapIdle, type BrowserSession, openScoringTab } from './browser.ts';

const parcels = JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection;

async function topIds(s: BrowserSession, n: number): Promise<string[]> {
  const rows = s.page.getByTestId('ranking-row');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await rows.nth(i).locator('.sc-id').textContent()) ?? '');
  return ids;
}

describe('site scoring panel', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openScoringTab();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('scores the candidate parcels: a ranking with scores, a summary and a legend', async () => {
    const rows = s.page.getByTestId('ranking-row');
    expect(await rows.count()).toBeGreaterThan(20);
    const first = Number(((await rows.first().getByTestId('row-score').textContent()) ?? '').replace(',', '.'));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(100);
    expect(await rows.first().locator('td').nth(1).textContent()).toBe('1');
    const summary = (await s.page.getByTestId('scoring-summary').textContent()) ?? '';
    expect(summary).toContain(`/ ${parcels.features.length} khu đất được chấm`);
    expect(await s.page.getByTestId('score-legend').textContent()).toContain('Điểm phù hợp (0–100)');
    expect(await s.page.getByTestId('scenario-select').inputValue()).toBe('worker_housing');
    await saveScreenshot(s.page, 'scoring-initial');
  });

  it('draws the score colours on the map inside the parcels’ extent', async () => {
    const [w, south, e, north] = bbox(parcels);
    // The densest clusters, in the former Quảng Ngãi part (east of 108.5° E): the middle of the whole
    // extent now lies in the mountains between Quảng Ngãi and Kon Tum, where there are no parcels.
    const [qw, qs, qe, qn] = bbox({ ...parcels, features: parcels.features.filter((f) => bbox(f)[0] > 108.5) });
    await jumpTo(s.page, [(qw + qe) / 2, (qs + qn) / 2], 9.6);
    const on = await mapScreenshot(s.page, 'scoring-map-on');
    await s.page.getByTestId('score-overlay-toggle').uncheck();
    await waitForMapIdle(s.page);
    const off = await mapScreenshot(s.page, 'scoring-map-off');
    await s.page.getByTestId('score-overlay-toggle').check();
    await waitForMapIdle(s.page);
    const diff = diffPixels(on.png, off.png);
    expect(diff.changed).toBeGreaterThan(200);
    const topLeft = await project(s.page, [w, north]);
    const bottomRight = await project(s.page, [e, south]);
    const margin = 8;
    expect(diff.bounds!.minX).toBeGreaterThanOrEqual(Math.max(0, topLeft.x) - margin);
    expect(diff.bounds!.maxX).toBeLessThanOrEqual(bottomRight.x + margin);
    expect(diff.bounds!.minY).toBeGreaterThanOrEqual(Math.max(0, topLeft.y) - margin);
    expect(diff.bounds!.maxY).toBeLessThanOrEqual(bottomRight.y + margin);
    // Colours: some pixels are green-ish (high scores), and some grey (excluded).
    let green = 0;
    for (let i = 0; i < on.png.data.length; i += 4) {
      const [r, g, b] = [on.png.data[i], on.png.data[i + 1], on.png.data[i + 2]];
      if (g > 120 && g > r + 40 && g > b + 20) green++;
    }
    expect(green).toBeGreaterThan(20);
  });

  it('moving a weight slider re-ranks at once, without measuring again', async () => {
    const before = await topIds(s, 5);
    // Record whether the measuring progress bar ever shows up.
    await s.page.evaluate(() => {
      const w = window as unknown as { __sawProgress: boolean };
      w.__sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="scoring-progress"]')) w.__sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await s.page.getByTestId('group-weight-jobs_transport').fill('1');
    await s.page.waitForFunction((b) => {
      const ids = [...document.querySelectorAll('[data-testid="ranking-row"] .sc-id')].slice(0, 5).map((e) => e.textContent);
      return ids.join(',') !== b;
    }, before.join(','));
    const after = await topIds(s, 5);
    expect(after).not.toEqual(before);
    expect(await s.page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(false);
    // Group weights still sum to 100 %.
    const pct = await s.page.locator('.sc-group-weight .sc-pct').allTextContents();
    const sum = pct.map((t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.'))).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 100)).toBeLessThanOrEqual(1);
    await saveScreenshot(s.page, 'scoring-after-slider');
    // The edit becomes one undoable step with a readable note.
    // (Scoring also adds its score layer as a step of its own: wait for the slider's step to be the last one.)
    const lastNote = () =>
      s.page.evaluate(() => {
        const h = window.__noxhAtlas!.store.getState().history as unknown as { past: { note: { vi: string } }[] };
        return h.past.at(-1)?.note.vi ?? '';
      });
    await expect.poll(lastNote, { timeout: 10_000 }).toContain("Trọng số nhóm 'Việc làm và giao thông'");
  });

  it('AHP: pairwise judgements give weights, λmax, CI, CR and a warning when CR > 0.10', async () => {
    await s.page.getByTestId('ahp-mode').click();
    const editor = s.page.getByTestId('ahp-editor');
    await editor.waitFor();
    // Jobs ≪ services but jobs ≫ site while site ≥ services: contradictory judgements.
    await s.page.getByTestId('ahp-0-1').selectOption('1/9');
    await s.page.getByTestId('ahp-0-2').selectOption('9');
    await s.page.getByTestId('ahp-1-2').selectOption('1/3');
    const result = (await s.page.getByTestId('ahp-result').textContent()) ?? '';
    expect(result).toMatch(/λmax = \d+,\d+/);
    expect(result).toMatch(/CR = \d+,\d+/);
    await s.page.getByTestId('ahp-warning').waitFor();
    expect(await s.page.getByTestId('ahp-warning').textContent()).toMatch(/CR = \d+,\d+ > 0,10/);
    await s.page.getByTestId('ahp-1-2').selectOption('9');
    await s.page.getByTestId('ahp-0-2').selectOption('1');
    await s.page.getByTestId('ahp-0-1').selectOption('1/5');
    expect(await s.page.getByTestId('ahp-warning').count()).toBe(0);
    await saveScreenshot(s.page, 'scoring-ahp');
    // Leave the weights as they were (direct mode), the undo history untouched by the editor alone.
    await s.page.getByRole('radio', { name: 'Nhập trực tiếp' }).click();
  });

  it('a click on a parcel on the map explains its score, criterion by criterion, with units', async () => {
    const topId = (await topIds(s, 1))[0];
    const feature = parcels.features.find((f) => f.properties?.id === topId)!;
    const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
    await jumpTo(s.page, [lon, lat], 15);
    await s.page.getByTestId('map').click({ position: await project(s.page, [lon, lat]) });
    const panel = s.page.getByTestId('explanation');
    await panel.waitFor();
    expect(await s.page.getByTestId('explanation-title').textContent()).toBe(feature.properties!.name);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Khoảng cách đến KCN/CCN');
    expect(text).toContain('Số trường mầm non trong 300 m');
    const raws = await panel.getByTestId('explain-raw').allTextContents();
    expect(raws.some((r) => / m$/.test(r))).toBe(true);
    expect(raws.some((r) => /m²/.test(r))).toBe(true);
    expect(raws.some((r) => / %$/.test(r))).toBe(true);
    expect(raws.some((r) => /\(mã\)/.test(r))).toBe(true);
    expect(await panel.getByTestId('explain-total').textContent()).toBe(await s.page.getByTestId('explanation-score').textContent());
    expect(text).toContain('Không vi phạm ràng buộc nào');
    await saveScreenshot(s.page, 'scoring-explanation');
  });

  it('a parcel on rice land keeps its score and rank and shows the warning (ranking marker, explanation)', async () => {
    const marker = s.page.getByTestId('row-warning').first();
    await marker.waitFor();
    expect(await marker.getAttribute('title')).toMatch(/^Cảnh báo: .*chấp thuận chuyển mục đích sử dụng đất lúa/);
    const row = s.page.locator('[data-testid="ranking-row"]', { has: marker }).first();
    expect(await row.locator('td').nth(1).textContent()).toMatch(/^\d+$/);
    await row.locator('td').nth(3).click();
    await s.page.getByTestId('explain-warnings').waitFor();
    expect(await s.page.getByTestId('explain-warnings').textContent()).toMatch(/Cảnh báo:.*đất lúa.*Luật Đất đai/);
    expect(await s.page.getByTestId('explanation').textContent()).toContain('Không vi phạm ràng buộc nào');
  });

  it('an excluded parcel says which constraint excluded it', async () => {
    await s.page.getByTestId('show-excluded').check();
    await s.page.getByTestId('sort-exclusion').click();
    const excludedRow = s.page.locator('[data-testid="ranking-row"].sc-excluded').first();
    await excludedRow.locator('td').nth(3).click();
    await s.page.getByTestId('explain-excluded').waitFor();
    expect(await s.page.getByTestId('explain-excluded').textContent()).toMatch(/Bị loại bởi:/);
    await s.page.getByTestId('show-excluded').uncheck();
    await s.page.getByTestId('sort-rank').click();
    if ((await s.page.getByTestId('sort-rank').textContent())?.includes('▼')) await s.page.getByTestId('sort-rank').click();
  });

  it('compares two sites side by side', async () => {
    const ids = await topIds(s, 2);
    const checks = s.page.getByTestId('compare-check');
    await checks.nth(0).check();
    await checks.nth(1).check();
    const table = s.page.getByTestId('compare-table');
    await table.waitFor();
    const heads = await s.page.getByTestId('compare-site').allTextContents();
    expect(heads).toEqual(ids);
    expect(await s.page.getByTestId('compare-chart').locator('rect').count()).toBeGreaterThan(4);
    await table.scrollIntoViewIfNeeded();
    await saveScreenshot(s.page, 'scoring-compare');
  });

  it('sensitivity adds P(top k) and the rank range, and colours the map by it', async () => {
    await s.page.getByTestId('sensitivity-section').click();
    await s.page.getByTestId('sensitivity-draws').fill('200');
    await s.page.getByTestId('sensitivity-run').click();
    await s.page.getByTestId('sensitivity-done').waitFor({ timeout: 30_000 });
    const p = await s.page.getByTestId('row-ptopk').first().textContent();
    expect(p).toMatch(/^\d+ %$/);
    expect(await s.page.locator('.sc-table th', { hasText: 'Khoảng hạng' }).count()).toBe(1);
    await s.page.getByTestId('colour-ptopk').click();
    expect(await s.page.getByTestId('score-legend').textContent()).toContain('Xác suất nằm trong k hạng đầu, k = 10');
    await waitForMapIdle(s.page);
    await saveScreenshot(s.page, 'scoring-sensitivity');
    await s.page.getByTestId('colour-score').click();
  });

  it('exports the ranking as UTF-8 CSV with BOM and Vietnamese headers', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('ranking-csv').click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Hạng,Mã thửa,Tên,Mã xã/phường,Xã/phường,Điểm (0–100),Diện tích (m²),Lý do loại,P(trong k hạng đầu),Hạng cao nhất,Hạng thấp nhất');
    expect(lines.length).toBeGreaterThan(parcels.features.length);
    expect(lines[1].startsWith('1,')).toBe(true);
    // Every parcel carries its commune's code and name (issue 13).
    const byId = new Map(parcels.features.map((f) => [String(f.properties!.id), f.properties!]));
    const [, id, , code, name] = lines[1].split(',');
    expect([code, name]).toEqual([byId.get(id)!.commune_code, byId.get(id)!.commune_name]);
  });

  it('the urban low-income preset ranks differently', async () => {
    const before = await topIds(s, 5);
    await s.page.getByTestId('scenario-select').selectOption('urban_low_income');
    await s.page.waitForFunction((b) => {
      const ids = [...document.querySelectorAll('[data-testid="ranking-row"] .sc-id')].slice(0, 5).map((e) => e.textContent);
      return ids.length === 5 && ids.join(',') !== b;
    }, before.join(','));
    expect(await topIds(s, 5)).not.toEqual(before);
    expect((await s.page.getByTestId('scoring-panel').textContent()) ?? '').toContain('Số trường tiểu học trong 500 m');
    await saveScreenshot(s.page, 'scoring-urban-low-income');
  });

  it('a drawn site is scored and placed in the ranking', async () => {
    const [w, south, e, north] = bbox(parcels.features.find((f) => f.properties?.id === 'QN-0072')!);
    const cx = (w + e) / 2;
    const cy = (south + north) / 2;
    await jumpTo(s.page, [cx + 0.004, cy], 15);
    await s.page.getByTestId('draw-section').click();
    await s.page.getByTestId('draw-toggle').click();
    const d = 0.0012;
    const corners: [number, number][] = [
      [cx + 0.004 - d, cy - d],
      [cx + 0.004 + d, cy - d],
      [cx + 0.004 + d, cy + d],
      [cx + 0.004 - d, cy + d],
    ];
    const map = s.page.getByTestId('map');
    for (const c of corners) {
      await map.click({ position: await project(s.page, c) });
      await s.page.waitForTimeout(150);
    }
    await map.click({ position: await project(s.page, corners[0]) });
    const result = s.page.getByTestId('drawn-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await s.page.getByTestId('drawn-score').textContent()).toMatch(/^\d+(,\d)?$|^—$/);
    expect((await result.textContent()) ?? '').toContain('Số trường mầm non trong 300 m');
    await saveScreenshot(s.page, 'scoring-drawn');
  });

  it('sent no request outside 127.0.0.1 and logged no console error', () => {
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
