// Fixture cases: test/fixtures/scoring/in/<case>/ (parcels + one file a layer role + scenario.json)
// → test/fixtures/scoring/out/<case>.geojson, the scored parcels you can open in QGIS.
// Regenerate the golden files with UPDATE_GOLDEN=1 after an intended change, and review the diff.
// Besides the golden comparison, each fixture parcel states what a planner expects
// (expect_raw, expect_code, expect_excluded_by) and the test checks it independently.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { isLayerRole } from '../../../src/domain/model/layerRoles.ts';
import type { ScoringLayer } from '../../../src/domain/scoring/measureContext.ts';
import { parseScenario } from '../../../src/domain/scoring/parseScenario.ts';
import { scoreParcels, scoredFeatureCollection } from '../../../src/domain/scoring/scoreParcels.ts';

const IN = 'test/fixtures/scoring/in';
const OUT = 'test/fixtures/scoring/out';
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function loadCase(name: string) {
  const dir = join(IN, name);
  const parcels = readJson(join(dir, 'parcels.geojson')) as FeatureCollection;
  const layers: ScoringLayer[] = readdirSync(dir)
    .filter((f) => f.endsWith('.geojson') && f !== 'parcels.geojson')
    .map((f) => {
      const role = f.replace(/\.geojson$/, '');
      if (!isLayerRole(role)) throw new Error(`${f}: not a layer role`);
      return { id: role, role, features: (readJson(join(dir, f)) as FeatureCollection).features };
    });
  return { parcels: parcels.features, layers, scenario: parseScenario(readJson(join(dir, 'scenario.json'))) };
}

const cases = readdirSync(IN).sort();

describe('scoring fixtures', () => {
  it('has one case per criterion kind and transform', () => {
    const kinds = new Set<string>();
    const transforms = new Set<string>();
    for (const name of cases) {
      const { scenario } = loadCase(name);
      for (const c of scenario.criteria) {
        kinds.add(c.measure.kind);
        transforms.add(c.transform.type);
      }
    }
    expect([...kinds].sort()).toEqual(['area', 'attribute', 'count_within_radius', 'distance_to_nearest', 'inside_polygon', 'overlap_share']);
    expect([...transforms].sort()).toEqual(['categorical', 'linear', 'stepped', 'target_band']);
  });

  it.each(cases)('%s matches what the planner expects and its golden file', (name) => {
    const { parcels, layers, scenario } = loadCase(name);
    const run = scoreParcels(parcels, layers, scenario);
    const scored = scoredFeatureCollection(parcels, scenario, run);
    const criterionId = scenario.criteria[0].id;
    scored.features.forEach((f: Feature, i) => {
      const p = f.properties!;
      const c = p.criteria[criterionId];
      const label = `${name} parcel ${p.id} (${p.name})`;
      if (typeof p.expect_raw === 'number') {
        // Within 0.2 % or 0.5 m: fixtures are built with the same scale factors to 1e-8 degrees.
        expect(c.raw, label).toBeCloseTo(p.expect_raw, 0);
        expect(Math.abs(c.raw - p.expect_raw), label).toBeLessThanOrEqual(Math.max(0.5, 0.002 * p.expect_raw));
      }
      if (typeof p.expect_code === 'string') expect(c.raw, label).toBe(p.expect_code);
      expect(p.excluded_by, label).toBe(p.expect_excluded_by ?? null);
      if (p.expect_excluded_by) {
        expect(p.score, label).toBeNull();
        expect(p.rank, label).toBeNull();
        expect(typeof p.excluded, label).toBe('string');
      } else {
        expect(p.score, label).toBeGreaterThanOrEqual(0);
        expect(p.score, label).toBeLessThanOrEqual(100);
        expect(p.score, label).toBeCloseTo(c.contribution, 1);
      }
      expect(parcels[i].properties!.id).toBe(p.id);
    });
    const golden = join(OUT, `${name}.geojson`);
    const text = JSON.stringify(scored, null, 1) + '\n';
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
    expect(existsSync(golden), `missing ${golden}: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(JSON.parse(text)).toEqual(readJson(golden));
  });
});
