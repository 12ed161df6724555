// Progress toward the plan's targets over the planner-readable registry in test/fixtures/targets (see its
// README: each project is one case — a point, a polygon across two communes, a missing completion year, an
// invalid number, a future start, places vs units, a commune with no project). The golden report is the
// CLI's JSON (`npm run noxh -- targets … --as-of 2026`), reached through buildTargetsReport.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildTargetsReport, reportToJson } from '../../../scripts/cli/targets.ts';
import { DEFAULT_PLAN_TARGETS } from '../../../src/domain/targets/defaultPlanTargets.ts';
import { progressReportToCsv } from '../../../src/domain/targets/progressReportToCsv.ts';
import { readCommunes } from '../../../src/domain/targets/readCommunes.ts';
import { summarizeProgress } from '../../../src/domain/targets/summarizeProgress.ts';
import type { StatusCounts } from '../../../src/domain/targets/types.ts';

const DIR = 'test/fixtures/targets';
const read = (file: string) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as FeatureCollection;
const projects = read('projects.geojson');
const communes = readCommunes(read('communes.geojson'));
const run = (asOfYear: number) => summarizeProgress({ projects: projects.features, communes, targets: DEFAULT_PLAN_TARGETS, asOfYear });
const sumRows = (rows: { dwellings: StatusCounts; places: StatusCounts }[], kind: 'dwellings' | 'places') => rows.reduce((s, r) => s + r[kind].total, 0);

describe('summarizeProgress', () => {
  it('matches the golden report of 2026 (the CLI output)', () => {
    const args = ['--projects', `${DIR}/projects.geojson`, '--communes', `${DIR}/communes.geojson`, '--as-of', '2026', '--out', '/dev/null'];
    const { report } = buildTargetsReport(args, 2099);
    expect(JSON.parse(JSON.stringify(reportToJson(report)))).toEqual(read('report-2026.golden.json'));
  });

  it('counts the fixture cases as the README says', () => {
    const r = run(2026);
    expect(r.dwellings).toEqual({ completed: 700, under_construction: 550, approved: 100, proposed: 0, total: 1350 });
    expect(r.places).toEqual({ completed: 1000, under_construction: 0, approved: 0, proposed: 300, total: 1300 });
    expect(r.gap).toBe(5600);
    expect(r.needed_per_year).toBe(1400);
    expect(r.rental_share).toBeCloseTo(400 / 1350, 12);
    expect(r.not_started).toEqual({ projects: 1, dwellings: 400, places: 0 });
    expect(r.left_out).toEqual(['P05']);
    const byCode = new Map(r.by_commune.map((c) => [c.code, c]));
    // P02 lies 30 % in A and 70 % in B: counted once, in B.
    expect(byCode.get('XA-02')?.dwellings.under_construction).toBe(300);
    expect(byCode.get('XA-01')?.dwellings.under_construction).toBe(0);
    // The commune with no project has a zero row; the province-level feature is not a commune.
    expect(byCode.get('XA-04')?.dwellings.total).toBe(0);
    expect(r.by_commune.map((c) => c.code)).toEqual(['XA-01', 'XA-02', 'XA-03', 'XA-04', null]);
    expect(r.problems.map((p) => [p.id, p.message.code])).toEqual([
      ['P04', 'targets.completed-without-year'],
      ['P05', 'targets.number-invalid'],
      ['P08', 'targets.no-commune'],
    ]);
  });

  it.each([2021, 2024, 2026, 2028, 2030, 2035])('totals equal the registry, never double counted (as of %i)', (year) => {
    const r = run(year);
    for (const kind of ['dwellings', 'places'] as const) {
      expect(sumRows(r.by_commune, kind)).toBe(r[kind].total);
      expect(sumRows(r.by_form, kind)).toBe(r[kind].total);
      const c = r[kind];
      expect(c.completed + c.under_construction + c.approved + c.proposed).toBe(c.total);
    }
    // Every valid number is in the sums or not started yet: 3,250 + 400 + 1,300 places (P05 is left out).
    expect(r.dwellings.total + r.places.total + r.not_started.dwellings + r.not_started.places).toBe(500 + 300 + 1000 + 200 + 400 + 250 + 100 + 300);
  });

  it('a project starting later is not counted, and a completion after as-of counts as under construction', () => {
    expect(run(2027).not_started.projects).toBe(1);
    expect(run(2028).not_started.projects).toBe(0);
    expect(run(2028).dwellings.proposed).toBe(400);
    expect(run(2026).dwellings.completed).toBe(700);
    expect(run(2027).dwellings.completed).toBe(950);
    // As of 2021, only P04 has started (P01 starts 2022): completed but no year, so counted as stated.
    expect(run(2021).dwellings).toEqual({ completed: 200, under_construction: 0, approved: 0, proposed: 0, total: 200 });
  });

  it('the year table runs 2021–2030, cumulative, with expected completions by their years', () => {
    const r = run(2026);
    expect(r.by_year.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(r.by_year.find((y) => y.year === 2024)).toEqual({ year: 2024, completed: 500, completed_cumulative: 500, expected_cumulative: 500 });
    expect(r.by_year.at(-1)?.expected_cumulative).toBe(1550);
  });

  it('needs no communes: every project is then unassigned, still counted once', () => {
    const r = summarizeProgress({ projects: projects.features, communes: [], targets: DEFAULT_PLAN_TARGETS, asOfYear: 2026 });
    // P07 names its commune code: a row of its own. No per-project commune notes: the caller says once
    // that the layer has no communes.
    expect(r.by_commune.map((c) => c.code)).toEqual(['XA-03', null]);
    expect(sumRows(r.by_commune, 'dwellings')).toBe(1350);
    expect(r.problems.map((p) => p.message.code)).toEqual(['targets.completed-without-year', 'targets.number-invalid']);
  });

  it('names a commune code that is not in the communes layer', () => {
    const moved = projects.features.map((f) => (f.properties?.id === 'P07' ? { ...f, properties: { ...f.properties, commune_code: 'XA-99' } } : f));
    const r = summarizeProgress({ projects: moved, communes, targets: DEFAULT_PLAN_TARGETS, asOfYear: 2026 });
    expect(r.problems.find((p) => p.id === 'P07')?.message).toEqual({ code: 'targets.commune-code-unknown', params: { name: moved[6].properties?.name, code: 'XA-99' } });
    expect(r.by_commune.find((c) => c.code === 'XA-99')?.dwellings.total).toBe(250);
  });

  it('adds target lines together and has no yearly need once the target year is reached', () => {
    const targets = [...DEFAULT_PLAN_TARGETS, { id: 'kon_tum_former', label: 'Kon Tum (cũ)', dwellings: 1700, year: 2030, source: 'x' }];
    const r = summarizeProgress({ projects: projects.features, communes, targets, asOfYear: 2030 });
    expect(r.target).toBe(8000);
    expect(r.needed_per_year).toBeNull();
  });
});

describe('progressReportToCsv', () => {
  it('writes the annual report as the golden CSV (UTF-8 with BOM, CRLF)', () => {
    const csv = progressReportToCsv(run(2026), { language: 'vi', date: '31/12/2026' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(readFileSync(`${DIR}/report-2026.golden.csv`, 'utf8'));
  });

  it('writes English headers when asked', () => {
    const csv = progressReportToCsv(run(2026), { language: 'en', date: '31/12/2026' });
    expect(csv).toContain('Working report');
    expect(csv).toContain('Units: under construction');
  });
});
