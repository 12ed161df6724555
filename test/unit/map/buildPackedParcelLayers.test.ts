// A scored cadastre on the map: its one fill layer gets the score colours as RGBA bytes per vertex (each parcel's
// vertices its class colour; excluded parcels marked for the GPU hatch), the geometry arrays given as deck.gl
// uploads them, and a new colouring is new data over the same geometry (deck.gl told so: no re-tessellation).
import { describe, expect, it } from 'vitest';
import { COORDINATE_SYSTEM, type Layer } from '@deck.gl/core';
import type { Feature, Polygon } from 'geojson';
import { buildParcelMesh } from '../../../src/domain/geo/buildParcelMesh.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { buildDeckLayers } from '../../../src/map/buildDeckLayers.ts';
import { paintParcelVertices } from '../../../src/domain/geo/paintParcelVertices.ts';
import { EXCLUDED_MARKED, HATCH_MARK_ALPHA } from '../../../src/map/hatchMarkedFill.ts';
import { scoreClassColor, EXCLUDED_FILL } from '../../../src/map/scoreColors.ts';
import type { ScoreLayerSpec } from '../../../src/state/overlaySpecs.ts';

const square = (x: number, y: number, d = 0.001): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
const features: Feature[] = [0, 1, 2, 3].map((i) => ({ type: 'Feature', properties: {}, geometry: square(108.8 + i * 0.01, 15.1) }));
const parcels = packParcels(features);
const mesh = buildParcelMesh(parcels);

function spec(patch: Partial<ScoreLayerSpec> = {}): ScoreLayerSpec {
  return {
    kind: 'score-layer', candidateLayers: [], offsets: { cad: 0 },
    scores: Float64Array.from([80, NaN, 20, 50]), ranks: Float64Array.from([1, NaN, 3, 2]), excludedBy: Int16Array.from([-1, 0, -1, -1]),
    breaks: [20, 50, 80], probability: null, names: [], constraintReasons: [{ vi: 'Ngập', en: 'Flood' }], topN: 0, compare: [],
    packedLayer: { id: 'cad', mesh, parcels }, ...patch,
  };
}

const fillOf = (layers: Layer[]) => layers.find((l) => l.id === 'cad:parcels')!;
function draw(s: ScoreLayerSpec | null): Layer {
  const inputs = [
    { id: 'cad', role: 'candidate_site' as const, visible: true, data: undefined, labels: [], packed: mesh },
    ...(s ? [{ id: 'score-result', role: 'candidate_site' as const, visible: true, data: undefined, labels: [], score: s }] : []),
  ];
  return fillOf(buildDeckLayers(inputs, 12));
}
const attributesOf = (layer: Layer) => (layer.props.data as unknown as { attributes: Record<string, { value: ArrayLike<number> }> }).attributes;

describe('a cadastre drawn with binary attributes', () => {
  it('gives float32 positions and each vertex its parcel (the pick row), with no per-parcel accessor', () => {
    const a = attributesOf(draw(null));
    expect(a.getPolygon.value).toBeInstanceOf(Float32Array);
    expect(Array.from(a.rowIndexes.value)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
    expect(a.getFillColor).toBeUndefined();
  });

  it('draws the positions as offsets from the mesh origin (fill and outlines alike), so float32 keeps centimetres', () => {
    const layers = buildDeckLayers([{ id: 'cad', role: 'candidate_site' as const, visible: true, data: undefined, labels: [], packed: mesh }], 19);
    expect(layers.map((l) => l.id)).toEqual(['cad:parcels', 'cad:parcels-outlines']);
    for (const layer of layers) {
      expect(layer.props.coordinateSystem).toBe(COORDINATE_SYSTEM.CARTESIAN);
      expect(layer.props.coordinateOrigin).toEqual([mesh.origin[0], mesh.origin[1], 0]);
    }
    // The first vertex (108.8, 15.1) read back from its offset, in deck.gl's common space (512 units a world).
    const x = mesh.positions[0] + mesh.origin[0];
    expect((x * 360) / 512 - 180).toBeCloseTo(108.8, 7);
  });

  it('colours every vertex of a parcel with its class, and marks the excluded parcel for the hatch', () => {
    const layer = draw(spec());
    const colors = attributesOf(layer).getFillColor.value;
    const vertex = (v: number) => [...Array.from({ length: 4 }, (_, k) => colors[4 * v + k])];
    // Parcel 0 (80) is in the top class, 2 (20) in the lowest, 3 (50) in the second; 1 is excluded.
    expect(vertex(0)).toEqual(scoreClassColor(1, 2));
    expect(vertex(4)).toEqual(scoreClassColor(1, 2));
    expect(vertex(5)).toEqual(EXCLUDED_MARKED);
    expect(vertex(10)).toEqual(scoreClassColor(0, 2));
    expect(vertex(15)).toEqual(scoreClassColor(1, 2));
    // The mark is a colour no class uses (so nothing else is hatched), and the plain excluded grey is not it.
    expect(HATCH_MARK_ALPHA).not.toBe(EXCLUDED_FILL[3]);
    expect(layer.props.extensions.map((e) => e.constructor.name)).toContain('MarkedHatchExtension');
  });

  it('the scoring worker paints the same colours (then used as they are); P(top k) is painted on the page', () => {
    const s = spec();
    const palettes = Array.from({ length: 7 }, (_, n) => Array.from({ length: n }, (_, k) => scoreClassColor(k, n)));
    const painted = paintParcelVertices(parcels, s.scores, s.breaks, { palettes, excluded: EXCLUDED_MARKED });
    expect(painted).toEqual(attributesOf(draw(s)).getFillColor.value);
    const withPainted = spec({ packedLayer: { id: 'cad', mesh, parcels, vertexColors: painted } });
    expect(attributesOf(draw(withPainted)).getFillColor.value).toBe(painted);
    const probability = { ...withPainted, probability: { values: Float64Array.from([1, NaN, 0, 0.5]), topK: 2 } };
    expect(attributesOf(draw(probability)).getFillColor.value).not.toBe(painted);
  });

  it('a new colouring is new data over the same geometry arrays, which deck.gl is told are the same', () => {
    const before = draw(null);
    const after = draw(spec({ scores: Float64Array.from([10, NaN, 90, 50]) }));
    expect(after.props.data).not.toBe(before.props.data);
    expect(attributesOf(after).getPolygon).toBe(attributesOf(before).getPolygon);
    expect(attributesOf(after).indices).toBe(attributesOf(before).indices);
    expect(after.props.dataComparator!(after.props.data, before.props.data)).toBe(true);
    // The same scores again: the same colours (not made twice).
    const same = spec();
    expect(attributesOf(draw(same)).getFillColor.value).toBe(attributesOf(draw({ ...same, topN: 5 })).getFillColor.value);
  });
});
