// The sample road network (data/transport.geojson) as the travel criteria see it: one connected network
// (the expressway joined at its interchanges), and every candidate parcel reaching an industrial park
// (parks as their own polygons, not the economic zones) by motorbike, on foot and by car.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../src/domain/network/buildRoadGraph.ts';
import { findGraphProblems } from '../../../src/domain/network/findGraphProblems.ts';
import { TRAVEL_MODES } from '../../../src/domain/network/roadSpeeds.ts';
import { createMeasureContext } from '../../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { measureKey, type MeasureSpec } from '../../../src/domain/scoring/scenario.ts';

const read = (name: string) => JSON.parse(readFileSync(`data/${name}`, 'utf8')) as FeatureCollection;
const transport = read('transport.geojson');
const parks = read('industrial_zones.geojson').features.filter((f) => f.properties?.kind !== 'KKT');
const parcels = read('candidate_sites.geojson');

describe('the sample road network', () => {
  it('is one connected network with the expressway joined at its interchanges', () => {
    const graph = buildRoadGraph(transport.features);
    const problems = findGraphProblems(graph);
    expect(problems.filter((p) => p.kind === 'disconnected_part')).toEqual([]);
    const interchanges = transport.features.filter((f) => f.properties?.class === 'interchange');
    expect(interchanges.length).toBeGreaterThanOrEqual(5);
    for (const f of interchanges) expect(f.properties!.name).toMatch(/minh họa/);
  });

  it('takes every candidate parcel to an industrial park, in every mode', () => {
    const source = { role: 'industrial_zone' as const };
    const specs: MeasureSpec[] = TRAVEL_MODES.map((travelMode) => ({ kind: 'distance_to_nearest', source, distanceMode: 'travel_min', travelMode }));
    const context = createMeasureContext([{ id: 'transport', role: 'transport', features: transport.features }, { id: 'parks', role: 'industrial_zone', features: parks }], specs);
    const m = measureParcels(context, packParcels(parcels.features));
    for (const spec of specs) {
      const minutes = Array.from(m.values[measureKey(spec)]);
      expect(minutes.filter((x) => !Number.isFinite(x)), spec.travelMode).toEqual([]);
    }
  });
});
