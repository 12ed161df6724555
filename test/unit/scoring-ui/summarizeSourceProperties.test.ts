// The attribute-filter picker's data: which properties an imported layer has, their values and
// numeric range, and how many source features a filter keeps — the same count the engine uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import type { ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { createMeasureContext, type ScoringLayer } from '../../../src/domain/scoring/measureContext.ts';
import { measureKey, type AttributeFilter, type MeasureSpec } from '../../../src/domain/scoring/scenario.ts';
import {
  countPassingFilter,
  defaultFilterProperty,
  MAX_TRACKED_DISTINCT,
  sourceFeaturesOf,
  sourceLayersOf,
  summarizeSourceProperties,
} from '../../../src/ui/scoring/summarizeSourceProperties.ts';

const read = (name: string) => JSON.parse(readFileSync(`test/fixtures/scoring-ui/${name}`, 'utf8')) as FeatureCollection;
const schools = read('imported-schools.geojson');
const sample = read('sample-facilities.geojson');
const layers: ScoringLayer[] = [
  { id: 'imported_schools', role: 'facility', features: schools.features },
  { id: 'facilities', role: 'facility', features: sample.features },
  { id: 'roads', role: 'transport', features: [] },
];

describe('summarizeSourceProperties', () => {
  const summary = summarizeSourceProperties(schools.features);
  const prop = (name: string) => summary.properties.find((p) => p.name === name)!;

  it('lists the properties in column order with how many features have a value', () => {
    expect(summary.featureCount).toBe(6);
    expect(summary.properties.map((p) => [p.name, p.featureCount])).toEqual([
      ['ten', 6],
      ['loai_truong', 6],
      ['so_hoc_sinh', 4], // null and "" are missing values
      ['cong_lap', 5],
      ['ghi_chu', 1],
    ]);
  });

  it('gives distinct values as text, most frequent first', () => {
    expect(prop('loai_truong').values).toEqual([
      { value: 'Mầm non', count: 3 },
      { value: 'Tiểu học', count: 2 },
      { value: 'THCS', count: 1 },
    ]);
    expect(prop('cong_lap').values).toEqual([
      { value: 'true', count: 4 },
      { value: 'false', count: 1 },
    ]);
    // A nested object is present but offers no value a filter could match.
    expect(prop('ghi_chu').values).toEqual([]);
  });

  it('reads numbers written as text, like a numeric filter does, and skips non-numbers', () => {
    expect(prop('so_hoc_sinh').numeric).toEqual({ count: 3, min: 95, max: 640 });
    expect(prop('loai_truong').numeric).toBeNull();
  });

  it('caps the listed values but still tells how many distinct values exist', () => {
    const capped = summarizeSourceProperties(schools.features, 2);
    const kinds = capped.properties.find((p) => p.name === 'loai_truong')!;
    expect(kinds.values.map((v) => v.value)).toEqual(['Mầm non', 'Tiểu học']);
    expect(kinds.distinctCount).toBe(3);
    expect(kinds.distinctCapped).toBe(false);
  });

  it('stops tracking new distinct values of id-like properties after the limit', () => {
    const many: Feature[] = Array.from({ length: MAX_TRACKED_DISTINCT + 10 }, (_, i) => ({
      type: 'Feature',
      properties: { code: `P${i}`, zone: i % 2 ? 'A' : 'B' },
      geometry: { type: 'Point', coordinates: [108.8, 15.1] },
    }));
    const s = summarizeSourceProperties(many);
    const code = s.properties.find((p) => p.name === 'code')!;
    expect(code.featureCount).toBe(MAX_TRACKED_DISTINCT + 10);
    expect(code.distinctCount).toBe(MAX_TRACKED_DISTINCT);
    expect(code.distinctCapped).toBe(true);
    expect(code.values).toHaveLength(200);
    expect(s.properties.find((p) => p.name === 'zone')!.values).toEqual([
      { value: 'A', count: 2505 },
      { value: 'B', count: 2505 },
    ]);
  });
});

