import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection, Polygon } from 'geojson';
import { buildScoreLayers, compareMarks, rankLabels, scoreTooltipText } from '../../../src/map/buildScoreLayers.ts';
import { buildScoreLegend } from '../../../src/map/buildScoreLegend.ts';
import { EXCLUDED_HATCH, scoreClassColor, scoreColor } from '../../../src/map/scoreColors.ts';
import { buildDeckLayers } from '../../../src/map/buildDeckLayers.ts';
import type { ScoreLayerSpec } from '../../../src/state/overlaySpecs.ts';
import { legendOfLayer } from '../../../src/map/legendOfLayer.ts';
import { buildLegend } from '../../../src/map/buildLegend.ts';
import { createScoreLayer } from '../../../src/domain/model/scoreResultLayer.ts';

const square = (x: number, y: number, d = 0.001): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]],
});
const parcels: FeatureCollection = {
  type: 'FeatureCollection',
  features: [0, 1, 2, 3].map((i) => ({ type: 'Feature', properties: { id: `P${i}` }, geometry: square(108.8 + i * 0.01, 15.1) })),
};
const flood = { vi: 'Vùng ngập', en: 'Flood zone' };

function spec(patch: Partial<ScoreLayerSpec> = {}): ScoreLayerSpec {
  return {
    kind: 'score-layer',
    candidateLayers: [{ id: 'parcels', data: parcels }],
    offsets: { parcels: 0 },
    scores: Float64Array.from([80, NaN, 20, 50]),
    ranks: Float64Array.from([1, NaN, 3, 2]),
    excludedBy: Int16Array.from([-1, 0, -1, -1]),
    breaks: [20, 50, 80],
    probability: null,
    names: ['Khu A', 'P1', 'Khu C', 'Khu D'],
    constraintReasons: [flood],
    topN: 10,
    compare: [],
    ...patch,
  };
}

const byId = (layers: Layer[], id: string) => layers.find((l) => l.id === id)!;
type ColorAccessor = (f: unknown, info: { index: number }) => number[];
const prop = (layer: Layer, name: string) => (layer.props as unknown as Record<string, unknown>)[name];

describe('buildScoreLayers: the score layer as deck.gl layers', () => {
  it('colours the candidate layer’s own geometry by score class, hatches excluded parcels, labels the ranks', () => {
    const layers = buildScoreLayers(spec());
    expect(layers.map((l) => l.id)).toEqual(['parcels:score-dots', 'parcels:score', 'parcels:score-excluded', 'score-ranks:labels']);
    const fill = byId(layers, 'parcels:score');
    expect(fill.props.data).toBe(parcels);
    expect(fill.props.pickable).toBe(true);
    const colour = prop(fill, 'getFillColor') as ColorAccessor;
    // Two classes: [20, 50) and [50, 80]; the best is viridis' yellow.
    expect(colour(parcels.features[0], { index: 0 })).toEqual(scoreClassColor(1, 2));
    expect(colour(parcels.features[2], { index: 2 })).toEqual(scoreClassColor(0, 2));
    expect(colour(parcels.features[0], { index: 0 }).slice(0, 3)).toEqual([253, 231, 37]);
    const excluded = byId(layers, 'parcels:score-excluded');
    expect((excluded.props.data as FeatureCollection).features).toEqual([parcels.features[1]]);
    expect(prop(excluded, 'getFillColor')).toEqual(EXCLUDED_HATCH);
    expect(byId(layers, 'score-ranks:labels').props.pickable).toBe(false);
  });

  it('re-colours on a weight change without new geometry, and hides without dropping layers', () => {
    const before = buildScoreLayers(spec());
    const after = buildScoreLayers(spec({ scores: Float64Array.from([20, NaN, 80, 50]), ranks: Float64Array.from([3, NaN, 1, 2]) }), false);
    for (const id of ['parcels:score-dots', 'parcels:score', 'parcels:score-excluded']) {
      expect(byId(after, id).props.data).toBe(byId(before, id).props.data);
      expect(byId(after, id).props.visible).toBe(false);
    }
    const triggers = (l: Layer) => (l.props.updateTriggers as Record<string, unknown>).getFillColor;
    expect(triggers(byId(after, 'parcels:score'))).not.toEqual(triggers(byId(before, 'parcels:score')));
  });

  it('keeps the colour trigger when only the compared sites, the rank labels or the selection change', () => {
    const base = spec();
    const trigger = (s: ScoreLayerSpec) => (byId(buildScoreLayers(s), 'parcels:score').props.updateTriggers as Record<string, unknown>).getFillColor;
    // deck.gl compares each element of the trigger by identity: equal elements = no colour rebuild.
    const same = (a: unknown, b: unknown) => (a as unknown[]).length === (b as unknown[]).length && (a as unknown[]).every((x, i) => x === (b as unknown[])[i]);
    expect(same(trigger({ ...base, compare: [3, 0] }), trigger(base))).toBe(true);
    expect(same(trigger({ ...base, topN: 2 }), trigger(base))).toBe(true);
    // New scores (a re-score or a weight change), new breaks, or colouring by P(top k): a new trigger.
    expect(same(trigger({ ...base, scores: Float64Array.from(base.scores) }), trigger(base))).toBe(false);
    expect(same(trigger({ ...base, breaks: [20, 40, 80] }), trigger(base))).toBe(false);
    const probability = { values: Float64Array.from([1, NaN, 0, 0.5]), topK: 10 };
    expect(same(trigger({ ...base, probability }), trigger(base))).toBe(false);
    expect(same(trigger({ ...base, probability, compare: [1] }), trigger({ ...base, probability }))).toBe(true);
  });

  it('labels the best N parcels "#1", "#2", …, best first, and #1 wins every overlap', () => {
    const labels = rankLabels(spec({ topN: 2 }));
    expect(labels.map((l) => l.text)).toEqual(['#1', '#2']);
    // #1 is parcel 0, #2 parcel 3: the labels sit at their centres.
    expect(labels[0].position[0]).toBeCloseTo(108.8005, 4);
    expect(labels[1].position[0]).toBeCloseTo(108.8305, 4);
    const layer = byId(buildScoreLayers(spec({ topN: 2 })), 'score-ranks:labels');
    const priority = prop(layer, 'getCollisionPriority') as (d: { rank: number }) => number;
    expect(priority(labels[0])).toBeGreaterThan(priority(labels[1]));
    expect(rankLabels(spec({ topN: 0 }))).toEqual([]);
    expect(buildScoreLayers(spec({ topN: 0 })).map((l) => l.id)).not.toContain('score-ranks:labels');
  });

  it('outlines the compared sites and letters them A, B, … in the order they were ticked', () => {
    const s = spec({ compare: [3, 0] });
    expect(compareMarks(s).map((m) => [m.letter, m.feature.properties!.id])).toEqual([
      ['A', 'P3'],
      ['B', 'P0'],
    ]);
    const ids = buildScoreLayers(s).map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['score-compare:casing', 'score-compare:outline', 'score-compare:labels']));
    const letters = byId(buildScoreLayers(s), 'score-compare:labels');
    expect((letters.props.data as { letter: string }[]).map((d) => d.letter)).toEqual(['A', 'B']);
  });

  it('colours by P(top k) after a sensitivity run', () => {
    const s = spec({ probability: { values: Float64Array.from([1, NaN, 0, 0.5]), topK: 10 } });
    const colour = prop(byId(buildScoreLayers(s), 'parcels:score'), 'getFillColor') as ColorAccessor;
    expect(colour(null, { index: 0 })).not.toEqual(scoreColor(80, s.breaks));
  });

  it('is drawn in its place in the layer order (below a candidate layer listed after it)', () => {
    const layers = buildDeckLayers(
      [
        { id: 'score-result', role: 'candidate_site', visible: true, data: undefined, labels: [], score: spec() },
        { id: 'parcels', role: 'candidate_site', visible: true, data: parcels, labels: [] },
      ],
      10,
    );
    const ids = layers.map((l) => l.id);
    expect(ids.indexOf('parcels:score')).toBeLessThan(ids.indexOf('parcels:parcels'));
  });

  it('tells the hovered parcel’s name, score and rank as text, or why it is excluded', () => {
    expect(scoreTooltipText(spec(), 'parcels', 0, 'vi')).toBe('Khu A\nĐiểm: 80 · Hạng: 1 / 3');
    expect(scoreTooltipText(spec(), 'parcels', 1, 'en')).toBe('P1\nExcluded: Flood zone');
    expect(scoreTooltipText(spec(), 'other-layer', 0, 'vi')).toBeNull();
  });
});

