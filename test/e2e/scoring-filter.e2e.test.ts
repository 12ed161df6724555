// The attribute filter of a criterion as a planner uses it: the property is picked from the fields
// present in the source layer (with counts), values are ticked from the values in the data, the
// editor says live how many source features pass (with a warning at 0), a numeric threshold shows
// the data's range, and the ranking changes with the filter.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/format.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderMessage } from '../../src/i18n/renderMessage.ts';
import { rankingText, saveScreenshot, type BrowserSession, openScoringTab } from './browser.ts';

// The expected figures come from the sample transport layer the criterion reads (all of it), so a new
// sample does not break them: counted here in Node, shown the Vietnamese way with the app's formatter.
const roads = (JSON.parse(readFileSync('data/transport.geojson', 'utf8')) as FeatureCollection).features.map((f) => f.properties ?? {});
const vi = (n: number) => formatNumber(n, 'vi');
const total = vi(roads.length);
const hasValue = (name: string) => roads.filter((p) => p[name] !== undefined && p[name] !== null && p[name] !== '').length;
const withClass = (...classes: string[]) => roads.filter((p) => classes.includes(String(p.class))).length;
const passing = (n: number) => `${vi(n)} / ${total} đối tượng thoả điều kiện`;
const lengthsKm = roads.map((p) => p.length_km).filter((v): v is number => typeof v === 'number');
const shortestKm = Math.min(...lengthsKm);
const classCounts = [...new Set(roads.map((p) => String(p.class)))].map((value) => ({ value, count: withClass(value) }));
const mostFrequentClass = classCounts.reduce((a, b) => (b.count > a.count ? b : a));

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
    // Every field of the sample transport layer, with how many of its features have a value.
    expect(options).toContain(`Cấp đường (class) · ${vi(hasValue('class'))}/${total} đối tượng`);
    expect(options).toContain(`Chiều dài (length_km) · ${vi(hasValue('length_km'))}/${total} đối tượng`);
    expect(options.some((o) => o.startsWith(`id · ${vi(hasValue('id'))}/${total}`))).toBe(true);
    expect(options.some((o) => o.includes('không có trong dữ liệu'))).toBe(false);
    // Values with counts, the most frequent first; the preset's four road classes are ticked.
    const values = row.getByTestId('filter-value');
    const texts = await values.allTextContents();
    expect(texts[0].startsWith(mostFrequentClass.value)).toBe(true);
    expect(texts[0].endsWith(vi(mostFrequentClass.count))).toBe(true);
    expect(texts).toHaveLength(classCounts.length);
    const ticked = await values.evaluateAll((labels) => labels.filter((l) => (l.querySelector('input') as HTMLInputElement).checked).map((l) => l.textContent));
    // (Listed by their frequency in the data, so compared as a set.)
    expect(ticked.map((t) => t?.split(' ')[0].replace(/—.*/, '')).sort()).toEqual(['urban_main', 'provincial', 'national', 'expressway'].sort());
    expect(await row.getByTestId('filter-count').textContent()).toBe(passing(withClass('urban_main', 'provincial', 'national', 'expressway')));
  });

  it('unticking values re-counts the passing features and re-ranks the parcels', async () => {
    const row = s.page.getByTestId('criterion-main_road');
    const before = await rankingText(s);
    await row.getByTestId('filter-value').filter({ hasText: 'urban_main' }).locator('input').uncheck();
    await row.getByTestId('filter-value').filter({ hasText: 'provincial' }).locator('input').uncheck();
    expect(await row.getByTestId('filter-count').textContent()).toBe(passing(withClass('national', 'expressway')));
    const after = await waitForRankingChange(s, before);
    expect(after).not.toBe(before);
    await saveScreenshot(s.page, 'scoring-filter-values');
  });

  it('warns when no feature passes, and a typed value not in the data is kept and marked', async () => {
    const row = s.page.getByTestId('criterion-main_road');
    await row.getByTestId('filter-value').filter({ hasText: 'national' }).locator('input').uncheck();
    await row.getByTestId('filter-value').filter({ hasText: 'expressway' }).locator('input').uncheck();
    expect(await row.getByTestId('filter-count').textContent()).toContain(passing(0));
    expect(await row.getByTestId('filter-none').textContent()).toBe('Không đối tượng nào thoả điều kiện lọc: tiêu chí này sẽ không có đối tượng nguồn.');
    // Free text: one value of the data and one that is not in it.
    await row.getByTestId('filter-other').fill('national, cao_toc_moi');
    await row.getByTestId('filter-other').press('Enter');
    expect(await row.getByTestId('filter-count').textContent()).toBe(passing(withClass('national', 'cao_toc_moi')));
    const missing = row.getByTestId('filter-value').filter({ hasText: 'cao_toc_moi' });
    expect(await missing.textContent()).toContain('không có trong dữ liệu');
    expect(await missing.locator('input').isChecked()).toBe(true);
  });

  it('a numeric condition shows the property’s range in the data and counts against a threshold', async () => {
    const row = s.page.getByTestId('criterion-main_road');
    await row.getByTestId('filter-property').selectOption('length_km');
    await row.getByTestId('filter-op').selectOption('gt');
    expect(await row.getByTestId('filter-range').textContent()).toBe(`Trong dữ liệu: ${formatNumber(shortestKm, 'vi', 6)} đến ${formatNumber(Math.max(...lengthsKm), 'vi', 6)} (${vi(lengthsKm.length)} giá trị số)`);
    // The threshold starts at the minimum: every road with a length but the shortest passes.
    expect(await row.getByTestId('filter-threshold').inputValue()).toBe(renderMessage('vi', msg('ui.number-input', { value: shortestKm })));
    expect(await row.getByTestId('filter-count').textContent()).toBe(passing(lengthsKm.filter((km) => km > shortestKm).length));
    const before = await rankingText(s);
    await row.getByTestId('filter-threshold').fill('5');
    await row.getByTestId('filter-threshold').press('Enter');
    expect(await row.getByTestId('filter-count').textContent()).toBe(passing(lengthsKm.filter((km) => km > 5).length));
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
    expect(await row.getByTestId('filter-count').textContent()).toContain(passing(0));
    await row.getByTestId('filter-none').waitFor();
    const value = row.getByTestId('filter-value');
    expect(await value.textContent()).toBe('QLkhông có trong dữ liệu');
    await row.getByTestId('filter-count').scrollIntoViewIfNeeded();
    await saveScreenshot(s.page, 'scoring-filter-unknown-property');
    // English second.
    await s.page.getByRole('button', { name: 'English' }).click();
    expect(await row.getByTestId('filter-count').textContent()).toContain(`0 / ${formatNumber(roads.length, 'en')} features pass the filter`);
    expect(await row.getByTestId('filter-property').locator('option:checked').textContent()).toBe('loai_duong — not in data');
    await s.page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  it('made no request outside the machine and logged no console error', () => {
    expect(s.externalRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
