// The list of temporary and dilapidated houses, read from the readable fixtures in test/fixtures/targets/
// against the sample's 96 communes/wards (data/admin_units.geojson): matched by code, by name with or
// without diacritics or unit word, by a former commune's name; every bad row named with its spreadsheet row
// and what to fix; counts as of a year; the optional field of the project document.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCommunes } from '../../../src/domain/targets/readCommunes.ts';
import { readTemporaryHousingCsv } from '../../../src/domain/targets/readTemporaryHousingCsv.ts';
import { summarizeTemporaryHousing } from '../../../src/domain/targets/summarizeTemporaryHousing.ts';
import { createProjectDocument, migrateProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const communes = readCommunes(JSON.parse(readFileSync('data/admin_units.geojson', 'utf8')) as FeatureCollection);
const good = readFileSync('test/fixtures/targets/temporary-housing.csv', 'utf8');
const bad = readFileSync('test/fixtures/targets/temporary-housing-bad.csv', 'utf8');
const codeOf = (name: string) => communes.find((c) => c.name === name)!.code;

describe('readTemporaryHousingCsv', () => {
  const { records, problems } = readTemporaryHousingCsv(good, communes);

  it('reads every row of the fixture, matching communes by code, name, folded name and former name', () => {
    expect(problems).toEqual([]);
    const find = (name: string, group: string, year: number) => records.find((r) => r.communeCode === codeOf(name) && r.group === group && r.year === year);
    expect(find('Cẩm Thành', 'poor', 2025)).toMatchObject({ total: 12, replaced: 8 });
    // "Phường Cẩm Thành": the unit word is dropped.
    expect(find('Cẩm Thành', 'near_poor', 2025)).toMatchObject({ total: 7, replaced: 2 });
    // "tho phong" (no diacritics) and "Xã Tịnh Thọ" (merged into Thọ Phong on 1/7/2025) add up.
    expect(find('Thọ Phong', 'poor', 2025)).toMatchObject({ total: 50, replaced: 19 });
    // Remaining left empty: total − replaced; replaced left empty: total − remaining; "1.250" is a thousand and more.
    expect(find('Lý Sơn', 'poor', 2025)).toMatchObject({ total: 9, replaced: 3 });
    expect(find('Đăk Hà', 'merit', 2025)).toMatchObject({ total: 18, replaced: 13 });
    expect(find('Đăk Hà', 'poor', 2025)).toMatchObject({ total: 1250, replaced: 400 });
    expect(find('Trà Bồng', 'disaster', 2024)).toMatchObject({ total: 30, replaced: 10 });
    expect(records).toHaveLength(10);
  });

  it('sums as of a year: the latest row not after the year for each commune and group', () => {
    const s2025 = summarizeTemporaryHousing(records, 2025);
    expect(s2025.total).toEqual({ total: 1437, replaced: 481, remaining: 956 });
    expect(s2025.by_group).toEqual([
      { group: 'poor', total: 1376, replaced: 450, remaining: 926 },
      { group: 'near_poor', total: 7, replaced: 2, remaining: 5 },
      { group: 'disaster', total: 30, replaced: 10, remaining: 20 },
      { group: 'merit', total: 24, replaced: 19, remaining: 5 },
    ]);
    expect(s2025.by_commune.find((c) => c.code === codeOf('Thọ Phong'))).toMatchObject({ total: 56, replaced: 25, remaining: 31 });
    // 2026: Trà Bồng's 2026 row replaces its 2024 one; 2024: only that row.
    expect(summarizeTemporaryHousing(records, 2026).by_group[2]).toEqual({ group: 'disaster', total: 30, replaced: 22, remaining: 8 });
    expect(summarizeTemporaryHousing(records, 2024).total).toEqual({ total: 30, replaced: 10, remaining: 20 });
    // Totals always equal the sum of the communes.
    const sum = s2025.by_commune.reduce((a, c) => a + c.remaining, 0);
    expect(sum).toBe(s2025.total.remaining);
  });

  it('refuses a file with bad rows, naming each row and what to fix, and imports nothing', () => {
    const result = readTemporaryHousingCsv(bad, communes);
    expect(result.records).toEqual([]);
    const text = result.problems.map((p) => renderMessage('vi', p));
    expect(text).toEqual([
      'Dòng 2: mã xã, phường "99999" không có trong lớp đơn vị hành chính. Hãy sửa mã hoặc để trống mã và ghi tên xã, phường.',
      `Dòng 3: tên "ba to" trùng với nhiều xã, phường (Ba Tô (${codeOf('Ba Tô')}); Ba Tơ (${codeOf('Ba Tơ')})). Hãy ghi mã xã, phường.`,
      'Dòng 4: không tìm thấy xã, phường "Tho Phongg". Hãy sửa tên hoặc ghi mã xã, phường.',
      'Dòng 5: nhóm "hộ khó khăn" không rõ. Hãy ghi một trong: hộ nghèo, hộ cận nghèo, hộ bị ảnh hưởng thiên tai, người có công.',
      'Dòng 6: cột "Đã xóa (hoàn thành)" phải là số nguyên không âm (đang là "-1").',
      'Dòng 7: số liệu không khớp: tổng số 10, đã xóa 12, còn lại 0 (tổng số phải bằng đã xóa cộng còn lại, đã xóa không quá tổng số).',
      'Dòng 8: số liệu không khớp: tổng số 10, đã xóa 4, còn lại 5 (tổng số phải bằng đã xóa cộng còn lại, đã xóa không quá tổng số).',
      'Dòng 9: năm "20255" không hợp lệ (ví dụ 2025), hoặc để trống.',
      'Dòng 10: thiếu mã và tên xã, phường.',
    ]);
  });

  it('says which columns are missing, and needs the communes layer', () => {
    const missing = readTemporaryHousingCsv('Xã,Tổng số\nCẩm Thành,5\n', communes);
    expect(renderMessage('vi', missing.problems[0])).toContain('Bảng thiếu cột: Nhóm đối tượng, Đã xóa (hoàn thành), Còn lại');
    expect(readTemporaryHousingCsv(good, []).problems[0].code).toBe('targets.temporary.no-communes');
    // English headers and group names read too.
    const english = readTemporaryHousingCsv('commune_code,group,total,replaced,year\n21025,near-poor,4,1,2025\n', communes);
    expect(english.records).toEqual([{ communeCode: '21025', communeName: 'Cẩm Thành', group: 'near_poor', total: 4, replaced: 1, year: 2025 }]);
  });
});

describe('temporaryHousing in the project document', () => {
  const { records } = readTemporaryHousingCsv(good, communes);
  it('is optional: a document without it opens as before; with it, it comes back the same', () => {
    const doc = createProjectDocument([]);
    expect(migrateProjectDocument(JSON.parse(JSON.stringify(doc))).temporaryHousing).toBeUndefined();
    const withTable = { ...doc, temporaryHousing: { source: 'nha-tam.csv', records } };
    expect(migrateProjectDocument(JSON.parse(JSON.stringify(withTable))).temporaryHousing).toEqual({ source: 'nha-tam.csv', records });
  });

  it('refuses a damaged record with its number', () => {
    const doc = { ...createProjectDocument([]), temporaryHousing: { source: 'x', records: [records[0], { ...records[1], replaced: 99 }] } };
    let error: unknown;
    try {
      migrateProjectDocument(JSON.parse(JSON.stringify(doc)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(renderMessage('vi', (error as UserError).userMessage)).toBe('Bảng nhà tạm, nhà dột nát trong tệp dự án: dòng thứ 2 bị hỏng.');
  });
});

describe('the temporary-housing section of the annual CSV', () => {
  it('comes after the communes: by group with the share done, then by commune (golden)', async () => {
    const { progressReportToCsv } = await import('../../../src/domain/targets/progressReportToCsv.ts');
    const { summarizeProgress } = await import('../../../src/domain/targets/summarizeProgress.ts');
    const { DEFAULT_PLAN_TARGETS } = await import('../../../src/domain/targets/defaultPlanTargets.ts');
    const projects = (JSON.parse(readFileSync('test/fixtures/targets/projects.geojson', 'utf8')) as FeatureCollection).features;
    const fixtureCommunes = readCommunes(JSON.parse(readFileSync('test/fixtures/targets/communes.geojson', 'utf8')) as FeatureCollection);
    const report = summarizeProgress({ projects, communes: fixtureCommunes, targets: DEFAULT_PLAN_TARGETS, asOfYear: 2026 });
    const { records } = readTemporaryHousingCsv(good, communes);
    const csv = progressReportToCsv(report, { language: 'vi', date: '31/12/2026', temporary: summarizeTemporaryHousing(records, 2026), temporarySource: 'temporary-housing.csv' });
    const plain = progressReportToCsv(report, { language: 'vi', date: '31/12/2026' });
    // The report without the table is unchanged; with it, the section is appended.
    expect(csv.startsWith(plain.slice(0, -2))).toBe(true);
    expect(csv).toBe(readFileSync('test/fixtures/targets/report-2026-temporary.golden.csv', 'utf8'));
  });
});

describe('readTemporaryHousingPoints (one point per house)', () => {
  it('counts the points per commune and group, the commune from the location unless a code is given', async () => {
    const { readTemporaryHousingPoints } = await import('../../../src/domain/targets/readTemporaryHousingPoints.ts');
    const fixtureCommunes = readCommunes(JSON.parse(readFileSync('test/fixtures/targets/communes.geojson', 'utf8')) as FeatureCollection);
    const points = JSON.parse(readFileSync('test/fixtures/targets/temporary-housing-points.geojson', 'utf8')) as FeatureCollection;
    const { records, problems } = readTemporaryHousingPoints(points, fixtureCommunes);
    expect(problems).toEqual([]);
    const sorted = [...records].sort((a, b) => `${a.communeCode}${a.group}`.localeCompare(`${b.communeCode}${b.group}`));
    expect(sorted.map((r) => [r.communeCode, r.group, r.total, r.replaced])).toEqual([
      ['XA-01', 'poor', 3, 1],
      ['XA-02', 'merit', 1, 1],
      ['XA-03', 'disaster', 1, 0],
      ['XA-04', 'near_poor', 1, 1],
    ]);
    // A point outside every commune, an unknown group and an unclear "replaced": named by point number.
    const bad: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { nhom: 'Hộ nghèo', da_xoa: 'có' }, geometry: { type: 'Point', coordinates: [100, 10] } },
        { type: 'Feature', properties: { nhom: 'khác', da_xoa: 'có lẽ' }, geometry: { type: 'Point', coordinates: [108.805, 15.105] } },
      ],
    };
    expect(readTemporaryHousingPoints(bad, fixtureCommunes).problems.map((p) => renderMessage('vi', p))).toEqual([
      'Điểm 1 không nằm trong xã, phường nào. Hãy kiểm tra tọa độ hoặc ghi mã xã, phường (commune_code).',
      'Điểm 2: nhóm "khác" không rõ. Hãy ghi một trong: hộ nghèo, hộ cận nghèo, hộ bị ảnh hưởng thiên tai, người có công.',
      'Điểm 2: không rõ đã xóa hay chưa ("có lẽ"). Hãy ghi có/không (hoặc "đã xóa"/"còn lại") vào thuộc tính da_xoa.',
    ]);
  });
});
