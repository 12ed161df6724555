// Behaviour around the fixtures: what the audit panel and the map read, bad input as notes,
// missing layers as "review", the CSV export, and the CLI.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { command } from '../../../scripts/cli/audit.ts';
import { UserError } from '../../../src/domain/model/userError.ts';
import { auditReportToCsv } from '../../../src/domain/reserved_land/auditReportToCsv.ts';
import { auditReservedLand } from '../../../src/domain/reserved_land/auditReservedLand.ts';
import { estimatePaymentVnd } from '../../../src/domain/reserved_land/estimatePaymentVnd.ts';
import { splitAuditLayers } from '../../../src/domain/reserved_land/splitAuditLayers.ts';

const FIX = 'test/fixtures/reserved_land';
const load = (f: string) => JSON.parse(readFileSync(join(FIX, f), 'utf8')) as FeatureCollection;
const auditFixture = (f: string, options = {}) => auditReservedLand({ ...splitAuditLayers(load(f)), options });

describe('auditReservedLand for the map and the panel', () => {
  it('returns the slice outside the boundary as a red highlight with its area', () => {
    const p = auditFixture('noncompliant/reserve-outside-project-boundary.geojson').projects[0];
    const slice = p.highlights.find((h) => h.properties.kind === 'outside_boundary');
    expect(slice?.properties.check_id).toBe('location');
    expect(slice?.properties.area_m2).toBeCloseTo(p.outside_m2, 1);
    expect(p.highlights.map((h) => h.properties.kind)).toEqual(['project_boundary', 'reserved_parcel', 'outside_boundary']);
    const location = p.checks.find((c) => c.id === 'location')!;
    expect(location.message.vi).toContain('nằm ngoài ranh dự án');
    expect(location.message.en).toContain('outside the project boundary');
    expect(location.reference.vi).toContain('100/2024/NĐ-CP');
    expect(p.reasons.map((r) => r.vi).join(' ')).toContain('Điều 17');
  });

  it('names the non-residential land-use code and its area', () => {
    const p = auditFixture('noncompliant/reserve-on-rice-land.geojson').projects[0];
    const parts = p.checks.find((c) => c.id === 'land_use_code')!.geometry!;
    expect(parts.map((g) => g.properties.landuse_code)).toEqual(['LUC']);
    expect(parts[0].properties.area_m2).toBeGreaterThan(3400);
  });

  it('keeps the checks in issue order, numbered 1–8', () => {
    const p = auditFixture('compliant/exactly-20-percent.geojson').projects[0];
    expect(p.checks.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(p.reasons).toEqual([]);
  });

  it('without an urban-area layer the verdict is review, never noncompliant', () => {
    const input = splitAuditLayers(load('noncompliant/19-9-percent-after-excluding-resettlement-land.geojson'));
    const p = auditReservedLand({ ...input, urbanAreas: undefined }).projects[0];
    expect(p.subject).toBeNull();
    expect(p.verdict).toBe('review');
    expect(p.checks[0].result).toBe('warning');
  });

  it('does not check deadlines without an as-of date (the domain never reads the clock)', () => {
    const p = auditFixture('review/handover-deadline-passed.geojson').projects[0];
    expect(p.verdict).toBe('compliant');
    expect(p.checks[7].message.en).toContain('no as-of date');
    const late = auditFixture('review/handover-deadline-passed.geojson', { asOfDate: '2026-01-01' }).projects[0];
    expect(late.verdict).toBe('review');
    const early = auditFixture('review/handover-deadline-passed.geojson', { asOfDate: '2025-12-31' }).projects[0];
    expect(early.checks[7].result).toBe('pass');
  });

  it('flags a NOXH project already counted for another commercial project', () => {
    const input = splitAuditLayers(load('compliant/exactly-20-percent.geojson'));
    const reserve = input.reserved.features[0];
    const housing = (props: Record<string, unknown>): FeatureCollection => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'NOXH Nghĩa Chánh', ...props }, geometry: reserve.geometry }],
    });
    const other = auditReservedLand({ ...input, housingProjects: housing({ reserved_for_project_id: 'TM-Z' }) }).projects[0];
    expect(other.verdict).toBe('noncompliant');
    expect(other.checks[6].figures.shared_with).toBe('TM-Z');
    const own = auditReservedLand({ ...input, housingProjects: housing({ reserved_for_project_id: 'TM-A' }) }).projects[0];
    expect(own.verdict).toBe('compliant');
    const unlinked = auditReservedLand({ ...input, housingProjects: housing({}) }).projects[0];
    expect(unlinked.verdict).toBe('review');
  });

  it('honours configurable rules (road distance, tolerance)', () => {
    const f = 'review/not-connected-to-any-road.geojson';
    expect(auditFixture(f, { roadConnectionDistanceM: 200 }).projects[0].verdict).toBe('compliant');
    expect(auditFixture('review/declared-area-differs-from-measured.geojson', { declaredToleranceM2: 500 }).projects[0].verdict).toBe('compliant');
  });
});

