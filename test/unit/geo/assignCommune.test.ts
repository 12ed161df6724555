// Every feature gets exactly one commune: the one containing it, the one holding most of its area, and
// on a shared border the smaller code (test/fixtures/communes/shared-border.geojson, open it in QGIS).
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assignCommune, type CommuneUnit } from '../../../src/domain/geo/assignCommune.ts';

const fixture = JSON.parse(readFileSync('test/fixtures/communes/shared-border.geojson', 'utf8')) as FeatureCollection;
const isCommune = (f: Feature) => f.properties?.kind === 'commune';
const communes: CommuneUnit[] = fixture.features.filter(isCommune).map((f) => ({
  code: f.properties!.code as string,
  name: f.properties!.name as string,
  geometry: f.geometry as Polygon,
}));
const cases = fixture.features.filter((f) => !isCommune(f));

describe('assignCommune', () => {
  const assign = assignCommune(communes);

  it.each(cases.map((f) => [f.properties!.kind as string, f] as const))('%s', (_kind, feature) => {
    expect(assign(feature.geometry)?.code ?? null).toBe(feature.properties!.expected);
  });

  it('names the commune it picks', () => {
    expect(assign({ type: 'Point', coordinates: [108.79, 15.11] })).toEqual({ code: '99001', name: 'Xã Tây (kiểm thử)' });
  });

  it('does not depend on the order of the communes', () => {
    const reversed = assignCommune([...communes].reverse());
    for (const f of cases) expect(reversed(f.geometry)).toEqual(assign(f.geometry));
  });

  it('gives null for a missing geometry and when there are no communes', () => {
    expect(assign(null)).toBeNull();
    expect(assignCommune([])({ type: 'Point', coordinates: [108.8, 15.11] })).toBeNull();
  });
});
