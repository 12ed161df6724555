// GeoJSON export keeps the precision a survey has, not the 14 digits a computation leaves: 7 decimals of a
// degree (≈ 1 cm, RFC 7946 §11.2) for WGS84 and 3 decimals of a metre (1 mm) for VN-2000. Attributes are untouched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Position } from 'geojson';
import { exportGeoJson } from '../../../src/domain/export/exportGeoJson.ts';
import { reprojectFeatureCollection, resolveCrs, WGS84_CRS } from '../../../src/domain/projection/index.ts';
import { buildLayerExport } from '../../../src/ui/import/buildLayerExport.ts';

const FIXTURE = 'test/fixtures/export/diem-toa-do-day-du.geojson';
const GOLDEN = 'test/fixtures/export/diem-toa-do-day-du.golden.geojson';
const fc = JSON.parse(readFileSync(FIXTURE, 'utf8')) as FeatureCollection;

/** Every coordinate number of the collection, in order. */
function coordinateNumbers(collection: FeatureCollection): number[] {
  const out: number[] = [];
  const walk = (c: unknown) => (Array.isArray(c) ? c.forEach(walk) : typeof c === 'number' && out.push(c));
  for (const f of collection.features) walk((f.geometry as { coordinates: Position }).coordinates);
  return out;
}

const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;

describe('exportGeoJson coordinate precision', () => {
  it('writes the golden file: 108.79123456789012 → 108.7912346, names and elevations as they were', () => {
    const text = exportGeoJson(fc, { pretty: true });
    expect(text).toBe(readFileSync(GOLDEN, 'utf8').trimEnd());
    expect(text).not.toContain('108.79123456789012');
    const out = JSON.parse(text) as FeatureCollection;
    expect(out.features[0].properties).toEqual(fc.features[0].properties);
    expect(out.features[0].properties!.cao_do_m).toBe(9.8123456789);
  });

  it('keeps at most 7 decimals of a degree, each within half a unit (5e-8°, ≈ 5 mm) of the original', () => {
    const before = coordinateNumbers(fc);
    const after = coordinateNumbers(JSON.parse(exportGeoJson(fc)) as FeatureCollection);
    expect(after).toHaveLength(before.length);
    after.forEach((v, i) => {
      expect(decimalsOf(v)).toBeLessThanOrEqual(7);
      expect(Math.abs(v - before[i])).toBeLessThanOrEqual(5e-8 + 1e-12);
    });
    // Exact decimal rounding at the edge: …0499999 goes down, …0500001 goes up.
    expect(after.slice(4)).toEqual([108.8, 15.1200001, 108.81, 15.1299999]);
  });

  it('VN-2000 metres (EPSG:5898) keep 3 decimals: the test point is E 587049.939, N 1672803.489', () => {
    const metres = reprojectFeatureCollection(fc, WGS84_CRS, resolveCrs('EPSG:5898'));
    expect(decimalsOf(coordinateNumbers(metres)[0])).toBeGreaterThan(3);
    const out = JSON.parse(exportGeoJson(metres, { coordinateUnit: 'metre' })) as FeatureCollection;
    for (const v of coordinateNumbers(out)) expect(decimalsOf(v)).toBeLessThanOrEqual(3);
    expect((out.features[1].geometry as { coordinates: Position }).coordinates).toEqual([587049.939, 1672803.489]);
  });

  it('the "Tải xuống GeoJSON" of a layer writes the rounded coordinates', () => {
    const file = buildLayerExport({ data: fc, role: 'facility', title: 'Điểm tọa độ đầy đủ', format: 'geojson', language: 'vi' });
    const text = new TextDecoder().decode(file.bytes);
    expect(text).toContain('[108.7912346,15.1171235]');
    expect(text).not.toContain('108.79123456789012');
  });
});
