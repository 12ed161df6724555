// The Travel tab (issue 15): isochrones by motorbike to an industrial park drawn on the map as bands, with
// the candidate parcels and the estimated population of each band in a table; and the road network's
// problems listed with counts, a click zooming to one. The expected figures are computed here from the
// sample data: the parcels' minutes through the scoring criterion's own path (a travel_min distance to the
// park), binned; the population with the domain function the worker runs (the estimate's arithmetic has
// its own hand-checked unit test); the problems with findGraphProblems.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../src/domain/network/buildRoadGraph.ts';
import { computeIsochrones } from '../../src/domain/network/computeIsochrones.ts';
import { findGraphProblems } from '../../src/domain/network/findGraphProblems.ts';
import { createMeasureContext } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../src/domain/scoring/packParcels.ts';
import { measureKey, type MeasureSpec } from '../../src/domain/scoring/scenario.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { openApp, saveScreenshot, waitForMapIdle, type BrowserSession } from './browser.ts';

const read = (name: string) => JSON.parse(readFileSync(`data/${name}`, 'utf8')) as FeatureCollection;
const transport = read('transport.geojson');
const parcels = read('candidate_sites.geojson');
const communes = read('admin_units.geojson');
const PARK = 'KCN Quảng Phú';
const park = read('industrial_zones.geojson').features.find((f) => f.properties?.name === PARK)!;
const BANDS = [5, 10, 15, 30];

/** Parcels per band, from the motorbike minutes of the travel_min criterion to this one park. */
function expectedParcels(): number[] {
  const spec: MeasureSpec = { kind: 'distance_to_nearest', source: { layerId: 'park' }, distanceMode: 'travel_min', travelMode: 'motorbike' };
  const context = createMeasureContext([{ id: 'transport', role: 'transport', features: transport.features }, { id: 'park', role: 'industrial_zone', features: [park] }], [spec]);
  const minutes = measureParcels(context, packParcels(parcels.features)).values[measureKey(spec)];
  return BANDS.map((b, i) => Array.from(minutes).filter((m) => m <= b && (i === 0 || m > BANDS[i - 1])).length);
}

/** The calls the page sent to the travel worker so far, by method. */
async function travelCalls(page: BrowserSession['page']): Promise<Record<string, string[][]>> {
  const sent = await page.evaluate(() => (window as unknown as { __workerCalls: { method: string; keys: string[] }[] }).__workerCalls);
  const out: Record<string, string[][]> = {};
  for (const c of sent) if (['setNetwork', 'setCountedPlaces', 'computeIsochrones', 'findRoadProblems'].includes(c.method)) (out[c.method] ??= []).push(c.keys.sort());
  return out;
}

