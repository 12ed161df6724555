// The attribute filter of a criterion as a planner uses it: the property is picked from the fields
// present in the source layer (with counts), values are ticked from the values in the data, the
// editor says live how many source features pass (with a warning at 0), a numeric threshold shows
// the data's range, and the ranking changes with the filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankingText, saveScreenshot, type BrowserSession, openScoringTab } from './browser.ts';

/** Id and score of every ranked row, as text: changes when the scores change. */
async function waitForRankingChange(s: BrowserSession, before: string): Promise<string> {
  await s.page.waitForFunction(
    (b) => {
      const rows = [...document.querySelectorAll('[data-testid="ranking-row"]')].slice(0, 40);
      const now = rows.map((r) => `${r.querySelector('.sc-id')?.textContent}:${r.querySelector('[data-testid="row-score"]')?.textContent}`).join(',');
      return now !== b && /\d/.test(rows[0]?.querySelector('[data-testid="row-score"]')?.textContent ?? '') && !document.querySelector('[data-testid="scoring-progress"]');
    },
    before,
    { timeout: 60_000 },
  );
  return rankingText(s);
}

describe('criterion attribute filter picker', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openScoringTab();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists the source layer’s properties with counts and the values of the chosen one', async () => {
    const row = s.page.getByTestId('criterion-main_road');
    await row.locator('.sc-criterion-name').click();
    const property = row.getByTestId('filter-property');
    expect(await property.inputValue()).toBe('class');
    const options = await property.locator('option').allTextContents();
    // Every field of the sample transport layer, with how many of its 81 features have a value.
    expect(options).toContain('Cấp đường (class) · 81/81 đối tượng');
    expect(options).toContain('Chiều dài (length_km) · 50/81 đối tượng');
    expect(options.some((o) => o.startsWith('id · 81/81'))).toBe(true);
    expect(options.some((o) => o.includes('không có trong dữ liệu'))).toBe(false);
    // Values with counts, the most frequent first; the preset's four road classes are ticked.
    const values = row.getByTestId('filter-value');
    const texts = await values.allTextContents();
    expect(texts[0]).toMatch(/^local.*32$/);
    expect(texts).toHaveLength(9);
    const ticked = await values.evaluateAll((labels) => labels.filter((l) => (l.querySelector('input') as HTMLInputElement).checked).map((l) => l.textContent));
    expect(ticked.map((t) => t?.split(' ')[0].replace(/—.*/, ''))).toEqual(['urban_main', 'provincial', 'national', 'expressway']);
    expect(await row.getByTestId('filter-count').textContent()).toBe('17 / 81 đối tượng thoả điều kiện');
  });

  it('unticking values re-counts the passing features and re-ranks the parcels', async () => {
    const row = s.page.getByTestId('criterion-main_road');
    const before = await rankingText(s);
    await row.getByTestId('filter-value').filter({ hasText: 'urban_main' }).locator('input').uncheck();
    await row.getByTestId('filter-value').filter({ hasText: 'provincial' }).locator('input').uncheck();
    expect(await row.getByTestId('filter-count').textContent()).toBe('4 / 81 đối tượng thoả điều kiện');
    const after = await waitForRankingChange(s, before);
    expect(after).not.toBe(before);
    await saveScreenshot(s.page, 'scoring-filter-values');
  });

  it('warns when no feature passes, and a typed value not in the data is kept and marked', async () => {
    const row = s.page.getByTestId('criterion-main_road');
    await row.getByTestId('filter-value').filter({ hasText: 'national' }).locator('input').uncheck();
    await row.getByTestId('filter-value').filter({ hasText: 'expressway' }).locator('input').uncheck();
    expect(await row.getByTestId('filter-count').textContent()).toContain('0 / 81 đối tượng thoả điều kiện');
    expect(await row.getByTestId('filter-none').textContent()).toBe('Không đối tượng nào thoả điều kiện lọc: tiêu chí này sẽ không có đối tượng nguồn.');
    // Free text: one value of the data and one that is not in it.
    await row.getByTestId('filter-other').fill('national, cao_toc_moi');
    await row.getByTestId('filter-other').press('Enter');
    expect(await row.getByTestId('filter-count').textContent()).toBe('3 / 81 đối tượng thoả điều kiện');
    const missing = row.getByTestId('filter-value').filter({ hasText: 'cao_toc_moi' });
    expect(await missing.textContent()).toContain('không có trong dữ liệu');
    expect(await missing.locator('input').isChecked()).toBe(true);
  });

  it('a numeric condition shows the property’s range in the data and counts against a threshold', async () => {
    const row = s.page.getByTestId('criterion-main_road');
    await row.getByTestId('filter-property').selectOption('length_km');
    await row.getByTestId('filter-op').selectOption('gt');
    expect(await row.getByTestId('filter-range').textContent()).toBe('Trong dữ liệu: 0,4 đến 94,8 (50 giá trị số)');
    // The threshold starts at the minimum: every road with a length but the shortest passes.
    expect(await row.getByTestId('filter-threshold').inputValue()).toBe('0,4');
    expect(await row.getByTestId('filter-count').textContent()).toBe('49 / 81 đối tượng thoả điều kiện');
    const before = await rankingText(s);
    await row.getByTestId('filter-threshold').fill('5');
    await row.getByTestId('filter-threshold').press('Enter');
    expect(await row.getByTestId('filter-count').textContent()).toBe('13 / 81 đối tượng thoả điều kiện');
    await waitForRankingChange(s, before);
    await row.scrollIntoViewIfNeeded();
    await saveScreenshot(s.page, 'scoring-filter-numeric');
    // The edit is saved into the scenario as the engine reads it.
    await s.page.waitForFunction(
      () => {
        const project = window.__noxhAtlas!.store.getState().history.workspace.project as unknown as { activeScenarioId: string; scenarios: { id: string; criteria: { id: string; measure: { source?: { filter?: unknown } } }[] }[] };
        const scenario = project.scenarios?.find((x) => x.id === project.activeScenarioId) ?? project.scenarios?.[0];
        const f = scenario?.criteria.find((c) => c.id === 'main_road')?.measure.source?.filter;
        return JSON.stringify(f) === JSON.stringify({ property: 'length_km', op: 'gt', values: [5] });
      },
      undefined,
      { timeout: 5000 },
    );
  });

  it('keeps a property the data does not have (e.g. from another file) visible, marked, and warns', async () => {
    await s.page.evaluate(() => {
      const store = window.__noxhAtlas!.store;
      const project = store.getState().history.workspace.project as unknown as { activeScenarioId?: string; scenarios: { id: string; criteria: { id: string; measure: { source: Record<string, unknown> } }[] }[] };
      const scenario = structuredClone(project.scenarios.find((x) => x.id === project.activeScenarioId) ?? project.scenarios[0]);
      scenario.criteria.find((c) => c.id === 'main_road')!.measure.source.filter = { property: 'loai_duong', op: 'in', values: ['QL'] };
      (store as unknown as { run(c: unknown): void }).run({ type: 'saveScenario', scenario });
    });
    const row = s.page.getByTestId('criterion-main_road');
    await s.page.waitForFunction(() => (document.querySelector('[data-testid="criterion-main_road"] [data-testid="filter-property"]') as HTMLSelectElement | null)?.value === 'loai_duong');
    expect(await row.getByTestId('filter-property').locator('option:checked').textContent()).toBe('loai_duong — không có trong dữ liệu');
    expect(await row.getByTestId('filter-count').textContent()).toContain('0 / 81 đối tượng thoả điều kiện');
    await row.getByTestId('filter-none').waitFor();
    const value = row.getByTestId('filter-value');
    expect(await value.textContent()).toBe('QLkhông có trong dữ liệu');
    await row.getByTestId('filter-count').scrollIntoViewIfNeeded();
    await saveScreenshot(s.page, 'scoring-filter-unknown-property');
    // English second.
    await s.page.getByRole('button', { name: 'English' }).click();
    expect(await row.getByTestId('filter-count').textContent()).toContain('0 / 81 features pass the filter');
    expect(await row.getByTestId('filter-property').locator('option:checked').textContent()).toBe('loai_duong — not in data');
    await s.page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  it('made no request outside the machine and logged no console error', () => {
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
