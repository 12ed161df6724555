// Imports the real open data in ../shared/data/open (read in place, never copied) and checks counts and extents
// against SOURCES.md there.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/domain/import/importFiles.ts';

const DIR = '../shared/data/open/';
const present = existsSync(DIR + 'admin_districts_pre2025_quangngai_kontum_dvhcvn.geojson');
if (!present) console.warn(`Open data not found at ${DIR}: open-data import tests skipped.`);

const load = async (file: string) => importFiles([{ name: file, bytes: new Uint8Array(readFileSync(DIR + file)) }]);

describe.skipIf(!present)('real open data (../shared/data/open)', () => {
  it('imports the 23 pre-2025 districts with the documented extent and Vietnamese names', async () => {
    const result = await load('admin_districts_pre2025_quangngai_kontum_dvhcvn.geojson');
    const [layer] = result.layers;
    expect(layer.features).toHaveLength(23);
    // SOURCES.md: lon 107.332–109.143, lat 13.921–15.432
    expect(layer.bbox![0]).toBeCloseTo(107.332, 3);
    expect(layer.bbox![2]).toBeCloseTo(109.143, 3);
    expect(layer.bbox![1]).toBeCloseTo(13.921, 3);
    expect(layer.bbox![3]).toBeCloseTo(15.432, 3);
    expect(layer.features.map((f) => f.properties?.name)).toContain('Huyện Nghĩa Hành');
    expect(result.notes.filter((n) => n.level === 'rejected')).toEqual([]);
  });

  it.each([
    ['admin_provinces_quangngai_geoboundaries.geojson', 3],
    ['admin_provinces_quangngai_dvhcvn.geojson', 3],
  ])('imports %s (%i provinces) inside Vietnam', async (file, count) => {
    const [layer] = (await load(file)).layers;
    expect(layer.features).toHaveLength(count);
    const [w, s, e, n] = layer.bbox!;
    expect(w).toBeGreaterThan(107);
    expect(e).toBeLessThan(109.5);
    expect(s).toBeGreaterThan(13.5);
    expect(n).toBeLessThan(15.6);
  });

  it.each(['osm_hot_railways.geojson', 'osm_power_lines.geojson', 'osm_power_substations.geojson', 'osm_power_plants.geojson'])(
    'imports %s without rejecting anything, inside the clip area',
    async (file) => {
      const raw = JSON.parse(readFileSync(DIR + file, 'utf8')) as { features: unknown[] };
      const result = await load(file);
      const [layer] = result.layers;
      expect(layer.features).toHaveLength(raw.features.length);
      const [w, s, e, n] = layer.bbox!;
      expect(w).toBeGreaterThan(107.2);
      expect(e).toBeLessThan(109.5);
      expect(s).toBeGreaterThan(13.8);
      expect(n).toBeLessThan(15.6);
    },
  );
});
