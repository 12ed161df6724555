// Isochrone bands on the river-with-one-bridge network, from the north-bank target (travel to it by motorbike).
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../src/domain/network/buildRoadGraph.ts';
import { buildTravelField } from '../../../src/domain/network/buildTravelField.ts';
import { speedsFor } from '../../../src/domain/network/roadSpeeds.ts';
import { traceIsochroneBands } from '../../../src/domain/network/traceIsochroneBands.ts';
import { localScaleM } from '../../../src/domain/geo/localScaleM.ts';

describe('isochrone bands', () => {
  it('cuts the roads where each limit is crossed: 2 min at 35 km/h = 1,166.7 m of road from the target', () => {
    // The target is on the north-bank road at x = 200 m (provincial, 35 km/h: 583.3 m a minute).
    const net = JSON.parse(readFileSync('test/fixtures/network/river_bridge.geojson', 'utf8')) as FeatureCollection;
    const graph = buildRoadGraph(net.features);
    const target = net.features.find((f) => f.properties?.class === 'target')!.geometry as { coordinates: number[] };
    const field = buildTravelField(graph, target.coordinates, speedsFor('motorbike'), 'min');
    const bands = traceIsochroneBands(field, [2, 4, 8]);
    const { kx, ky } = localScaleM(15.1);
    const lengthM = (band: number) =>
      bands.filter((b) => b.properties.band_min === band).reduce((s, b) => {
        const [[x1, y1], [x2, y2]] = b.geometry.coordinates;
        return s + Math.hypot((x2 - x1) * kx, (y2 - y1) * ky);
      }, 0);
    // Within 2 min: the north-bank road 200 m west of the target (all of it) and 1,166.7 m east.
    expect(lengthM(2)).toBeCloseTo(200 + 1166.7, 0);
    // 2–4 min (4 min = 2,333.3 m): the rest of the north road (633.3 m), the bridge (400 m, from 1,300 m), and the
    // south road 633.3 m west of the bridge foot and all 500 m east of it.
    expect(lengthM(4)).toBeCloseTo(633.3 + 400 + 633.3 + 500, 0);
    // 4–8 min: the rest of the south road west (1,500 − 633.3 = 866.7 m).
    expect(lengthM(8)).toBeCloseTo(866.7, 0);
    // The riverside path under the bridge is not connected: in no band.
    expect(bands.every((b) => Math.abs(b.geometry.coordinates[0][1] - (15.1 + 200 / ky)) > 1e-7)).toBe(true);
  });
});
