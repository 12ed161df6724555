// `noxh travel` on the river-with-one-bridge fixture: the parcels come out with straight_m, network_m,
// travel_min and reachable (with a reason when false), the figures of the fixture.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/travel.ts';

describe('noxh travel', () => {
  it('writes road metres and motorbike minutes per parcel, unreachable with a reason', async () => {
    const net = JSON.parse(readFileSync('test/fixtures/network/river_bridge.geojson', 'utf8')) as FeatureCollection;
    const dir = mkdtempSync(join(tmpdir(), 'noxh-travel-'));
    const write = (name: string, features: Feature[]) => writeFileSync(join(dir, name), JSON.stringify({ type: 'FeatureCollection', features }));
    const probes = net.features.filter((f) => f.properties?.class === 'probe') as Feature<Point>[];
    const square = (f: Feature<Point>): Feature => {
      const [x, y] = f.geometry.coordinates, d = 0.00003;
      return { type: 'Feature', properties: { name: f.properties!.name }, geometry: { type: 'Polygon', coordinates: [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]] } };
    };
    write('roads.geojson', net.features.filter((f) => f.geometry.type === 'LineString'));
    write('targets.geojson', net.features.filter((f) => f.properties?.class === 'target'));
    write('parcels.geojson', probes.map(square));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = await command.run(['--roads', join(dir, 'roads.geojson'), '--to', join(dir, 'targets.geojson'), '--parcels', join(dir, 'parcels.geojson'), '--out', join(dir, 'out.geojson')]);
    log.mockRestore();
    err.mockRestore();
    expect(code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out.geojson'), 'utf8')) as FeatureCollection;
    const [a, b] = out.features.map((f) => f.properties!);
    expect(a.reachable).toBe(true);
    expect(a.network_m).toBeCloseTo(3030, 0);
    expect(a.travel_min).toBeCloseTo(5.5, 1);
    expect(a.straight_m).toBeGreaterThan(420);
    expect(b).toMatchObject({ reachable: false, network_m: null, travel_min: null });
    expect(b.reason_en).toMatch(/^Not reachable by motorbike/);
  });
});