describe('bad input is data', () => {
  it('notes parcels without a project, of an unknown project, or not polygons — and keeps going', () => {
    const input = splitAuditLayers(load('compliant/exactly-20-percent.geojson'));
    const parcel = input.reserved.features[0];
    input.reserved.features.push(
      { ...parcel, properties: { id: 'X1' } },
      { ...parcel, properties: { id: 'X2', project_id: 'TM-404' } },
      { type: 'Feature', properties: { id: 'X3', project_id: 'TM-A' }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } },
    );
    const report = auditReservedLand(input);
    expect(report.notes.map((n) => n.feature_index)).toEqual([1, 2, 3]);
    expect(report.notes[1].message.vi).toContain('TM-404');
    // The orphan parcels sit on TM-A's reserve: they are still seen as overlapping land.
    expect(report.projects[0].checks[6].result).toBe('fail');
  });

  it('a project without residential land figures needs review with the reason', () => {
    const input = splitAuditLayers(load('compliant/exactly-20-percent.geojson'));
    delete input.projects.features[0].properties!.residential_land_m2;
    const p = auditReservedLand(input).projects[0];
    expect(p.verdict).toBe('review');
    expect(p.checks[1].message.vi).toContain('residential_land_m2');
  });

  it('throws a UserError for a layer that is not a FeatureCollection or a bad date', () => {
    expect(() => auditReservedLand({ projects: {} as FeatureCollection, reserved: { type: 'FeatureCollection', features: [] } })).toThrow(UserError);
    expect(() => auditFixture('compliant/exactly-20-percent.geojson', { asOfDate: '31/02/2026' })).toThrow(UserError);
  });
});

describe('payment estimate (Decree 261/2025 replacement of Art. 19)', () => {
  it('land-use fee for 20 % + infrastructure cost × (20 % ÷ total land)', () => {
    const e = estimatePaymentVnd({ netResidentialM2: 50000, totalLandM2: 120000, reserveShare01: 0.2, landUseFeeVndPerM2: 8e6, infrastructureCostVndPerM2: 1.5e6 });
    expect(e.reserveLandM2).toBe(10000);
    expect(e.landUseFeeVnd).toBe(80e9);
    expect(e.totalInfrastructureCostVnd).toBe(180e9);
    expect(e.infrastructureShareVnd).toBeCloseTo(15e9, 0);
    expect(e.totalVnd).toBeCloseTo(95e9, 0);
  });
});

describe('CSV export', () => {
  it('is UTF-8 with BOM, Vietnamese headers, one row per project', () => {
    const csv = auditReportToCsv(auditFixture('noncompliant/reserve-counted-by-two-projects.geojson'), 'vi');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Mã dự án,Tên dự án,Mã xã\/phường,Xã\/phường,Kết luận,/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Không đạt');
    // The obligation in words, not the raw code (issue 14).
    expect(lines[1]).toContain('Quỹ đất trong dự án');
    expect(csv).not.toContain('land_in_project');
    expect(auditReportToCsv(auditFixture('compliant/exactly-20-percent.geojson'), 'en')).toContain('Project id,Project name,Commune code,Commune/ward,Verdict');
  });
});