describe('buildScoreLegend: the score layer’s legend entries', () => {
  it('lists the classes best first with their score ranges, then excluded, ranks and compared sites', () => {
    const legend = buildScoreLegend(spec({ breaks: [12.5, 40, 71.25, 95], compare: [0, 2] }));
    expect(legend.title.vi).toBe('Điểm phù hợp (0–100), chia theo phân vị');
    expect(legend.entries.map((e) => [e.kind, e.label.vi])).toEqual([
      ['class', '71,3 – 95'],
      ['class', '40 – 71,3'],
      ['class', '12,5 – 40'],
      ['excluded', 'Bị loại (ràng buộc) (1)'],
      ['rank', '#1 … #10: hạng của các khu đất dẫn đầu'],
      ['compare', 'Khu đất đang so sánh (A, B, C, D)'],
    ]);
    expect(legend.entries[0]).toMatchObject({ color: scoreClassColor(2, 3) });
    expect(legend.entries[1].label.en).toBe('40 – 71.3');
  });

  it('shows the P(top k) ramp instead of classes after a sensitivity run', () => {
    const legend = buildScoreLegend(spec({ probability: { values: new Float64Array(4), topK: 10 }, topN: 0 }));
    expect(legend.title.vi).toBe('Xác suất nằm trong k hạng đầu, k = 10');
    expect(legend.entries.map((e) => e.kind)).toEqual(['ramp', 'excluded']);
  });
});

describe('legendOfLayer: the score layer in the presentation legend and on the map sheet', () => {
  it('lists the score classes best first with their colours, the excluded parcels and the rank labels, not the candidate outline', () => {
    const layer = { ...createScoreLayer({ vi: 'Công nhân KCN', en: 'Industrial workers' }), visible: true };
    const [entry] = buildLegend([layer], 'vi', (l) => legendOfLayer(l, { [layer.id]: spec() }));
    expect(entry.title).toBe('Kết quả chấm điểm: Công nhân KCN');
    const items = entry.sections.flatMap((s) => s.items);
    const hex = (c: number[]) => `#${c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(items.slice(0, 2).map((i) => [i.label, i.color])).toEqual([
      ['50 – 80', hex(scoreClassColor(1, 2))],
      ['20 – 50', hex(scoreClassColor(0, 2))],
    ]);
    expect(items[2].label).toMatch(/\(1\)$/); // one parcel excluded
    expect(items[3].label).toMatch(/^#1 … #10/);
    expect(items.some((i) => i.label === 'Thửa đất đề xuất')).toBe(false);
    // Not scored yet: no entries rather than the wrong ones.
    expect(legendOfLayer(layer, {})).toEqual([]);
  });
});
