// The registry form's pure parts: a draft round-trips through a feature, numbers typed the Vietnamese way
// ("1.200") are read, what blocks a save is named; the registry gathers projects and the communes of the
// admin layers (the sample's 96; none from a districts-only layer, so the commune is typed then).
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { collectRegistry } from '../../../src/ui/targets/collectRegistry.ts';
import { draftOf, draftProblems, emptyDraft, featureOf, nextProjectId } from '../../../src/ui/targets/projectDraft.ts';

const layer = (id: string, role: ProjectLayer['role'], data?: FeatureCollection): ProjectLayer => ({
  id,
  role,
  title: { vi: id, en: id },
  source: data ? { kind: 'inline', data } : { kind: 'sample', file: `${id}.geojson` },
  visible: true,
  style: {},
  metadata: { illustrative: false, note: { vi: '', en: '' } },
});
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;

describe('project draft', () => {
  it('reads numbers typed the Vietnamese way and round-trips a feature', () => {
    const draft = { ...emptyDraft('NOXH-13'), name: 'NOXH Cẩm Thành', units: '1.200', startYear: '2026', completionYear: '2028', landAreaM2: '9.500', geometry: { type: 'Point' as const, coordinates: [108.81, 15.12] } };
    const feature = featureOf(draft);
    expect(feature.properties).toMatchObject({ id: 'NOXH-13', units: 1200, start_year: 2026, completion_year: 2028, area_m2: 9500, unit_kind: 'dwelling', form: 'sale' });
    expect(draftProblems(draft)).toEqual([]);
    expect(featureOf(draftOf(feature), feature)).toEqual(feature);
  });

  it('names what blocks a save', () => {
    const problems = draftProblems({ ...emptyDraft('X'), units: '-3', startYear: '2028', completionYear: '2026' });
    expect(problems.map((p) => (typeof p === 'string' ? p : p.code))).toEqual([
      'name-missing',
      'location-missing',
      'targets.number-invalid',
      'targets.completion-before-start',
    ]);
  });

  it('numbers new projects after the highest NOXH-nn', () => {
    expect(nextProjectId(['NOXH-01', 'NOXH-12', 'KHAC-99'])).toBe('NOXH-13');
    expect(nextProjectId([])).toBe('NOXH-01');
  });
});

describe('collectRegistry', () => {
  it('gathers every housing project and the communes of the admin layers', () => {
    const projects = read('test/fixtures/targets/projects.geojson');
    const communes = read('test/fixtures/targets/communes.geojson');
    const r = collectRegistry([layer('communes', 'admin_unit', communes), layer('noxh', 'housing_project', projects)], {});
    expect(r.loading).toBe(false);
    expect(r.rows).toHaveLength(9);
    expect(r.rows[3]).toMatchObject({ layerId: 'noxh', featureIndex: 3 });
    expect(r.communes.map((c) => c.code)).toEqual(['XA-01', 'XA-02', 'XA-03', 'XA-04']);
    expect(r.targetLayer?.id).toBe('noxh');
  });

  it('takes the communes of the sample admin layer, none from a districts-only layer, and waits for sample layers still loading', () => {
    const admin = read('data/admin_units.geojson');
    const r = collectRegistry([layer('admin_units', 'admin_unit'), layer('housing_projects', 'housing_project')], {
      admin_units: { status: 'ready', data: admin, dataUrl: '', invalidCount: 0 },
      housing_projects: { status: 'loading' },
    });
    // The 96 units of 2025: 86 communes, 9 wards and the Lý Sơn special zone.
    expect(r.communes).toHaveLength(96);
    expect(r.loading).toBe(true);
    expect(r.rows).toEqual([]);
    const districts: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Huyện Sơn Tịnh', level: 'district' }, geometry: { type: 'Polygon', coordinates: [[[108.7, 15.1], [108.8, 15.1], [108.8, 15.2], [108.7, 15.1]]] } }],
    };
    const old = collectRegistry([layer('admin_units', 'admin_unit')], { admin_units: { status: 'ready', data: districts, dataUrl: '', invalidCount: 0 } });
    expect(old.communes).toEqual([]);
  });
});
