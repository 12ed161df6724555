// Switching the industrial-park criterion between a distance and the jobs it reaches (the editor's "Đo bằng").
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/domain/scoring/parseScenario.ts';
import { WORKER_HOUSING } from '../../../src/domain/scoring/presets.ts';
import { PARKS_SOURCE, parkMeasureChoice, setJobsMeasure } from '../../../src/domain/scoring/setJobsMeasure.ts';

describe('setJobsMeasure', () => {
  const scenario = WORKER_HOUSING;
  const park = scenario.criteria.find((c) => c.id === 'industrial_zone')!;

  it('switches to jobs within 20 minutes by motorbike, parks without the economic zones, more workers scoring higher', () => {
    const jobs = setJobsMeasure(park, 'jobs_within_reach');
    expect(parkMeasureChoice(jobs)).toBe('jobs_within_reach');
    expect(jobs.measure).toEqual({ kind: 'jobs_within_reach', source: PARKS_SOURCE, travelMode: 'motorbike', property: 'workers', withinMin: 20 });
    expect(PARKS_SOURCE.filter).toEqual({ property: 'kind', op: 'not_in', values: ['KKT'] });
    expect(jobs.transform).toEqual({ type: 'linear', from: 0, to: 20_000 });
    expect(() => parseScenario({ ...scenario, criteria: scenario.criteria.map((c) => (c.id === park.id ? jobs : c)) })).not.toThrow();
  });

  it('switches to gravity with β = 0.1, and back to a falling straight-line distance', () => {
    const gravity = setJobsMeasure(setJobsMeasure(park, 'jobs_within_reach'), 'jobs_gravity', 'car');
    expect(gravity.measure).toMatchObject({ kind: 'jobs_gravity', decayPerMin: 0.1, travelMode: 'car' });
    expect(gravity.measure.withinMin).toBeUndefined();
    expect(gravity.label.vi).toBe('Việc làm theo mô hình trọng lực (KCN/CCN)');
    const back = setJobsMeasure(gravity, 'distance');
    expect(back.measure).toEqual({ kind: 'distance_to_nearest', source: PARKS_SOURCE });
    expect(back.transform).toMatchObject({ type: 'linear' });
    expect(setJobsMeasure(park, 'distance')).toBe(park);
  });
});