describe('CLI: npm run noxh -- audit', () => {
  it('writes the issue’s JSON shape and prints a Vietnamese summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const out = join(dir, 'report.json');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const code = await command.run(['--projects', join(FIX, 'review/handover-deadline-passed.geojson'), '--as-of', '30/06/2026', '--out', out, '--csv', join(dir, 't.csv')]);
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    log.mockRestore();
    expect(code).toBe(0);
    expect(printed).toContain('Cần xem xét');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const p = report.projects[0];
    expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'verdict', 'required_m2', 'measured_m2', 'checks']));
    expect(p.verdict).toBe('review');
    expect(Object.keys(p.checks[0])).toEqual(expect.arrayContaining(['id', 'result', 'message', 'reference']));
    expect(report.as_of_date).toBe('2026-06-30');
    expect(readFileSync(join(dir, 't.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it('names each project\'s commune/ward in the CSV: by location in --communes when the project does not say (issue 13)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const csvPath = join(dir, 't.csv');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const args = ['--projects', join(FIX, 'review/handover-deadline-passed.geojson'), '--as-of', '30/06/2026', '--out', join(dir, 'r.json'), '--csv', csvPath];
    expect(await command.run([...args, '--communes', 'data/admin_units.geojson'])).toBe(0);
    const withCommunes = readFileSync(csvPath, 'utf8').slice(1).split('\r\n');
    expect(await command.run(args)).toBe(0);
    const without = readFileSync(csvPath, 'utf8').slice(1).split('\r\n');
    log.mockRestore();
    // The fixture lies in today's An Phú ward (21034), which absorbed Nghĩa Dõng; without the boundaries the columns stay empty.
    expect(withCommunes[1].split(',').slice(0, 4)).toEqual(['TM-A', 'Khu dân cư thương mại A (minh họa)', '21034', 'An Phú']);
    expect(without[1].split(',').slice(2, 4)).toEqual(['', '']);
  });
});

describe('CLI: the rules in force (issue 14)', () => {
  it('a project approved before 2024-08-01 gets verdict review and a check "transition" naming the regime and the article; every existing key stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const out = join(dir, 'report.json');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const code = await command.run(['--projects', join(FIX, 'review/approved-2023-under-earlier-regime.geojson'), '--out', out]);
    log.mockRestore();
    expect(code).toBe(0);
    const p = JSON.parse(readFileSync(out, 'utf8')).projects[0];
    expect(Object.keys(p)).toEqual(
      expect.arrayContaining(['id', 'name', 'verdict', 'reasons', 'obligation', 'subject', 'urban_area', 'required_m2', 'measured_m2', 'inside_m2', 'outside_m2', 'shortfall_m2', 'checks', 'highlights']),
    );
    expect(p.verdict).toBe('review');
    const transition = p.checks.find((c: { id: string }) => c.id === 'transition');
    expect(transition.result).toBe('warning');
    expect(transition.figures.regime).toBe('decree_35_2023');
    expect(transition.message.vi).toContain('Nghị định số 35/2023/NĐ-CP');
    expect(transition.reference.vi).toContain('Khoản 2 Điều 78 Nghị định số 100/2024/NĐ-CP');
    expect(p.reasons[0].vi).toMatch(/^9\. Quy định chuyển tiếp/);
  });
});

describe('citations (issue 14)', () => {
  it('Decree 261 amends and supplements Art. 19, it does not replace it — in every reference and on the sheet', async () => {
    const { CATALOGS } = await import('../../../src/i18n/renderMessage.ts');
    const { SHEET_LEGAL_BASIS } = await import('../../../src/ui/audit/ComplianceSheet.tsx');
    const p = auditFixture('compliant/paid-money-instead-of-land.geojson').projects[0];
    const art19 = p.checks.find((c) => c.id === 'required_reserve')!.reference;
    expect(art19.vi).toContain('được sửa đổi, bổ sung bởi Nghị định số 261/2025/NĐ-CP');
    expect(art19.en).toContain('as amended and supplemented by Decree No. 261/2025/NĐ-CP');
    const r = { num: String, m2: String, m: String, pct: String, msg: () => '' };
    for (const reference of ['law83', 'law83Infrastructure', 'decree100Art17', 'decree100Art18', 'decree261Art19', 'decree100Art78', 'landUseCodes', 'auditTolerance', 'sharedReserve'] as const) {
      expect(CATALOGS.vi['audit.reference']({ reference }, r)).not.toMatch(/thay thế/);
      expect(CATALOGS.en['audit.reference']({ reference }, r)).not.toMatch(/replace/);
    }
    expect(SHEET_LEGAL_BASIS.join(' ')).not.toMatch(/thay thế/);
  });
});