describe('sourceFeaturesOf', () => {
  it('takes one layer by id, or every layer of the role (imported ones included)', () => {
    expect(sourceFeaturesOf({ layerId: 'imported_schools' }, layers)).toHaveLength(6);
    expect(sourceFeaturesOf({ role: 'facility' }, layers)).toHaveLength(10);
    expect(sourceFeaturesOf({ role: 'transport' }, layers)).toHaveLength(0);
    // One layer: its own array (the editor caches a layer's summary by it).
    expect(sourceFeaturesOf({ layerId: 'facilities' }, layers)).toBe(sample.features);
  });
});

describe('sourceLayersOf', () => {
  it('offers loaded layers only, and never the candidate parcels (the engine does not read them as sources)', () => {
    const layer = (id: string, role: ProjectLayer['role']) => ({ id, role, title: { vi: id, en: id }, visible: true, metadata: {} }) as unknown as ProjectLayer;
    const ready = (data: FeatureCollection) => ({ status: 'ready' as const, data, dataUrl: '', invalidCount: 0 });
    const got = sourceLayersOf(
      [layer('imported_schools', 'facility'), layer('facilities', 'facility'), layer('parcels', 'candidate_site')],
      { imported_schools: ready(schools), facilities: { status: 'loading' }, parcels: ready(sample) },
    );
    expect(got.map((l) => [l.id, l.role, l.features.length])).toEqual([['imported_schools', 'facility', 6]]);
  });
});

describe('countPassingFilter', () => {
  const imported = sourceFeaturesOf({ layerId: 'imported_schools' }, layers);
  const cases: [AttributeFilter, number][] = [
    [{ property: 'loai_truong', op: 'in', values: ['Mầm non'] }, 3],
    [{ property: 'loai_truong', op: 'in', values: ['Mầm non', 'Không có trong dữ liệu'] }, 3],
    [{ property: 'loai_truong', op: 'in', values: [] }, 0],
    [{ property: 'loai_truong', op: 'not_in', values: ['Mầm non'] }, 3],
    [{ property: 'cong_lap', op: 'eq', values: ['true'] }, 4],
    [{ property: 'cong_lap', op: 'ne', values: ['true'] }, 2], // false, and the school without the field
    [{ property: 'so_hoc_sinh', op: 'gt', values: [100] }, 2],
    [{ property: 'so_hoc_sinh', op: 'lte', values: ['95'] }, 1],
    [{ property: 'ten_sai', op: 'eq', values: ['x'] }, 0],
  ];
  it.each(cases)('%j keeps %i of 6 schools', (filter, expected) => {
    expect(countPassingFilter(imported, filter)).toBe(expected);
  });

  it('no filter keeps everything', () => {
    expect(countPassingFilter(imported, undefined)).toBe(6);
  });

  it('matches the source count the scoring engine reports for the same measure', () => {
    const specs: MeasureSpec[] = cases.map(([filter]) => ({ kind: 'distance_to_nearest', source: { role: 'facility', filter } }));
    specs.push({ kind: 'distance_to_nearest', source: { layerId: 'facilities', filter: { property: 'kind', op: 'eq', values: ['kindergarten'] } } });
    const context = createMeasureContext(layers, specs);
    for (const spec of specs) {
      const shown = countPassingFilter(sourceFeaturesOf(spec.source!, layers), spec.source!.filter);
      expect(shown).toBe(context.sourceCounts.get(measureKey(spec)));
    }
  });
});

describe('defaultFilterProperty', () => {
  it('prefers the roles’ classifying property, else a categorical one most features have', () => {
    expect(defaultFilterProperty(summarizeSourceProperties(sample.features))).toBe('kind');
    expect(defaultFilterProperty(summarizeSourceProperties(schools.features))).toBe('loai_truong');
    expect(defaultFilterProperty(summarizeSourceProperties([]))).toBe('kind');
  });
});
