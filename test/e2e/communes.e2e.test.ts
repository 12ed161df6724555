// The commune as the unit everywhere, as a planner meets it: the "Phóng đến xã, phường" box finds a
// commune typed without diacritics — "tinh phong", the former commune merged into Thọ Phong — and the map
// frames it; a parcel's attribute panel names its commune (from its data) and an industrial zone's the one
// it lies in (computed); the ranking and the audit table filter by commune.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbox, pointOnFeature } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { assignCommune } from '../../src/domain/geo/assignCommune.ts';
import { isPolygonal } from '../../src/domain/geo/polygonalGeometry.ts';
import { readCommunes } from '../../src/domain/targets/readCommunes.ts';
import { jumpTo, openApp, project, saveScreenshot, waitForMapIdle, type BrowserSession } from './browser.ts';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as FeatureCollection;
const communes = readCommunes(read('admin_units.geojson'));
const thoPhong = communes.find((c) => c.name === 'Thọ Phong')!;

async function view(s: BrowserSession): Promise<{ zoom: number; bounds: [number, number, number, number] }> {
  return s.page.evaluate(() => {
    const map = window.__noxhAtlas!.controller.map;
    const b = map.getBounds();
    return { zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number] };
  });
}

describe('the commune as the unit everywhere', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens on the whole merged province, the former Kon Tum part included', async () => {
    const { bounds } = await view(s);
    const [w, south, e, north] = bbox(read('admin_units.geojson'));
    expect(bounds[0]).toBeLessThanOrEqual(w);
    expect(bounds[1]).toBeLessThanOrEqual(south);
    expect(bounds[2]).toBeGreaterThanOrEqual(e);
    expect(bounds[3]).toBeGreaterThanOrEqual(north);
    await saveScreenshot(s.page, 'communes-default-view');
  });

  it('finds "tinh phong" without diacritics (merged into Thọ Phong) and zooms the map to it', async () => {
    const input = s.page.getByTestId('commune-search-input');
    await input.fill('tinh phong');
    const options = s.page.getByTestId('commune-search-option');
    await options.first().waitFor();
    const first = (await options.first().textContent()) ?? '';
    expect(first).toContain('Xã Thọ Phong');
    expect(first).toContain('gồm xã Tịnh Phong cũ');
    expect(first).toContain('trước đây thuộc tỉnh Quảng Ngãi');
    await saveScreenshot(s.page, 'communes-search-tinh-phong');
    await input.press('Enter');
    // fitBounds animates for 0.6 s: wait until the map has settled on the commune.
    await s.page.waitForFunction((target) => Math.abs(window.__noxhAtlas!.controller.map.getZoom() - target) > 1.5, 8.3);
    await s.page.waitForTimeout(800);
    await waitForMapIdle(s.page);
    const { zoom, bounds } = await view(s);
    const [w, south, e, north] = bbox(thoPhong.geometry!);
    expect(zoom).toBeGreaterThan(10);
    // The commune fills the view: all of it inside, and it spans most of the view one way or the other.
    expect(bounds[0]).toBeLessThanOrEqual(w);
    expect(bounds[1]).toBeLessThanOrEqual(south);
    expect(bounds[2]).toBeGreaterThanOrEqual(e);
    expect(bounds[3]).toBeGreaterThanOrEqual(north);
    expect(Math.max((e - w) / (bounds[2] - bounds[0]), (north - south) / (bounds[3] - bounds[1]))).toBeGreaterThan(0.6);
    expect(await input.inputValue()).toBe('Thọ Phong');
    // It is selected: outlined on the map, its attributes (type, code, what it was formed from) in the panel.
    expect(await s.page.getByTestId('feature-title').textContent()).toBe('Thọ Phong');
    expect((await s.page.getByTestId('feature-panel').textContent()) ?? '').toContain('Xã Tịnh Phong, Xã Tịnh Thọ');
    await saveScreenshot(s.page, 'communes-zoomed-tho-phong');
  });

  it('finds a commune typed with "d" for "đ" and without tones, and says when nothing matches', async () => {
    const input = s.page.getByTestId('commune-search-input');
    await input.fill('dak to');
    expect((await s.page.getByTestId('commune-search-option').first().textContent()) ?? '').toContain('Xã Đăk Tô');
    expect((await s.page.getByTestId('commune-search-option').first().textContent()) ?? '').toContain('trước đây thuộc tỉnh Kon Tum');
    await input.fill('không có xã này');
    await s.page.getByTestId('commune-search-none').waitFor();
    await input.fill('');
  });

  it('shows a parcel\'s commune in its attribute panel, and the commune an industrial zone lies in', async () => {
    const parcel = read('candidate_sites.geojson').features.find((f) => f.properties?.id === 'QN-0154')!;
    await s.page.getByTestId('toggle-candidate_sites').check();
    const [lon, lat] = pointOnFeature(parcel).geometry.coordinates;
    await jumpTo(s.page, [lon, lat], 15);
    await s.page.getByTestId('map').click({ position: await project(s.page, [lon, lat]) });
    await s.page.getByTestId('feature-panel').waitFor();
    expect(await s.page.getByTestId('feature-title').textContent()).toBe(parcel.properties!.name);
    expect(await s.page.getByTestId('attribute-commune_name').textContent()).toBe('Xã/phườngThọ Phong');
    await saveScreenshot(s.page, 'communes-parcel-panel');

    // An industrial zone's data names no commune: the panel finds the one holding most of its area.
    const zone = read('industrial_zones.geojson').features.find((f) => String(f.properties?.name).includes('VSIP'))!;
    const units = communes.flatMap((c) => (isPolygonal(c.geometry) ? [{ code: c.code, name: c.name, geometry: c.geometry }] : []));
    const expected = assignCommune(units)(zone.geometry)!;
    expect(expected).not.toBeNull();
    const [zlon, zlat] = pointOnFeature(zone).geometry.coordinates;
    await s.page.getByTestId('toggle-candidate_sites').uncheck();
    await s.page.getByTestId('toggle-industrial_zones').check();
    await jumpTo(s.page, [zlon, zlat], 12);
    await s.page.getByTestId('map').click({ position: await project(s.page, [zlon, zlat]) });
    await expect(s.page.getByTestId('feature-title').textContent()).resolves.toBe(zone.properties!.name);
    const row = (await s.page.getByTestId('attribute-commune_name').textContent()) ?? '';
    expect(row).toContain(expected.name);
    expect(row).toContain('xác định theo vị trí');
    await saveScreenshot(s.page, 'communes-zone-panel');
  });

  it('filters the ranking by commune', async () => {
    await s.page.getByTestId('tab-scoring').click();
    await s.page.getByTestId('row-score').first().waitFor({ timeout: 60_000 });
    const filter = s.page.getByTestId('ranking-commune-filter');
    const all = await s.page.getByTestId('ranking-row').count();
    // Every row names its commune.
    const names = await s.page.getByTestId('row-commune').allTextContents();
    expect(names.every((n) => n !== '—')).toBe(true);
    await filter.selectOption('21181');
    const shown = await s.page.getByTestId('row-commune').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(new Set(shown)).toEqual(new Set(['Thọ Phong']));
    // At most the commune's 49 parcels (excluded ones are hidden unless asked).
    expect(shown.length).toBeLessThanOrEqual(read('candidate_sites.geojson').features.filter((f) => f.properties?.commune_code === '21181').length);
    await filter.scrollIntoViewIfNeeded();
    await saveScreenshot(s.page, 'communes-ranking-filter');
    await filter.selectOption('');
    expect(await s.page.getByTestId('ranking-row').count()).toBe(all);
  });

  it('gives the audit table a commune column and filter', async () => {
    await s.page.getByTestId('tab-audit').click();
    await s.page.getByTestId('audit-table').waitFor({ timeout: 60_000 });
    const projects = read('commercial_projects.geojson').features;
    expect(await s.page.getByTestId('audit-commune').count()).toBe(projects.length);
    const tm03 = projects.find((f) => f.properties?.id === 'TM-03')!.properties!;
    await s.page.getByTestId('audit-commune-filter').selectOption(String(tm03.commune_code));
    expect(await s.page.getByTestId('audit-commune').allTextContents()).toEqual([tm03.commune_name]);
    await expect(s.page.getByTestId('audit-row-TM-03').isVisible()).resolves.toBe(true);
    await saveScreenshot(s.page, 'communes-audit-filter');
    await s.page.getByTestId('audit-commune-filter').selectOption('');
    expect(await s.page.getByTestId('audit-commune').count()).toBe(projects.length);
  });
});
