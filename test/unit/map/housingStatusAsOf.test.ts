// The map draws a housing project as of the slider's year with the same rule the numbers use: the MapLibre
// expression (housingStatusAsOf) agrees with the domain's statusAsOf on every fixture project and year,
// including a missing completion year, a later start and an unknown status.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildMapStyle, housingStatusAsOf } from '../../../src/map/buildMapStyle.ts';
import { readRegistryEntry } from '../../../src/domain/targets/readRegistryEntry.ts';
import { statusAsOf } from '../../../src/domain/targets/statusAsOf.ts';

const fixture = JSON.parse(readFileSync('test/fixtures/targets/projects.geojson', 'utf8')) as FeatureCollection;
const extra: FeatureCollection['features'] = [
  { type: 'Feature', properties: { id: 'X1', status: 'surveyed', start_year: '2023' }, geometry: { type: 'Point', coordinates: [0, 0] } },
  { type: 'Feature', properties: { id: 'X2', status: 'completed', start_year: '2022', completion_year: '2029' }, geometry: { type: 'Point', coordinates: [0, 0] } },
  { type: 'Feature', properties: { id: 'X3', status: 'approved' }, geometry: { type: 'Point', coordinates: [0, 0] } },
];

function evaluate(year: number, properties: Record<string, unknown>): string {
  const parsed = createExpression(housingStatusAsOf(year), 'status', { type: 'string', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 10 }, { type: 'Point', properties, geometry: [] } as never) as string;
}

describe('housingStatusAsOf (the map as of a year)', () => {
  it('agrees with the domain statusAsOf for every project and year 2021–2030', () => {
    const features = [...fixture.features, ...extra];
    for (let year = 2021; year <= 2030; year++) {
      features.forEach((feature, i) => {
        const domain = statusAsOf(readRegistryEntry(feature, i), year) ?? 'not_started';
        expect({ id: feature.properties?.id, year, status: evaluate(year, feature.properties ?? {}) }).toEqual({ id: feature.properties?.id, year, status: domain });
      });
    }
  });

  it('ghosts the projects not started yet, only when a year is given, in a valid style', () => {
    const layers = [{ id: 'reg', role: 'housing_project' as const, visible: true, dataUrl: 'http://127.0.0.1/r.geojson' }];
    const plain = buildMapStyle({ layers, basemap: 'none' });
    const asOf = buildMapStyle({ layers, basemap: 'none', housingAsOfYear: 2024 });
    expect(validateStyleMin(asOf)).toEqual([]);
    const paint = (style: typeof plain, id: string) => JSON.stringify(style.layers.find((l) => l.id === id)?.['paint' as never]);
    expect(paint(plain, 'reg:points')).not.toContain('not_started');
    expect(paint(asOf, 'reg:points')).toContain('not_started');
    expect(paint(asOf, 'reg:points')).toContain('2024');
    expect(paint(asOf, 'reg:fill')).toContain('not_started');
  });
});
