// The attribute filter's source summary is built once per set of source data, also for a role that
// spans several layers (an imported file plus the sample), and the threshold it shows is the engine's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { ScoringLayer } from '../../../src/domain/scoring/measureContext.ts';
import { passesFilter } from '../../../src/domain/scoring/buildFeatureSet.ts';
import { cachedSourceFeatures, cachedSourceSummary } from '../../../src/ui/scoring/cachedSourceSummary.ts';
import { thresholdOf } from '../../../src/ui/scoring/AttributeFilterEditor.tsx';
import { summarizeSourceProperties } from '../../../src/ui/scoring/summarizeSourceProperties.ts';

const read = (name: string) => JSON.parse(readFileSync(`test/fixtures/scoring-ui/${name}`, 'utf8')) as FeatureCollection;
const schools = read('imported-schools.geojson');
const sample = read('sample-facilities.geojson');
/** The source layers as the editor gets them on each render: new list and layer objects, same data arrays. */
const render = (): ScoringLayer[] => [
  { id: 'imported_schools', role: 'facility', features: schools.features },
  { id: 'facilities', role: 'facility', features: sample.features },
  { id: 'roads', role: 'transport', features: [] },
];

describe('cachedSourceSummary', () => {
  it('reuses the summary of a role spanning two layers while their data is unchanged', () => {
    const byRole = { role: 'facility' as const };
    const first = cachedSourceSummary(byRole, render());
    expect(first).toEqual(summarizeSourceProperties([...schools.features, ...sample.features]));
    expect(first.featureCount).toBe(schools.features.length + sample.features.length);
    expect(cachedSourceSummary(byRole, render())).toBe(first);
    expect(cachedSourceFeatures(byRole, render())).toBe(cachedSourceFeatures(byRole, render()));
    // One layer by id: its own data, its own summary.
    const one = cachedSourceSummary({ layerId: 'imported_schools', role: 'facility' }, render());
    expect(one).not.toBe(first);
    expect(one.featureCount).toBe(schools.features.length);
    expect(cachedSourceFeatures({ layerId: 'imported_schools', role: 'facility' }, render())).toBe(schools.features);
  });

  it('builds a new summary when one source layer’s data changes (an edit, an import, undo)', () => {
    const byRole = { role: 'facility' as const };
    const before = cachedSourceSummary(byRole, render());
    const changed = render();
    changed[1] = { ...changed[1], features: sample.features.slice(1) };
    const after = cachedSourceSummary(byRole, changed);
    expect(after).not.toBe(before);
    expect(after.featureCount).toBe(before.featureCount - 1);
    expect(cachedSourceSummary(byRole, changed)).toBe(after);
    expect(cachedSourceSummary(byRole, render())).toBe(before);
  });
});

describe('thresholdOf (a stored threshold, read as the engine reads it)', () => {
  it('reads what Number() reads, and nothing the engine would not', () => {
    expect(thresholdOf(250)).toBe(250);
    expect(thresholdOf('250.5')).toBe(250.5);
    expect(thresholdOf(' 300 ')).toBe(300);
    // A decimal comma or thousands spaces are typing conveniences, not what the engine reads in a stored value.
    expect(thresholdOf('250,5')).toBeNull();
    expect(thresholdOf('1 000')).toBeNull();
    expect(thresholdOf('')).toBeNull();
    expect(thresholdOf(undefined)).toBeNull();
  });

  it('shows the threshold the engine filters with', () => {
    const students = [100, 250, 250.5, 300, 1000];
    for (const stored of ['250.5', ' 300 ', '250,5', '1 000']) {
      const kept = students.filter((n) => passesFilter({ so_hoc_sinh: n }, { property: 'so_hoc_sinh', op: 'gte', values: [stored] }));
      const x = thresholdOf(stored);
      expect(kept).toEqual(x === null ? [] : students.filter((n) => n >= x));
    }
  });
});
