import { beforeAll, describe, expect, it } from 'vitest';
import { auditReservedLand } from '../../../src/domain/reserved_land/auditReservedLand.ts';
import type { AuditReport } from '../../../src/domain/reserved_land/types.ts';
import { buildAuditTable } from '../../../src/ui/audit/buildAuditTable.ts';
import { communeChoices } from '../../../src/ui/communeChoices.ts';
import { communeOfFeature } from '../../../src/domain/geo/communeOfFeature.ts';
import { assignCommune } from '../../../src/domain/geo/assignCommune.ts';
import { isPolygonal } from '../../../src/domain/geo/polygonalGeometry.ts';
import { readCommunes } from '../../../src/domain/targets/readCommunes.ts';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { buildAuditOverlay, highlightKindsOf, projectBounds } from '../../../src/ui/audit/buildAuditOverlay.ts';
import { collectAuditInput } from '../../../src/ui/audit/collectAuditInput.ts';
import { buildOverlayLayers } from '../../../src/map/buildOverlayLayers.ts';
import { loadedSampleLayers, sampleProject } from './sampleAudit.ts';

const loadedAdmin = () => JSON.parse(readFileSync('data/admin_units.geojson', 'utf8')) as FeatureCollection;
let report: AuditReport;
beforeAll(() => {
  const collected = collectAuditInput(sampleProject.layers, loadedSampleLayers());
  if (collected.status !== 'ready') throw new Error(collected.status);
  report = auditReservedLand({ ...collected.input, options: { asOfDate: '2026-01-15' } });
});

describe('buildAuditTable: the audit table of the panel', () => {
  it('lists the seven sample projects, most severe verdict first, the larger shortfall first', () => {
    const table = buildAuditTable(report);
    expect(table.rows.map((r) => [r.id, r.verdict])).toEqual([
      // TM-01…04 were approved before 1 Aug 2024: the earlier regime, so review (Decree 100/2024 Art. 78).
      ['TM-03', 'review'],
      ['TM-02', 'review'],
      ['TM-01', 'review'],
      ['TM-04', 'review'],
      ['TM-06', 'compliant'],
      ['TM-07', 'compliant'],
      ['TM-05', 'not_subject'],
    ]);
    expect(table.summary).toEqual([
      { verdict: 'noncompliant', count: 0 },
      { verdict: 'review', count: 4 },
      { verdict: 'compliant', count: 2 },
      { verdict: 'not_subject', count: 1 },
    ]);
  });

  it('gives each row the check behind its verdict, with the article', () => {
    const rows = Object.fromEntries(buildAuditTable(report).rows.map((r) => [r.id, r]));
    expect(rows['TM-02'].reason!.number).toBe(9);
    expect(rows['TM-02'].reason!.reference.vi).toContain('Điều 78 Nghị định số 100/2024/NĐ-CP');
    expect(rows['TM-02'].reason!.message.vi).toContain('15/04/2024');
    const check = (id: string, checkId: string) => rows[id].project.checks.find((c) => c.id === checkId)!;
    expect(check('TM-02', 'required_reserve').result).toBe('fail');
    expect(check('TM-02', 'required_reserve').reference.vi).toContain('Điều 17 Nghị định số 100/2024/NĐ-CP');
    expect(rows['TM-02'].shortfallM2).toBeCloseTo(2535, 0);
    expect(check('TM-04', 'land_use_code').result).toBe('fail');
    expect(check('TM-04', 'land_use_code').message.vi).toContain('LUC');
    expect(rows['TM-05'].reason!.number).toBe(1);
    expect(rows['TM-05'].reason!.reference.vi).toContain('Điều 83 Luật Nhà ở');
    expect(rows['TM-05'].shortfallM2).toBeNull();
    expect(rows['TM-06'].reason).toBeNull();
    // TM-03: part of the plot lies outside, so measured > counted.
    expect(rows['TM-03'].measuredM2 - rows['TM-03'].countedM2).toBeCloseTo(8292.3, 0);
  });

  it('names each project\'s commune (from its data, else from where it lies), for the commune column and filter', () => {
    const collected = collectAuditInput(sampleProject.layers, loadedSampleLayers());
    if (collected.status !== 'ready') throw new Error(collected.status);
    const features = collected.input.projects.features;
    const table = buildAuditTable(report, (p) => communeOfFeature(features[p.feature_index], null));
    const byId = Object.fromEntries(table.rows.map((r) => [r.id, r.commune]));
    expect(byId['TM-03']).toEqual({ code: '21172', name: 'Trương Quang Trọng' });
    expect(byId['TM-06']).toEqual({ code: '21028', name: 'Nghĩa Lộ' });
    // TM-07 lies in the former Kon Tum part (issue 13).
    expect(byId['TM-07']).toEqual({ code: '23284', name: 'Đăk Cấm' });
    expect(communeChoices(table.rows).map((c) => c.name)).toEqual(['An Phú', 'Cẩm Thành', 'Đăk Cấm', 'Đức Phổ', 'Nghĩa Lộ', 'Trương Quang Trọng', 'Tư Nghĩa']);
    // A project whose data names no commune gets the one it lies in.
    const units = readCommunes(loadedAdmin()).flatMap((c) => (isPolygonal(c.geometry) ? [{ code: c.code, name: c.name, geometry: c.geometry }] : []));
    const stripped = { ...features[2], properties: { ...features[2].properties, commune_code: null, commune_name: null } };
    expect(communeOfFeature(stripped, assignCommune(units))).toEqual({ code: '21172', name: 'Trương Quang Trọng' });
    expect(buildAuditTable(report).rows.every((r) => r.commune === null)).toBe(true);
  });
});

