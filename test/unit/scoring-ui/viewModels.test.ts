// Pure view models of the scoring tab: ranking rows (sort, filter), the CSV, transform curves, the
// AHP matrix and the colour ramps.
import { describe, expect, it } from 'vitest';
import { ahpWeights } from '../../../src/domain/scoring/ahpWeights.ts';
import { presetScenario } from '../../../src/domain/scoring/presets.ts';
import { nearestSaaty, reciprocalMatrix, saatyLabel, setUpperCell, upperFromWeights } from '../../../src/ui/scoring/ahpMatrix.ts';
import { buildRankingRows, buildRowsOf, filterRows, sortRows } from '../../../src/ui/scoring/buildRankingRows.ts';
import { communeChoices } from '../../../src/ui/communeChoices.ts';
import { rankingToCsv } from '../../../src/ui/scoring/rankingToCsv.ts';
import { probabilityColor, scoreColor } from '../../../src/map/scoreColors.ts';
import { defaultTransform, plotTransform } from '../../../src/ui/scoring/transformCurve.ts';
import { formatRaw } from '../../../src/ui/scoring/formatScoring.ts';

const scenario = presetScenario('worker_housing')!;
const info = [
  { id: 'QN-1', name: 'Khu đất Nghĩa Lộ', areaM2: 12000 },
  { id: 'QN-2', name: 'Khu đất Tịnh Phong, "Bắc"', areaM2: 8000 },
  { id: 'QN-3', name: 'Bãi Đức Phổ', areaM2: 3000 },
];
const scored = {
  scores: Float64Array.from([55.5, 80.25, NaN]),
  ranks: Float64Array.from([2, 1, NaN]),
  excludedBy: Int16Array.from([-1, -1, scenario.constraints.findIndex((c) => c.id === 'min_area')]),
};

const communes = [{ code: '21028', name: 'Nghĩa Lộ' }, { code: '21181', name: 'Thọ Phong' }, null];

