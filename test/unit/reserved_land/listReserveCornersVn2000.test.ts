// The sheet's corner table: VN-2000 on the province's meridian, X northing, Y easting (docs/DOMAIN.md §4).
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { auditReservedLand } from '../../../src/domain/reserved_land/auditReservedLand.ts';
import { listReserveCornersVn2000 } from '../../../src/domain/reserved_land/listReserveCornersVn2000.ts';
import { splitAuditLayers } from '../../../src/domain/reserved_land/splitAuditLayers.ts';
import type { ProjectAudit } from '../../../src/domain/reserved_land/types.ts';

const fixture = (f: string) => JSON.parse(readFileSync(`test/fixtures/reserved_land/${f}`, 'utf8')) as FeatureCollection;

describe('listReserveCornersVn2000', () => {
  it('gives the official test vector on 108°00′ (EPSG:5898): X northing, Y easting', () => {
    const [lon, lat] = [108.811727, 15.123875];
    const d = 0.0001;
    const ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat]];
    const project = {
      highlights: [{ type: 'Feature', properties: { kind: 'reserved_parcel', parcel_id: 'R1', project_id: 'P', area_m2: 1, label: { vi: '', en: '' } }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    } as unknown as ProjectAudit;
    const { corners, meridian, epsg } = listReserveCornersVn2000(project);
    expect(epsg).toBe(5898);
    expect(meridian).toBe('108°00′');
    expect(corners).toHaveLength(3);
    expect(corners[0]).toEqual({ parcel: 'R1', point: 1, northingXM: 1672803.49, eastingYM: 587049.94 });
    expect(listReserveCornersVn2000(project, 9216).corners[0].eastingYM).toBeCloseTo(640796.61, 1);
  });

  it('lists every corner of every parcel of a fixture, numbered per parcel', () => {
    const report = auditReservedLand(splitAuditLayers(fixture('noncompliant/overlapping-parcels-counted-once-fall-short.geojson')));
    const { corners } = listReserveCornersVn2000(report.projects[0]);
    expect(corners.map((c) => `${c.parcel}.${c.point}`)).toEqual(['NOXH-A1.1', 'NOXH-A1.2', 'NOXH-A1.3', 'NOXH-A1.4', 'NOXH-A2.1', 'NOXH-A2.2', 'NOXH-A2.3', 'NOXH-A2.4']);
    for (const c of corners) {
      expect(c.northingXM).toBeGreaterThan(1_600_000);
      expect(c.eastingYM).toBeGreaterThan(500_000);
    }
  });
});
