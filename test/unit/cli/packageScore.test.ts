// `npm run noxh -- package --project x.noxh.json` gives the meeting file the score layer's values the app shows for
// that project: its candidate parcels scored with its ACTIVE scenario (the fixture's is a saved "Đô thị — ưu tiên
// trường học", not a preset), with the ranks and scores `noxh score` writes for the same project and scenario. A
// cadastre kept by file name (document v4) is refused without its file, in Vietnamese, and packaged with --parcels.
// Fixture: test/fixtures/meeting/scored-urban.noxh.json (the sample's layers, a score layer, two scenarios, two slides).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { inlineCadastres, makePackage } from '../../../scripts/cli/package.ts';
import { command as scoreCommand } from '../../../scripts/cli/score.ts';
import { migrateProjectDocument, type ProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';

const FIXTURE = 'test/fixtures/meeting/scored-urban.noxh.json';
const ACTIVE = 'do-thi-uu-tien-truong';
const readProject = (path = FIXTURE): ProjectDocument => migrateProjectDocument(JSON.parse(readFileSync(path, 'utf8')));

const dir = mkdtempSync(join(tmpdir(), 'noxh-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `noxh score --project FIXTURE --scenario <id>` writes: score and rank per parcel, in the parcels' order. */
async function cliScores(scenario: string): Promise<{ score: number | null; rank: number | null; excluded: string | null }[]> {
  const out = join(dir, `${scenario}.geojson`);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(await scoreCommand.run(['--project', FIXTURE, '--scenario', scenario, '--out', out])).toBe(0);
  vi.restoreAllMocks();
  const fc = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
  return fc.features.map((f) => ({ score: f.properties!.score, rank: f.properties!.rank, excluded: f.properties!.excluded }));
}

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; vi: string; en: string }> {
  try {
    await run();
  } catch (error) {
    if (isUserError(error)) return { code: error.userMessage.code, vi: renderMessage('vi', error.userMessage), en: renderMessage('en', error.userMessage) };
    throw error;
  }
  return { code: 'no error', vi: '', en: '' };
}

describe('noxh package: the score layer of a saved project', () => {
  afterEach(() => vi.restoreAllMocks());
  const { pkg, scoring } = makePackage(readProject(), undefined, new Date('2026-12-05T09:00:00Z'));
  const values = pkg.scoreLayers?.['score-result'];

  it('scores the candidate parcels with the project’s active scenario: the ranks and scores of `noxh score` for it', async () => {
    expect(scoring?.scenario.id).toBe(ACTIVE);
    expect(values?.candidateLayerIds).toEqual(['candidate_sites']);
    expect(values?.offsets).toEqual({ candidate_sites: 0 });
    const expected = await cliScores(ACTIVE);
    expect(values!.ranks).toHaveLength(expected.length);
    expect(values!.ranks).toEqual(expected.map((e) => e.rank));
    values!.scores.forEach((s, i) => {
      if (expected[i].score === null) expect(s).toBeNull();
      else expect(s).toBeCloseTo(expected[i].score!, 1);
    });
    // Excluded parcels are those `noxh score` excludes, with the same reason.
    const reasons = values!.constraintReasons.map((r) => `${r.vi} / ${r.en}`);
    expect(values!.excludedBy.map((by) => (by >= 0 ? reasons[by] : null))).toEqual(expected.map((e) => e.excluded));
    expect(scoring!.excludedCount).toBe(expected.filter((e) => e.rank === null).length);
    expect(scoring!.excludedCount).toBeGreaterThan(0);
  });

  it('is not the default scenario’s map: the worker-housing preset ranks the parcels otherwise', async () => {
    const preset = await cliScores('worker_housing');
    expect(values!.ranks).not.toEqual(preset.map((e) => e.rank));
  });

  it('carries what the map draws: quantile classes, the top ten labelled, the parcels’ names, the layer titled after the scenario', () => {
    expect(values!.breaks.length).toBeGreaterThanOrEqual(5);
    expect(values!.breaks).toEqual([...values!.breaks].sort((a, b) => a - b));
    expect(values!.topN).toBe(10);
    const candidates = JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection;
    const best = values!.ranks.indexOf(1);
    expect(values!.names[best]).toBe(candidates.features[best].properties!.name);
    const layer = pkg.project.layers.find((l) => l.id === 'score-result');
    expect(layer?.source.kind).toBe('scenario-result');
    expect(layer?.title.vi).toBe('Kết quả chấm điểm: Đô thị — ưu tiên trường học');
    expect(pkg.project.slides?.map((s) => s.id)).toEqual(['xep-hang-1', 'toan-tinh']);
  });

  it('a project without a score layer gets no scores (nothing on its map shows them)', () => {
    const project = readProject();
    const without = { ...project, layers: project.layers.filter((l) => l.id !== 'score-result') };
    const built = makePackage(without, undefined);
    expect(built.scoring).toBeNull();
    expect(built.pkg.scoreLayers).toBeUndefined();
  });
});

describe('noxh package: a cadastre kept by file name (project document v4)', () => {
  /** The fixture with its candidate parcels as a cadastre the app opened from khu_dat_de_xuat.fgb. */
  const withCadastre = (): ProjectDocument => {
    const project = readProject();
    return {
      ...project,
      layers: project.layers.map((l) => (l.id === 'candidate_sites' ? { ...l, source: { kind: 'packed-file', fileName: 'khu_dat_de_xuat.fgb', featureCount: 425 } } : l)),
    };
  };

  it('is refused without its file, in Vietnamese first, naming the layer, the file and --parcels', async () => {
    const v4 = readProject('test/fixtures/project/v4-cadastre.noxh.json');
    const got = await refusal(() => inlineCadastres(v4, []));
    expect(got.code).toBe('cli.package-cadastre-needs-file');
    expect(got.vi).toContain('Lớp "Địa chính toàn tỉnh" là địa chính 2.000.000 thửa mở từ tệp dia_chinh_toan_tinh.fgb');
    expect(got.vi).toContain('--parcels dia_chinh_toan_tinh.fgb');
    expect(got.en).toContain('cannot be packaged without that file');
  });

  it('with --parcels <file>: the parcels go inline and are scored as the project’s own layer was', async () => {
    const candidates = readFileSync('data/candidate_sites.geojson', 'utf8');
    const fgb = join(dir, 'khu_dat_de_xuat.fgb');
    writeFileSync(fgb, Buffer.concat(exportFlatGeobuf((JSON.parse(candidates) as FeatureCollection).features).parts));
    const { project, cadastreLayerId } = await inlineCadastres(withCadastre(), [fgb]);
    expect(cadastreLayerId).toBe('candidate_sites');
    const layer = project.layers.find((l) => l.id === 'candidate_sites')!;
    expect(layer.source.kind === 'inline' && layer.source.data.features.length).toBe(425);
    const { pkg } = makePackage(project, undefined, new Date(), { cadastreLayerId });
    const fromProject = makePackage(readProject(), undefined).pkg.scoreLayers!['score-result'];
    expect(pkg.scoreLayers!['score-result'].ranks).toEqual(fromProject.ranks);
  });

  it('a --parcels file named otherwise than the project’s cadastre (with two to choose from) is refused by name', async () => {
    const project = withCadastre();
    const two = { ...project, layers: [...project.layers, { ...project.layers.find((l) => l.id === 'candidate_sites')!, id: 'khac', source: { kind: 'packed-file' as const, fileName: 'khac.fgb', featureCount: 3 } }] };
    const got = await refusal(() => inlineCadastres(two, [join(dir, 'khu_dat_de_xuat.fgb'), join(dir, 'sai_ten.fgb')]));
    expect(got.code).toBe('cli.package-cadastre-needs-file');
    expect(got.vi).toContain('khac.fgb');
    const unused = await refusal(() => inlineCadastres(readProject(), [join(dir, 'khu_dat_de_xuat.fgb')]));
    expect(unused.code).toBe('cli.package-parcels-unmatched');
  });
});