describe('buildAuditOverlay: what the map draws for the selected project', () => {
  /** The ids of the deck.gl layers the map builds from the panel's overlay spec. */
  const drawnIds = (...args: Parameters<typeof buildAuditOverlay>) => buildOverlayLayers({ audit: buildAuditOverlay(...args)! }).map((l) => l.id);
  it('draws TM-03 with its boundary, the parcel and the outside slice; a hidden kind is not drawn', () => {
    const tm03 = report.projects.find((p) => p.id === 'TM-03')!;
    expect(highlightKindsOf(tm03).map((k) => k.kind)).toEqual(['project_boundary', 'reserved_parcel', 'outside_boundary']);
    expect(drawnIds(tm03)).toEqual(['audit:project_boundary', 'audit:reserved_parcel', 'audit:outside_boundary']);
    expect(drawnIds(tm03, new Set(['outside_boundary']))).toEqual(['audit:project_boundary', 'audit:reserved_parcel']);
    expect(buildAuditOverlay(null)).toBeNull();
  });

  it('hatches the non-residential part of TM-04', () => {
    const tm04 = report.projects.find((p) => p.id === 'TM-04')!;
    const ids = drawnIds(tm04);
    expect(ids).toContain('audit:non_residential:hatch');
    expect(ids).toContain('audit:non_residential');
  });

  it('zooms to the project and to its land elsewhere (TM-06, about 10 km away)', () => {
    const tm06 = report.projects.find((p) => p.id === 'TM-06')!;
    const [w, , e] = projectBounds(tm06)!;
    expect((e - w) * 107_000).toBeGreaterThan(8000); // ≈ m per degree of longitude at 15° N
    const boundary = tm06.highlights.find((h) => h.properties.kind === 'project_boundary')!;
    const parcel = tm06.highlights.find((h) => h.properties.kind === 'reserved_parcel')!;
    const lonOf = (f: typeof boundary) => (f.geometry as GeoJSON.Polygon).coordinates[0][0][0];
    expect(w).toBeLessThanOrEqual(Math.min(lonOf(boundary), lonOf(parcel)));
    expect(e).toBeGreaterThanOrEqual(Math.max(lonOf(boundary), lonOf(parcel)));
  });
});
