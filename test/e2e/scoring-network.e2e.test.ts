// A distance criterion switched to travel minutes by motorbike along the roads of the transport layer
// (issue 15): the thresholds move to minutes, the parcels are measured again and re-ranked, and a parcel's
// explanation shows its minutes with the straight-line figure beside them.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { jumpTo, project, rankingText, saveScreenshot, type BrowserSession, openScoringTab } from './browser.ts';

const parcels = JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection;

describe('distance criteria along the roads', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openScoringTab();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('switching "distance to an industrial zone" to motorbike minutes re-ranks and the explanation shows minutes and the straight line', async () => {
    const before = await rankingText(s);
    const row = s.page.getByTestId('criterion-industrial_zone');
    await row.locator('.sc-criterion-name').click();
    const mode = row.getByTestId('distance-mode-industrial_zone');
    expect(await mode.inputValue()).toBe('straight');
    await mode.selectOption('travel_min');
    expect(await row.getByTestId('travel-mode-industrial_zone').inputValue()).toBe('motorbike');
    // The 5 km / 10 km classes are carried to minutes at 25 km/h.
    expect((await row.textContent()) ?? '').toContain('min');
    await s.page.waitForFunction(
      (b) => {
        const rows = [...document.querySelectorAll('[data-testid="ranking-row"]')].slice(0, 40);
        const now = rows.map((r) => `${r.querySelector('.sc-id')?.textContent}:${r.querySelector('[data-testid="row-score"]')?.textContent}`).join(',');
        return now !== b && /\d/.test(rows[0]?.querySelector('[data-testid="row-score"]')?.textContent ?? '') && !document.querySelector('[data-testid="scoring-progress"]');
      },
      before,
      { timeout: 60_000 },
    );
    expect(await rankingText(s)).not.toBe(before);

    const topId = (await s.page.getByTestId('ranking-row').first().locator('.sc-id').textContent()) ?? '';
    const feature = parcels.features.find((f) => f.properties?.id === topId)!;
    const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
    await jumpTo(s.page, [lon, lat], 15);
    await s.page.getByTestId('map').click({ position: await project(s.page, [lon, lat]) });
    const explained = s.page.getByTestId('explanation').getByTestId('explain-industrial_zone');
    await explained.waitFor();
    expect(await explained.getByTestId('explain-raw').evaluate((td) => td.firstChild?.textContent ?? '')).toMatch(/^\d+(,\d)? phút$/);
    expect(await explained.getByTestId('explain-network').textContent()).toMatch(/^Đường thẳng [\d.]+(,\d)? m$/);
    await saveScreenshot(s.page, 'scoring-network-explanation');
  });

  it('the same criterion measured as jobs by a gravity model: the decay curve is plotted, β re-ranks', async () => {
    const { page } = s;
    const row = page.getByTestId('criterion-industrial_zone');
    const choice = row.getByTestId('park-measure-industrial_zone');
    const waitForChange = async (before: string) => {
      await page.waitForFunction(
        (b) => {
          const rows = [...document.querySelectorAll('[data-testid="ranking-row"]')].slice(0, 40);
          const now = rows.map((r) => `${r.querySelector('.sc-id')?.textContent}:${r.querySelector('[data-testid="row-score"]')?.textContent}`).join(',');
          return now !== b && /\d/.test(rows[0]?.querySelector('[data-testid="row-score"]')?.textContent ?? '') && !document.querySelector('[data-testid="scoring-progress"]');
        },
        before,
        { timeout: 60_000 },
      );
      return rankingText(s);
    };
    const before = await rankingText(s);
    await choice.selectOption('jobs_gravity');
    const curve = row.getByTestId('jobs-decay-curve');
    await curve.waitFor();
    const afterGravity = await waitForChange(before);
    const points = await curve.getAttribute('points');
    // β from 0.1 to 0.3: the curve falls faster and the scores change.
    const decay = row.getByTestId('jobs-decay-industrial_zone');
    await decay.fill('0,3');
    await decay.press('Enter');
    await expect.poll(() => curve.getAttribute('points')).not.toBe(points);
    expect(await waitForChange(afterGravity)).not.toBe(afterGravity);
    expect(await row.textContent()).toContain('số lao động dự kiến');
    expect(await row.locator('.sc-criterion-name').textContent()).toContain('Việc làm theo mô hình trọng lực');
    await row.getByTestId('jobs-decay-plot').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'scoring-jobs-gravity');
  });
});