describe('ranking rows', () => {
  const rows = buildRankingRows(info, scored, scenario, null, communes);

  it('carry the reason of a warning constraint, the score kept (none without warnedBy)', () => {
    const rice = scenario.constraints.findIndex((c) => c.id === 'rice_land');
    const warned = buildRankingRows(info, { ...scored, warnedBy: Int16Array.from([rice, -1, -1]) }, scenario);
    expect(warned[0].warning?.vi).toMatch(/chấp thuận chuyển mục đích sử dụng đất lúa/);
    expect(warned[0].score).toBe(55.5);
    expect(warned[1].warning).toBeNull();
    expect(rows[0].warning).toBeNull();
  });

  it('carry rank, score and the exclusion reason of the constraint', () => {
    expect(rows.map((r) => r.rank)).toEqual([2, 1, null]);
    expect(rows[2].exclusion?.vi).toBe('Diện tích nhỏ hơn 5.000 m²');
    expect(rows[0].pTopK).toBeNull();
  });

  it('sort with missing values last, both ways', () => {
    expect(sortRows(rows, 'rank', false, 'vi').map((r) => r.id)).toEqual(['QN-2', 'QN-1', 'QN-3']);
    expect(sortRows(rows, 'score', true, 'vi').map((r) => r.id)).toEqual(['QN-2', 'QN-1', 'QN-3']);
    expect(sortRows(rows, 'score', false, 'vi').map((r) => r.id)).toEqual(['QN-1', 'QN-2', 'QN-3']);
    expect(sortRows(rows, 'areaM2', false, 'vi').map((r) => r.id)).toEqual(['QN-3', 'QN-2', 'QN-1']);
  });

  it('filter without diacritics and hide excluded parcels unless asked', () => {
    expect(filterRows(rows, '', false, 'vi').map((r) => r.id)).toEqual(['QN-1', 'QN-2']);
    expect(filterRows(rows, 'duc pho', true, 'vi').map((r) => r.id)).toEqual(['QN-3']);
    expect(filterRows(rows, 'nghia lo', false, 'vi').map((r) => r.id)).toEqual(['QN-1']);
  });

  it('carry each parcel\'s commune, filter and sort by it, and list the communes for the filter', () => {
    expect(rows.map((r) => r.commune?.code ?? null)).toEqual(['21028', '21181', null]);
    expect(filterRows(rows, '', true, 'vi', '21181').map((r) => r.id)).toEqual(['QN-2']);
    expect(filterRows(rows, '', true, 'vi', '99999')).toEqual([]);
    expect(filterRows(rows, 'tho phong', true, 'vi').map((r) => r.id)).toEqual(['QN-2']);
    expect(sortRows(rows, 'commune', true, 'vi').map((r) => r.id)).toEqual(['QN-2', 'QN-1', 'QN-3']);
    expect(communeChoices(rows)).toEqual([{ code: '21028', name: 'Nghĩa Lộ' }, { code: '21181', name: 'Thọ Phong' }]);
    expect(buildRankingRows(info, scored, scenario).every((r) => r.commune === null)).toBe(true);
  });

  it('export as CSV with BOM, CRLF, quoting, Vietnamese headers and the commune code and name', () => {
    const csv = rankingToCsv(sortRows(rows, 'rank', false, 'vi'), 'vi', false);
    expect(csv.startsWith('\uFEFFHạng,Mã thửa,Tên,Mã xã/phường,Xã/phường,Điểm (0–100),Diện tích (m²),Lý do loại\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('1,QN-2,"Khu đất Tịnh Phong, ""Bắc""",21181,Thọ Phong,80.25,8000,');
    expect(lines[3]).toBe(',QN-3,Bãi Đức Phổ,,,,3000,Diện tích nhỏ hơn 5.000 m²');
  });

  it('add P(top k) and rank range after a sensitivity run', () => {
    const sensitivity = {
      probabilityTopK: Float64Array.from([0.25, 1, NaN]),
      rankMin: Float64Array.from([1, 1, NaN]),
      rankMax: Float64Array.from([2, 2, NaN]),
      rankMedian: Float64Array.from([2, 1, NaN]),
    };
    const withS = buildRankingRows(info, scored, scenario, sensitivity);
    expect(withS[0]).toMatchObject({ pTopK: 0.25, rankMin: 1, rankMax: 2 });
    expect(rankingToCsv(withS, 'en', true).split('\r\n')[0]).toBe('\uFEFFRank,Parcel id,Name,Commune code,Commune/ward,Score (0–100),Area (m²),Exclusion reason,P(top k),Best rank,Worst rank');
    // A cadastre's top rows (parcels by index, info read from the file) carry the same rank stability.
    const top = buildRowsOf([1, 0], (i) => info[i], scored, scenario, () => null, sensitivity);
    expect(top.map((r) => [r.id, r.pTopK, r.rankMin, r.rankMax])).toEqual([['QN-2', 1, 1, 2], ['QN-1', 0.25, 1, 2]]);
    expect(buildRowsOf([1], (i) => info[i], scored, scenario, () => null)[0].pTopK).toBeNull();
  });
});

describe('transform curves', () => {
  it('plot a falling linear transform from 1 down to 0 across its thresholds', () => {
    const plot = plotTransform({ type: 'linear', from: 1000, to: 500 });
    if (plot.kind !== 'curve') throw new Error('curve expected');
    expect(plot.xMin).toBeLessThan(500);
    expect(plot.xMax).toBeGreaterThan(1000);
    expect(plot.points[0][1]).toBe(1);
    expect(plot.points[plot.points.length - 1][1]).toBe(0);
  });
  it('ignore the "any value" 1e9 class of stepped transforms', () => {
    const plot = plotTransform({ type: 'stepped', classes: [{ upTo: 5000, value01: 1 }, { upTo: 10000, value01: 0.5 }, { upTo: 1e9, value01: 0 }] });
    if (plot.kind !== 'curve') throw new Error('curve expected');
    expect(plot.xMax).toBeLessThan(20000);
    expect(plot.points.some(([, y]) => y === 0.5)).toBe(true);
  });
  it('show categorical tables as bars, with the "other" value last', () => {
    const plot = plotTransform({ type: 'categorical', values: { ODT: 1, ONT: 0.8 }, otherValue01: 0.3 });
    expect(plot).toEqual({ kind: 'bars', bars: [{ code: 'ODT', value01: 1 }, { code: 'ONT', value01: 0.8 }, { code: '*', value01: 0.3 }] });
  });
  it('switching type keeps the value range', () => {
    const band = defaultTransform('target_band', { type: 'linear', from: 3000, to: 1000 });
    expect(band.type).toBe('target_band');
    if (band.type === 'target_band') {
      expect(band.min).toBeGreaterThanOrEqual(500);
      expect(band.max).toBeLessThanOrEqual(3500);
    }
  });
});

describe('AHP matrix', () => {
  it('fills the lower triangle with reciprocals and gives Saaty-consistent weights', () => {
    let upper = upperFromWeights([1, 1, 1]);
    upper = setUpperCell(upper, 0, 1, 3);
    upper = setUpperCell(upper, 0, 2, 9);
    upper = setUpperCell(upper, 1, 2, 3);
    const m = reciprocalMatrix(upper);
    expect(m[1][0]).toBeCloseTo(1 / 3);
    expect(m[2][0]).toBeCloseTo(1 / 9);
    const r = ahpWeights(m);
    expect(r.cr).toBeLessThan(0.01);
    expect(r.weights[0]).toBeGreaterThan(r.weights[1]);
  });
  it('starts from the current weights on the Saaty scale', () => {
    expect(upperFromWeights([3, 1])[0][1]).toBe(3);
    expect(saatyLabel(nearestSaaty(0.2))).toBe('1/5');
  });
});

describe('colours and units', () => {
  it('score classes from viridis (dark blue-purple → yellow), grey for excluded', () => {
    const breaks = [0, 50, 100];
    expect(scoreColor(10, breaks).slice(0, 3)).toEqual([0x47, 0x2a, 0x7a]);
    expect(scoreColor(100, breaks).slice(0, 3)).toEqual([253, 231, 37]);
    expect(scoreColor(NaN, breaks).slice(0, 3)).toEqual([150, 150, 150]);
    expect(probabilityColor(1)[2]).toBeGreaterThan(probabilityColor(1)[1]);
  });
  it('formats raw values with their units', () => {
    expect(formatRaw(1234.4, 'm', 'vi')).toBe('1.234 m');
    expect(formatRaw(0.125, 'share01', 'vi')).toBe('12,5 %');
    expect(formatRaw(12000, 'm2', 'vi')).toBe('12.000 m² (1,2 ha)');
    expect(formatRaw('ODT', 'code', 'vi')).toBe('ODT (mã)');
    expect(formatRaw(2, 'count', 'en')).toBe('2 count');
    expect(formatRaw(null, 'm', 'vi')).toBe('— (không có đối tượng nguồn)');
  });
});
