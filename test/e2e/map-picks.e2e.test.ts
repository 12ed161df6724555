// While a drawing session holds the map, its clicks place vertices and select nothing — including the
// click that closes the shape, which reaches the map just after terra-draw ended the session — and the
// map's click-to-select is back as soon as the session has ended (no timer).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { project, waitForMapIdle, type BrowserSession, openScoringTab } from './browser.ts';

const parcels = JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection;

describe('map picks and the drawing slot', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openScoringTab();
  });
  afterAll(async () => s?.close());
  // The parcel fills the view; the square drawn inside it, and the click after, all land on it.
  it('drawing a site over a parcel does not select it; the next click does', async () => {
    const ring = (parcels.features.find((f) => f.properties?.id === 'QN-0072')!.geometry as Polygon).coordinates[0];
    const lons = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    await s.page.evaluate((b) => window.__noxhAtlas!.controller.map.fitBounds(b, { padding: 200, duration: 0 }), [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as [number, number, number, number]);
    await waitForMapIdle(s.page);
    const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
    const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
    const d = (Math.max(...lons) - Math.min(...lons)) / 6;
    const corners: [number, number][] = [
      [cx - d, cy - d],
      [cx + d, cy - d],
      [cx + d, cy + d],
      [cx - d, cy + d],
    ];
    const sel = () => s.page.evaluate(() => window.__noxhAtlas!.store.getState().selection);
    await s.page.getByTestId('draw-section').click();
    await s.page.getByTestId('draw-toggle').click();
    const map = s.page.getByTestId('map');
    for (const c of [...corners, corners[0]]) {
      await map.click({ position: await project(s.page, c) });
      await s.page.waitForTimeout(150);
      expect(await sel()).toBeNull();
    }
    await s.page.getByTestId('drawn-result').waitFor({ timeout: 15_000 });
    expect(await sel()).toBeNull();
    // The next click on the parcel (outside the drawn square) selects it.
    await map.click({ position: await project(s.page, [cx - 2.5 * d, cy]) });
    await expect.poll(sel).toEqual({ layerId: 'candidate_sites', featureIndex: parcels.features.findIndex((f) => f.properties?.id === 'QN-0072') });
  });
});