describe('travel tab', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
    // What the page sends to its workers: each call's method and the keys of its input (the travel worker is
    // started by the tab, after this).
    await s.page.evaluate(() => {
      const sent: { method: string; keys: string[] }[] = [];
      (window as unknown as { __workerCalls: typeof sent }).__workerCalls = sent;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
        const m = message as { rpc?: string; method?: string; input?: unknown };
        if (m?.rpc === 'call' && m.method) sent.push({ method: m.method, keys: m.input && typeof m.input === 'object' ? Object.keys(m.input) : [] });
        return post.call(this, message, ...rest);
      } as typeof post;
    });
    await s.page.getByTestId('tab-travel').click();
    await s.page.getByTestId('travel-panel').waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('draws motorbike isochrones to an industrial park and counts parcels and estimated population per band', async () => {
    const { page } = s;
    const origin = page.getByTestId('travel-origin');
    const value = await origin.locator('option', { hasText: PARK }).getAttribute('value');
    await origin.selectOption(value!);
    expect(await page.getByTestId('travel-mode').inputValue()).toBe('motorbike');
    await page.getByTestId('travel-bands').fill('5, 10, 15, 30');
    await page.getByTestId('travel-compute').click();
    const rows = page.getByTestId('travel-band-row');
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBe(BANDS.length);

    const parcelsShown = await page.getByTestId('travel-band-parcels').allTextContents();
    const expected = expectedParcels();
    expect(parcelsShown).toEqual(expected.map((n) => formatNumber(n, 'vi')));
    expect(expected.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const population = computeIsochrones({ roads: transport.features, origin: park.geometry, mode: 'motorbike', bandsMin: BANDS, communes: communes.features, parcels: parcels.features }).bands.map((b) => formatNumber(Math.round(b.population), 'vi'));
    expect(await page.getByTestId('travel-band-population').allTextContents()).toEqual(population);
    expect(await page.getByTestId('travel-panel').textContent()).toContain('ước tính');

    // The bands are on the map: an isochrone overlay with ground and road pieces in every band that has any.
    const drawn = await page.evaluate(() => {
      const o = window.__noxhAtlas!.store.getState().overlays['travel-isochrones'];
      return o?.kind === 'isochrones' ? { ground: [...new Set(o.ground.map((g) => g.properties.band_min))], roads: o.roads.length } : null;
    });
    expect(drawn).not.toBeNull();
    expect(drawn!.ground.length).toBeGreaterThanOrEqual(3);
    expect(drawn!.roads).toBeGreaterThan(0);
    const [w, so, e, n] = [108.68, 15.05, 108.86, 15.22];
    await page.evaluate((b) => window.__noxhAtlas!.controller.map.fitBounds(b as [number, number, number, number], { duration: 0 }), [w, so, e, n]);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'travel-isochrones');
  });

  it('a point picked on the map is the destination: walking isochrones to it', async () => {
    const { page } = s;
    // Quảng Ngãi station, on the sample's railway (the roads around it are the city streets).
    const station = transport.features.find((f) => f.properties?.name === 'Ga Quảng Ngãi')!;
    const [lon, lat] = (station.geometry as { coordinates: number[] }).coordinates;
    await page.evaluate(([x, y]) => window.__noxhAtlas!.controller.map.jumpTo({ center: [x, y], zoom: 14 }), [lon, lat]);
    await waitForMapIdle(page);
    await page.getByTestId('travel-pick').click();
    const box = (await page.getByTestId('map').boundingBox())!;
    const at = await page.evaluate(([x, y]) => window.__noxhAtlas!.controller.map.project([x, y]), [lon + 0.002, lat]);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.getByTestId('travel-origin').inputValue()).toBe('picked');
    await page.getByTestId('travel-mode').selectOption('walk');
    await page.getByTestId('travel-compute').click();
    // The new isochrones are on the map when the overlay's place is the picked point.
    await page.waitForFunction(() => window.__noxhAtlas!.store.getState().overlays['travel-isochrones']?.kind === 'isochrones' && (window.__noxhAtlas!.store.getState().overlays['travel-isochrones'] as { origin: { type: string } }).origin.type === 'Point', undefined, { timeout: 60_000 });
    await page.getByTestId('travel-band-row').first().waitFor();
    const origin = await page.evaluate(() => {
      const o = window.__noxhAtlas!.store.getState().overlays['travel-isochrones'];
      return o?.kind === 'isochrones' && o.origin.type === 'Point' ? o.origin.coordinates : null;
    });
    expect(origin).not.toBeNull();
    expect(Math.abs(origin![0] - (lon + 0.002))).toBeLessThan(0.0003);
    expect(Math.abs(origin![1] - lat)).toBeLessThan(0.0003);
    await saveScreenshot(page, 'travel-picked-walk');
  });

  it('sends the roads to its worker once for every request until the roads layer changes', async () => {
    const { page } = s;
    // Two isochrone requests so far (the park, then the picked point) and the problems: one road network.
    const calls = await travelCalls(page);
    expect(calls.setNetwork).toEqual([['roads']]);
    expect(calls.computeIsochrones).toEqual([
      ['bandsMin', 'mode', 'origin'],
      ['bandsMin', 'mode', 'origin'],
    ]);
    const counted = async (kind: string) => Number(await page.getByTestId(`travel-problem-count-${kind}`).getAttribute('data-count'));
    const partsBefore = await counted('disconnected_part');

    // A second transport layer with one road far from the others (as an import adds it): the network is sent
    // and built again, and the worker's answers use it (one more disconnected part).
    await page.evaluate(() => {
      const { store } = window.__noxhAtlas!;
      const transport = store.getState().history.workspace.project.layers.find((l) => l.role === 'transport')!;
      const road = { type: 'Feature', properties: { class: 'tertiary', name: 'Đường thử' }, geometry: { type: 'LineString', coordinates: [[108.5, 14.7], [108.51, 14.7]] } };
      store.run({ type: 'addLayer', layer: { ...transport, id: 'transport-extra', source: { kind: 'inline', data: { type: 'FeatureCollection', features: [road] } } } as never });
    });
    await expect.poll(() => counted('disconnected_part'), { timeout: 30_000 }).toBe(partsBefore + 1);
    await page.getByTestId('travel-compute').click();
    await expect.poll(async () => (await travelCalls(page)).computeIsochrones?.length, { timeout: 60_000 }).toBe(3);
    await page.getByTestId('travel-band-row').first().waitFor();
    const after = await travelCalls(page);
    expect(after.setNetwork).toEqual([['roads'], ['roads']]);
    expect(after.computeIsochrones.every((keys) => !keys.includes('roads'))).toBe(true);
    await page.evaluate(() => window.__noxhAtlas!.store.run({ type: 'removeLayer', layerId: 'transport-extra' }));
    await expect.poll(() => counted('disconnected_part'), { timeout: 30_000 }).toBe(partsBefore);
    expect(s.consoleErrors).toEqual([]);
  });

  it('lists the road network problems with counts; a click zooms to one', async () => {
    const { page } = s;
    const problems = findGraphProblems(buildRoadGraph(transport.features));
    for (const kind of ['disconnected_part', 'dangling_end', 'crossing_without_node'] as const) {
      const count = problems.filter((p) => p.kind === kind).length;
      if (problems.length > 0) expect(await page.getByTestId(`travel-problem-count-${kind}`).getAttribute('data-count')).toBe(String(count));
    }
    expect(await page.getByTestId('travel-problem').count()).toBe(problems.length);
    expect(problems.length).toBeGreaterThan(0);
    const markers = await page.evaluate(() => {
      const o = window.__noxhAtlas!.store.getState().overlays['travel-problems'];
      return o?.kind === 'graph-problems' ? o.problems.length : 0;
    });
    expect(markers).toBe(problems.length);
    await page.getByTestId('travel-problem').first().click();
    await page.waitForFunction(
      ([lon, lat]) => {
        const m = window.__noxhAtlas!.controller.map;
        const c = m.getCenter();
        return !m.isMoving() && Math.abs(c.lng - lon) < 0.002 && Math.abs(c.lat - lat) < 0.002;
      },
      [problems[0].lon, problems[0].lat],
      { timeout: 20_000 },
    );
    await waitForMapIdle(page);
    await saveScreenshot(page, 'travel-problem-zoomed');
    expect(s.externalRequests).toEqual([]);
  });
});
