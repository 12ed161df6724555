import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { buildScoreResultFeatures, SCORE_RESULT_PROPERTIES } from '../../../src/domain/scoring/buildScoreResultFeatures.ts';
import { exportCsv } from '../../../src/domain/export/exportCsv.ts';

const parcel = (id: string, x: number): Feature => ({
  type: 'Feature',
  properties: { id, name: `Khu ${id}` },
  geometry: { type: 'Polygon', coordinates: [[[x, 15], [x + 0.001, 15], [x + 0.001, 15.001], [x, 15]]] },
});

describe('buildScoreResultFeatures: the score layer as features to export', () => {
  const parcels = [parcel('P1', 108.8), parcel('P2', 108.81), parcel('P3', 108.82)];
  const input = {
    parcels,
    scores: Float64Array.from([71.234, NaN, 55]),
    ranks: Float64Array.from([1, NaN, 2]),
    excludedBy: Int16Array.from([-1, 0, -1]),
    constraintReasons: [{ vi: 'Nằm trong vùng ngập', en: 'In a flood zone' }],
  };

  it('adds score, rank, excluded and the reason; keeps the parcel’s own properties and geometry object', () => {
    const fc = buildScoreResultFeatures(input, 'vi');
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: 'P1', name: 'Khu P1', score: 71.23, rank: 1, excluded: false, exclusion_reason: null },
      { id: 'P2', name: 'Khu P2', score: null, rank: null, excluded: true, exclusion_reason: 'Nằm trong vùng ngập' },
      { id: 'P3', name: 'Khu P3', score: 55, rank: 2, excluded: false, exclusion_reason: null },
    ]);
    // Geometry by reference: nothing of the parcels is copied.
    expect(fc.features[0].geometry).toBe(parcels[0].geometry);
    expect(buildScoreResultFeatures(input, 'en').features[1].properties!.exclusion_reason).toBe('In a flood zone');
  });

  it('names the columns in Vietnamese in the CSV export', () => {
    const csv = exportCsv(buildScoreResultFeatures(input, 'vi'), { role: 'candidate_site', properties: SCORE_RESULT_PROPERTIES, language: 'vi' });
    const header = csv.replace('\uFEFF', '').split(/\r?\n/)[0];
    expect(header).toContain('Điểm phù hợp (0–100)');
    expect(header).toContain('Hạng');
    expect(header).toContain('Bị loại');
    expect(header).toContain('Lý do loại');
  });
});
