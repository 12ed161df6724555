// Hierarchical AHP as a planner uses it: in the "Chấm điểm vị trí" tab, AHP mode shows the group
// matrix and each group's criteria matrix; contradictory judgements in the "site" group raise the
// CR warning and name the judgement to revise; the global weights (group × local) follow; one click
// applies every level (the criteria percentages change), one undo restores them, the judgements stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_HOUSING } from '../../src/domain/scoring/presets.ts';
import { effectiveWeights } from '../../src/domain/scoring/effectiveWeights.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { buildAhpView, type AhpJudgements } from '../../src/ui/scoring/buildAhpView.ts';
import { setUpperCell } from '../../src/ui/scoring/ahpMatrix.ts';
import { saveScreenshot, type BrowserSession, openScoringTab } from './browser.ts';

const pct = (x: number, digits: number) => `${formatNumber(x * 100, 'vi', digits)} %`;
const historyLength = (s: BrowserSession) => s.page.evaluate(() => (window.__noxhAtlas!.store.getState().history as unknown as { past: unknown[] }).past.length);

// The same judgements in Node: what the browser must show. site = [flood_share, land_use, area]:
// flood ≫ land use (9), area ≫ flood (1/5), land use ≫ area (5) — a cycle, so CR > 0.10.
const start = buildAhpView(WORKER_HOUSING, {})!;
const site = start.children.find((l) => l.key === 'site')!;
let upper = setUpperCell(site.upper, 0, 1, 9);
upper = setUpperCell(upper, 0, 2, 1 / 5);
upper = setUpperCell(upper, 1, 2, 5);
const judgements: AhpJudgements = { site: { ids: site.items.map((i) => i.id), upper } };
const expected = buildAhpView(WORKER_HOUSING, judgements)!;
const expectedSite = expected.children.find((l) => l.key === 'site')!;

describe('hierarchical AHP in the scoring tab', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openScoringTab();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('compares groups and each group’s criteria, warns on CR > 0.10, applies all levels as one undoable edit', async () => {
    const page = s.page;
    expect(site.items.map((i) => i.id)).toEqual(['flood_share', 'land_use', 'area']);
    const before = await page.getByTestId('weight-pct-flood_share').textContent();
    // Preset weights 2 : 1 : 1 within the site group, 20 % of 100 overall.
    const effBefore = effectiveWeights(WORKER_HOUSING)[WORKER_HOUSING.criteria.findIndex((c) => c.id === 'flood_share')];
    expect(before).toContain(pct(effBefore, 1));

    await page.getByTestId('ahp-mode').click();
    await page.getByTestId('ahp-editor').waitFor();
    // One view for the whole hierarchy: the group matrix (open) and three group sections.
    for (const key of ['top', 'jobs_transport', 'services', 'site']) await page.getByTestId(`ahp-level-${key}`).waitFor();
    expect(await page.getByTestId('ahp-result').textContent()).toMatch(/λmax = \d+,\d+/);
    expect(await page.getByTestId('ahp-global-row').count()).toBe(WORKER_HOUSING.criteria.length);
    expect(await page.getByTestId('ahp-global-total').textContent()).toBe(pct(1, 1));

    // Open the "site" group's matrix and enter contradictory judgements.
    await page.getByTestId('ahp-level-site').locator('summary').click();
    await page.getByTestId('ahp-site-0-1').selectOption('9');
    await page.getByTestId('ahp-site-0-2').selectOption('1/5');
    await page.getByTestId('ahp-site-1-2').selectOption('5');

    const warning = page.getByTestId('ahp-warning-site');
    await warning.waitFor();
    const crVi = formatNumber(expectedSite.result.cr, 'vi', 2);
    expect(await warning.textContent()).toContain(`Tỉ số nhất quán CR = ${crVi} > 0,10: các so sánh chưa nhất quán, hãy xem lại.`);
    // 3×3: all three judgements deviate alike; the first is named, with the value the weights suggest.
    const worst = expectedSite.result.mostInconsistent!;
    expect([worst.i, worst.j, worst.tiedWith]).toEqual([0, 1, 2]);
    const worstText = (await page.getByTestId('ahp-worst-site').textContent()) ?? '';
    expect(worstText).toContain(`So sánh lệch nhất: “${site.items[0].label.vi}” so với “${site.items[1].label.vi}” = 9`);
    expect(worstText).toContain('Còn 2 so sánh khác lệch bằng như vậy');
    expect(await page.getByTestId('ahp-level-site').locator('summary').textContent()).toContain(`⚠ CR = ${crVi}`);
    // The group matrix itself is still consistent: no warning there.
    expect(await page.getByTestId('ahp-warning').count()).toBe(0);
    // Local weights of the site matrix and the global weights, as computed in Node.
    for (let i = 0; i < 3; i++) expect(await page.getByTestId(`ahp-site-weight-${i}`).textContent()).toBe(pct(expectedSite.result.weights[i], 1));
    for (const row of expected.global) {
      const cell = page.locator(`[data-testid="ahp-global-row"][data-criterion="${row.criterion.id}"] [data-testid="ahp-global-weight"]`);
      expect(await cell.textContent()).toBe(pct(row.ahpWeight, 1));
    }
    expect(await page.getByTestId('ahp-global-total').textContent()).toBe(pct(1, 1));
    expect(await page.getByTestId('ahp-hierarchy-cr').textContent()).toContain(`CR_H = ${formatNumber(expected.crHierarchy, 'vi', 3)}`);
    await page.getByTestId('ahp-worst-site').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'scoring-ahp-hierarchy');

    // Apply: every level at once, one undoable step.
    const pastBefore = await historyLength(s);
    await page.getByTestId('ahp-apply').click();
    const floodLocal = expectedSite.result.weights[0];
    const floodGlobal = expected.global.find((r) => r.criterion.id === 'flood_share')!.ahpWeight;
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="weight-pct-flood_share"]')?.textContent === text,
      `${pct(floodLocal, 0)} (${pct(floodGlobal, 1)})`,
    );
    expect(await page.getByTestId('weight-pct-land_use').textContent()).toContain(pct(expectedSite.result.weights[1], 0));
    await page.getByTestId('ahp-in-sync').waitFor();
    await page.waitForFunction((n) => (window.__noxhAtlas!.store.getState().history as unknown as { past: unknown[] }).past.length > n, pastBefore, { timeout: 5000 });
    expect(await historyLength(s)).toBe(pastBefore + 1);
    await saveScreenshot(page, 'scoring-ahp-applied');

    // Undo restores the weights; the matrices keep the judgements the user entered.
    await page.getByRole('button', { name: /Hoàn tác/ }).click();
    await page.waitForFunction((text) => document.querySelector('[data-testid="weight-pct-flood_share"]')?.textContent === text, before);
    await page.waitForTimeout(1500); // longer than the panel's 700 ms save delay: the undo must stick
    expect(await historyLength(s)).toBe(pastBefore);
    expect(await page.getByTestId('weight-pct-flood_share').textContent()).toBe(before);
    expect(await page.getByTestId('ahp-site-0-1').inputValue()).toBe('9');
    expect(await page.getByTestId('ahp-in-sync').count()).toBe(0);
    expect(await page.getByTestId('ahp-apply').isEnabled()).toBe(true);

    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
